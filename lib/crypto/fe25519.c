/*
 * fe25519.c: arithmetic modulo p = 2^255 - 19 in radix 2^51.
 *
 * Products of two elements are computed as five 128-bit column sums with
 * unsigned __int128 (one 64 x 64 -> 128-bit multiply each on 64-bit
 * targets, including riscv64 with the M extension).  Limb products that
 * overflow 2^255 wrap around multiplied by 19, since 2^255 = 19 (mod p).
 * The limb bounds each function accepts and returns are described in
 * crypto_internal_25519.h.
 *
 * Inversion and the square root exponent use a fixed chain of squarings and
 * multiplications, so their time does not depend on the value.
 */
#include <base/mem.h>
#include <crypto/util.h>

#include "crypto_internal_25519.h"

typedef unsigned __int128 u128;

/* Carries five 128-bit columns into a tight element. */
static inline void
carry_wide(struct fe25519 *h, u128 r0, u128 r1, u128 r2, u128 r3, u128 r4)
{
	uint64_t c;

	r1 += (uint64_t)(r0 >> 51);
	r2 += (uint64_t)(r1 >> 51);
	r3 += (uint64_t)(r2 >> 51);
	r4 += (uint64_t)(r3 >> 51);
	c = (uint64_t)(r4 >> 51);
	h->v[0] = ((uint64_t)r0 & FE25519_MASK51) + 19 * c;
	h->v[1] = (uint64_t)r1 & FE25519_MASK51;
	h->v[2] = (uint64_t)r2 & FE25519_MASK51;
	h->v[3] = (uint64_t)r3 & FE25519_MASK51;
	h->v[4] = (uint64_t)r4 & FE25519_MASK51;
	h->v[1] += h->v[0] >> 51;
	h->v[0] &= FE25519_MASK51;
}

void
crypto_fe25519_mul(struct fe25519 *h, const struct fe25519 *f,
    const struct fe25519 *g)
{
	uint64_t f0 = f->v[0], f1 = f->v[1], f2 = f->v[2], f3 = f->v[3];
	uint64_t f4 = f->v[4];
	uint64_t g0 = g->v[0], g1 = g->v[1], g2 = g->v[2], g3 = g->v[3];
	uint64_t g4 = g->v[4];
	uint64_t g1_19 = 19 * g1, g2_19 = 19 * g2, g3_19 = 19 * g3;
	uint64_t g4_19 = 19 * g4;
	u128 r0, r1, r2, r3, r4;

	r0 = (u128)f0 * g0 + (u128)f1 * g4_19 + (u128)f2 * g3_19 +
	    (u128)f3 * g2_19 + (u128)f4 * g1_19;
	r1 = (u128)f0 * g1 + (u128)f1 * g0 + (u128)f2 * g4_19 +
	    (u128)f3 * g3_19 + (u128)f4 * g2_19;
	r2 = (u128)f0 * g2 + (u128)f1 * g1 + (u128)f2 * g0 +
	    (u128)f3 * g4_19 + (u128)f4 * g3_19;
	r3 = (u128)f0 * g3 + (u128)f1 * g2 + (u128)f2 * g1 +
	    (u128)f3 * g0 + (u128)f4 * g4_19;
	r4 = (u128)f0 * g4 + (u128)f1 * g3 + (u128)f2 * g2 +
	    (u128)f3 * g1 + (u128)f4 * g0;
	carry_wide(h, r0, r1, r2, r3, r4);
}

void
crypto_fe25519_sq(struct fe25519 *h, const struct fe25519 *f)
{
	uint64_t f0 = f->v[0], f1 = f->v[1], f2 = f->v[2], f3 = f->v[3];
	uint64_t f4 = f->v[4];
	uint64_t f0_2 = 2 * f0, f1_2 = 2 * f1;
	uint64_t f1_38 = 38 * f1, f2_38 = 38 * f2, f3_38 = 38 * f3;
	uint64_t f3_19 = 19 * f3, f4_19 = 19 * f4;
	u128 r0, r1, r2, r3, r4;

	r0 = (u128)f0 * f0 + (u128)f1_38 * f4 + (u128)f2_38 * f3;
	r1 = (u128)f0_2 * f1 + (u128)f2_38 * f4 + (u128)f3_19 * f3;
	r2 = (u128)f0_2 * f2 + (u128)f1 * f1 + (u128)f3_38 * f4;
	r3 = (u128)f0_2 * f3 + (u128)f1_2 * f2 + (u128)f4_19 * f4;
	r4 = (u128)f0_2 * f4 + (u128)f1_2 * f3 + (u128)f2 * f2;
	carry_wide(h, r0, r1, r2, r3, r4);
}

void
crypto_fe25519_sqn(struct fe25519 *h, const struct fe25519 *f, int n)
{
	crypto_fe25519_sq(h, f);
	while (--n > 0)
		crypto_fe25519_sq(h, h);
}

void
crypto_fe25519_mul_small(struct fe25519 *h, const struct fe25519 *f,
    uint32_t k)
{
	carry_wide(h, (u128)f->v[0] * k, (u128)f->v[1] * k,
	    (u128)f->v[2] * k, (u128)f->v[3] * k, (u128)f->v[4] * k);
}

/*
 * Sets *t250 = z^(2^250 - 1) and *z11 = z^11, the common start of
 * inversion and of the square root exponent.
 */
static void
pow_2_250_1(struct fe25519 *t250, struct fe25519 *z11, const struct fe25519 *z)
{
	struct fe25519 t0, t1, t2, t3;

	crypto_fe25519_sq(&t0, z);		/* z^2 */
	crypto_fe25519_sqn(&t1, &t0, 2);	/* z^8 */
	crypto_fe25519_mul(&t1, &t1, z);	/* z^9 */
	crypto_fe25519_mul(z11, &t0, &t1);	/* z^11 */
	crypto_fe25519_sq(&t0, z11);		/* z^22 */
	crypto_fe25519_mul(&t0, &t0, &t1);	/* z^(2^5 - 1) */
	crypto_fe25519_sqn(&t1, &t0, 5);
	crypto_fe25519_mul(&t1, &t1, &t0);	/* z^(2^10 - 1) */
	crypto_fe25519_sqn(&t2, &t1, 10);
	crypto_fe25519_mul(&t2, &t2, &t1);	/* z^(2^20 - 1) */
	crypto_fe25519_sqn(&t3, &t2, 20);
	crypto_fe25519_mul(&t3, &t3, &t2);	/* z^(2^40 - 1) */
	crypto_fe25519_sqn(&t3, &t3, 10);
	crypto_fe25519_mul(&t3, &t3, &t1);	/* z^(2^50 - 1) */
	crypto_fe25519_sqn(&t2, &t3, 50);
	crypto_fe25519_mul(&t2, &t2, &t3);	/* z^(2^100 - 1) */
	crypto_fe25519_sqn(&t0, &t2, 100);
	crypto_fe25519_mul(&t0, &t0, &t2);	/* z^(2^200 - 1) */
	crypto_fe25519_sqn(&t0, &t0, 50);
	crypto_fe25519_mul(t250, &t0, &t3);	/* z^(2^250 - 1) */
}

void
crypto_fe25519_invert(struct fe25519 *h, const struct fe25519 *f)
{
	struct fe25519 t, z11;

	/* p - 2 = (2^250 - 1) 2^5 + 11. */
	pow_2_250_1(&t, &z11, f);
	crypto_fe25519_sqn(&t, &t, 5);
	crypto_fe25519_mul(h, &t, &z11);
}

void
crypto_fe25519_pow22523(struct fe25519 *h, const struct fe25519 *f)
{
	struct fe25519 t, z11;

	/* (p - 5) / 8 = 2^252 - 3 = (2^250 - 1) 2^2 + 1. */
	pow_2_250_1(&t, &z11, f);
	crypto_fe25519_sqn(&t, &t, 2);
	crypto_fe25519_mul(h, &t, f);
}

void
crypto_fe25519_frombytes(struct fe25519 *h, const uint8_t s[32])
{
	uint64_t w0 = crypto_load64_le(s), w1 = crypto_load64_le(s + 8);
	uint64_t w2 = crypto_load64_le(s + 16), w3 = crypto_load64_le(s + 24);

	h->v[0] = w0 & FE25519_MASK51;
	h->v[1] = (w0 >> 51 | w1 << 13) & FE25519_MASK51;
	h->v[2] = (w1 >> 38 | w2 << 26) & FE25519_MASK51;
	h->v[3] = (w2 >> 25 | w3 << 39) & FE25519_MASK51;
	h->v[4] = (w3 >> 12) & FE25519_MASK51;
}

void
crypto_fe25519_tobytes(uint8_t s[32], const struct fe25519 *f)
{
	struct fe25519 t = *f;
	uint64_t q;

	/* Now value < 2^255 + small; q = 1 iff value >= p. */
	fe25519_carry(&t);
	q = (t.v[0] + 19) >> 51;
	q = (t.v[1] + q) >> 51;
	q = (t.v[2] + q) >> 51;
	q = (t.v[3] + q) >> 51;
	q = (t.v[4] + q) >> 51;
	/* Subtract q p: add 19 q and drop bit 255. */
	t.v[0] += 19 * q;
	t.v[1] += t.v[0] >> 51; t.v[0] &= FE25519_MASK51;
	t.v[2] += t.v[1] >> 51; t.v[1] &= FE25519_MASK51;
	t.v[3] += t.v[2] >> 51; t.v[2] &= FE25519_MASK51;
	t.v[4] += t.v[3] >> 51; t.v[3] &= FE25519_MASK51;
	t.v[4] &= FE25519_MASK51;
	crypto_store64_le(s, t.v[0] | t.v[1] << 51);
	crypto_store64_le(s + 8, t.v[1] >> 13 | t.v[2] << 38);
	crypto_store64_le(s + 16, t.v[2] >> 26 | t.v[3] << 25);
	crypto_store64_le(s + 24, t.v[3] >> 39 | t.v[4] << 12);
}

bool
crypto_fe25519_iszero(const struct fe25519 *f)
{
	uint8_t s[32], acc = 0;
	int i;

	crypto_fe25519_tobytes(s, f);
	for (i = 0; i < 32; i++)
		acc |= s[i];
	return acc == 0;
}

bool
crypto_fe25519_isnegative(const struct fe25519 *f)
{
	uint8_t s[32];

	crypto_fe25519_tobytes(s, f);
	return s[0] & 1;
}
