/*
 * siphash.c: SipHash-2-4, written from the SipHash paper.
 *
 * Four 64-bit words v0..v3 start as the key XORed with the constants
 * "somepseudorandomlygeneratedbytes".  Each 8-byte little-endian word m of
 * the input is absorbed as v3 ^= m, two SipRounds, v0 ^= m.  The last word
 * holds the 0..7 remaining bytes and, in its top byte, the input length
 * modulo 256.  Finalisation XORs 0xff into v2, runs four SipRounds and
 * returns v0 ^ v1 ^ v2 ^ v3.  Only add, rotate and XOR: the key never
 * influences a branch or an address.
 */
#include <crypto/siphash.h>
#include <crypto/util.h>

#define SIPROUND do {							\
	v0 += v1; v1 = crypto_rotl64(v1, 13); v1 ^= v0;			\
	v0 = crypto_rotl64(v0, 32);					\
	v2 += v3; v3 = crypto_rotl64(v3, 16); v3 ^= v2;			\
	v0 += v3; v3 = crypto_rotl64(v3, 21); v3 ^= v0;			\
	v2 += v1; v1 = crypto_rotl64(v1, 17); v1 ^= v2;			\
	v2 = crypto_rotl64(v2, 32);					\
} while (0)

uint64_t
crypto_siphash24(const uint8_t key[16], const void *in, size_t len)
{
	const uint8_t *p = in;
	uint64_t k0 = crypto_load64_le(key), k1 = crypto_load64_le(key + 8);
	uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
	uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
	uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
	uint64_t v3 = k1 ^ 0x7465646279746573ULL;
	uint64_t b = (uint64_t)len << 56;
	size_t left = len & 7;

	for (size_t i = 0; i < len - left; i += 8) {
		uint64_t m = crypto_load64_le(p + i);

		v3 ^= m;
		SIPROUND;
		SIPROUND;
		v0 ^= m;
	}
	/* The remaining bytes, little-endian, below the length byte. */
	for (size_t i = 0; i < left; i++)
		b |= (uint64_t)p[len - left + i] << (8 * i);
	v3 ^= b;
	SIPROUND;
	SIPROUND;
	v0 ^= b;

	v2 ^= 0xff;
	SIPROUND;
	SIPROUND;
	SIPROUND;
	SIPROUND;
	return v0 ^ v1 ^ v2 ^ v3;
}

void
crypto_siphash24_bytes(uint8_t out[8], const uint8_t key[16], const void *in,
    size_t len)
{
	crypto_store64_le(out, crypto_siphash24(key, in, len));
}
