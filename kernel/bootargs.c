/*
 * bootargs.c: parsing the kernel command line (see bootargs.h).
 *
 * Boot profiles set the floor of the system's paranoia; their feature bits:
 *
 *   bit 0  restart trap        bit 4  behavioural baselines
 *   bit 1  circuit breaker     bit 5  panic correlator
 *   bit 2  BEB logging         bit 6  CSpace audit
 *   bit 3  heartbeat monitor   bit 7  verdict ring / TMR
 *
 *   Sovereign 0x07   Hardened 0x1f   Radiation 0xff
 *
 * A Sovereign machine (a laptop, a desk) halts on a kernel fault so that a
 * person can read the report; Hardened and Radiation machines have nobody
 * watching and reset.
 */
#include <base/fmt.h>
#include <base/mem.h>

#include "bootargs.h"

static const char *const profiles[] = { "sovereign", "hardened", "radiation" };
static const char *const panics[] = { "halt", "reset", "poweroff" };

const char *
profile_name(enum profile p)
{
	return (unsigned)p < 3 ? profiles[p] : "?";
}

uint8_t
profile_features(enum profile p)
{
	switch (p) {
	case PROFILE_SOVEREIGN:
		return 0x07;
	case PROFILE_HARDENED:
		return 0x1f;
	case PROFILE_RADIATION:
		return 0xff;
	}
	return 0x07;
}

const char *
panic_action_name(enum panic_action a)
{
	return a >= PANIC_HALT && a <= PANIC_POWEROFF ? panics[a] : "default";
}

enum panic_action
bootargs_panic_action(const struct bootargs *ba)
{
	if (ba->panic != PANIC_DEFAULT)
		return ba->panic;
	return ba->profile == PROFILE_SOVEREIGN ? PANIC_HALT : PANIC_RESET;
}

static void
warnf(struct bootargs *ba, bootargs_warn_fn warn, void *ctx, const char *fmt, ...)
{
	char msg[160];
	va_list ap;

	va_start(ap, fmt);
	base_vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	ba->warnings++;
	if (warn != NULL)
		warn(ctx, msg);
}

/* Index of the n bytes at v in names, or -1. */
static int
lookup(const char *v, size_t n, const char *const *names, int count)
{
	for (int i = 0; i < count; i++)
		if (base_str_eqn(v, n, names[i]))
			return i;
	return -1;
}

static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

void
bootargs_parse(struct bootargs *ba, const char *s, size_t len, bootargs_warn_fn warn, void *ctx)
{
	size_t i = 0;

	base_memset(ba, 0, sizeof(*ba));
	ba->profile = PROFILE_SOVEREIGN;
	ba->panic = PANIC_DEFAULT;
	while (i < len && s[i] != '\0') {
		size_t start, klen, vlen;
		const char *key, *val;
		int idx;

		while (i < len && is_space(s[i]))
			i++;
		start = i;
		while (i < len && s[i] != '\0' && !is_space(s[i]))
			i++;
		if (i == start)
			break;
		key = s + start;
		for (klen = 0; klen < i - start && key[klen] != '='; klen++)
			;
		if (klen == i - start) {
			warnf(ba, warn, ctx, "bootargs: '%.*s' is not key=value; ignored", (int)klen, key);
			continue;
		}
		val = key + klen + 1;
		vlen = i - start - klen - 1;
		if (base_str_eqn(key, klen, "profile")) {
			idx = lookup(val, vlen, profiles, 3);
			if (idx < 0)
				warnf(ba, warn, ctx,
				    "bootargs: profile=%.*s is not one of sovereign, hardened, radiation; using %s",
				    (int)vlen, val, profile_name(ba->profile));
			else
				ba->profile = (enum profile)idx;
		} else if (base_str_eqn(key, klen, "panic")) {
			idx = lookup(val, vlen, panics, 3);
			if (idx < 0)
				warnf(ba, warn, ctx,
				    "bootargs: panic=%.*s is not one of halt, reset, poweroff; using the profile's",
				    (int)vlen, val);
			else
				ba->panic = (enum panic_action)idx;
		} else if (base_str_eqn(key, klen, "ktest")) {
			if (vlen == 0 || vlen >= sizeof(ba->ktest))
				warnf(ba, warn, ctx, "bootargs: ktest= needs a test name of 1 to %zu characters",
				    sizeof(ba->ktest) - 1);
			else {
				base_memcpy(ba->ktest, val, vlen);
				ba->ktest[vlen] = '\0';
			}
		} else if (base_str_eqn(key, klen, "run")) {
			if (vlen == 0 || vlen >= sizeof(ba->run))
				warnf(ba, warn, ctx, "bootargs: run= needs a program list of 1 to %zu characters",
				    sizeof(ba->run) - 1);
			else {
				base_memcpy(ba->run, val, vlen);
				ba->run[vlen] = '\0';
			}
		} else if (base_str_eqn(key, klen, "shell")) {
			if (vlen == 0 || vlen >= sizeof(ba->shell))
				warnf(ba, warn, ctx, "bootargs: shell= needs a program name or 'kernel', 1 to %zu characters",
				    sizeof(ba->shell) - 1);
			else {
				base_memcpy(ba->shell, val, vlen);
				ba->shell[vlen] = '\0';
			}
		} else {
			warnf(ba, warn, ctx, "bootargs: unknown option '%.*s'; ignored", (int)klen, key);
		}
	}
}
