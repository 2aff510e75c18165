/*
 * poly1305.c: Poly1305 (RFC 8439 section 2.5) with 64-bit limbs.
 *
 * Numbers modulo p = 2^130 - 5 are held in three limbs of 44, 44 and 42
 * bits:
 *
 *    bit 0          44          88         130
 *        +-----------+-----------+-----------+
 *        |    h0     |    h1     |    h2     |
 *        +-----------+-----------+-----------+
 *
 * Every 16-byte block m is added as h += m + 2^128 (the 2^128 is bit 40 of
 * h2; a final partial block gets its 0x01 byte instead) and then h *= r.
 * The product has terms of weight 2^132 and 2^176, which fold back with
 * 2^130 = 5 (mod p), i.e. 2^132 = 20: hence the precomputed 20*r1 and
 * 20*r2.  Products are 64x64->128-bit multiplications (unsigned __int128,
 * a mul/mulhu pair on 64-bit targets).  After each block the limbs are
 * carried back to 44/44/42 bits (h0 may keep a few bits more), so sums of
 * three products stay below 2^100.
 *
 * The final reduction to [0, p) computes h - p and keeps it or h through a
 * mask, never a branch; s is then added modulo 2^128.  Start reading at
 * crypto_poly1305_update().
 */
#include <base/mem.h>
#include <crypto/poly1305.h>
#include <crypto/util.h>

#define M44 0xfffffffffffULL
#define M42 0x3ffffffffffULL

typedef unsigned __int128 u128;

void
crypto_poly1305_init(struct crypto_poly1305 *ctx, const uint8_t key[32])
{
	uint64_t t0 = crypto_load64_le(key), t1 = crypto_load64_le(key + 8);

	/*
	 * r &= 0x0ffffffc0ffffffc0ffffffc0fffffff (section 2.5), split
	 * into the three limbs.
	 */
	ctx->r[0] = t0 & 0xffc0fffffffULL;
	ctx->r[1] = ((t0 >> 44) | (t1 << 20)) & 0xfffffc0ffffULL;
	ctx->r[2] = (t1 >> 24) & 0x00ffffffc0fULL;
	ctx->h[0] = ctx->h[1] = ctx->h[2] = 0;
	ctx->s[0] = crypto_load64_le(key + 16);
	ctx->s[1] = crypto_load64_le(key + 24);
	ctx->used = 0;
}

/*
 * Absorbs nblocks 16-byte blocks at m, each with hibit added at bit 128
 * (1 << 40 in h2 for whole blocks, 0 for the padded last block).
 */
static void
poly1305_blocks(struct crypto_poly1305 *ctx, const uint8_t *m, size_t nblocks,
    uint64_t hibit)
{
	const uint64_t r0 = ctx->r[0], r1 = ctx->r[1], r2 = ctx->r[2];
	const uint64_t s1 = r1 * 20, s2 = r2 * 20;
	uint64_t h0 = ctx->h[0], h1 = ctx->h[1], h2 = ctx->h[2];

	while (nblocks-- > 0) {
		uint64_t t0 = crypto_load64_le(m), t1 = crypto_load64_le(m + 8);
		u128 d0, d1, d2;
		uint64_t c;

		h0 += t0 & M44;
		h1 += ((t0 >> 44) | (t1 << 20)) & M44;
		h2 += ((t1 >> 24) & M42) | hibit;

		d0 = (u128)h0 * r0 + (u128)h1 * s2 + (u128)h2 * s1;
		d1 = (u128)h0 * r1 + (u128)h1 * r0 + (u128)h2 * s2;
		d2 = (u128)h0 * r2 + (u128)h1 * r1 + (u128)h2 * r0;

		c = (uint64_t)(d0 >> 44);
		h0 = (uint64_t)d0 & M44;
		d1 += c;
		c = (uint64_t)(d1 >> 44);
		h1 = (uint64_t)d1 & M44;
		d2 += c;
		c = (uint64_t)(d2 >> 42);
		h2 = (uint64_t)d2 & M42;
		h0 += c * 5;
		c = h0 >> 44;
		h0 &= M44;
		h1 += c;
		m += 16;
	}
	ctx->h[0] = h0;
	ctx->h[1] = h1;
	ctx->h[2] = h2;
}

void
crypto_poly1305_update(struct crypto_poly1305 *ctx, const void *in, size_t len)
{
	const uint8_t *p = in;

	if (len == 0)
		return;
	if (ctx->used > 0) {
		size_t n = 16 - ctx->used;

		if (n > len)
			n = len;
		memcpy(ctx->buf + ctx->used, p, n);
		ctx->used += n;
		p += n;
		len -= n;
		if (ctx->used < 16)
			return;
		poly1305_blocks(ctx, ctx->buf, 1, 1ULL << 40);
		ctx->used = 0;
	}
	if (len >= 16) {
		poly1305_blocks(ctx, p, len / 16, 1ULL << 40);
		p += len & ~(size_t)15;
		len &= 15;
	}
	if (len > 0) {
		memcpy(ctx->buf, p, len);
		ctx->used = len;
	}
}

void
crypto_poly1305_final(struct crypto_poly1305 *ctx, uint8_t tag[16])
{
	uint64_t h0, h1, h2, g0, g1, g2, c, mask;

	if (ctx->used > 0) {
		/* The last block: its bytes, then 0x01, then zeros. */
		ctx->buf[ctx->used] = 1;
		memset(ctx->buf + ctx->used + 1, 0, 15 - ctx->used);
		poly1305_blocks(ctx, ctx->buf, 1, 0);
	}
	h0 = ctx->h[0];
	h1 = ctx->h[1];
	h2 = ctx->h[2];

	/* Carry fully: every limb back within its width. */
	c = h1 >> 44; h1 &= M44; h2 += c;
	c = h2 >> 42; h2 &= M42; h0 += c * 5;
	c = h0 >> 44; h0 &= M44; h1 += c;
	c = h1 >> 44; h1 &= M44; h2 += c;
	c = h2 >> 42; h2 &= M42; h0 += c * 5;
	c = h0 >> 44; h0 &= M44; h1 += c;

	/* g = h + 5 - 2^130 = h - p; keep g if it did not go negative. */
	g0 = h0 + 5; c = g0 >> 44; g0 &= M44;
	g1 = h1 + c; c = g1 >> 44; g1 &= M44;
	g2 = h2 + c - (1ULL << 42);
	mask = (g2 >> 63) - 1;	/* all ones if g >= 0 */
	h0 = (h0 & ~mask) | (g0 & mask);
	h1 = (h1 & ~mask) | (g1 & mask);
	h2 = (h2 & ~mask) | (g2 & mask & M42);

	/* h + s modulo 2^128, as two 64-bit words. */
	h0 = h0 | h1 << 44;
	h1 = h1 >> 20 | h2 << 24;
	{
		u128 t = (u128)h0 + ctx->s[0];

		h0 = (uint64_t)t;
		h1 += ctx->s[1] + (uint64_t)(t >> 64);
	}
	crypto_store64_le(tag, h0);
	crypto_store64_le(tag + 8, h1);
	crypto_wipe(ctx, sizeof(*ctx));
}

void
crypto_poly1305(uint8_t tag[16], const void *in, size_t len,
    const uint8_t key[32])
{
	struct crypto_poly1305 ctx;

	crypto_poly1305_init(&ctx, key);
	crypto_poly1305_update(&ctx, in, len);
	crypto_poly1305_final(&ctx, tag);
}
