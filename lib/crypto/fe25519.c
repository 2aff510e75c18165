/*
 * fe25519.c: arithmetic modulo p = 2^255 - 19 in radix 2^51, the parts
 * that are not inline in crypto_internal_25519.h (which also describes the
 * limb bounds each function accepts and returns).
 *
 * Inversion and the square root exponent use a fixed chain of squarings and
 * multiplications, so their time does not depend on the value.
 */
#include <base/mem.h>
#include <crypto/util.h>

#include "crypto_internal_25519.h"

void
crypto_fe25519_sqn(struct fe25519 *h, const struct fe25519 *f, int n)
{
	fe25519_sq(h, f);
	while (--n > 0)
		fe25519_sq(h, h);
}

/*
 * Sets *t250 = z^(2^250 - 1) and *z11 = z^11, the common start of
 * inversion and of the square root exponent.
 */
static void
pow_2_250_1(struct fe25519 *t250, struct fe25519 *z11, const struct fe25519 *z)
{
	struct fe25519 t0, t1, t2, t3;

	fe25519_sq(&t0, z);		/* z^2 */
	crypto_fe25519_sqn(&t1, &t0, 2);	/* z^8 */
	fe25519_mul(&t1, &t1, z);	/* z^9 */
	fe25519_mul(z11, &t0, &t1);	/* z^11 */
	fe25519_sq(&t0, z11);		/* z^22 */
	fe25519_mul(&t0, &t0, &t1);	/* z^(2^5 - 1) */
	crypto_fe25519_sqn(&t1, &t0, 5);
	fe25519_mul(&t1, &t1, &t0);	/* z^(2^10 - 1) */
	crypto_fe25519_sqn(&t2, &t1, 10);
	fe25519_mul(&t2, &t2, &t1);	/* z^(2^20 - 1) */
	crypto_fe25519_sqn(&t3, &t2, 20);
	fe25519_mul(&t3, &t3, &t2);	/* z^(2^40 - 1) */
	crypto_fe25519_sqn(&t3, &t3, 10);
	fe25519_mul(&t3, &t3, &t1);	/* z^(2^50 - 1) */
	crypto_fe25519_sqn(&t2, &t3, 50);
	fe25519_mul(&t2, &t2, &t3);	/* z^(2^100 - 1) */
	crypto_fe25519_sqn(&t0, &t2, 100);
	fe25519_mul(&t0, &t0, &t2);	/* z^(2^200 - 1) */
	crypto_fe25519_sqn(&t0, &t0, 50);
	fe25519_mul(t250, &t0, &t3);	/* z^(2^250 - 1) */
}

void
crypto_fe25519_invert(struct fe25519 *h, const struct fe25519 *f)
{
	struct fe25519 t, z11;

	/* p - 2 = (2^250 - 1) 2^5 + 11. */
	pow_2_250_1(&t, &z11, f);
	crypto_fe25519_sqn(&t, &t, 5);
	fe25519_mul(h, &t, &z11);
}

void
crypto_fe25519_pow22523(struct fe25519 *h, const struct fe25519 *f)
{
	struct fe25519 t, z11;

	/* (p - 5) / 8 = 2^252 - 3 = (2^250 - 1) 2^2 + 1. */
	pow_2_250_1(&t, &z11, f);
	crypto_fe25519_sqn(&t, &t, 2);
	fe25519_mul(h, &t, f);
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
