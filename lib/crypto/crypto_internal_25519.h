/*
 * crypto_internal_25519.h: arithmetic modulo p = 2^255 - 19 and the
 * Edwards-curve types shared by x25519.c and ed25519.c.  Private to
 * lib/crypto (and its tests).
 *
 * A field element is five unsigned 64-bit limbs in radix 2^51:
 *
 *	value = v[0] + v[1] 2^51 + v[2] 2^102 + v[3] 2^153 + v[4] 2^204
 *
 * The value is only ever reduced modulo p lazily.  Two bounds matter:
 *	- "tight": every limb < 2^51 + 2^13 (the result of mul, sq, neg,
 *	  mul_small, carry and frombytes);
 *	- "loose": every limb < 2^54 (tight + tight, or a difference).
 * mul, sq and mul_small accept loose inputs (their 128-bit column sums
 * cannot overflow) and return tight values; add and sub do not carry, so
 * the point formulas only pass their results on to a product (or add one
 * tight value first).  Only tobytes() reduces fully.
 *
 * None of these functions branches on or indexes by the values, so they may
 * handle secrets.  Start with fe25519.c.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define FE25519_MASK51 ((UINT64_C(1) << 51) - 1)

/*
 * The small field operations are forced inline even in the -O1 test
 * builds, where a call per limb operation would dominate the run time.
 */
#define FE25519_INLINE static inline __attribute__((always_inline))

struct fe25519 {
	uint64_t v[5];
};

/*
 * Returns x, hiding its value from the optimiser.  A mask made from a 0/1
 * condition must pass through here: a compiler that knows a value is 0 or
 * all ones may turn `mask & (a ^ b)` back into a branch, which clang does on
 * riscv64 (no conditional move).
 */
FE25519_INLINE uint64_t
fe25519_barrier(uint64_t x)
{
	__asm__("" : "+r"(x));
	return x;
}

/* h = f + g, without carrying (tight + tight gives loose). */
FE25519_INLINE void
fe25519_add(struct fe25519 *h, const struct fe25519 *f,
    const struct fe25519 *g)
{
	int i;

	for (i = 0; i < 5; i++)
		h->v[i] = f->v[i] + g->v[i];
}

/* Propagates the carries so that h is tight. */
FE25519_INLINE void
fe25519_carry(struct fe25519 *h)
{
	uint64_t c;

	c = h->v[0] >> 51; h->v[0] &= FE25519_MASK51; h->v[1] += c;
	c = h->v[1] >> 51; h->v[1] &= FE25519_MASK51; h->v[2] += c;
	c = h->v[2] >> 51; h->v[2] &= FE25519_MASK51; h->v[3] += c;
	c = h->v[3] >> 51; h->v[3] &= FE25519_MASK51; h->v[4] += c;
	c = h->v[4] >> 51; h->v[4] &= FE25519_MASK51; h->v[0] += 19 * c;
	c = h->v[0] >> 51; h->v[0] &= FE25519_MASK51; h->v[1] += c;
}

/*
 * h = f - g for f < 2^52.5 (a tight value or the sum of two) and tight g.
 * 4p is added to stay positive and nothing is carried, so h is loose
 * (< 2^54): fit for mul, sq and mul_small and for adding one tight value,
 * but not as the subtrahend of another sub; fe25519_carry() makes it tight.
 */
FE25519_INLINE void
fe25519_sub(struct fe25519 *h, const struct fe25519 *f,
    const struct fe25519 *g)
{
	/* 4p, limb by limb: every limb exceeds any tight limb. */
	h->v[0] = f->v[0] + 0x1fffffffffffb4ULL - g->v[0];
	h->v[1] = f->v[1] + 0x1ffffffffffffcULL - g->v[1];
	h->v[2] = f->v[2] + 0x1ffffffffffffcULL - g->v[2];
	h->v[3] = f->v[3] + 0x1ffffffffffffcULL - g->v[3];
	h->v[4] = f->v[4] + 0x1ffffffffffffcULL - g->v[4];
}

/* h = -f for tight f; h is tight. */
FE25519_INLINE void
fe25519_neg(struct fe25519 *h, const struct fe25519 *f)
{
	struct fe25519 zero = { { 0, 0, 0, 0, 0 } };

	fe25519_sub(h, &zero, f);
	fe25519_carry(h);
}

FE25519_INLINE void
fe25519_set(struct fe25519 *h, uint64_t small)
{
	h->v[0] = small;
	h->v[1] = h->v[2] = h->v[3] = h->v[4] = 0;
}

/* Swaps f and g if swap is 1, leaves them if 0, without branching. */
FE25519_INLINE void
fe25519_cswap(struct fe25519 *f, struct fe25519 *g, uint64_t swap)
{
	uint64_t mask = fe25519_barrier(0 - swap), x;
	int i;

	for (i = 0; i < 5; i++) {
		x = mask & (f->v[i] ^ g->v[i]);
		f->v[i] ^= x;
		g->v[i] ^= x;
	}
}

/* f = g if move is 1, unchanged if 0, without branching. */
FE25519_INLINE void
fe25519_cmov(struct fe25519 *f, const struct fe25519 *g, uint64_t move)
{
	uint64_t mask = fe25519_barrier(0 - move);
	int i;

	for (i = 0; i < 5; i++)
		f->v[i] ^= mask & (f->v[i] ^ g->v[i]);
}

/*
 * h = f * g and h = f^2 for loose inputs; h is tight.  Products are five
 * 128-bit column sums (one 64 x 64 -> 128-bit multiply each, also on
 * riscv64 with the M extension); limb products at 2^255 and above wrap
 * around multiplied by 19, since 2^255 = 19 (mod p).  They are inline so
 * that the point formulas keep the limbs in registers.
 */
typedef unsigned __int128 fe25519_u128;

/* The full 128-bit product of two limbs. */
FE25519_INLINE fe25519_u128
fe25519_mul64(uint64_t a, uint64_t b)
{
	return (fe25519_u128)a * b;
}

/* Carries five 128-bit columns into a tight element. */
FE25519_INLINE void
fe25519_carry_wide(struct fe25519 *h, fe25519_u128 r0, fe25519_u128 r1,
    fe25519_u128 r2, fe25519_u128 r3, fe25519_u128 r4)
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

FE25519_INLINE void
fe25519_mul(struct fe25519 *h, const struct fe25519 *f,
    const struct fe25519 *g)
{
	uint64_t f0 = f->v[0], f1 = f->v[1], f2 = f->v[2], f3 = f->v[3];
	uint64_t f4 = f->v[4];
	uint64_t g0 = g->v[0], g1 = g->v[1], g2 = g->v[2], g3 = g->v[3];
	uint64_t g4 = g->v[4];
	uint64_t g1_19 = 19 * g1, g2_19 = 19 * g2, g3_19 = 19 * g3;
	uint64_t g4_19 = 19 * g4;

	fe25519_carry_wide(h,
	    fe25519_mul64(f0, g0) + fe25519_mul64(f1, g4_19) +
	    fe25519_mul64(f2, g3_19) + fe25519_mul64(f3, g2_19) +
	    fe25519_mul64(f4, g1_19),
	    fe25519_mul64(f0, g1) + fe25519_mul64(f1, g0) +
	    fe25519_mul64(f2, g4_19) + fe25519_mul64(f3, g3_19) +
	    fe25519_mul64(f4, g2_19),
	    fe25519_mul64(f0, g2) + fe25519_mul64(f1, g1) +
	    fe25519_mul64(f2, g0) + fe25519_mul64(f3, g4_19) +
	    fe25519_mul64(f4, g3_19),
	    fe25519_mul64(f0, g3) + fe25519_mul64(f1, g2) +
	    fe25519_mul64(f2, g1) + fe25519_mul64(f3, g0) +
	    fe25519_mul64(f4, g4_19),
	    fe25519_mul64(f0, g4) + fe25519_mul64(f1, g3) +
	    fe25519_mul64(f2, g2) + fe25519_mul64(f3, g1) +
	    fe25519_mul64(f4, g0));
}

/* The square: the symmetric products once, doubled. */
FE25519_INLINE void
fe25519_sq(struct fe25519 *h, const struct fe25519 *f)
{
	uint64_t f0 = f->v[0], f1 = f->v[1], f2 = f->v[2], f3 = f->v[3];
	uint64_t f4 = f->v[4];
	uint64_t f0_2 = 2 * f0, f1_2 = 2 * f1;
	uint64_t f1_38 = 38 * f1, f2_38 = 38 * f2, f3_38 = 38 * f3;
	uint64_t f3_19 = 19 * f3, f4_19 = 19 * f4;

	fe25519_carry_wide(h,
	    fe25519_mul64(f0, f0) + fe25519_mul64(f1_38, f4) +
	    fe25519_mul64(f2_38, f3),
	    fe25519_mul64(f0_2, f1) + fe25519_mul64(f2_38, f4) +
	    fe25519_mul64(f3_19, f3),
	    fe25519_mul64(f0_2, f2) + fe25519_mul64(f1, f1) +
	    fe25519_mul64(f3_38, f4),
	    fe25519_mul64(f0_2, f3) + fe25519_mul64(f1_2, f2) +
	    fe25519_mul64(f4_19, f4),
	    fe25519_mul64(f0_2, f4) + fe25519_mul64(f1_2, f3) +
	    fe25519_mul64(f2, f2));
}

/* h = f * k for loose f and k < 2^20; h is tight. */
FE25519_INLINE void
fe25519_mul_small(struct fe25519 *h, const struct fe25519 *f, uint32_t k)
{
	fe25519_carry_wide(h, (fe25519_u128)f->v[0] * k,
	    (fe25519_u128)f->v[1] * k, (fe25519_u128)f->v[2] * k,
	    (fe25519_u128)f->v[3] * k, (fe25519_u128)f->v[4] * k);
}

/* h = f^(2^n) for n >= 1. */
void crypto_fe25519_sqn(struct fe25519 *h, const struct fe25519 *f, int n);
/* h = 1/f (0 for f = 0), h = f^((p-5)/8). */
void crypto_fe25519_invert(struct fe25519 *h, const struct fe25519 *f);
void crypto_fe25519_pow22523(struct fe25519 *h, const struct fe25519 *f);
/* Loads 32 little-endian bytes, ignoring the top bit (any value < 2^255). */
void crypto_fe25519_frombytes(struct fe25519 *h, const uint8_t s[32]);
/* Stores the fully reduced value (0 <= value < p). */
void crypto_fe25519_tobytes(uint8_t s[32], const struct fe25519 *f);
/* Whether f is 0 mod p; whether the reduced value is odd ("negative"). */
bool crypto_fe25519_iszero(const struct fe25519 *f);
bool crypto_fe25519_isnegative(const struct fe25519 *f);

/*
 * Points of the twisted Edwards curve -x^2 + y^2 = 1 + d x^2 y^2 (edwards25519)
 * in the coordinate systems of Hisil, Wong, Carter and Dawson (2008):
 *	p3	extended: x = X/Z, y = Y/Z, X Y = Z T
 *	p1p1	completed: x = X/Z, y = Y/T (the output of add and double)
 *	cached	a p3 ready to be added: (Y+X, Y-X, Z, 2d T)
 *	precomp	an affine point ready to be added: (y+x, y-x, 2d x y)
 */
struct crypto_ge25519_p3 {
	struct fe25519 X, Y, Z, T;
};

struct crypto_ge25519_p1p1 {
	struct fe25519 X, Y, Z, T;
};

struct crypto_ge25519_cached {
	struct fe25519 YplusX, YminusX, Z, T2d;
};

struct crypto_ge25519_precomp {
	struct fe25519 yplusx, yminusx, xy2d;
};

/*
 * The fixed-base table of ed25519.c: entry [j][k-1] is k 16^(2j) B for
 * k = 1..8, where B is the RFC 8032 base point.
 */
extern const struct crypto_ge25519_precomp crypto_ed25519_base_table[32][8];

/* h = a B for a 32-byte little-endian scalar a < 2^255, in constant time. */
void crypto_ge25519_scalarmult_base(struct crypto_ge25519_p3 *h,
    const uint8_t a[32]);
void crypto_ge25519_tobytes(uint8_t s[32], const struct crypto_ge25519_p3 *h);
