/*
 * hal/entropy.h: where the kernel's randomness comes from.
 *
 * hal_entropy_read() returns bytes from a hardware source: the virtio
 * entropy device when the machine has one (QEMU: -device
 * virtio-rng-device).  When there is none it fails, and the kernel must fall
 * back to a weak seed and say so.  hal_entropy_boot_seed() gives the seed
 * the firmware left in the device tree (/chosen rng-seed), if any: useful to
 * mix in, but nothing the kernel can vouch for.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

/* Starts the entropy device, if the platform has one; 0 or -1. */
int hal_entropy_init(void);
/* Fills buf with len bytes from the device; 0, or -1 if there is none or it fails. */
int hal_entropy_read(uint8_t *buf, size_t len);
/* "virtio-rng" or "none". */
const char *hal_entropy_source(void);
/* The firmware's /chosen rng-seed: sets *len (0 if none) and returns it. */
const uint8_t *hal_entropy_boot_seed(size_t *len);
