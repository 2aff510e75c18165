/*
 * tap.h: a minimal Test Anything Protocol emitter for host unit tests.
 *
 * Every host test program includes this header, calls its checks, and ends
 * with `return tap_done();`.  Each check prints one "ok N - name" or
 * "not ok N - name" line; tests/run.py adds the lines of every suite up and
 * prints the project's closing line.  A program that crashes or exits
 * non-zero counts as a failure even if every line it printed was "ok".
 *
 * Host only: this header uses stdio and is never built into the kernel.
 */
#pragma once

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static int tap_count;
static int tap_failed;

static inline bool __attribute__((format(printf, 2, 3)))
tap_ok(bool cond, const char *fmt, ...)
{
	va_list ap;

	tap_count++;
	if (!cond)
		tap_failed++;
	printf("%sok %d - ", cond ? "" : "not ", tap_count);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	fflush(stdout);
	return cond;
}

/* Prints a diagnostic line that TAP readers ignore. */
static inline void __attribute__((format(printf, 1, 2)))
tap_diag(const char *fmt, ...)
{
	va_list ap;

	printf("# ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

/* Compares two byte strings and prints both in hex when they differ. */
static inline bool
tap_mem_eq(const void *got, const void *want, size_t n, const char *name)
{
	const unsigned char *g = got, *w = want;
	bool eq = memcmp(got, want, n) == 0;

	if (!eq) {
		printf("# got:  ");
		for (size_t i = 0; i < n; i++)
			printf("%02x", g[i]);
		printf("\n# want: ");
		for (size_t i = 0; i < n; i++)
			printf("%02x", w[i]);
		printf("\n");
	}
	return tap_ok(eq, "%s", name);
}

static inline int
tap_done(void)
{
	printf("1..%d\n", tap_count);
	return tap_failed ? 1 : 0;
}
