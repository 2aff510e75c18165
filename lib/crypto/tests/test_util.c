/*
 * test_util.c: the shared helpers of lib/crypto.
 *
 * crypto_verify* against memcmp over random buffers with a single flipped
 * bit at every position, crypto_wipe on buffers of many lengths, and the
 * byte-order helpers against values assembled by hand.
 */
#include <crypto/util.h>
#include <stdint.h>
#include <stdlib.h>
#include <tap.h>

static uint64_t seed = 0x243f6a8885a308d3ULL;

static uint64_t
next(void)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return seed;
}

static void
fill(uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (uint8_t)next();
}

static void
test_verify(void)
{
	uint8_t a[300], b[300];
	int bad = 0;

	for (size_t n = 0; n <= sizeof(a); n++) {
		fill(a, n);
		memcpy(b, a, n);
		if (crypto_verify(a, b, n) != 0)
			bad++;
		for (size_t i = 0; i < n; i++) {
			uint8_t bit = (uint8_t)(1u << (next() & 7));

			b[i] ^= bit;
			if (crypto_verify(a, b, n) != -1)
				bad++;
			b[i] ^= bit;
		}
	}
	tap_ok(bad == 0, "crypto_verify: equal gives 0, any one-bit change -1 (%d bad)", bad);

	fill(a, 64);
	memcpy(b, a, 64);
	tap_ok(crypto_verify16(a, b) == 0 && crypto_verify32(a, b) == 0 &&
	    crypto_verify64(a, b) == 0, "crypto_verify16/32/64 accept equal");
	b[15] ^= 0x80;
	tap_ok(crypto_verify16(a, b) == -1 && crypto_verify32(a, b) == -1 &&
	    crypto_verify64(a, b) == -1, "crypto_verify16/32/64 reject byte 15");
	b[15] ^= 0x80;
	b[31] ^= 1;
	tap_ok(crypto_verify16(a, b) == 0 && crypto_verify32(a, b) == -1 &&
	    crypto_verify64(a, b) == -1, "crypto_verify16 ignores byte 31, 32/64 reject");
	b[31] ^= 1;
	b[63] ^= 0xff;
	tap_ok(crypto_verify32(a, b) == 0 && crypto_verify64(a, b) == -1,
	    "crypto_verify64 rejects byte 63");
}

static void
test_wipe(void)
{
	uint8_t buf[257];
	int bad = 0;

	for (size_t n = 0; n <= 256; n++) {
		memset(buf, 0xa5, sizeof(buf));
		crypto_wipe(buf, n);
		for (size_t i = 0; i < n; i++)
			bad += buf[i] != 0;
		bad += buf[n] != 0xa5;
	}
	crypto_wipe(NULL, 0);
	tap_ok(bad == 0, "crypto_wipe clears exactly n bytes");
}

static void
test_endian(void)
{
	uint8_t b[9] = { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09 };
	uint8_t o[9];

	tap_ok(crypto_load32_le(b + 1) == 0x05040302u, "load32_le (unaligned)");
	tap_ok(crypto_load64_le(b + 1) == 0x0908070605040302ULL, "load64_le (unaligned)");
	tap_ok(crypto_load32_be(b + 1) == 0x02030405u, "load32_be (unaligned)");
	tap_ok(crypto_load64_be(b + 1) == 0x0203040506070809ULL, "load64_be (unaligned)");
	crypto_store64_le(o + 1, 0x0908070605040302ULL);
	tap_mem_eq(o + 1, b + 1, 8, "store64_le");
	crypto_store64_be(o + 1, 0x0203040506070809ULL);
	tap_mem_eq(o + 1, b + 1, 8, "store64_be");
	crypto_store32_le(o, 0x04030201u);
	tap_mem_eq(o, b, 4, "store32_le");
	crypto_store32_be(o, 0x01020304u);
	tap_mem_eq(o, b, 4, "store32_be");
	tap_ok(crypto_rotl32(0x80000001u, 1) == 3u && crypto_rotr32(3u, 1) == 0x80000001u &&
	    crypto_rotl64(0x8000000000000001ULL, 4) == 0x18ULL &&
	    crypto_rotr64(0x18ULL, 4) == 0x8000000000000001ULL, "rotations");
}

int
main(void)
{
	test_verify();
	test_wipe();
	test_endian();
	return tap_done();
}
