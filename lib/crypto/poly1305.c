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
 * 20*r2.  Products are 64x64->128-bit multiplications (unsigned
 * __int128, a mul/mulhu pair on 64-bit targets).  Whole blocks go in pairs
 * with r^2 (poly1305_blocks()), so two independent products overlap
 * instead of waiting on each other.  After each step the limbs are carried
 * back to 44/44/42 bits (limb 1 may keep one bit more), so the sums of six
 * products in a step stay below 2^95.
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

/*
 * The product a * b mod p, partly reduced: limbs 0 and 1 below 2^44 plus
 * a little, limb 2 below 2^42.  s1 and s2 are 20 * b1 and 20 * b2.
 */
#define MULMOD(o0, o1, o2, a0, a1, a2, b0, b1, b2, s1, s2) do {		\
	u128 d0_ = (u128)(a0) * (b0) + (u128)(a1) * (s2) + (u128)(a2) * (s1);	\
	u128 d1_ = (u128)(a0) * (b1) + (u128)(a1) * (b0) + (u128)(a2) * (s2);	\
	u128 d2_ = (u128)(a0) * (b2) + (u128)(a1) * (b1) + (u128)(a2) * (b0);	\
	uint64_t c_;							\
									\
	c_ = (uint64_t)(d0_ >> 44); o0 = (uint64_t)d0_ & M44; d1_ += c_;	\
	c_ = (uint64_t)(d1_ >> 44); o1 = (uint64_t)d1_ & M44; d2_ += c_;	\
	c_ = (uint64_t)(d2_ >> 42); o2 = (uint64_t)d2_ & M42;		\
	o0 += c_ * 5; c_ = o0 >> 44; o0 &= M44; o1 += c_;		\
} while (0)

void
crypto_poly1305_init(struct crypto_poly1305 *ctx, const uint8_t key[32])
{
	uint64_t t0 = crypto_load64_le(key), t1 = crypto_load64_le(key + 8);
	uint64_t r0, r1, r2;

	/*
	 * r &= 0x0ffffffc0ffffffc0ffffffc0fffffff (section 2.5), split
	 * into the three limbs.
	 */
	r0 = t0 & 0xffc0fffffffULL;
	r1 = ((t0 >> 44) | (t1 << 20)) & 0xfffffc0ffffULL;
	r2 = (t1 >> 24) & 0x00ffffffc0fULL;
	ctx->r[0] = r0;
	ctx->r[1] = r1;
	ctx->r[2] = r2;
	/* r^2 lets two blocks be multiplied independently (see below). */
	MULMOD(ctx->rr[0], ctx->rr[1], ctx->rr[2], r0, r1, r2, r0, r1, r2,
	    r1 * 20, r2 * 20);
	ctx->h[0] = ctx->h[1] = ctx->h[2] = 0;
	ctx->s[0] = crypto_load64_le(key + 16);
	ctx->s[1] = crypto_load64_le(key + 24);
	ctx->used = 0;
}

/* Splits the 16 bytes at m into limbs and adds 2^128 * (hibit != 0). */
#define LIMBS(l0, l1, l2, m, hibit) do {				\
	uint64_t t0_ = crypto_load64_le(m), t1_ = crypto_load64_le((m) + 8);	\
									\
	l0 = t0_ & M44;							\
	l1 = ((t0_ >> 44) | (t1_ << 20)) & M44;				\
	l2 = ((t1_ >> 24) & M42) | (hibit);				\
} while (0)

/*
 * Absorbs nblocks 16-byte blocks at m, each with hibit added at bit 128
 * (1 << 40 in h2 for whole blocks, 0 for the padded last block).
 *
 * Pairs of blocks use h = (h + m1) * r^2 + m2 * r, which equals two steps
 * of h = (h + m) * r but lets the two products run in parallel instead of
 * one waiting for the other.  Both products are summed before a single
 * carry chain: each limb sum stays below 2^97.
 */
static void
poly1305_blocks(struct crypto_poly1305 *ctx, const uint8_t *m, size_t nblocks,
    uint64_t hibit)
{
	const uint64_t r0 = ctx->r[0], r1 = ctx->r[1], r2 = ctx->r[2];
	const uint64_t s1 = r1 * 20, s2 = r2 * 20;
	const uint64_t q0 = ctx->rr[0], q1 = ctx->rr[1], q2 = ctx->rr[2];
	const uint64_t u1 = q1 * 20, u2 = q2 * 20;
	uint64_t h0 = ctx->h[0], h1 = ctx->h[1], h2 = ctx->h[2];

	for (; nblocks >= 2; nblocks -= 2, m += 32) {
		uint64_t a0, a1, a2, b0, b1, b2, c;
		u128 d0, d1, d2;

		LIMBS(a0, a1, a2, m, hibit);
		LIMBS(b0, b1, b2, m + 16, hibit);
		h0 += a0;
		h1 += a1;
		h2 += a2;
		d0 = (u128)h0 * q0 + (u128)h1 * u2 + (u128)h2 * u1 +
		    (u128)b0 * r0 + (u128)b1 * s2 + (u128)b2 * s1;
		d1 = (u128)h0 * q1 + (u128)h1 * q0 + (u128)h2 * u2 +
		    (u128)b0 * r1 + (u128)b1 * r0 + (u128)b2 * s2;
		d2 = (u128)h0 * q2 + (u128)h1 * q1 + (u128)h2 * q0 +
		    (u128)b0 * r2 + (u128)b1 * r1 + (u128)b2 * r0;
		c = (uint64_t)(d0 >> 44); h0 = (uint64_t)d0 & M44; d1 += c;
		c = (uint64_t)(d1 >> 44); h1 = (uint64_t)d1 & M44; d2 += c;
		c = (uint64_t)(d2 >> 42); h2 = (uint64_t)d2 & M42;
		h0 += c * 5; c = h0 >> 44; h0 &= M44; h1 += c;
	}
	if (nblocks > 0) {
		uint64_t a0, a1, a2;

		LIMBS(a0, a1, a2, m, hibit);
		h0 += a0;
		h1 += a1;
		h2 += a2;
		MULMOD(h0, h1, h2, h0, h1, h2, r0, r1, r2, s1, s2);
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
