/*
 * entropy.h: the kernel's random generator.
 *
 * A ChaCha20 generator (lib/crypto) seeded at boot from the virtio entropy
 * device when the machine has one.  Without one it is seeded from the
 * firmware's rng-seed and timer jitter, and flagged weak: the banner and
 * `entropy_is_weak()` say so, so nothing that needs real secrets can miss it.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Seeds the generator; returns a one-line description for the banner. */
const char *entropy_init(void);
/* Random bytes; 0, or a negative error if the generator has no seed. */
int entropy_fill(void *out, size_t len) __attribute__((warn_unused_result));
bool entropy_is_weak(void);
