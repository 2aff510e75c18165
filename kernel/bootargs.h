/*
 * bootargs.h: the kernel command line, from the device tree's /chosen.
 *
 * Options are words separated by spaces, each "key=value":
 *   profile=sovereign|hardened|radiation   boot profile (default sovereign)
 *   panic=halt|reset|poweroff              what a kernel fault does
 *                                          (default: the profile's)
 *   ktest=NAME                             run in-kernel tests (test image)
 *   run=PROG[:TIER][,PROG[:TIER]...]       programs of the boot bundle to
 *                                          start at boot (tier default matter)
 *   shell=PROG|kernel                      the console: a program of the
 *                                          bundle (default nsh), started
 *                                          after run=, or the kernel console
 * An unknown key or a bad value is reported through the warn callback and
 * ignored; parsing always yields a usable configuration.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum profile {
	PROFILE_SOVEREIGN,
	PROFILE_HARDENED,
	PROFILE_RADIATION,
};

enum panic_action {
	PANIC_DEFAULT = -1,	/* the profile decides */
	PANIC_HALT,
	PANIC_RESET,
	PANIC_POWEROFF,
};

struct bootargs {
	enum profile profile;
	enum panic_action panic;
	char ktest[32];
	char run[128];
	char shell[32];	/* "" means nsh */
	unsigned warnings;
};

typedef void (*bootargs_warn_fn)(void *ctx, const char *msg);

/* Parses the len bytes at s into *ba; never fails. */
void bootargs_parse(struct bootargs *ba, const char *s, size_t len, bootargs_warn_fn warn, void *ctx);

const char *profile_name(enum profile p);
/* The feature bits of a profile (0x07, 0x1f, 0xff). */
uint8_t profile_features(enum profile p);
/* What a kernel fault does under ba: the explicit panic= or the profile's. */
enum panic_action bootargs_panic_action(const struct bootargs *ba);
const char *panic_action_name(enum panic_action a);
