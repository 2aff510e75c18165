/*
 * test_poly1305.c: Poly1305.
 *
 * Known answers from RFC 8439 (2.5.2 and appendix A.3, including the
 * vectors aimed at the carry and final-reduction corner cases), then
 * libsodium's crypto_onetimeauth_poly1305 as the oracle over random keys
 * and lengths, with the streaming interface fed at random split points.
 */
#include <crypto/poly1305.h>
#include <sodium.h>
#include <stdint.h>
#include <stdlib.h>
#include <tap.h>

static uint64_t rs = 0x0badc0ffee15600dULL;

static uint64_t
next(void)
{
	rs ^= rs << 13;
	rs ^= rs >> 7;
	rs ^= rs << 17;
	return rs;
}

static void
fill(uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (uint8_t)(next() >> 24);
}

static size_t
hex(uint8_t *out, const char *s)
{
	size_t n = 0;
	int hi = -1;

	for (; *s != '\0'; s++) {
		int v;

		if (*s >= '0' && *s <= '9')
			v = *s - '0';
		else if (*s >= 'a' && *s <= 'f')
			v = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'F')
			v = *s - 'A' + 10;
		else
			continue;
		if (hi < 0) {
			hi = v;
		} else {
			out[n++] = (uint8_t)(hi << 4 | v);
			hi = -1;
		}
	}
	return n;
}

/* Key as r || s in hex, message in hex, expected tag in hex. */
static const struct {
	const char *name, *key, *msg, *tag;
} kats[] = {
	{ "RFC 8439 2.5.2",
	  "85:d6:be:78:57:55:6d:33:7f:44:52:fe:42:d5:06:a8"
	  "01:03:80:8a:fb:0d:b2:fd:4a:bf:f6:af:41:49:f5:1b",
	  "43 72 79 70 74 6f 67 72 61 70 68 69 63 20 46 6f"
	  "72 75 6d 20 52 65 73 65 61 72 63 68 20 47 72 6f 75 70",
	  "a8:06:1d:c1:30:51:36:c6:c2:2b:8b:af:0c:01:27:a9" },
	{ "RFC 8439 A.3 #1 (zero key)",
	  "00000000000000000000000000000000 00000000000000000000000000000000",
	  "00000000000000000000000000000000 00000000000000000000000000000000"
	  "00000000000000000000000000000000 00000000000000000000000000000000",
	  "00000000000000000000000000000000" },
	{ "RFC 8439 A.3 #4",
	  "1c 92 40 a5 eb 55 d3 8a f3 33 88 86 04 f6 b5 f0"
	  "47 39 17 c1 40 2b 80 09 9d ca 5c bc 20 70 75 c0",
	  "27 54 77 61 73 20 62 72 69 6c 6c 69 67 2c 20 61"
	  "6e 64 20 74 68 65 20 73 6c 69 74 68 79 20 74 6f"
	  "76 65 73 0a 44 69 64 20 67 79 72 65 20 61 6e 64"
	  "20 67 69 6d 62 6c 65 20 69 6e 20 74 68 65 20 77"
	  "61 62 65 3a 0a 41 6c 6c 20 6d 69 6d 73 79 20 77"
	  "65 72 65 20 74 68 65 20 62 6f 72 6f 67 6f 76 65"
	  "73 2c 0a 41 6e 64 20 74 68 65 20 6d 6f 6d 65 20"
	  "72 61 74 68 73 20 6f 75 74 67 72 61 62 65 2e",
	  "45 41 66 9a 7e aa ee 61 e7 08 dc 7c bc c5 eb 62" },
	{ "RFC 8439 A.3 #5 (partially reduced result)",
	  "02000000000000000000000000000000 00000000000000000000000000000000",
	  "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF",
	  "03000000000000000000000000000000" },
	{ "RFC 8439 A.3 #6 (h + s overflows 2^128)",
	  "02000000000000000000000000000000 FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF",
	  "02000000000000000000000000000000",
	  "03000000000000000000000000000000" },
	{ "RFC 8439 A.3 #7 (all-ones limb with carry)",
	  "01000000000000000000000000000000 00000000000000000000000000000000",
	  "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF F0FFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"
	  "11000000000000000000000000000000",
	  "05000000000000000000000000000000" },
	{ "RFC 8439 A.3 #8 (result exactly 2^130-5)",
	  "01000000000000000000000000000000 00000000000000000000000000000000",
	  "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF FBFEFEFEFEFEFEFEFEFEFEFEFEFEFEFE"
	  "01010101010101010101010101010101",
	  "00000000000000000000000000000000" },
	{ "RFC 8439 A.3 #9 (result 2^130-6)",
	  "02000000000000000000000000000000 00000000000000000000000000000000",
	  "FDFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF",
	  "FAFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF" },
	{ "RFC 8439 A.3 #10 (131-bit intermediate)",
	  "01000000000000000400000000000000 00000000000000000000000000000000",
	  "E33594D7505E43B90000000000000000 3394D7505E4379CD0100000000000000"
	  "00000000000000000000000000000000 01000000000000000000000000000000",
	  "14000000000000005500000000000000" },
	{ "RFC 8439 A.3 #11 (131-bit final result)",
	  "01000000000000000400000000000000 00000000000000000000000000000000",
	  "E33594D7505E43B90000000000000000 3394D7505E4379CD0100000000000000"
	  "00000000000000000000000000000000",
	  "13000000000000000000000000000000" },
};

static void
test_kats(void)
{
	uint8_t key[32], msg[256], want[16], got[16];

	for (size_t i = 0; i < sizeof(kats) / sizeof(kats[0]); i++) {
		size_t n;

		hex(key, kats[i].key);
		n = hex(msg, kats[i].msg);
		hex(want, kats[i].tag);
		crypto_poly1305(got, msg, n, key);
		tap_mem_eq(got, want, 16, kats[i].name);
	}
}

#define MAXLEN 5000

static void
test_differential(void)
{
	static uint8_t m[MAXLEN];
	uint8_t key[32], got[16], want[16], split[16];
	int bad = 0, bad_split = 0;

	for (int i = 0; i < 100000; i++) {
		uint64_t r = next();
		size_t len = (r & 1) ? (size_t)(r >> 8) % 80 : (size_t)(r >> 8) % MAXLEN;
		struct crypto_poly1305 ctx;
		size_t off = 0;

		fill(key, 32);
		/* Keys of all-ones limbs stress the carries. */
		if ((r & 0x30) == 0x30)
			memset(key, 0xff, 32);
		fill(m, len);
		if ((r & 0xc0) == 0xc0)
			memset(m, 0xff, len);
		crypto_poly1305(got, m, len, key);
		crypto_onetimeauth_poly1305(want, m, len, key);
		if (memcmp(got, want, 16) != 0 && bad++ < 3)
			tap_diag("differs at len %zu", len);

		if (i % 4 == 0) {
			crypto_poly1305_init(&ctx, key);
			while (off < len) {
				size_t n = (size_t)(next() % 40);

				if (n > len - off)
					n = len - off;
				crypto_poly1305_update(&ctx, m + off, n);
				off += n;
			}
			crypto_poly1305_final(&ctx, split);
			bad_split += memcmp(split, want, 16) != 0;
		}
	}
	tap_ok(bad == 0, "Poly1305 agrees with libsodium on 100000 random inputs (%d differ)", bad);
	tap_ok(bad_split == 0, "streaming at random split points agrees (%d differ)", bad_split);
}

int
main(void)
{
	if (sodium_init() < 0) {
		tap_ok(0, "sodium_init");
		return tap_done();
	}
	test_kats();
	test_differential();
	return tap_done();
}
