/*
 * test_bootargs.c: the kernel command line parser, including hostile input.
 */
#include <stdlib.h>
#include <string.h>
#include <tap.h>

#include "../bootargs.h"

static char last[256];
static int nwarn;

static void
warn(void *ctx, const char *msg)
{
	(void)ctx;
	nwarn++;
	snprintf(last, sizeof(last), "%s", msg);
}

static void
parse(struct bootargs *ba, const char *s)
{
	nwarn = 0;
	last[0] = '\0';
	bootargs_parse(ba, s, strlen(s), warn, NULL);
}

int
main(void)
{
	struct bootargs ba;

	parse(&ba, "");
	tap_ok(ba.profile == PROFILE_SOVEREIGN && ba.panic == PANIC_DEFAULT && nwarn == 0, "empty: defaults");
	tap_ok(bootargs_panic_action(&ba) == PANIC_HALT, "sovereign halts on a kernel fault");
	parse(&ba, "profile=hardened");
	tap_ok(ba.profile == PROFILE_HARDENED && bootargs_panic_action(&ba) == PANIC_RESET, "hardened resets");
	parse(&ba, "  profile=radiation\tpanic=poweroff  ktest=all ");
	tap_ok(ba.profile == PROFILE_RADIATION && ba.panic == PANIC_POWEROFF && strcmp(ba.ktest, "all") == 0 &&
	    nwarn == 0, "several options with odd spacing");
	tap_ok(profile_features(PROFILE_SOVEREIGN) == 0x07 && profile_features(PROFILE_HARDENED) == 0x1f &&
	    profile_features(PROFILE_RADIATION) == 0xff, "profile feature bits");
	parse(&ba, "profile=banana");
	tap_ok(ba.profile == PROFILE_SOVEREIGN && nwarn == 1 &&
	    strcmp(last, "bootargs: profile=banana is not one of sovereign, hardened, radiation; using sovereign") == 0,
	    "bad profile: default kept, clear message");
	parse(&ba, "profile=hardened profile=");
	tap_ok(ba.profile == PROFILE_HARDENED && nwarn == 1, "empty value rejected, earlier value kept");
	parse(&ba, "panic=explode");
	tap_ok(ba.panic == PANIC_DEFAULT && strstr(last, "panic=explode is not one of halt, reset, poweroff") != NULL,
	    "bad panic action");
	parse(&ba, "frob=1 nokey =x");
	tap_ok(nwarn == 3 && strstr(last, "unknown option ''") != NULL, "unknown, malformed and empty keys (%s)", last);
	parse(&ba, "ktest=0123456789012345678901234567890123456789");
	tap_ok(ba.ktest[0] == '\0' && nwarn == 1, "overlong ktest name refused");
	parse(&ba, "run=hello,spin:photon");
	tap_ok(strcmp(ba.run, "hello,spin:photon") == 0 && nwarn == 0, "run= keeps the program list");
	parse(&ba, "");
	tap_ok(ba.shell[0] == '\0' && nwarn == 0, "no shell= means the default shell");
	parse(&ba, "shell=kernel run=hello");
	tap_ok(strcmp(ba.shell, "kernel") == 0 && strcmp(ba.run, "hello") == 0 && nwarn == 0, "shell= keeps its value");
	parse(&ba, "shell= shell=0123456789012345678901234567890123456789");
	tap_ok(ba.shell[0] == '\0' && nwarn == 2 && strstr(last, "shell= needs a program name or 'kernel'") != NULL,
	    "empty and overlong shell= refused with a message");
	parse(&ba, "profile=sovereignx");
	tap_ok(ba.profile == PROFILE_SOVEREIGN && nwarn == 1, "prefix of a longer word is not a match");
	/* Not NUL-terminated: the parser must stop at len. */
	char buf[16];
	memcpy(buf, "profile=hardenedXXXXXXXX", 16);
	bootargs_parse(&ba, buf, 16, warn, NULL);
	tap_ok(ba.profile == PROFILE_HARDENED, "stops at the given length");
	/* Random bytes: never crashes, always yields a usable configuration. */
	srand(1);
	int usable = 1;
	for (int i = 0; i < 20000; i++) {
		char r[64];
		size_t n = (size_t)(rand() % 64);
		for (size_t k = 0; k < n; k++)
			r[k] = "profile=hardened panic=reset ktest \t\0\xff"[rand() % 38];
		bootargs_parse(&ba, r, n, NULL, NULL);
		usable &= ba.profile <= PROFILE_RADIATION && ba.panic >= PANIC_DEFAULT && ba.panic <= PANIC_POWEROFF &&
		    strlen(ba.ktest) < sizeof(ba.ktest) && strlen(ba.run) < sizeof(ba.run) &&
		    strlen(ba.shell) < sizeof(ba.shell);
	}
	tap_ok(usable, "20000 random command lines all parse to a usable configuration");
	return tap_done();
}
