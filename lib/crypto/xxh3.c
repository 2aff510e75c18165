/*
 * xxh3.c: XXH3-64 with a seed and the default secret.
 *
 * Written from the xxHash specification ("XXH3 Algorithm Description").
 * Inputs fall into four classes, each with its own code:
 *
 *   0..16     xxh3_len_0to16: one or two reads mixed with the secret
 *   17..128   xxh3_len_17to128: 16-byte pairs from both ends
 *   129..240  xxh3_len_129to240: 16-byte chunks, avalanche after the 8th
 *   241..     xxh3_long: 8 accumulators fed 64-byte stripes; every block
 *             of 16 stripes (1 KiB) ends with a scramble of the
 *             accumulators; the last 64 bytes are always one more stripe
 *
 * For long inputs with a non-zero seed the secret is derived from the seed
 * (on the stack, 192 bytes); short inputs mix the seed in directly.  Every
 * read of input and secret is little-endian, so the hash is the same on
 * every machine.  The 64x64->128 multiplications use unsigned __int128,
 * which clang lowers to a pair of multiply instructions on 64-bit targets.
 */
#include <base/mem.h>
#include <crypto/util.h>
#include <crypto/xxh3.h>

#define P32_1	0x9E3779B1U
#define P32_2	0x85EBCA77U
#define P32_3	0xC2B2AE3DU
#define P64_1	0x9E3779B185EBCA87ULL
#define P64_2	0xC2B2AE3D27D4EB4FULL
#define P64_3	0x165667B19E3779F9ULL
#define P64_4	0x85EBCA77C2B2AE63ULL
#define P64_5	0x27D4EB2F165667C5ULL
#define PMX_1	0x165667919E3779F9ULL
#define PMX_2	0x9FB21C651E98DF25ULL

#define SECRET_SIZE		192
#define STRIPE			64
#define STRIPES_PER_BLOCK	((SECRET_SIZE - STRIPE) / 8)	/* 16 */
#define BLOCK			(STRIPE * STRIPES_PER_BLOCK)	/* 1024 */

static const uint8_t xxh3_default_secret[SECRET_SIZE] = {
	0xb8, 0xfe, 0x6c, 0x39, 0x23, 0xa4, 0x4b, 0xbe, 0x7c, 0x01, 0x81, 0x2c,
	0xf7, 0x21, 0xad, 0x1c, 0xde, 0xd4, 0x6d, 0xe9, 0x83, 0x90, 0x97, 0xdb,
	0x72, 0x40, 0xa4, 0xa4, 0xb7, 0xb3, 0x67, 0x1f, 0xcb, 0x79, 0xe6, 0x4e,
	0xcc, 0xc0, 0xe5, 0x78, 0x82, 0x5a, 0xd0, 0x7d, 0xcc, 0xff, 0x72, 0x21,
	0xb8, 0x08, 0x46, 0x74, 0xf7, 0x43, 0x24, 0x8e, 0xe0, 0x35, 0x90, 0xe6,
	0x81, 0x3a, 0x26, 0x4c, 0x3c, 0x28, 0x52, 0xbb, 0x91, 0xc3, 0x00, 0xcb,
	0x88, 0xd0, 0x65, 0x8b, 0x1b, 0x53, 0x2e, 0xa3, 0x71, 0x64, 0x48, 0x97,
	0xa2, 0x0d, 0xf9, 0x4e, 0x38, 0x19, 0xef, 0x46, 0xa9, 0xde, 0xac, 0xd8,
	0xa8, 0xfa, 0x76, 0x3f, 0xe3, 0x9c, 0x34, 0x3f, 0xf9, 0xdc, 0xbb, 0xc7,
	0xc7, 0x0b, 0x4f, 0x1d, 0x8a, 0x51, 0xe0, 0x4b, 0xcd, 0xb4, 0x59, 0x31,
	0xc8, 0x9f, 0x7e, 0xc9, 0xd9, 0x78, 0x73, 0x64, 0xea, 0xc5, 0xac, 0x83,
	0x34, 0xd3, 0xeb, 0xc3, 0xc5, 0x81, 0xa0, 0xff, 0xfa, 0x13, 0x63, 0xeb,
	0x17, 0x0d, 0xdd, 0x51, 0xb7, 0xf0, 0xda, 0x49, 0xd3, 0x16, 0x55, 0x26,
	0x29, 0xd4, 0x68, 0x9e, 0x2b, 0x16, 0xbe, 0x58, 0x7d, 0x47, 0xa1, 0xfc,
	0x8f, 0xf8, 0xb8, 0xd1, 0x7a, 0xd0, 0x31, 0xce, 0x45, 0xcb, 0x3a, 0x8f,
	0x95, 0x16, 0x04, 0x28, 0xaf, 0xd7, 0xfb, 0xca, 0xbb, 0x4b, 0x40, 0x7e,
};

static inline uint32_t
bswap32(uint32_t x)
{
	return x >> 24 | (x >> 8 & 0xff00U) | (x << 8 & 0xff0000U) | x << 24;
}

static inline uint64_t
bswap64(uint64_t x)
{
	return (uint64_t)bswap32((uint32_t)x) << 32 | bswap32((uint32_t)(x >> 32));
}

/*
 * Little-endian reads.  Compilers turn the byte-wise form into one load on
 * little-endian machines that allow unaligned access.
 */
static inline uint64_t
le64(const uint8_t *p)
{
	return crypto_load64_le(p);
}

static inline uint32_t
le32(const uint8_t *p)
{
	return crypto_load32_le(p);
}

/* The low and high halves of the full 128-bit product, XORed. */
static inline uint64_t
mul128_fold64(uint64_t a, uint64_t b)
{
	unsigned __int128 m = (unsigned __int128)a * b;

	return (uint64_t)m ^ (uint64_t)(m >> 64);
}

static inline uint64_t
avalanche_xxh64(uint64_t x)
{
	x ^= x >> 33;
	x *= P64_2;
	x ^= x >> 29;
	x *= P64_3;
	x ^= x >> 32;
	return x;
}

static inline uint64_t
avalanche(uint64_t x)
{
	x ^= x >> 37;
	x *= PMX_1;
	x ^= x >> 32;
	return x;
}

static uint64_t
xxh3_len_0to16(const uint8_t *in, size_t len, const uint8_t *s, uint64_t seed)
{
	if (len > 8) {
		uint64_t lo = ((le64(s + 24) ^ le64(s + 32)) + seed) ^ le64(in);
		uint64_t hi = ((le64(s + 40) ^ le64(s + 48)) - seed) ^
		    le64(in + len - 8);
		uint64_t v = (uint64_t)len + bswap64(lo) + hi +
		    mul128_fold64(lo, hi);

		return avalanche(v);
	}
	if (len >= 4) {
		uint64_t mseed = seed ^ (uint64_t)bswap32((uint32_t)seed) << 32;
		uint64_t comb = (uint64_t)le32(in + len - 4) |
		    (uint64_t)le32(in) << 32;
		uint64_t v = ((le64(s + 8) ^ le64(s + 16)) - mseed) ^ comb;

		v ^= crypto_rotl64(v, 49) ^ crypto_rotl64(v, 24);
		v *= PMX_2;
		v ^= (v >> 35) + (uint64_t)len;
		v *= PMX_2;
		v ^= v >> 28;
		return v;
	}
	if (len > 0) {
		uint32_t comb = (uint32_t)in[len - 1] | (uint32_t)len << 8 |
		    (uint32_t)in[0] << 16 | (uint32_t)in[len >> 1] << 24;
		uint64_t v = ((uint64_t)(le32(s) ^ le32(s + 4)) + seed) ^ comb;

		return avalanche_xxh64(v);
	}
	return avalanche_xxh64(seed ^ le64(s + 56) ^ le64(s + 64));
}

/* Mixes 16 bytes of input with 16 bytes of secret and the seed. */
static inline uint64_t
mix16(const uint8_t *in, const uint8_t *s, uint64_t seed)
{
	return mul128_fold64(le64(in) ^ (le64(s) + seed),
	    le64(in + 8) ^ (le64(s + 8) - seed));
}

static uint64_t
xxh3_len_17to128(const uint8_t *in, size_t len, const uint8_t *s,
    uint64_t seed)
{
	uint64_t acc = (uint64_t)len * P64_1;
	size_t rounds = ((len - 1) >> 5) + 1;

	/* Pair i reads 16 bytes at 16i from the start and from the end. */
	for (size_t i = rounds; i-- > 0;) {
		acc += mix16(in + 16 * i, s + 32 * i, seed);
		acc += mix16(in + len - 16 * i - 16, s + 32 * i + 16, seed);
	}
	return avalanche(acc);
}

static uint64_t
xxh3_len_129to240(const uint8_t *in, size_t len, const uint8_t *s,
    uint64_t seed)
{
	uint64_t acc = (uint64_t)len * P64_1;
	size_t chunks = len >> 4;
	size_t i;

	for (i = 0; i < 8; i++)
		acc += mix16(in + 16 * i, s + 16 * i, seed);
	acc = avalanche(acc);
	for (i = 8; i < chunks; i++)
		acc += mix16(in + 16 * i, s + 16 * (i - 8) + 3, seed);
	/* The minimum secret size (136) less 17. */
	acc += mix16(in + len - 16, s + 119, seed);
	return avalanche(acc);
}

/*
 * The accumulators are kept as four pairs in clang/GCC vector types: on
 * machines with 128-bit SIMD each pair is one register, elsewhere the
 * compiler splits them into scalar operations.  Either way the arithmetic
 * is the same modular 64-bit arithmetic as the specification's.
 */
typedef uint64_t u64x2 __attribute__((vector_size(16)));

static inline u64x2
le64x2(const uint8_t *p)
{
	return (u64x2){ le64(p), le64(p + 8) };
}

/*
 * One 64-byte stripe into the 8 accumulators.  Lane i adds its raw value
 * to its neighbour (i ^ 1) and the product of the two 32-bit halves of
 * (lane ^ secret) to itself.
 */
static inline void
accumulate(u64x2 acc[4], const uint8_t *in, const uint8_t *s)
{
	const u64x2 lo32 = { 0xffffffffU, 0xffffffffU };

	for (int j = 0; j < 4; j++) {
		u64x2 d = le64x2(in + 16 * j);
		u64x2 k = d ^ le64x2(s + 16 * j);

		acc[j] += __builtin_shufflevector(d, d, 1, 0) +
		    (k & lo32) * (k >> 32);
	}
}

static inline void
scramble(u64x2 acc[4], const uint8_t *s)
{
	const u64x2 p = { P32_1, P32_1 };

	for (int j = 0; j < 4; j++) {
		u64x2 a = acc[j];

		a ^= a >> 47;
		a ^= le64x2(s + 16 * j);
		acc[j] = a * p;
	}
}

static __attribute__((noinline)) uint64_t
xxh3_long(const uint8_t *in, size_t len, const uint8_t *s)
{
	u64x2 acc[4] = { { P32_3, P64_1 }, { P64_2, P64_3 }, { P64_4, P32_2 },
		{ P64_5, P32_1 } };
	size_t blocks = (len - 1) / BLOCK;
	size_t b, n, stripes;
	uint64_t r;

	for (b = 0; b < blocks; b++) {
		const uint8_t *blk = in + b * BLOCK;

		for (n = 0; n < STRIPES_PER_BLOCK; n++)
			accumulate(acc, blk + n * STRIPE, s + n * 8);
		scramble(acc, s + SECRET_SIZE - STRIPE);
	}
	/* The last block, without its last (maybe partial) stripe. */
	stripes = (len - 1 - b * BLOCK) / STRIPE;
	for (n = 0; n < stripes; n++)
		accumulate(acc, in + b * BLOCK + n * STRIPE, s + n * 8);
	/* The last 64 bytes, which may overlap the stripes before. */
	accumulate(acc, in + len - STRIPE, s + SECRET_SIZE - STRIPE - 7);

	r = (uint64_t)len * P64_1;
	for (int i = 0; i < 4; i++)
		r += mul128_fold64(acc[i][0] ^ le64(s + 11 + 16 * i),
		    acc[i][1] ^ le64(s + 11 + 16 * i + 8));
	return avalanche(r);
}

/*
 * Long inputs with a seed: derive the secret, then hash.  Kept out of line
 * so the short classes need no stack frame for the derived secret.
 */
static __attribute__((noinline)) uint64_t
xxh3_long_seeded(const uint8_t *in, size_t len, uint64_t seed)
{
	const uint8_t *s = xxh3_default_secret;
	uint8_t derived[SECRET_SIZE];

	/* The secret as 24 words: even ones + seed, odd ones - seed. */
	for (int i = 0; i < SECRET_SIZE / 16; i++) {
		crypto_store64_le(derived + 16 * i,
		    crypto_load64_le(s + 16 * i) + seed);
		crypto_store64_le(derived + 16 * i + 8,
		    crypto_load64_le(s + 16 * i + 8) - seed);
	}
	return xxh3_long(in, len, derived);
}

uint64_t
crypto_xxh3_64(const void *in, size_t len, uint64_t seed)
{
	const uint8_t *p = in;
	const uint8_t *s = xxh3_default_secret;

	if (len <= 16)
		return xxh3_len_0to16(p, len, s, seed);
	if (len <= 128)
		return xxh3_len_17to128(p, len, s, seed);
	if (len <= 240)
		return xxh3_len_129to240(p, len, s, seed);
	if (seed != 0)
		return xxh3_long_seeded(p, len, seed);
	return xxh3_long(p, len, s);
}

/*
 * The incremental form.  Input stays in buf while the total is at most
 * 240 bytes (the short classes need all of it); past that, each stripe
 * is accumulated once a byte after it is known, since the long loop
 * treats the input's last stripe apart: xxh3_long accumulates stripe k
 * normally exactly when 64k + 64 < len and scrambles after each block
 * of 16 such stripes, which is what the loop below does as bytes come.
 */
void
crypto_xxh3_init(struct crypto_xxh3 *s)
{
	static const uint64_t init[8] = { P32_3, P64_1, P64_2, P64_3, P64_4, P32_2, P64_5,
		P32_1 };

	memset(s, 0, sizeof(*s));
	memcpy(s->acc, init, sizeof(init));
}

void
crypto_xxh3_update(struct crypto_xxh3 *s, const void *in, size_t len)
{
	const uint8_t *sec = xxh3_default_secret;
	const uint8_t *p = in;
	u64x2 acc[4];

	memcpy(acc, s->acc, sizeof(acc));
	while (len > 0) {
		size_t n = sizeof(s->buf) - s->nbuf;
		uint32_t used = 0;

		if (n > len)
			n = len;
		memcpy(s->buf + s->nbuf, p, n);
		s->nbuf += (uint32_t)n;
		s->total += n;
		p += n;
		len -= n;
		if (s->total <= 240)
			continue;
		while (s->nbuf - used > STRIPE) {
			accumulate(acc, s->buf + used, sec + s->nstripe * 8);
			memcpy(s->last, s->buf + used, STRIPE);
			used += STRIPE;
			if (++s->nstripe == STRIPES_PER_BLOCK) {
				scramble(acc, sec + SECRET_SIZE - STRIPE);
				s->nstripe = 0;
			}
		}
		memmove(s->buf, s->buf + used, s->nbuf - used);
		s->nbuf -= used;
	}
	memcpy(s->acc, acc, sizeof(acc));
}

uint64_t
crypto_xxh3_final(const struct crypto_xxh3 *s)
{
	const uint8_t *sec = xxh3_default_secret;
	uint8_t tail[STRIPE];
	u64x2 acc[4];
	uint64_t r;

	if (s->total <= 240)
		return crypto_xxh3_64(s->buf, s->total, 0);
	/* The last 64 bytes: the end of the last stripe, then what is left. */
	memcpy(tail, s->last + s->nbuf, STRIPE - s->nbuf);
	memcpy(tail + STRIPE - s->nbuf, s->buf, s->nbuf);
	memcpy(acc, s->acc, sizeof(acc));
	accumulate(acc, tail, sec + SECRET_SIZE - STRIPE - 7);
	r = s->total * P64_1;
	for (int i = 0; i < 4; i++)
		r += mul128_fold64(acc[i][0] ^ le64(sec + 11 + 16 * i),
		    acc[i][1] ^ le64(sec + 11 + 16 * i + 8));
	return avalanche(r);
}
