/*
 * sha512.c: SHA-512, written from FIPS 180-4.
 *
 * The block function keeps the message schedule in a 16-word ring and runs
 * the 80 rounds sixteen at a time, so that the working variables never
 * move: each round names them in rotated order instead.  The round
 * constants are the first 64 bits of the fractional parts of the cube roots
 * of the first 80 primes, and the initial value those of the square roots of
 * the first 8 primes (FIPS 180-4 sections 4.2.3 and 5.3.5).
 *
 * Start reading at crypto_sha512_update().
 */
#include <base/mem.h>
#include <crypto/sha512.h>
#include <crypto/util.h>

static const uint64_t sha512_iv[8] = {
	0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL,
	0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
	0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
	0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};

static const uint64_t sha512_k[80] = {
	0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL,
	0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
	0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL,
	0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
	0xd807aa98a3030242ULL, 0x12835b0145706fbeULL,
	0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
	0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL,
	0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
	0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL,
	0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
	0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL,
	0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
	0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL,
	0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
	0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL,
	0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
	0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL,
	0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
	0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL,
	0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
	0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL,
	0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
	0xd192e819d6ef5218ULL, 0xd69906245565a910ULL,
	0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
	0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL,
	0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
	0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL,
	0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
	0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL,
	0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
	0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL,
	0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
	0xca273eceea26619cULL, 0xd186b8c721c0c207ULL,
	0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
	0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL,
	0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
	0x28db77f523047d84ULL, 0x32caab7b40c72493ULL,
	0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
	0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL,
	0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

#define BSIG0(x) \
	(crypto_rotr64(x, 28) ^ crypto_rotr64(x, 34) ^ crypto_rotr64(x, 39))
#define BSIG1(x) \
	(crypto_rotr64(x, 14) ^ crypto_rotr64(x, 18) ^ crypto_rotr64(x, 41))
#define SSIG0(x) (crypto_rotr64(x, 1) ^ crypto_rotr64(x, 8) ^ ((x) >> 7))
#define SSIG1(x) (crypto_rotr64(x, 19) ^ crypto_rotr64(x, 61) ^ ((x) >> 6))
#define CH(x, y, z) (((x) & (y)) ^ (~(x) & (z)))
#define MAJ(x, y, z) (((x) & (y)) ^ ((x) & (z)) ^ ((y) & (z)))

/*
 * Round t + i of a block: w[i] is the message word, and the names a..h are
 * the working variables in this round's order.  From round 16 on, the word
 * is expanded in place just before the round that uses it (X = 1), which
 * lets the compiler interleave the expansion with the round.
 */
#define ROUND(X, a, b, c, d, e, f, g, h, i) do {			\
	uint64_t t1, t2;						\
	if (X)								\
		w[i] += SSIG1(w[((i) + 14) & 15]) + w[((i) + 9) & 15] +	\
		    SSIG0(w[((i) + 1) & 15]);				\
	t1 = h + BSIG1(e) + CH(e, f, g) + sha512_k[t + (i)] + w[i];	\
	t2 = BSIG0(a) + MAJ(a, b, c);					\
	d += t1;							\
	h = t1 + t2;							\
} while (0)

/* Sixteen rounds, the working variables rotating through the names. */
#define ROUNDS16(X) do {						\
	ROUND(X, a, b, c, d, e, f, g, hh, 0);				\
	ROUND(X, hh, a, b, c, d, e, f, g, 1);				\
	ROUND(X, g, hh, a, b, c, d, e, f, 2);				\
	ROUND(X, f, g, hh, a, b, c, d, e, 3);				\
	ROUND(X, e, f, g, hh, a, b, c, d, 4);				\
	ROUND(X, d, e, f, g, hh, a, b, c, 5);				\
	ROUND(X, c, d, e, f, g, hh, a, b, 6);				\
	ROUND(X, b, c, d, e, f, g, hh, a, 7);				\
	ROUND(X, a, b, c, d, e, f, g, hh, 8);				\
	ROUND(X, hh, a, b, c, d, e, f, g, 9);				\
	ROUND(X, g, hh, a, b, c, d, e, f, 10);				\
	ROUND(X, f, g, hh, a, b, c, d, e, 11);				\
	ROUND(X, e, f, g, hh, a, b, c, d, 12);				\
	ROUND(X, d, e, f, g, hh, a, b, c, 13);				\
	ROUND(X, c, d, e, f, g, hh, a, b, 14);				\
	ROUND(X, b, c, d, e, f, g, hh, a, 15);				\
} while (0)

/* Compresses nblocks 128-byte blocks at p into h. */
static void
sha512_blocks(uint64_t h[8], const uint8_t *p, size_t nblocks)
{
	uint64_t w[16];
	uint64_t a, b, c, d, e, f, g, hh;
	int i, t;

	while (nblocks-- > 0) {
		for (i = 0; i < 16; i++)
			w[i] = crypto_load64_be(p + 8 * i);
		a = h[0]; b = h[1]; c = h[2]; d = h[3];
		e = h[4]; f = h[5]; g = h[6]; hh = h[7];
		t = 0;
		ROUNDS16(0);
		for (t = 16; t < 80; t += 16)
			ROUNDS16(1);
		h[0] += a; h[1] += b; h[2] += c; h[3] += d;
		h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
		p += 128;
	}
	crypto_wipe(w, sizeof(w));
}

void
crypto_sha512_init(struct crypto_sha512 *s)
{
	memcpy(s->h, sha512_iv, sizeof(s->h));
	s->count = 0;
	memset(s->buf, 0, sizeof(s->buf));
}

void
crypto_sha512_update(struct crypto_sha512 *s, const void *in, size_t len)
{
	const uint8_t *p = in;
	size_t used = (size_t)(s->count % 128), n;

	if (len == 0)
		return;		/* in may be NULL */
	s->count += len;
	if (used > 0) {
		n = 128 - used;
		if (n > len) {
			memcpy(s->buf + used, p, len);
			return;
		}
		memcpy(s->buf + used, p, n);
		sha512_blocks(s->h, s->buf, 1);
		p += n;
		len -= n;
	}
	sha512_blocks(s->h, p, len / 128);
	p += len - len % 128;
	memcpy(s->buf, p, len % 128);
}

void
crypto_sha512_final(struct crypto_sha512 *s, uint8_t out[64])
{
	size_t used = (size_t)(s->count % 128);
	int i;

	/* Padding: 0x80, zeros, then the 128-bit big-endian bit length. */
	s->buf[used++] = 0x80;
	if (used > 112) {
		memset(s->buf + used, 0, 128 - used);
		sha512_blocks(s->h, s->buf, 1);
		used = 0;
	}
	memset(s->buf + used, 0, 112 - used);
	crypto_store64_be(s->buf + 112, s->count >> 61);
	crypto_store64_be(s->buf + 120, s->count << 3);
	sha512_blocks(s->h, s->buf, 1);
	for (i = 0; i < 8; i++)
		crypto_store64_be(out + 8 * i, s->h[i]);
	crypto_wipe(s, sizeof(*s));
}

void
crypto_sha512(uint8_t out[64], const void *in, size_t len)
{
	struct crypto_sha512 s;

	crypto_sha512_init(&s);
	crypto_sha512_update(&s, in, len);
	crypto_sha512_final(&s, out);
}
