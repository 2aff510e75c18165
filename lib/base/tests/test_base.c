/*
 * test_base.c: lib/base against the host C library as the reference.
 *
 * The formatter is compared with snprintf over a table of formats and a
 * seeded random sweep of values; mem* are compared with libc over random
 * lengths, alignments and overlaps.
 */
#include <base/fmt.h>
#include <base/mem.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <tap.h>

/* The random sweep builds its formats at run time. */
#pragma clang diagnostic ignored "-Wformat-nonliteral"

static uint64_t rng = 0x9e3779b97f4a7c15ULL;

static uint64_t
next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

#define SAME(...)                                                          \
	do {                                                                   \
		char a[128], b[128];                                               \
		size_t la = base_snprintf(a, sizeof(a), __VA_ARGS__);              \
		int lb = snprintf(b, sizeof(b), __VA_ARGS__);                      \
		if (!tap_ok(la == (size_t)lb && strcmp(a, b) == 0, "fmt %s", #__VA_ARGS__)) \
			tap_diag("got '%s' (%zu), want '%s' (%d)", a, la, b, lb);   \
	} while (0)

static void
test_fmt(void)
{
	SAME("plain");
	SAME("%d %i %u", -42, 17, 3000000000u);
	SAME("%x %X %#x %#o %o", 0xdeadbeefu, 0xabcu, 255u, 8u, 0u);
	SAME("%lld %llu %llx", -9223372036854775807LL - 1, 18446744073709551615ULL, 0x123456789abcdefULL);
	SAME("%ld %lu %zu %zx", -5L, 5UL, (size_t)1234, (size_t)0xfff);
	SAME("[%5d] [%-5d] [%05d] [%+d] [% d]", 42, 42, 42, 42, 42);
	SAME("[%8.3d] [%.0d] [%.5x]", 7, 0, 0xabu);
	SAME("[%s] [%10s] [%-10s] [%.3s]", "abc", "abc", "abc", "abcdef");
	SAME("[%c] [%3c] [%-3c]", 'x', 'y', 'z');
	SAME("%%d %5%");
	SAME("%hhd %hd %hhu", (signed char)44, (short)-4464, (unsigned char)255);
	SAME("[%*d] [%-*d] [%.*s]", 6, 1, 6, 2, 2, "hello");
	SAME("%p", (void *)0x1234);

	/* Random sweep of widths, flags and values. */
	int bad = 0;
	for (int i = 0; i < 20000; i++) {
		char f[32], a[96], b[96];
		const char *flags[] = { "", "-", "0", "+", " ", "#", "-0" };
		const char *convs[] = { "d", "u", "x", "X", "o" };
		long long v = (long long)next();
		int w = (int)(next() % 30);

		snprintf(f, sizeof(f), "%%%s%dll%s", flags[next() % 7], w, convs[next() % 5]);
		base_snprintf(a, sizeof(a), f, v);
		snprintf(b, sizeof(b), f, v);
		if (strcmp(a, b) != 0 && bad++ < 3)
			tap_diag("format %s: got '%s' want '%s'", f, a, b);
	}
	tap_ok(bad == 0, "fmt random sweep of 20000 formats matches libc");

	char small[4];
	size_t n = base_snprintf(small, sizeof(small), "%s", "overflow");
	tap_ok(n == 8 && strcmp(small, "ove") == 0, "snprintf truncates and reports full length");
	n = base_snprintf(NULL, 0, "%d", 12345);
	tap_ok(n == 5, "snprintf with size 0 writes nothing and counts");
	char q[8];
	base_snprintf(q, sizeof(q), "%f", 1.0);
	tap_ok(strcmp(q, "%?") == 0, "unsupported conversion prints %%?");
}

static void
test_mem(void)
{
	unsigned char a[600], b[600], src[600];
	int bad = 0;

	for (int i = 0; i < 20000; i++) {
		size_t off1 = next() % 64, off2 = next() % 64, len = next() % 500;
		for (size_t k = 0; k < sizeof(src); k++)
			src[k] = (unsigned char)next();
		memcpy(a, src, sizeof(a));
		memcpy(b, src, sizeof(b));
		switch (i % 4) {
		case 0:
			base_memcpy(a + off1, src + off2, len);
			memcpy(b + off1, src + off2, len);
			break;
		case 1:
			base_memmove(a + off1, a + off2, len);
			memmove(b + off1, b + off2, len);
			break;
		case 2:
			base_memset(a + off1, (int)(next() & 0xff), len);
			memset(b + off1, a[off1], len);
			if (len == 0)
				memcpy(b, a, sizeof(a));
			break;
		default: {
			int x = base_memcmp(src + off1, a + off2, len);
			int y = memcmp(src + off1, b + off2, len);
			if ((x < 0) != (y < 0) || (x > 0) != (y > 0))
				bad++;
			if (len > 0 && base_memcmp(src, src, len) != 0)
				bad++;
			break;
		}
		}
		if (memcmp(a, b, sizeof(a)) != 0)
			bad++;
	}
	tap_ok(bad == 0, "mem* match libc over 20000 random cases (%d bad)", bad);
}

static void
test_str(void)
{
	unsigned long long v;

	tap_ok(base_strlen("") == 0 && base_strlen("abc") == 3, "strlen");
	tap_ok(base_strnlen("abcdef", 3) == 3 && base_strnlen("ab", 9) == 2, "strnlen");
	tap_ok(base_strcmp("abc", "abd") < 0 && base_strcmp("b", "a") > 0 && base_strcmp("x", "x") == 0, "strcmp");
	tap_ok(base_strncmp("abcx", "abcy", 3) == 0 && base_strncmp("ab", "ac", 2) < 0, "strncmp");
	tap_ok(base_str_eqn("helpme", 4, "help") && !base_str_eqn("hel", 3, "help") && !base_str_eqn("help", 4, "hel"), "str_eqn");
	tap_ok(base_parse_u64("12345", 5, &v) == 0 && v == 12345, "parse decimal");
	tap_ok(base_parse_u64("0xFFff", 6, &v) == 0 && v == 0xffff, "parse hex");
	tap_ok(base_parse_u64("18446744073709551615", 20, &v) == 0 && v == UINT64_MAX, "parse u64 max");
	tap_ok(base_parse_u64("18446744073709551616", 20, &v) == -1, "parse rejects overflow");
	tap_ok(base_parse_u64("12a", 3, &v) == -1 && base_parse_u64("", 0, &v) == -1 && base_parse_u64("0x", 2, &v) == -1, "parse rejects junk");
}

int
main(void)
{
	test_fmt();
	test_mem();
	test_str();
	return tap_done();
}
