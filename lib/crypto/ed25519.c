/*
 * ed25519.c: Ed25519 signatures (RFC 8032 section 5.1) over edwards25519.
 *
 * Layout of this file, bottom-up:
 *	- scalars modulo the group order L (Barrett reduction, 64-bit limbs);
 *	- point arithmetic in the extended coordinates of Hisil, Wong, Carter
 *	  and Dawson (2008) (add, double, encode, decode);
 *	- crypto_ge25519_scalarmult_base(): a B in constant time, from the
 *	  table crypto_ed25519_base_table (k 16^(2j) B for k = 1..8) with the
 *	  scalar recoded into 64 signed radix-16 digits in -8..8; every table
 *	  row is read in full and the entry picked with masks, so neither
 *	  branches nor addresses depend on the scalar;
 *	- double_scalarmult_vartime(): S B - k A for verification, with width-5
 *	  NAFs; it handles public data only and may take variable time;
 *	- the API: key pair from a seed, sign, verify.
 *
 * The verification rules (which signatures are rejected beyond the RFC's
 * equation) are listed at crypto_ed25519_verify() and in docs/crypto-sign.md.
 *
 * The tables at the end were computed from the base point of RFC 8032
 * (y = 4/5, x even) with exact integer arithmetic; the fixed-base entries
 * are all exercised by the key pairs and signatures that test_ed25519 and
 * test_x25519 compare with libsodium, and base_odd by the verifications.
 */
#include <base/mem.h>
#include <crypto/ed25519.h>
#include <crypto/sha512.h>
#include <crypto/util.h>

#include "crypto_internal_25519.h"

typedef unsigned __int128 u128;

/* d = -121665/121666, 2d and sqrt(-1) modulo p. */
static const struct fe25519 ed_d = { { 0x34dca135978a3ULL, 0x1a8283b156ebdULL,
    0x5e7a26001c029ULL, 0x739c663a03cbbULL, 0x52036cee2b6ffULL } };
static const struct fe25519 ed_d2 = { { 0x69b9426b2f159ULL, 0x35050762add7aULL,
    0x3cf44c0038052ULL, 0x6738cc7407977ULL, 0x2406d9dc56dffULL } };
static const struct fe25519 ed_sqrtm1 = { { 0x61b274a0ea0b0ULL,
    0x0d5a5fc8f189dULL, 0x7ef5e9cbd0c60ULL, 0x78595a6804c9eULL,
    0x2b8324804fc1dULL } };

static const struct crypto_ge25519_precomp base_odd[8];

/*
 * Scalars modulo L = 2^252 + 27742317777372353535851937790883648493, as
 * 64-bit little-endian limbs.
 */
static const uint64_t sc_l[4] = {
	0x5812631a5cf5d3edULL, 0x14def9dea2f79cd6ULL,
	0x0000000000000000ULL, 0x1000000000000000ULL,
};

/* Barrett's constant floor(2^512 / L), 260 bits. */
static const uint64_t sc_mu[5] = {
	0xed9ce5a30a2c131bULL, 0x2106215d086329a7ULL,
	0xffffffffffffffebULL, 0xffffffffffffffffULL,
	0x000000000000000fULL,
};

/* r[0..na+nb) = a[0..na) b[0..nb). */
static void
mul_limbs(uint64_t *r, const uint64_t *a, int na, const uint64_t *b, int nb)
{
	u128 t;
	uint64_t carry;
	int i, j;

	for (i = 0; i < na + nb; i++)
		r[i] = 0;
	for (i = 0; i < na; i++) {
		carry = 0;
		for (j = 0; j < nb; j++) {
			t = (u128)a[i] * b[j] + r[i + j] + carry;
			r[i + j] = (uint64_t)t;
			carry = (uint64_t)(t >> 64);
		}
		r[i + nb] = carry;
	}
}

/* r = r - L if that does not go below zero, without branching (r < 2^320). */
static void
sc_csub_l(uint64_t r[5])
{
	uint64_t t[5], borrow = 0, mask, d;
	int i;

	for (i = 0; i < 5; i++) {
		uint64_t l = i < 4 ? sc_l[i] : 0;

		d = r[i] - l;
		t[i] = d - borrow;
		borrow = ((r[i] < l) | (d < borrow)) & 1;
	}
	/* mask is all ones when there was no borrow, i.e. r >= L. */
	mask = borrow - 1;
	for (i = 0; i < 5; i++)
		r[i] ^= mask & (r[i] ^ t[i]);
}

/*
 * out = x mod L for a 512-bit x (eight limbs), by Barrett reduction
 * (Handbook of Applied Cryptography, algorithm 14.42, base 2^64, k = 4).
 */
static void
sc_reduce_limbs(uint8_t out[32], const uint64_t x[8])
{
	uint64_t q2[10], r2[8], r[5], borrow = 0, d;
	int i;

	/* q3 = floor(floor(x / 2^192) mu / 2^320) = q2[5..9], q3 < 2^261. */
	mul_limbs(q2, x + 3, 5, sc_mu, 5);
	/*
	 * q3 L mod 2^320: the product of q3's low four limbs with L, plus
	 * q3[4] L[0] in limb 4 (the rest of q3[4] L lies above 2^320).
	 */
	mul_limbs(r2, q2 + 5, 4, sc_l, 4);
	/* r = x - q3 L mod 2^320, and then 0 <= r < 3L. */
	for (i = 0; i < 5; i++) {
		uint64_t sub = i < 4 ? r2[i] : r2[4] + q2[9] * sc_l[0];

		d = x[i] - sub;
		r[i] = d - borrow;
		borrow = ((x[i] < sub) | (d < borrow)) & 1;
	}
	sc_csub_l(r);
	sc_csub_l(r);
	for (i = 0; i < 4; i++)
		crypto_store64_le(out + 8 * i, r[i]);
	crypto_wipe(q2, sizeof(q2));
	crypto_wipe(r2, sizeof(r2));
	crypto_wipe(r, sizeof(r));
}

/* out = in mod L for a 64-byte little-endian in (a SHA-512 digest). */
static void
sc_reduce(uint8_t out[32], const uint8_t in[64])
{
	uint64_t x[8];
	int i;

	for (i = 0; i < 8; i++)
		x[i] = crypto_load64_le(in + 8 * i);
	sc_reduce_limbs(out, x);
	crypto_wipe(x, sizeof(x));
}

/* s = (a b + c) mod L for 32-byte a, b < 2^256 with a b + c < 2^512. */
static void
sc_muladd(uint8_t s[32], const uint8_t a[32], const uint8_t b[32],
    const uint8_t c[32])
{
	uint64_t al[4], bl[4], x[8], carry = 0, ci;
	int i;

	for (i = 0; i < 4; i++) {
		al[i] = crypto_load64_le(a + 8 * i);
		bl[i] = crypto_load64_le(b + 8 * i);
	}
	mul_limbs(x, al, 4, bl, 4);
	for (i = 0; i < 8; i++) {
		u128 t;

		ci = i < 4 ? crypto_load64_le(c + 8 * i) : 0;
		t = (u128)x[i] + ci + carry;
		x[i] = (uint64_t)t;
		carry = (uint64_t)(t >> 64);
	}
	sc_reduce_limbs(s, x);
	crypto_wipe(al, sizeof(al));
	crypto_wipe(bl, sizeof(bl));
	crypto_wipe(x, sizeof(x));
}

/* Whether the 32-byte s is below L (public data: may branch). */
static bool
sc_is_canonical(const uint8_t s[32])
{
	int i;

	for (i = 3; i >= 0; i--) {
		uint64_t w = crypto_load64_le(s + 8 * i);

		if (w < sc_l[i])
			return true;
		if (w > sc_l[i])
			return false;
	}
	return false;	/* s == L */
}

/* --- Points. -------------------------------------------------------- */

static void
ge_identity(struct crypto_ge25519_p3 *h)
{
	fe25519_set(&h->X, 0);
	fe25519_set(&h->Y, 1);
	fe25519_set(&h->Z, 1);
	fe25519_set(&h->T, 0);
}

/* r = p in extended coordinates (4 multiplications). */
static void
ge_p1p1_to_p3(struct crypto_ge25519_p3 *r, const struct crypto_ge25519_p1p1 *p)
{
	fe25519_mul(&r->X, &p->X, &p->T);
	fe25519_mul(&r->Y, &p->Y, &p->Z);
	fe25519_mul(&r->Z, &p->Z, &p->T);
	fe25519_mul(&r->T, &p->X, &p->Y);
}

/* r = p without T, which only a following doubling may ignore. */
static void
ge_p1p1_to_p2(struct crypto_ge25519_p3 *r, const struct crypto_ge25519_p1p1 *p)
{
	fe25519_mul(&r->X, &p->X, &p->T);
	fe25519_mul(&r->Y, &p->Y, &p->Z);
	fe25519_mul(&r->Z, &p->Z, &p->T);
}

static void
ge_p3_to_cached(struct crypto_ge25519_cached *r, const struct crypto_ge25519_p3 *p)
{
	fe25519_add(&r->YplusX, &p->Y, &p->X);
	fe25519_sub(&r->YminusX, &p->Y, &p->X);
	r->Z = p->Z;
	fe25519_mul(&r->T2d, &p->T, &ed_d2);
}

/*
 * r = 2 p, using X, Y, Z only (dbl-2008-hwcd with a = -1, with E, F, G, H
 * all negated, which leaves x = E/G and y = H/F unchanged).
 */
static void
ge_dbl(struct crypto_ge25519_p1p1 *r, const struct crypto_ge25519_p3 *p)
{
	struct fe25519 a, b, c, t;

	fe25519_sq(&a, &p->X);
	fe25519_sq(&b, &p->Y);
	fe25519_sq(&c, &p->Z);
	fe25519_add(&c, &c, &c);
	fe25519_add(&r->Y, &a, &b);		/* H */
	fe25519_add(&t, &p->X, &p->Y);
	fe25519_sq(&t, &t);
	fe25519_sub(&r->X, &r->Y, &t);		/* E */
	fe25519_sub(&r->Z, &a, &b);		/* G */
	fe25519_add(&r->T, &c, &r->Z);		/* F */
}

/*
 * r = p + q or p - q (neg = 1) for a cached q (add-2008-hwcd-3 with
 * a = -1): A = (Y1-X1)(Y2-X2), B = (Y1+X1)(Y2+X2), C = T1 2d T2,
 * D = 2 Z1 Z2, E = B-A, F = D-C, G = D+C, H = B+A; x = E/G, y = H/F.
 * Subtracting swaps Y2+X2 with Y2-X2 and negates C.
 */
static void
ge_add_cached(struct crypto_ge25519_p1p1 *r, const struct crypto_ge25519_p3 *p,
    const struct crypto_ge25519_cached *q, int neg)
{
	struct fe25519 a, b, c, d, t;

	fe25519_sub(&t, &p->Y, &p->X);
	fe25519_mul(&a, &t, neg ? &q->YplusX : &q->YminusX);
	fe25519_add(&t, &p->Y, &p->X);
	fe25519_mul(&b, &t, neg ? &q->YminusX : &q->YplusX);
	fe25519_mul(&c, &p->T, &q->T2d);
	fe25519_mul(&d, &p->Z, &q->Z);
	fe25519_add(&d, &d, &d);
	fe25519_sub(&r->X, &b, &a);		/* E */
	fe25519_add(&r->Y, &b, &a);		/* H */
	if (neg) {
		fe25519_add(&r->T, &d, &c);	/* F */
		fe25519_sub(&r->Z, &d, &c);	/* G */
	} else {
		fe25519_sub(&r->T, &d, &c);
		fe25519_add(&r->Z, &d, &c);
	}
}

/* r = p + q for an affine precomputed q (Z2 = 1); constant time. */
static void
ge_madd(struct crypto_ge25519_p1p1 *r, const struct crypto_ge25519_p3 *p,
    const struct crypto_ge25519_precomp *q)
{
	struct fe25519 a, b, c, d, t;

	fe25519_sub(&t, &p->Y, &p->X);
	fe25519_mul(&a, &t, &q->yminusx);
	fe25519_add(&t, &p->Y, &p->X);
	fe25519_mul(&b, &t, &q->yplusx);
	fe25519_mul(&c, &p->T, &q->xy2d);
	fe25519_add(&d, &p->Z, &p->Z);
	fe25519_sub(&r->X, &b, &a);		/* E */
	fe25519_add(&r->Y, &b, &a);		/* H */
	fe25519_sub(&r->T, &d, &c);		/* F */
	fe25519_add(&r->Z, &d, &c);		/* G */
}

/* q negated: swap y+x and y-x, negate 2dxy. */
static void
ge_precomp_neg(struct crypto_ge25519_precomp *r,
    const struct crypto_ge25519_precomp *q)
{
	r->yplusx = q->yminusx;
	r->yminusx = q->yplusx;
	fe25519_neg(&r->xy2d, &q->xy2d);
}

void
crypto_ge25519_tobytes(uint8_t s[32], const struct crypto_ge25519_p3 *h)
{
	struct fe25519 zi, x, y;

	crypto_fe25519_invert(&zi, &h->Z);
	fe25519_mul(&x, &h->X, &zi);
	fe25519_mul(&y, &h->Y, &zi);
	crypto_fe25519_tobytes(s, &y);
	s[31] ^= (uint8_t)(crypto_fe25519_isnegative(&x) << 7);
	crypto_wipe(&zi, sizeof(zi));
	crypto_wipe(&x, sizeof(x));
	crypto_wipe(&y, sizeof(y));
}

/*
 * Decodes a point (RFC 8032 section 5.1.3) from public data.  Returns false
 * if y is not below p, if x^2 = (y^2 - 1)/(d y^2 + 1) has no root, or if
 * x = 0 with the sign bit set.
 */
static bool
ge_frombytes(struct crypto_ge25519_p3 *h, const uint8_t s[32])
{
	struct fe25519 u, v, v3, vxx, t, one;
	uint8_t check[32];
	int sign = s[31] >> 7;

	crypto_fe25519_frombytes(&h->Y, s);
	crypto_fe25519_tobytes(check, &h->Y);
	check[31] |= (uint8_t)(sign << 7);
	if (memcmp(check, s, 32) != 0)
		return false;			/* y >= p */
	fe25519_set(&one, 1);
	fe25519_set(&h->Z, 1);
	fe25519_sq(&u, &h->Y);
	fe25519_mul(&v, &u, &ed_d);
	fe25519_sub(&u, &u, &one);		/* u = y^2 - 1 */
	fe25519_carry(&u);			/* a subtrahend below */
	fe25519_add(&v, &v, &one);		/* v = d y^2 + 1 */
	fe25519_carry(&v);

	/* x = u v^3 (u v^7)^((p-5)/8) */
	fe25519_sq(&v3, &v);
	fe25519_mul(&v3, &v3, &v);	/* v^3 */
	fe25519_sq(&t, &v3);
	fe25519_mul(&t, &t, &v);		/* v^7 */
	fe25519_mul(&t, &t, &u);		/* u v^7 */
	crypto_fe25519_pow22523(&t, &t);
	fe25519_mul(&t, &t, &v3);
	fe25519_mul(&h->X, &t, &u);

	fe25519_sq(&vxx, &h->X);
	fe25519_mul(&vxx, &vxx, &v);
	fe25519_sub(&t, &vxx, &u);
	if (!crypto_fe25519_iszero(&t)) {
		fe25519_add(&t, &vxx, &u);
		if (!crypto_fe25519_iszero(&t))
			return false;		/* no square root */
		fe25519_mul(&h->X, &h->X, &ed_sqrtm1);
	}
	if (crypto_fe25519_iszero(&h->X) && sign)
		return false;
	if ((int)crypto_fe25519_isnegative(&h->X) != sign)
		fe25519_neg(&h->X, &h->X);
	fe25519_mul(&h->T, &h->X, &h->Y);
	return true;
}

/* Whether 8 p is the identity, i.e. p has small order (public data). */
static bool
ge_has_small_order(const struct crypto_ge25519_p3 *p)
{
	struct crypto_ge25519_p1p1 r;
	struct crypto_ge25519_p3 t;

	ge_dbl(&r, p);
	ge_p1p1_to_p2(&t, &r);
	ge_dbl(&r, &t);
	ge_p1p1_to_p2(&t, &r);
	ge_dbl(&r, &t);
	ge_p1p1_to_p2(&t, &r);
	/* 8p has order 1 or L, and X = 0 only at order 1 or 2. */
	return crypto_fe25519_iszero(&t.X);
}

/* --- Fixed-base multiplication, constant time. ---------------------- */

/* 1 if b == c (both 0..255), else 0, without branching. */
static uint64_t
eq_u8(uint32_t b, uint32_t c)
{
	return (uint64_t)(((b ^ c) - 1) >> 31);
}

/* t = e 16^(2 pos) B for a digit e in -8..8, reading the whole row. */
static void
select_base(struct crypto_ge25519_precomp *t, int pos, int8_t e)
{
	struct crypto_ge25519_precomp minus;
	uint32_t neg = (uint32_t)(uint8_t)e >> 7;
	uint32_t abs = (uint32_t)(uint8_t)(e - (int8_t)(((-(int)neg) & e) * 2));
	int k;

	fe25519_set(&t->yplusx, 1);
	fe25519_set(&t->yminusx, 1);
	fe25519_set(&t->xy2d, 0);
	for (k = 0; k < 8; k++) {
		const struct crypto_ge25519_precomp *q =
		    &crypto_ed25519_base_table[pos][k];
		uint64_t m = eq_u8(abs, (uint32_t)k + 1);

		fe25519_cmov(&t->yplusx, &q->yplusx, m);
		fe25519_cmov(&t->yminusx, &q->yminusx, m);
		fe25519_cmov(&t->xy2d, &q->xy2d, m);
	}
	ge_precomp_neg(&minus, t);
	fe25519_cmov(&t->yplusx, &minus.yplusx, neg);
	fe25519_cmov(&t->yminusx, &minus.yminusx, neg);
	fe25519_cmov(&t->xy2d, &minus.xy2d, neg);
}

void
crypto_ge25519_scalarmult_base(struct crypto_ge25519_p3 *h, const uint8_t a[32])
{
	struct crypto_ge25519_p1p1 r;
	struct crypto_ge25519_precomp t;
	int8_t e[64], carry = 0;
	int i;

	/* a = sum e[i] 16^i with e[i] in -8..8 (a < 2^255, so e[63] <= 8). */
	for (i = 0; i < 32; i++) {
		e[2 * i] = (int8_t)(a[i] & 15);
		e[2 * i + 1] = (int8_t)(a[i] >> 4);
	}
	for (i = 0; i < 63; i++) {
		e[i] = (int8_t)(e[i] + carry);
		carry = (int8_t)((e[i] + 8) >> 4);
		e[i] = (int8_t)(e[i] - carry * 16);
	}
	e[63] = (int8_t)(e[63] + carry);

	/* h = sum over odd i of e[i] 16^(i-1) B, times 16, plus the even i. */
	ge_identity(h);
	for (i = 1; i < 64; i += 2) {
		select_base(&t, i / 2, e[i]);
		ge_madd(&r, h, &t);
		ge_p1p1_to_p3(h, &r);
	}
	ge_dbl(&r, h);
	ge_p1p1_to_p2(h, &r);
	ge_dbl(&r, h);
	ge_p1p1_to_p2(h, &r);
	ge_dbl(&r, h);
	ge_p1p1_to_p2(h, &r);
	ge_dbl(&r, h);
	ge_p1p1_to_p3(h, &r);
	for (i = 0; i < 64; i += 2) {
		select_base(&t, i / 2, e[i]);
		ge_madd(&r, h, &t);
		ge_p1p1_to_p3(h, &r);
	}
	crypto_wipe(e, sizeof(e));
	crypto_wipe(&t, sizeof(t));
	crypto_wipe(&r, sizeof(r));
}

/* --- Double multiplication for verification (public data). --------- */

/*
 * Writes the width-5 NAF of the 256-bit a: a = sum naf[i] 2^i with every
 * nonzero digit odd in -15..15 and followed by at least four zeros.
 */
static void
wnaf5(int8_t naf[257], const uint8_t a[32])
{
	uint64_t k[5];
	int i, j, dgt;

	for (i = 0; i < 4; i++)
		k[i] = crypto_load64_le(a + 8 * i);
	k[4] = 0;
	for (i = 0; i < 257; i++) {
		dgt = 0;
		if (k[0] & 1) {
			dgt = (int)(k[0] & 31);
			if (dgt >= 16)
				dgt -= 32;
			/* k -= dgt; the result is divisible by 32. */
			if (dgt > 0) {
				uint64_t old = k[0];

				k[0] -= (uint64_t)dgt;
				for (j = 1; j < 5 && k[j - 1] > old; j++) {
					old = k[j];
					k[j]--;
				}
			} else {
				uint64_t old = k[0];

				k[0] += (uint64_t)-dgt;
				for (j = 1; j < 5 && k[j - 1] < old; j++) {
					old = k[j];
					k[j]++;
				}
			}
		}
		naf[i] = (int8_t)dgt;
		for (j = 0; j < 4; j++)
			k[j] = k[j] >> 1 | k[j + 1] << 63;
		k[4] >>= 1;
	}
}

/* r = s B - k A for public scalars s, k < 2^253 and a public point A. */
static void
double_scalarmult_vartime(struct crypto_ge25519_p3 *r, const uint8_t s[32],
    const uint8_t k[32], const struct crypto_ge25519_p3 *A)
{
	struct crypto_ge25519_cached ai[8];
	struct crypto_ge25519_precomp neg;
	struct crypto_ge25519_p1p1 t;
	struct crypto_ge25519_p3 a2, u;
	int8_t ns[257], nk[257];
	int i, j;

	wnaf5(ns, s);
	wnaf5(nk, k);
	/* ai[j] = (2j + 1) A. */
	ge_p3_to_cached(&ai[0], A);
	ge_dbl(&t, A);
	ge_p1p1_to_p3(&a2, &t);
	for (j = 1; j < 8; j++) {
		ge_add_cached(&t, &a2, &ai[j - 1], 0);
		ge_p1p1_to_p3(&u, &t);
		ge_p3_to_cached(&ai[j], &u);
	}

	ge_identity(r);
	for (i = 256; i >= 0 && ns[i] == 0 && nk[i] == 0; i--)
		;
	for (; i >= 0; i--) {
		ge_dbl(&t, r);
		if (ns[i] == 0 && nk[i] == 0) {
			ge_p1p1_to_p2(r, &t);
			continue;
		}
		ge_p1p1_to_p3(r, &t);
		if (ns[i] > 0) {
			ge_madd(&t, r, &base_odd[ns[i] / 2]);
			ge_p1p1_to_p3(r, &t);
		} else if (ns[i] < 0) {
			ge_precomp_neg(&neg, &base_odd[-ns[i] / 2]);
			ge_madd(&t, r, &neg);
			ge_p1p1_to_p3(r, &t);
		}
		if (nk[i] > 0) {
			ge_add_cached(&t, r, &ai[nk[i] / 2], 1);
			ge_p1p1_to_p3(r, &t);
		} else if (nk[i] < 0) {
			ge_add_cached(&t, r, &ai[-nk[i] / 2], 0);
			ge_p1p1_to_p3(r, &t);
		}
	}
}

/* --- The API. ------------------------------------------------------- */

/* The clamped secret scalar a and the nonce prefix of a seed. */
static void
expand_seed(uint8_t az[64], const uint8_t seed[32])
{
	crypto_sha512(az, seed, 32);
	az[0] &= 248;
	az[31] &= 127;
	az[31] |= 64;
}

void
crypto_ed25519_keypair(uint8_t public_key[32], uint8_t secret_key[64],
    const uint8_t seed[32])
{
	struct crypto_ge25519_p3 A;
	uint8_t az[64];

	expand_seed(az, seed);
	crypto_ge25519_scalarmult_base(&A, az);
	crypto_ge25519_tobytes(public_key, &A);
	memmove(secret_key, seed, 32);
	memcpy(secret_key + 32, public_key, 32);
	crypto_wipe(az, sizeof(az));
	crypto_wipe(&A, sizeof(A));
}

void
crypto_ed25519_sign(uint8_t sig[64], const uint8_t secret_key[64],
    const void *msg, size_t len)
{
	struct crypto_sha512 h;
	struct crypto_ge25519_p3 R;
	uint8_t az[64], nonce[64], r[32], k[64], kr[32];

	expand_seed(az, secret_key);

	/* r = SHA-512(prefix || M) mod L; R = r B. */
	crypto_sha512_init(&h);
	crypto_sha512_update(&h, az + 32, 32);
	crypto_sha512_update(&h, msg, len);
	crypto_sha512_final(&h, nonce);
	sc_reduce(r, nonce);
	crypto_ge25519_scalarmult_base(&R, r);
	crypto_ge25519_tobytes(sig, &R);

	/* k = SHA-512(R || A || M) mod L; S = (r + k a) mod L. */
	crypto_sha512_init(&h);
	crypto_sha512_update(&h, sig, 32);
	crypto_sha512_update(&h, secret_key + 32, 32);
	crypto_sha512_update(&h, msg, len);
	crypto_sha512_final(&h, k);
	sc_reduce(kr, k);
	sc_muladd(sig + 32, kr, az, r);

	crypto_wipe(az, sizeof(az));
	crypto_wipe(nonce, sizeof(nonce));
	crypto_wipe(r, sizeof(r));
	crypto_wipe(&R, sizeof(R));
}

int
crypto_ed25519_verify(const uint8_t sig[64], const uint8_t public_key[32],
    const void *msg, size_t len)
{
	struct crypto_sha512 h;
	struct crypto_ge25519_p3 A, R;
	uint8_t k[64], kr[32], rcheck[32];

	if (!sc_is_canonical(sig + 32))
		return CRYPTO_ERR_AUTH;
	if (!ge_frombytes(&A, public_key) || ge_has_small_order(&A))
		return CRYPTO_ERR_AUTH;

	crypto_sha512_init(&h);
	crypto_sha512_update(&h, sig, 32);
	crypto_sha512_update(&h, public_key, 32);
	crypto_sha512_update(&h, msg, len);
	crypto_sha512_final(&h, k);
	sc_reduce(kr, k);

	/* R' = S B - k A must encode to exactly the R of the signature. */
	double_scalarmult_vartime(&R, sig + 32, kr, &A);
	if (ge_has_small_order(&R))
		return CRYPTO_ERR_AUTH;
	crypto_ge25519_tobytes(rcheck, &R);
	return crypto_verify32(rcheck, sig);
}

/* --- Tables. -------------------------------------------------------- */

/* base_odd[j] = (2j + 1) B. */
static const struct crypto_ge25519_precomp base_odd[8] = {
	{ { { 0x493c6f58c3b85ULL, 0x0df7181c325f7ULL, 0x0f50b0b3e4cb7ULL, 0x5329385a44c32ULL, 0x07cf9d3a33d4bULL } },
	  { { 0x03905d740913eULL, 0x0ba2817d673a2ULL, 0x23e2827f4e67cULL, 0x133d2e0c21a34ULL, 0x44fd2f9298f81ULL } },
	  { { 0x11205877aaa68ULL, 0x479955893d579ULL, 0x50d66309b67a0ULL, 0x2d42d0dbee5eeULL, 0x6f117b689f0c6ULL } } },
	{ { { 0x5b0a84cee9730ULL, 0x61d10c97155e4ULL, 0x4059cc8096a10ULL, 0x47a608da8014fULL, 0x7a164e1b9a80fULL } },
	  { { 0x11fe8a4fcd265ULL, 0x7bcb8374faaccULL, 0x52f5af4ef4d4fULL, 0x5314098f98d10ULL, 0x2ab91587555bdULL } },
	  { { 0x6933f0dd0d889ULL, 0x44386bb4c4295ULL, 0x3cb6d3162508cULL, 0x26368b872a2c6ULL, 0x5a2826af12b9bULL } } },
	{ { { 0x2bc4408a5bb33ULL, 0x078ebdda05442ULL, 0x2ffb112354123ULL, 0x375ee8df5862dULL, 0x2945ccf146e20ULL } },
	  { { 0x182c3a447d6baULL, 0x22964e536eff2ULL, 0x192821f540053ULL, 0x2f9f19e788e5cULL, 0x154a7e73eb1b5ULL } },
	  { { 0x3dbf1812a8285ULL, 0x0fa17ba3f9797ULL, 0x6f69cb49c3820ULL, 0x34d5a0db3858dULL, 0x43aabe696b3bbULL } } },
	{ { { 0x25cd0944ea3bfULL, 0x75673b81a4d63ULL, 0x150b925d1c0d4ULL, 0x13f38d9294114ULL, 0x461bea69283c9ULL } },
	  { { 0x72c9aaa3221b1ULL, 0x267774474f74dULL, 0x064b0e9b28085ULL, 0x3f04ef53b27c9ULL, 0x1d6edd5d2e531ULL } },
	  { { 0x36dc801b8b3a2ULL, 0x0e0a7d4935e30ULL, 0x1deb7cecc0d7dULL, 0x053a94e20dd2cULL, 0x7a9fbb1c6a0f9ULL } } },
	{ { { 0x6678aa6a8632fULL, 0x5ea3788d8b365ULL, 0x21bd6d6994279ULL, 0x7ace75919e4e3ULL, 0x34b9ed338add7ULL } },
	  { { 0x6217e039d8064ULL, 0x6dea408337e6dULL, 0x57ac112628206ULL, 0x647cb65e30473ULL, 0x49c05a51fadc9ULL } },
	  { { 0x4e8bf9045af1bULL, 0x514e33a45e0d6ULL, 0x7533c5b8bfe0fULL, 0x583557b7e14c9ULL, 0x73c172021b008ULL } } },
	{ { { 0x700848a802adeULL, 0x1e04605c4e5f7ULL, 0x5c0d01b9767fbULL, 0x7d7889f42388bULL, 0x4275aae2546d8ULL } },
	  { { 0x75b0249864348ULL, 0x52ee11070262bULL, 0x237ae54fb5acdULL, 0x3bfd1d03aaab5ULL, 0x18ab598029d5cULL } },
	  { { 0x32cc5fd6089e9ULL, 0x426505c949b05ULL, 0x46a18880c7ad2ULL, 0x4a4221888ccdaULL, 0x3dc65522b53dfULL } } },
	{ { { 0x0c222a2007f6dULL, 0x356b79bdb77eeULL, 0x41ee81efe12ceULL, 0x120a9bd07097dULL, 0x234fd7eec346fULL } },
	  { { 0x7013b327fbf93ULL, 0x1336eeded6a0dULL, 0x2b565a2bbf3afULL, 0x253ce89591955ULL, 0x0267882d17602ULL } },
	  { { 0x0a119732ea378ULL, 0x63bf1ba8e2a6cULL, 0x69f94cc90df9aULL, 0x431d1779bfc48ULL, 0x497ba6fdaa097ULL } } },
	{ { { 0x6cc0313cfeaa0ULL, 0x1a313848da499ULL, 0x7cb534219230aULL, 0x39596dedefd60ULL, 0x61e22917f12deULL } },
	  { { 0x3cd86468ccf0bULL, 0x48553221ac081ULL, 0x6c9464b4e0a6eULL, 0x75fba84180403ULL, 0x43b5cd4218d05ULL } },
	  { { 0x2762f9bd0b516ULL, 0x1c6e7fbddcbb3ULL, 0x75909c3ace2bdULL, 0x42101972d3ec9ULL, 0x511d61210ae4dULL } } },
};

/* crypto_ed25519_base_table[j][k - 1] = k 16^(2j) B. */
const struct crypto_ge25519_precomp crypto_ed25519_base_table[32][8] = {
	{
		{ { { 0x493c6f58c3b85ULL, 0x0df7181c325f7ULL, 0x0f50b0b3e4cb7ULL, 0x5329385a44c32ULL, 0x07cf9d3a33d4bULL } },
		  { { 0x03905d740913eULL, 0x0ba2817d673a2ULL, 0x23e2827f4e67cULL, 0x133d2e0c21a34ULL, 0x44fd2f9298f81ULL } },
		  { { 0x11205877aaa68ULL, 0x479955893d579ULL, 0x50d66309b67a0ULL, 0x2d42d0dbee5eeULL, 0x6f117b689f0c6ULL } } },
		{ { { 0x4e7fc933c71d7ULL, 0x2cf41feb6b244ULL, 0x7581c0a7d1a76ULL, 0x7172d534d32f0ULL, 0x590c063fa87d2ULL } },
		  { { 0x1a56042b4d5a8ULL, 0x189cc159ed153ULL, 0x5b8deaa3cae04ULL, 0x2aaf04f11b5d8ULL, 0x6bb595a669c92ULL } },
		  { { 0x2a8b3a59b7a5fULL, 0x3abb359ef087fULL, 0x4f5a8c4db05afULL, 0x5b9a807d04205ULL, 0x701af5b13ea50ULL } } },
		{ { { 0x5b0a84cee9730ULL, 0x61d10c97155e4ULL, 0x4059cc8096a10ULL, 0x47a608da8014fULL, 0x7a164e1b9a80fULL } },
		  { { 0x11fe8a4fcd265ULL, 0x7bcb8374faaccULL, 0x52f5af4ef4d4fULL, 0x5314098f98d10ULL, 0x2ab91587555bdULL } },
		  { { 0x6933f0dd0d889ULL, 0x44386bb4c4295ULL, 0x3cb6d3162508cULL, 0x26368b872a2c6ULL, 0x5a2826af12b9bULL } } },
		{ { { 0x351b98efc099fULL, 0x68fbfa4a7050eULL, 0x42a49959d971bULL, 0x393e51a469efdULL, 0x680e910321e58ULL } },
		  { { 0x6050a056818bfULL, 0x62acc1f5532bfULL, 0x28141ccc9fa25ULL, 0x24d61f471e683ULL, 0x27933f4c7445aULL } },
		  { { 0x3fbe9c476ff09ULL, 0x0af6b982e4b42ULL, 0x0ad1251ba78e5ULL, 0x715aeedee7c88ULL, 0x7f9d0cbf63553ULL } } },
		{ { { 0x2bc4408a5bb33ULL, 0x078ebdda05442ULL, 0x2ffb112354123ULL, 0x375ee8df5862dULL, 0x2945ccf146e20ULL } },
		  { { 0x182c3a447d6baULL, 0x22964e536eff2ULL, 0x192821f540053ULL, 0x2f9f19e788e5cULL, 0x154a7e73eb1b5ULL } },
		  { { 0x3dbf1812a8285ULL, 0x0fa17ba3f9797ULL, 0x6f69cb49c3820ULL, 0x34d5a0db3858dULL, 0x43aabe696b3bbULL } } },
		{ { { 0x4eeeb77157131ULL, 0x1201915f10741ULL, 0x1669cda6c9c56ULL, 0x45ec032db346dULL, 0x51e57bb6a2cc3ULL } },
		  { { 0x006b67b7d8ca4ULL, 0x084fa44e72933ULL, 0x1154ee55d6f8aULL, 0x4425d842e7390ULL, 0x38b64c41ae417ULL } },
		  { { 0x4326702ea4b71ULL, 0x06834376030b5ULL, 0x0ef0512f9c380ULL, 0x0f1a9f2512584ULL, 0x10b8e91a9f0d6ULL } } },
		{ { { 0x25cd0944ea3bfULL, 0x75673b81a4d63ULL, 0x150b925d1c0d4ULL, 0x13f38d9294114ULL, 0x461bea69283c9ULL } },
		  { { 0x72c9aaa3221b1ULL, 0x267774474f74dULL, 0x064b0e9b28085ULL, 0x3f04ef53b27c9ULL, 0x1d6edd5d2e531ULL } },
		  { { 0x36dc801b8b3a2ULL, 0x0e0a7d4935e30ULL, 0x1deb7cecc0d7dULL, 0x053a94e20dd2cULL, 0x7a9fbb1c6a0f9ULL } } },
		{ { { 0x7596604dd3e8fULL, 0x6fc510e058b36ULL, 0x3670c8db2cc0dULL, 0x297d899ce332fULL, 0x0915e76061bceULL } },
		  { { 0x75dedf39234d9ULL, 0x01c36ab1f3c54ULL, 0x0f08fee58f5daULL, 0x0e19613a0d637ULL, 0x3a9024a1320e0ULL } },
		  { { 0x1f5d9c9a2911aULL, 0x7117994fafcf8ULL, 0x2d8a8cae28dc5ULL, 0x74ab1b2090c87ULL, 0x26907c5c2ecc4ULL } } },
	},
	{
		{ { { 0x4dd0e632f9c1dULL, 0x2ced12622a5d9ULL, 0x18de9614742daULL, 0x79ca96fdbb5d4ULL, 0x6dd37d49a00eeULL } },
		  { { 0x3635449aa515eULL, 0x3e178d0475dabULL, 0x50b4712a19712ULL, 0x2dcc2860ff4adULL, 0x30d76d6f03d31ULL } },
		  { { 0x444172106e4c7ULL, 0x01251afed2d88ULL, 0x534fc9bed4f5aULL, 0x5d85a39cf5234ULL, 0x10c697112e864ULL } } },
		{ { { 0x62aa08358c805ULL, 0x46f440848e194ULL, 0x447b771a8f52bULL, 0x377ba3269d31dULL, 0x03bf9baf55080ULL } },
		  { { 0x3c4277dbe5fdeULL, 0x5a335afd44c92ULL, 0x0c1164099753eULL, 0x70487006fe423ULL, 0x25e61cabed66fULL } },
		  { { 0x3e128cc586604ULL, 0x5968b2e8fc7e2ULL, 0x049a3d5bd61cfULL, 0x116505b1ef6e6ULL, 0x566d78634586eULL } } },
		{ { { 0x54285c65a2fd0ULL, 0x55e62ccf87420ULL, 0x46bb961b19044ULL, 0x1153405712039ULL, 0x14fba5f34793bULL } },
		  { { 0x7a49f9cc10834ULL, 0x2b513788a22c6ULL, 0x5ff4b6ef2395bULL, 0x2ec8e5af607bfULL, 0x33975bca5ecc3ULL } },
		  { { 0x746166985f7d4ULL, 0x09939000ae79aULL, 0x5844c7964f97aULL, 0x13617e1f95b3dULL, 0x14829cea83fc5ULL } } },
		{ { { 0x70b2f4e71ecb8ULL, 0x728148efc643cULL, 0x0753e03995b76ULL, 0x5bf5fb2ab6767ULL, 0x05fc3bc4535d7ULL } },
		  { { 0x37b8497dd95c2ULL, 0x61549d6b4ffe8ULL, 0x217a22db1d138ULL, 0x0b9cf062eb09eULL, 0x2fd9c71e5f758ULL } },
		  { { 0x0b3ae52afdeddULL, 0x19da76619e497ULL, 0x6fa0654d2558eULL, 0x78219d25e41d4ULL, 0x373767475c651ULL } } },
		{ { { 0x095cb14246590ULL, 0x002d82aa6ac68ULL, 0x442f183bc4851ULL, 0x6464f1c0a0644ULL, 0x6bf5905730907ULL } },
		  { { 0x299fd40d1add9ULL, 0x5f2de9a04e5f7ULL, 0x7c0eebacc1c59ULL, 0x4cca1b1f8290aULL, 0x1fbea56c3b18fULL } },
		  { { 0x778f1e1415b8aULL, 0x6f75874efc1f4ULL, 0x28a694019027fULL, 0x52b37a96bdc4dULL, 0x02521cf67a635ULL } } },
		{ { { 0x46720772f5ee4ULL, 0x632c0f359d622ULL, 0x2b2092ba3e252ULL, 0x662257c112680ULL, 0x001753d9f7cd6ULL } },
		  { { 0x7ee0b0a9d5294ULL, 0x381fbeb4cca27ULL, 0x7841f3a3e639dULL, 0x676ea30c3445fULL, 0x3fa00a7e71382ULL } },
		  { { 0x1232d963ddb34ULL, 0x35692e70b078dULL, 0x247ca14777a1fULL, 0x6db556be8fcd0ULL, 0x12b5fe2fa048eULL } } },
		{ { { 0x37c26ad6f1e92ULL, 0x46a0971227be5ULL, 0x4722f0d2d9b4cULL, 0x3dc46204ee03aULL, 0x6f7e93c20796cULL } },
		  { { 0x0fbc496fce34dULL, 0x575be6b7dae3eULL, 0x4a31585cee609ULL, 0x037e9023930ffULL, 0x749b76f96fb12ULL } },
		  { { 0x2f604aea6ae05ULL, 0x637dc939323ebULL, 0x3fdad9b048d47ULL, 0x0a8b0d4045af7ULL, 0x0fcec10f01e02ULL } } },
		{ { { 0x2d29dc4244e45ULL, 0x6927b1bc147beULL, 0x0308534ac0839ULL, 0x4853664033f41ULL, 0x413779166feabULL } },
		  { { 0x558a649fe1e44ULL, 0x44635aeefcc89ULL, 0x1ff434887f2baULL, 0x0f981220e2d44ULL, 0x4901aa7183c51ULL } },
		  { { 0x1b7548c1af8f0ULL, 0x7848c53368116ULL, 0x01b64e7383de9ULL, 0x109fbb0587c8fULL, 0x41bb887b726d1ULL } } },
	},
	{
		{ { { 0x34c597c6691aeULL, 0x7a150b6990fc4ULL, 0x52beb9d922274ULL, 0x70eed7164861aULL, 0x0a871e070c6a9ULL } },
		  { { 0x07d44744346beULL, 0x282b6a564a81dULL, 0x4ed80f875236bULL, 0x6fbbe1d450c50ULL, 0x4eb728c12fcdbULL } },
		  { { 0x1b5994bbc8989ULL, 0x74b7ba84c0660ULL, 0x75678f1cdaeb8ULL, 0x23206b0d6f10cULL, 0x3ee7300f2685dULL } } },
		{ { { 0x27947841e7518ULL, 0x32c7388dae87fULL, 0x414add3971be9ULL, 0x01850832f0ef1ULL, 0x7d47c6a2cfb89ULL } },
		  { { 0x255e49e7dd6b7ULL, 0x38c2163d59ebaULL, 0x3861f2a005845ULL, 0x2e11e4ccbaec9ULL, 0x1381576297912ULL } },
		  { { 0x2d0148ef0d6e0ULL, 0x3522a8de787fbULL, 0x2ee055e74f9d2ULL, 0x64038f6310813ULL, 0x148cf58d34c9eULL } } },
		{ { { 0x72f7d9ae4756dULL, 0x7711e690ffc4aULL, 0x582a2355b0d16ULL, 0x0dccfe885b6b4ULL, 0x278febad4eaeaULL } },
		  { { 0x492f67934f027ULL, 0x7ded0815528d4ULL, 0x58461511a6612ULL, 0x5ea2e50de1544ULL, 0x3ff2fa1ebd5dbULL } },
		  { { 0x2681f8c933966ULL, 0x3840521931635ULL, 0x674f14a308652ULL, 0x3bd9c88a94890ULL, 0x4104dd02fe9c6ULL } } },
		{ { { 0x14e06db096ab8ULL, 0x1219c89e6b024ULL, 0x278abd486a2dbULL, 0x240b292609520ULL, 0x0165b5a48efcaULL } },
		  { { 0x2bf5e1124422aULL, 0x673146756ae56ULL, 0x14ad99a87e830ULL, 0x1eaca65b080fdULL, 0x2c863b00afaf5ULL } },
		  { { 0x0a474a0846a76ULL, 0x099a5ef981e32ULL, 0x2a8ae3c4bbfe6ULL, 0x45c34af14832cULL, 0x591b67d9bffecULL } } },
		{ { { 0x1b3719f18b55dULL, 0x754318c83d337ULL, 0x27c17b7919797ULL, 0x145b084089b61ULL, 0x489b4f8670301ULL } },
		  { { 0x70d1c80b49bfaULL, 0x3d57e7d914625ULL, 0x3c0722165e545ULL, 0x5e5b93819e04fULL, 0x3de02ec7ca8f7ULL } },
		  { { 0x2102d3aeb92efULL, 0x68c22d50c3a46ULL, 0x42ea89385894eULL, 0x75f9ebf55f38cULL, 0x49f5fbba496cbULL } } },
		{ { { 0x5628c1e9c572eULL, 0x598b108e822abULL, 0x55d8fae29361aULL, 0x0adc8d1a97b28ULL, 0x06a1a6c288675ULL } },
		  { { 0x49a108a5bcfd4ULL, 0x6178c8e7d6612ULL, 0x1f03473710375ULL, 0x73a49614a6098ULL, 0x5604a86dcbfa6ULL } },
		  { { 0x0d1d47c1764b6ULL, 0x01c08316a2e51ULL, 0x2b3db45c95045ULL, 0x1634f818d300cULL, 0x20989e89fe274ULL } } },
		{ { { 0x4278b85eaec2eULL, 0x0ef59657be2ceULL, 0x72fd169588770ULL, 0x2e9b205260b30ULL, 0x730b9950f7059ULL } },
		  { { 0x777fd3a2dcc7fULL, 0x594a9fb124932ULL, 0x01f8e80ca15f0ULL, 0x714d13cec3269ULL, 0x0403ed1d0ca67ULL } },
		  { { 0x32d35874ec552ULL, 0x1f3048df1b929ULL, 0x300d73b179b23ULL, 0x6e67be5a37d0bULL, 0x5bd7454308303ULL } } },
		{ { { 0x4932115e7792aULL, 0x457b9bbb930b8ULL, 0x68f5d8b193226ULL, 0x4164e8f1ed456ULL, 0x5bb7db123067fULL } },
		  { { 0x2d19528b24cc2ULL, 0x4ac66b8302ff3ULL, 0x701c8d9fdad51ULL, 0x6c1b35c5b3727ULL, 0x133a78007380aULL } },
		  { { 0x1f467c6ca62beULL, 0x2c4232a5dc12cULL, 0x7551dc013b087ULL, 0x0690c11b03bcdULL, 0x740dca6d58f0eULL } } },
	},
	{
		{ { { 0x28c570478433cULL, 0x1d8502873a463ULL, 0x7641e7eded49cULL, 0x1ecedd54cf571ULL, 0x2c03f5256c2b0ULL } },
		  { { 0x0ee0752cfce4eULL, 0x660dd8116fbe9ULL, 0x55167130fffebULL, 0x1c682b885955cULL, 0x161d25fa963eaULL } },
		  { { 0x718757b53a47dULL, 0x619e18b0f2f21ULL, 0x5fbdfe4c1ec04ULL, 0x5d798c81ebb92ULL, 0x699468bdbd96bULL } } },
		{ { { 0x53de66aa91948ULL, 0x045f81a599b1bULL, 0x3f7a8bd214193ULL, 0x71d4da412331aULL, 0x293e1c4e6c4a2ULL } },
		  { { 0x72f46f4dafecfULL, 0x2948ffadef7a3ULL, 0x11ecdfdf3bc04ULL, 0x3c2e98ffeed25ULL, 0x525219a473905ULL } },
		  { { 0x6134b925112e1ULL, 0x6bb942bb406edULL, 0x070c445c0dde2ULL, 0x411d822c4d7a3ULL, 0x5b605c447f032ULL } } },
		{ { { 0x1fec6f0e7f04cULL, 0x3cebc692c477dULL, 0x077986a19a95eULL, 0x6eaaaa1778b0fULL, 0x2f12fef4cc5abULL } },
		  { { 0x5805920c47c89ULL, 0x1924771f9972cULL, 0x38bbddf9fc040ULL, 0x1f7000092b281ULL, 0x24a76dcea8aebULL } },
		  { { 0x522b2dfc0c740ULL, 0x7e8193480e148ULL, 0x33fd9a04341b9ULL, 0x3c863678a20bcULL, 0x5e607b2518a43ULL } } },
		{ { { 0x4431ca596cf14ULL, 0x015da7c801405ULL, 0x03c9b6f8f10b5ULL, 0x0346922934017ULL, 0x201f33139e457ULL } },
		  { { 0x31d8f6cdf1818ULL, 0x1f86c4b144b16ULL, 0x39875b8d73e9dULL, 0x2fbf0d9ffa7b3ULL, 0x5067acab6ccddULL } },
		  { { 0x27f6b08039d51ULL, 0x4802f8000dfaaULL, 0x09692a062c525ULL, 0x1baea91075817ULL, 0x397cba8862460ULL } } },
		{ { { 0x5c3fbc81379e7ULL, 0x41bbc255e2f02ULL, 0x6a3f756998650ULL, 0x1297fd4e07c42ULL, 0x771b4022c1e1cULL } },
		  { { 0x13093f05959b2ULL, 0x1bd352f2ec618ULL, 0x075789b88ea86ULL, 0x61d1117ea48b9ULL, 0x2339d320766e6ULL } },
		  { { 0x5d986513a2fa7ULL, 0x63f3a99e11b0fULL, 0x28a0ecfd6b26dULL, 0x53b6835e18d8fULL, 0x331a189219971ULL } } },
		{ { { 0x12f3a9d7572afULL, 0x10d00e953c4caULL, 0x603df116f2f8aULL, 0x33dc276e0e088ULL, 0x1ac9619ff649aULL } },
		  { { 0x66f45fb4f80c6ULL, 0x3cc38eeb9fea2ULL, 0x107647270db1fULL, 0x710f1ea740dc8ULL, 0x31167c6b83bdfULL } },
		  { { 0x33842524b1068ULL, 0x77dd39d30fe45ULL, 0x189432141a0d0ULL, 0x088fe4eb8c225ULL, 0x612436341f08bULL } } },
		{ { { 0x349e31a2d2638ULL, 0x0137a7fa6b16cULL, 0x681ae92777edcULL, 0x222bfc5f8dc51ULL, 0x1522aa3178d90ULL } },
		  { { 0x541db874e898dULL, 0x62d80fb841b33ULL, 0x03e6ef027fa97ULL, 0x7a03c9e9633e8ULL, 0x46ebe2309e5efULL } },
		  { { 0x02f5369614938ULL, 0x356e5ada20587ULL, 0x11bc89f6bf902ULL, 0x036746419c8dbULL, 0x45fe70f505243ULL } } },
		{ { { 0x24920c8951491ULL, 0x107ec61944c5eULL, 0x72752e017c01fULL, 0x122b7dda2e97aULL, 0x16619f6db57a2ULL } },
		  { { 0x075a6960c0b8cULL, 0x6dde1c5e41b49ULL, 0x42e3f516da341ULL, 0x16a03fda8e79eULL, 0x428d1623a0e39ULL } },
		  { { 0x74a4401a308fdULL, 0x06ed4b9558109ULL, 0x746f1f6a08867ULL, 0x4636f5c6f2321ULL, 0x1d81592d60bd3ULL } } },
	},
	{
		{ { { 0x5b69f7b85c5e8ULL, 0x17a2d175650ecULL, 0x4cc3e6dbfc19eULL, 0x73e1d3873be0eULL, 0x3a5f6d51b0af8ULL } },
		  { { 0x68756a60dac5fULL, 0x55d757b8aec26ULL, 0x3383df45f80bdULL, 0x6783f8c9f96a6ULL, 0x20234a7789ecdULL } },
		  { { 0x20db67178b252ULL, 0x73aa3da2c0edaULL, 0x79045c01c70d3ULL, 0x1b37b15251059ULL, 0x7cd682353cffeULL } } },
		{ { { 0x5cd6068acf4f3ULL, 0x3079afc7a74ccULL, 0x58097650b64b4ULL, 0x47fabac9c4e99ULL, 0x3ef0253b2b2cdULL } },
		  { { 0x1a45bd887fab6ULL, 0x65748076dc17cULL, 0x5b98000aa11a8ULL, 0x4a1ecc9080974ULL, 0x2838c8863bdc0ULL } },
		  { { 0x3b0cf4a465030ULL, 0x022b8aef57a2dULL, 0x2ad0677e925adULL, 0x4094167d7457aULL, 0x21dcb8a606a82ULL } } },
		{ { { 0x500fabe7731baULL, 0x7cc53c3113351ULL, 0x7cf65fe080d81ULL, 0x3c5d966011ba1ULL, 0x5d840dbf6c6f6ULL } },
		  { { 0x004468c9d9fc8ULL, 0x5da8554796b8cULL, 0x3b8be70950025ULL, 0x6d5892da6a609ULL, 0x0bc3d08194a31ULL } },
		  { { 0x6380d309fe18bULL, 0x4d73c2cb8ee0dULL, 0x6b882adbac0b6ULL, 0x36eabdddd4cbeULL, 0x3a4276232ac19ULL } } },
		{ { { 0x0c172db447ecbULL, 0x3f8c505b7a77fULL, 0x6a857f97f3f10ULL, 0x4fcc0567fe03aULL, 0x0770c9e824e1aULL } },
		  { { 0x2432c8a7084faULL, 0x47bf73ca8a968ULL, 0x1639176262867ULL, 0x5e8df4f8010ceULL, 0x1ff177cea16deULL } },
		  { { 0x1d99a45b5b5fdULL, 0x523674f2499ecULL, 0x0f8fa26182613ULL, 0x58f7398048c98ULL, 0x39f264fd41500ULL } } },
		{ { { 0x34aabfe097be1ULL, 0x43bfc03253a33ULL, 0x29bc7fe91b7f3ULL, 0x0a761e4844a16ULL, 0x65c621272c35fULL } },
		  { { 0x53417dbe7e29cULL, 0x54573827394f5ULL, 0x565eea6f650ddULL, 0x42050748dc749ULL, 0x1712d73468889ULL } },
		  { { 0x389f8ce3193ddULL, 0x2d424b8177ce5ULL, 0x073fa0d3440cdULL, 0x139020cd49e97ULL, 0x22f9800ab19ceULL } } },
		{ { { 0x29fdd9a6efdacULL, 0x7c694a9282840ULL, 0x6f7cdeee44b3aULL, 0x55a3207b25cc3ULL, 0x4171a4d38598cULL } },
		  { { 0x2368a3e9ef8cbULL, 0x454aa08e2ac0bULL, 0x490923f8fa700ULL, 0x372aa9ea4582fULL, 0x13f416cd64762ULL } },
		  { { 0x758aa99c94c8cULL, 0x5f6001700ff44ULL, 0x7694e488c01bdULL, 0x0d5fde948eed6ULL, 0x508214fa574bdULL } } },
		{ { { 0x215bb53d003d6ULL, 0x1179e792ca8c3ULL, 0x1a0e96ac840a2ULL, 0x22393e2bb3ab6ULL, 0x3a7758a4c86cbULL } },
		  { { 0x269153ed6fe4bULL, 0x72a23aef89840ULL, 0x052be5299699cULL, 0x3a5e5ef132316ULL, 0x22f960ec6fabaULL } },
		  { { 0x111f693ae5076ULL, 0x3e3bfaa94ca90ULL, 0x445799476b887ULL, 0x24a0912464879ULL, 0x5d9fd15f8de7fULL } } },
		{ { { 0x44d2aeed7521eULL, 0x50865d2c2a7e4ULL, 0x2705b5238ea40ULL, 0x46c70b25d3b97ULL, 0x3bc187fa47eb9ULL } },
		  { { 0x408d36d63727fULL, 0x5faf8f6a66062ULL, 0x2bb892da8de6bULL, 0x769d4f0c7e2e6ULL, 0x332f35914f8fbULL } },
		  { { 0x70115ea86c20cULL, 0x16d88da24ada8ULL, 0x1980622662adfULL, 0x501ebbc195a9dULL, 0x450d81ce906fbULL } } },
	},
	{
		{ { { 0x4d8961cae743fULL, 0x6bdc38c7dba0eULL, 0x7d3b4a7e1b463ULL, 0x0844bdee2adf3ULL, 0x4cbad279663abULL } },
		  { { 0x3b6a1a6205275ULL, 0x2e82791d06dcfULL, 0x23d72caa93c87ULL, 0x5f0b7ab68aaf4ULL, 0x2de25d4ba6345ULL } },
		  { { 0x19024a0d71fcdULL, 0x15f65115f101aULL, 0x4e99067149708ULL, 0x119d8d1cba5afULL, 0x7d7fbcefe2007ULL } } },
		{ { { 0x45dc5f3c29094ULL, 0x3455220b579afULL, 0x070c1631e068aULL, 0x26bc0630e9b21ULL, 0x4f9cd196dcd8dULL } },
		  { { 0x71e6a266b2801ULL, 0x09aae73e2df5dULL, 0x40dd8b219b1a3ULL, 0x546fb4517de0dULL, 0x5975435e87b75ULL } },
		  { { 0x297d86a7b3768ULL, 0x4835a2f4c6332ULL, 0x070305f434160ULL, 0x183dd014e56aeULL, 0x7ccdd084387a0ULL } } },
		{ { { 0x484186760cc93ULL, 0x7435665533361ULL, 0x02f686336b801ULL, 0x5225446f64331ULL, 0x3593ca848190cULL } },
		  { { 0x6422c6d260417ULL, 0x212904817bb94ULL, 0x5a319deb854f5ULL, 0x7a9d4e060da7dULL, 0x428bd0ed61d0cULL } },
		  { { 0x3189a5e849aa7ULL, 0x6acbb1f59b242ULL, 0x7f6ef4753630cULL, 0x1f346292a2da9ULL, 0x27398308da2d6ULL } } },
		{ { { 0x10e4c0a702453ULL, 0x4daafa37bd734ULL, 0x49f6bdc3e8961ULL, 0x1feffdcecdae6ULL, 0x572c2945492c3ULL } },
		  { { 0x38d28435ed413ULL, 0x4064f19992858ULL, 0x7680fbef543cdULL, 0x1aadd83d58d3cULL, 0x269597aebe8c3ULL } },
		  { { 0x7c745d6cd30beULL, 0x27c7755df78efULL, 0x1776833937fa3ULL, 0x5405116441855ULL, 0x7f985498c05bcULL } } },
		{ { { 0x615520fbf6363ULL, 0x0b9e9bf74da6aULL, 0x4fe8308201169ULL, 0x173f76127de43ULL, 0x30f2653cd69b1ULL } },
		  { { 0x1ce889f0be117ULL, 0x36f6a94510709ULL, 0x7f248720016b4ULL, 0x1821ed1e1cf91ULL, 0x76c2ec470a31fULL } },
		  { { 0x0c938aac10c85ULL, 0x41b64ed797141ULL, 0x1beb1c1185e6dULL, 0x1ed5490600f07ULL, 0x2f1273f159647ULL } } },
		{ { { 0x08bd755a70bc0ULL, 0x49e3a885ce609ULL, 0x16585881b5ad6ULL, 0x3c27568d34f5eULL, 0x38ac1997edc5fULL } },
		  { { 0x1fc7c8ae01e11ULL, 0x2094d5573e8e7ULL, 0x5ca3cbbf549d2ULL, 0x4f920ecc54143ULL, 0x5d9e572ad85b6ULL } },
		  { { 0x6b517a751b13bULL, 0x0cfd370b180ccULL, 0x5377925d1f41aULL, 0x34e56566008a2ULL, 0x22dfcd9cbfe9eULL } } },
		{ { { 0x459b4103be0a1ULL, 0x59a4b3f2d2addULL, 0x7d734c8bb8eebULL, 0x2393cbe594a09ULL, 0x0fe9877824cdeULL } },
		  { { 0x3d2e0c30d0cd9ULL, 0x3f597686671bbULL, 0x0aa587eb63999ULL, 0x0e3c7b592c619ULL, 0x6b2916c05448cULL } },
		  { { 0x334d10aba913bULL, 0x045cdb581cfdbULL, 0x5e3e0553a8f36ULL, 0x50bb3041effb2ULL, 0x4c303f307ff00ULL } } },
		{ { { 0x403580dd94500ULL, 0x48df77d92653fULL, 0x38a9fe3b349eaULL, 0x0ea89850aafe1ULL, 0x416b151ab706aULL } },
		  { { 0x23bd617b28c85ULL, 0x6e72ee77d5a61ULL, 0x1a972ff174ddeULL, 0x3e2636373c60fULL, 0x0d61b8f78b2abULL } },
		  { { 0x0d7efe9c136b0ULL, 0x1ab1c89640ad5ULL, 0x55f82aef41f97ULL, 0x46957f317ed0dULL, 0x191a2af74277eULL } } },
	},
	{
		{ { { 0x62b434f460efbULL, 0x294c6c0fad3fcULL, 0x68368937b4c0fULL, 0x5c9f82910875bULL, 0x237e7dbe00545ULL } },
		  { { 0x6f74bc53c1431ULL, 0x1c40e5dbbd9c2ULL, 0x6c8fb9cae5c97ULL, 0x4845c5ce1b7daULL, 0x7e2e0e450b5ccULL } },
		  { { 0x575ed6701b430ULL, 0x4d3e17fa20026ULL, 0x791fc888c4253ULL, 0x2f1ba99078ac1ULL, 0x71afa699b1115ULL } } },
		{ { { 0x23c1c473b50d6ULL, 0x3e7671de21d48ULL, 0x326fa5547a1e8ULL, 0x50e4dc25fafd9ULL, 0x00731fbc78f89ULL } },
		  { { 0x66f9b3953b61dULL, 0x555f4283cccb9ULL, 0x7dd67fb1960e7ULL, 0x14707a1affed4ULL, 0x021142e9c2b1cULL } },
		  { { 0x0c71848f81880ULL, 0x44bd9d8233c86ULL, 0x6e8578efe5830ULL, 0x4045b6d7041b5ULL, 0x4c4d6f3347e15ULL } } },
		{ { { 0x4ddfc988f1970ULL, 0x4f6173ea365e1ULL, 0x645daf9ae4588ULL, 0x7d43763db623bULL, 0x38bf9500a88f9ULL } },
		  { { 0x7eccfc17d1fc9ULL, 0x4ca280782831eULL, 0x7b8337db1d7d6ULL, 0x5116def3895fbULL, 0x193fddaaa7e47ULL } },
		  { { 0x2c93c37e8876fULL, 0x3431a28c583faULL, 0x49049da8bd879ULL, 0x4b4a8407ac11cULL, 0x6a6fb99ebf0d4ULL } } },
		{ { { 0x122b5b6e423c6ULL, 0x21e50dff1ddd6ULL, 0x73d76324e75c0ULL, 0x588485495418eULL, 0x136fda9f42c5eULL } },
		  { { 0x6c1bb560855ebULL, 0x71f127e13ad48ULL, 0x5c6b304905aecULL, 0x3756b8e889bc7ULL, 0x75f76914a3189ULL } },
		  { { 0x4dfb1a305bdd1ULL, 0x3b3ff05811f29ULL, 0x6ed62283cd92eULL, 0x65d1543ec52e1ULL, 0x022183510be8dULL } } },
		{ { { 0x2710143307a7fULL, 0x3d88fb48bf3abULL, 0x249eb4ec18f7aULL, 0x136115dff295fULL, 0x1387c441fd404ULL } },
		  { { 0x766385ead2d14ULL, 0x0194f8b06095eULL, 0x08478f6823b62ULL, 0x6018689d37308ULL, 0x6a071ce17b806ULL } },
		  { { 0x3c3d187978af8ULL, 0x7afe1c88276baULL, 0x51df281c8ad68ULL, 0x64906bda4245dULL, 0x3171b26aaf1edULL } } },
		{ { { 0x5b7d8b28a47d1ULL, 0x2c2ee149e34c1ULL, 0x776f5629afc53ULL, 0x1f4ea50fc49a9ULL, 0x6c514a6334424ULL } },
		  { { 0x7319097564ca8ULL, 0x1844ebc233525ULL, 0x21d4543fdeee1ULL, 0x1ad27aaff1bd2ULL, 0x221fd4873cf08ULL } },
		  { { 0x2204f3a156341ULL, 0x537414065a464ULL, 0x43c0c3bedcf83ULL, 0x5557e706ea620ULL, 0x48daa596fb924ULL } } },
		{ { { 0x61d5dc84c9793ULL, 0x47de83040c29eULL, 0x189deb26507e7ULL, 0x4d4e6fadc479aULL, 0x58c837fa0e8a7ULL } },
		  { { 0x28e665ca59cc7ULL, 0x165c715940dd9ULL, 0x0785f3aa11c95ULL, 0x57b98d7e38469ULL, 0x676dd6fccad84ULL } },
		  { { 0x1688596fc9058ULL, 0x66f6ad403619fULL, 0x4d759a87772efULL, 0x7856e6173bea4ULL, 0x1c4f73f2c6a57ULL } } },
		{ { { 0x6706efc7c3484ULL, 0x6987839ec366dULL, 0x0731f95cf7f26ULL, 0x3ae758ebce4bcULL, 0x70459adb7daf6ULL } },
		  { { 0x24fbd305fa0bbULL, 0x40a98cc75a1cfULL, 0x78ce1220a7533ULL, 0x6217a10e1c197ULL, 0x795ac80d1bf64ULL } },
		  { { 0x1db4991b42bb3ULL, 0x469605b994372ULL, 0x631e3715c9a58ULL, 0x7e9cfefcf728fULL, 0x5fe162848ce21ULL } } },
	},
	{
		{ { { 0x1852d5d7cb208ULL, 0x60d0fbe5ce50fULL, 0x5a1e246e37b75ULL, 0x51aee05ffd590ULL, 0x2b44c043677daULL } },
		  { { 0x1214fe194961aULL, 0x0e1ae39a9e9cbULL, 0x543c8b526f9f7ULL, 0x119498067e91dULL, 0x4789d446fc917ULL } },
		  { { 0x487ab074eb78eULL, 0x1d33b5e8ce343ULL, 0x13e419feb1b46ULL, 0x2721f565de6a4ULL, 0x60c52eef2bb9aULL } } },
		{ { { 0x3c5c27cae6d11ULL, 0x36a9491956e05ULL, 0x124bac9131da6ULL, 0x3b6f7de202b5dULL, 0x70d77248d9b66ULL } },
		  { { 0x589bc3bfd8bf1ULL, 0x6f93e6aa3416bULL, 0x4c0a3d6c1ae48ULL, 0x55587260b586aULL, 0x10bc9c312ccfcULL } },
		  { { 0x2e84b3ec2a05bULL, 0x69da2f03c1551ULL, 0x23a174661a67bULL, 0x209bca289f238ULL, 0x63755bd3a976fULL } } },
		{ { { 0x7101897f1acb7ULL, 0x3d82cb77b07b8ULL, 0x684083d7769f5ULL, 0x52b28472dce07ULL, 0x2763751737c52ULL } },
		  { { 0x7a03e2ad10853ULL, 0x213dcc6ad36abULL, 0x1a6e240d5bdd6ULL, 0x7c24ffcf8fedfULL, 0x0d8cc1c48bc16ULL } },
		  { { 0x402d36eb419a9ULL, 0x7cef68c14a052ULL, 0x0f1255bc2d139ULL, 0x373e7d431186aULL, 0x70c2dd8a7ad16ULL } } },
		{ { { 0x4967db8ed7e13ULL, 0x15aeed02f523aULL, 0x6149591d094bcULL, 0x672f204c17006ULL, 0x32b8613816a53ULL } },
		  { { 0x194509f6fec0eULL, 0x528d8ca31acacULL, 0x7826d73b8b9faULL, 0x24acb99e0f9b3ULL, 0x2e0fac6363948ULL } },
		  { { 0x7f7bee448cd64ULL, 0x4e10f10da0f3cULL, 0x3936cb9ab20e9ULL, 0x7a0fc4fea6cd0ULL, 0x4179215c735a4ULL } } },
		{ { { 0x633b9286bcd34ULL, 0x6cab3badb9c95ULL, 0x74e387edfbdfaULL, 0x14313c58a0fd9ULL, 0x31fa85662241cULL } },
		  { { 0x094e7d7dced2aULL, 0x068fa738e118eULL, 0x41b640a5fee2bULL, 0x6bb709df019d4ULL, 0x700344a30cd99ULL } },
		  { { 0x26c422e3622f4ULL, 0x0f3066a05b5f0ULL, 0x4e2448f0480a6ULL, 0x244cde0dbf095ULL, 0x24bb2312a9952ULL } } },
		{ { { 0x00c2af5f85c6bULL, 0x0609f4cf2883fULL, 0x6e86eb5a1ca13ULL, 0x68b44a2efccd1ULL, 0x0d1d2af9ffeb5ULL } },
		  { { 0x0ed1732de67c3ULL, 0x308c369291635ULL, 0x33ef348f2d250ULL, 0x004475ea1a1bbULL, 0x0fee3e871e188ULL } },
		  { { 0x28aa132621edfULL, 0x42b244caf353bULL, 0x66b064cc2e08aULL, 0x6bb20020cbdd3ULL, 0x16acd79718531ULL } } },
		{ { { 0x1c6c57887b6adULL, 0x5abf21fd7592bULL, 0x50bd41253867aULL, 0x3800b71273151ULL, 0x164ed34b18161ULL } },
		  { { 0x772af2d9b1d3dULL, 0x6d486448b4e5bULL, 0x2ce58dd8d18a8ULL, 0x1849f67503c8bULL, 0x123e0ef6b9302ULL } },
		  { { 0x6d94c192fe69aULL, 0x5475222a2690fULL, 0x693789d86b8b3ULL, 0x1f5c3bdfb69dcULL, 0x78da0fc61073fULL } } },
		{ { { 0x780f1680c3a94ULL, 0x2a35d3cfcd453ULL, 0x005e5cdc7ddf8ULL, 0x6ee888078ac24ULL, 0x054aa4b316b38ULL } },
		  { { 0x15d28e52bc66aULL, 0x30e1e0351cb7eULL, 0x30a2f74b11f8cULL, 0x39d120cd7de03ULL, 0x2d25deeb256b1ULL } },
		  { { 0x0468d19267cb8ULL, 0x38cdca9b5fbf9ULL, 0x1bbb05c2ca1e2ULL, 0x3b015758e9533ULL, 0x134610a6ab7daULL } } },
	},
	{
		{ { { 0x265e777d1f515ULL, 0x0f1f54c1e39a5ULL, 0x2f01b95522646ULL, 0x4fdd8db9dde6dULL, 0x654878cba97ccULL } },
		  { { 0x38ec78df6b0feULL, 0x13caebea36a22ULL, 0x5ebc6e54e5f6aULL, 0x32804903d0eb8ULL, 0x2102fdba2b20dULL } },
		  { { 0x6e405055ce6a1ULL, 0x5024a35a532d3ULL, 0x1f69054daf29dULL, 0x15d1d0d7a8bd5ULL, 0x0ad725db29ecbULL } } },
		{ { { 0x7bc0c9b056f85ULL, 0x51cfebffaffd8ULL, 0x44abbe94df549ULL, 0x7ecbbd7e33121ULL, 0x4f675f5302399ULL } },
		  { { 0x267b1834e2457ULL, 0x6ae19c378bb88ULL, 0x7457b5ed9d512ULL, 0x3280d783d05fbULL, 0x4aefcffb71a03ULL } },
		  { { 0x536360415171eULL, 0x2313309077865ULL, 0x251444334afbcULL, 0x2b0c3853756e8ULL, 0x0bccbb72a2a86ULL } } },
		{ { { 0x55e4c50fe1296ULL, 0x05fdd13efc30dULL, 0x1c0c6c380e5eeULL, 0x3e11de3fb62a8ULL, 0x6678fd69108f3ULL } },
		  { { 0x6962feab1a9c8ULL, 0x6aca28fb9a30bULL, 0x56db7ca1b9f98ULL, 0x39f58497018ddULL, 0x4024f0ab59d6bULL } },
		  { { 0x6fa31636863c2ULL, 0x10ae5a67e42b0ULL, 0x27abbf01fda31ULL, 0x380a7b9e64fbcULL, 0x2d42e2108ead4ULL } } },
		{ { { 0x17b0d0f537593ULL, 0x16263c0c9842eULL, 0x4ab827e4539a4ULL, 0x6370ddb43d73aULL, 0x420bf3a79b423ULL } },
		  { { 0x5131594dfd29bULL, 0x3a627e98d52feULL, 0x1154041855661ULL, 0x19175d09f8384ULL, 0x676b2608b8d2dULL } },
		  { { 0x0ba651c5b2b47ULL, 0x5862363701027ULL, 0x0c4d6c219c6dbULL, 0x0f03dff8658deULL, 0x745d2ffa9c0cfULL } } },
		{ { { 0x6df5721d34e6aULL, 0x4f32f767a0c06ULL, 0x1d5abeac76e20ULL, 0x41ce9e104e1e4ULL, 0x06e15be54c1dcULL } },
		  { { 0x25a1e2bc9c8bdULL, 0x104c8f3b037eaULL, 0x405576fa96c98ULL, 0x2e86a88e3876fULL, 0x1ae23ceb960cfULL } },
		  { { 0x25d871932994aULL, 0x6b9d63b560b6eULL, 0x2df2814c8d472ULL, 0x0fbbee20aa4edULL, 0x58ded861278ecULL } } },
		{ { { 0x35ba8b6c2c9a8ULL, 0x1dea58b3185bfULL, 0x4b455cd23bbbeULL, 0x5ec19c04883f8ULL, 0x08ba696b531d5ULL } },
		  { { 0x73793f266c55cULL, 0x0b988a9c93b02ULL, 0x09b0ea32325dbULL, 0x37cae71c17c5eULL, 0x2ff39de85485fULL } },
		  { { 0x53eeec3efc57aULL, 0x2fa9fe9022efdULL, 0x699c72c138154ULL, 0x72a751ebd1ff8ULL, 0x120633b4947cfULL } } },
		{ { { 0x531474912100aULL, 0x5afcdf7c0d057ULL, 0x7a9e71b788dedULL, 0x5ef708f3b0c88ULL, 0x07433be3cb393ULL } },
		  { { 0x4987891610042ULL, 0x79d9d7f5d0172ULL, 0x3c293013b9ec4ULL, 0x0c2b85f39cacaULL, 0x35d30a99b4d59ULL } },
		  { { 0x144c05ce997f4ULL, 0x4960b8a347fefULL, 0x1da11f15d74f7ULL, 0x54fac19c0feadULL, 0x2d873ede7af6dULL } } },
		{ { { 0x202e14e5df981ULL, 0x2ea02bc3eb54cULL, 0x38875b2883564ULL, 0x1298c513ae9ddULL, 0x0543618a01600ULL } },
		  { { 0x2316443373409ULL, 0x5de95503b22afULL, 0x699201beae2dfULL, 0x3db5849ff737aULL, 0x2e773654707faULL } },
		  { { 0x2bdf4974c23c1ULL, 0x4b3b9c8d261bdULL, 0x26ae8b2a9bc28ULL, 0x3068210165c51ULL, 0x4b1443362d079ULL } } },
	},
	{
		{ { { 0x454e91c529ccbULL, 0x24c98c6bf72cfULL, 0x0486594c3d89aULL, 0x7ae13a3d7fa3cULL, 0x17038418eaf66ULL } },
		  { { 0x4b7c7b66e1f7aULL, 0x4bea185efd998ULL, 0x4fabc711055f8ULL, 0x1fb9f7836fe38ULL, 0x582f446752da6ULL } },
		  { { 0x17bd320324ce4ULL, 0x51489117898c6ULL, 0x1684d92a0410bULL, 0x6e4d90f78c5a7ULL, 0x0c2a1c4bcda28ULL } } },
		{ { { 0x4814869bd6945ULL, 0x7b7c391a45db8ULL, 0x57316ac35b641ULL, 0x641e31de9096aULL, 0x5a6a9b30a314dULL } },
		  { { 0x5c7d06f1f0447ULL, 0x7db70f80b3a49ULL, 0x6cb4a3ec89a78ULL, 0x43be8ad81397dULL, 0x7c558bd1c6f64ULL } },
		  { { 0x41524d396463dULL, 0x1586b449e1a1dULL, 0x2f17e904aed8aULL, 0x7e1d2861d3c8eULL, 0x0404a5ca0afbaULL } } },
		{ { { 0x49e1b2a416fd1ULL, 0x51c6a0b316c57ULL, 0x575a59ed71bdcULL, 0x74c021a1fec1eULL, 0x39527516e7f8eULL } },
		  { { 0x740070aa743d6ULL, 0x16b64cbdd1183ULL, 0x23f4b7b32eb43ULL, 0x319aba58235b3ULL, 0x46395bfdcadd9ULL } },
		  { { 0x7db2d1a5d9a9cULL, 0x79a200b85422fULL, 0x355bfaa71dd16ULL, 0x00b77ea5f78aaULL, 0x76579a29e822dULL } } },
		{ { { 0x4b51352b434f2ULL, 0x1327bd01c2667ULL, 0x434d73b60c8a1ULL, 0x3e0daa89443baULL, 0x02c514bb2a277ULL } },
		  { { 0x68e7e49c02a17ULL, 0x45795346fe8b6ULL, 0x089306c8f3546ULL, 0x6d89f6b2f88f6ULL, 0x43a384dc9e05bULL } },
		  { { 0x3d5da8bf1b645ULL, 0x7ded6a96a6d09ULL, 0x6c3494fee2f4dULL, 0x02c989c8b6bd4ULL, 0x1160920961548ULL } } },
		{ { { 0x05616369b4dcdULL, 0x4ecab86ac6f47ULL, 0x3c60085d700b2ULL, 0x0213ee10dfceaULL, 0x2f637d7491e6eULL } },
		  { { 0x5166929dacfaaULL, 0x190826b31f689ULL, 0x4f55567694a7dULL, 0x705f4f7b1e522ULL, 0x351e125bc5698ULL } },
		  { { 0x49b461af67bbeULL, 0x75915712c3a96ULL, 0x69a67ef580c0dULL, 0x54d38ef70cffcULL, 0x7f182d06e7ce2ULL } } },
		{ { { 0x54b728e217522ULL, 0x69a90971b0128ULL, 0x51a40f2a963a3ULL, 0x10be9ac12a6bfULL, 0x44acc043241c5ULL } },
		  { { 0x48e64ab0168ecULL, 0x2a2bdb8a86f4fULL, 0x7343b6b2d6929ULL, 0x1d804aa8ce9a3ULL, 0x67d4ac8c343e9ULL } },
		  { { 0x56bbb4f7a5777ULL, 0x29230627c238fULL, 0x5ad1a122cd7fbULL, 0x0dea56e50e364ULL, 0x556d1c8312ad7ULL } } },
		{ { { 0x06756b11be821ULL, 0x462147e7bb03eULL, 0x26519743ebfe0ULL, 0x782fc59682ab5ULL, 0x097abe38cc8c7ULL } },
		  { { 0x740e30c8d3982ULL, 0x7c2b47f4682fdULL, 0x5cd91b8c7dc1cULL, 0x77fa790f9e583ULL, 0x746c6c6d1d824ULL } },
		  { { 0x1c9877ea52da4ULL, 0x2b37b83a86189ULL, 0x733af49310da5ULL, 0x25e81161c04fbULL, 0x577e14a34bee8ULL } } },
		{ { { 0x6cebebd4dd72bULL, 0x340c1e442329fULL, 0x32347ffd1a93fULL, 0x14a89252cbbe0ULL, 0x705304b8fb009ULL } },
		  { { 0x268ac61a73b0aULL, 0x206f234bebe1cULL, 0x5b403a7cbebe8ULL, 0x7a160f09f4135ULL, 0x60fa7ee96fd78ULL } },
		  { { 0x51d354d296ec6ULL, 0x7cbf5a63b16c7ULL, 0x2f50bb3cf0c14ULL, 0x1feb385cac65aULL, 0x21398e0ca1635ULL } } },
	},
	{
		{ { { 0x0aaf9b4b75601ULL, 0x26b91b5ae44f3ULL, 0x6de808d7ab1c8ULL, 0x6a769675530b0ULL, 0x1bbfb284e98f7ULL } },
		  { { 0x5058a382b33f3ULL, 0x175a91816913eULL, 0x4f6cdb96b8ae8ULL, 0x17347c9da81d2ULL, 0x5aa3ed9d95a23ULL } },
		  { { 0x777e9c7d96561ULL, 0x28e58f006ccacULL, 0x541bbbb2cac49ULL, 0x3e63282994cecULL, 0x4a07e14e5e895ULL } } },
		{ { { 0x358cdc477a49bULL, 0x3cc88fe02e481ULL, 0x721aab7f4e36bULL, 0x0408cc9469953ULL, 0x50af7aed84afaULL } },
		  { { 0x412cb980df999ULL, 0x5e78dd8ee29dcULL, 0x171dff68c575dULL, 0x2015dd2f6ef49ULL, 0x3f0bac391d313ULL } },
		  { { 0x7de0115f65be5ULL, 0x4242c21364dc9ULL, 0x6b75b64a66098ULL, 0x0033c0102c085ULL, 0x1921a316baebdULL } } },
		{ { { 0x2ad9ad9f3c18bULL, 0x5ec1638339aebULL, 0x5703b6559a83bULL, 0x3fa9f4d05d612ULL, 0x7b049deca062cULL } },
		  { { 0x22f7edfb870fcULL, 0x569eed677b128ULL, 0x30937dcb0a5afULL, 0x758039c78ea1bULL, 0x6458df41e273aULL } },
		  { { 0x3e37a35444483ULL, 0x661fdb7d27b99ULL, 0x317761dd621e4ULL, 0x7323c30026189ULL, 0x6093dccbc2950ULL } } },
		{ { { 0x6eebe6084034bULL, 0x6cf01f70a8d7bULL, 0x0b41a54c6670aULL, 0x6c84b99bb55dbULL, 0x6e3180c98b647ULL } },
		  { { 0x39a8585e0706dULL, 0x3167ce72663feULL, 0x63d14ecdb4297ULL, 0x4be21dcf970b8ULL, 0x57d1ea084827aULL } },
		  { { 0x2b6e7a128b071ULL, 0x5b27511755dcfULL, 0x08584c2930565ULL, 0x68c7bda6f4159ULL, 0x363e999ddd97bULL } } },
		{ { { 0x048dce24baec6ULL, 0x2b75795ec05e3ULL, 0x3bfa4c5da6dc9ULL, 0x1aac8659e371eULL, 0x231f979bc6f9bULL } },
		  { { 0x043c135ee1fc4ULL, 0x2a11c9919f2d5ULL, 0x6334cc25dbacdULL, 0x295da17b400daULL, 0x48ee9b78693a0ULL } },
		  { { 0x1de4bcc2af3c6ULL, 0x61fc411a3eb86ULL, 0x53ed19ac12ec0ULL, 0x209dbc6b804e0ULL, 0x079bfa9b08792ULL } } },
		{ { { 0x1ed80a2d54245ULL, 0x70efec72a5e79ULL, 0x42151d42a822dULL, 0x1b5ebb6d631e8ULL, 0x1ef4fb1594706ULL } },
		  { { 0x03a51da300df4ULL, 0x467b52b561c72ULL, 0x4d5920210e590ULL, 0x0ca769e789685ULL, 0x038c77f684817ULL } },
		  { { 0x65ee65b167becULL, 0x052da19b850a9ULL, 0x0408665656429ULL, 0x7ab39596f9a4cULL, 0x575ee92a4a0bfULL } } },
		{ { { 0x6bc450aa4d801ULL, 0x4f4a6773b0ba8ULL, 0x6241b0b0ebc48ULL, 0x40d9c4f1d9315ULL, 0x200a1e7e382f5ULL } },
		  { { 0x080908a182fcfULL, 0x0532913b7ba98ULL, 0x3dccf78c385c3ULL, 0x68002dd5eaba9ULL, 0x43d4e7112cd3fULL } },
		  { { 0x5b967eaf93ac5ULL, 0x360acca580a31ULL, 0x1c65fd5c6f262ULL, 0x71c7f15c2ecabULL, 0x050eca52651e4ULL } } },
		{ { { 0x4397660e668eaULL, 0x7c2a75692f2f5ULL, 0x3b29e7e6c66efULL, 0x72ba658bcda9aULL, 0x6151c09fa131aULL } },
		  { { 0x31ade453f0c9cULL, 0x3dfee07737868ULL, 0x611ecf7a7d411ULL, 0x2637e6cbd64f6ULL, 0x4b0ee6c21c58fULL } },
		  { { 0x55c0dfdf05d96ULL, 0x405569dcf475eULL, 0x05c5c277498bbULL, 0x18588d95dc389ULL, 0x1fef24fa800f0ULL } } },
	},
	{
		{ { { 0x2aff530976b86ULL, 0x0d85a48c0845aULL, 0x796eb963642e0ULL, 0x60bee50c4b626ULL, 0x28005fe6c8340ULL } },
		  { { 0x653fb1aa73196ULL, 0x607faec8306faULL, 0x4e85ec83e5254ULL, 0x09f56900584fdULL, 0x544d49292fc86ULL } },
		  { { 0x7ba9f34528688ULL, 0x284a20fb42d5dULL, 0x3652cd9706ffeULL, 0x6fd7baddde6b3ULL, 0x72e472930f316ULL } } },
		{ { { 0x3f635d32a7627ULL, 0x0cbecacde00feULL, 0x3411141eaa936ULL, 0x21c1e42f3cb94ULL, 0x1fee7f000fe06ULL } },
		  { { 0x5208c9781084fULL, 0x16468a1dc24d2ULL, 0x7bf780ac540a8ULL, 0x1a67eced75301ULL, 0x5a9d2e8c2733aULL } },
		  { { 0x305da03dbf7e5ULL, 0x1228699b7aecaULL, 0x12a23b2936bc9ULL, 0x2a1bda56ae6e9ULL, 0x00f94051ee040ULL } } },
		{ { { 0x793bb07af9753ULL, 0x1e7b6ecd4fafdULL, 0x02c7b1560fb43ULL, 0x2296734cc5fb7ULL, 0x47b7ffd25dd40ULL } },
		  { { 0x56b23c3d330b2ULL, 0x37608e360d1a6ULL, 0x10ae0f3c8722eULL, 0x086d9b618b637ULL, 0x07d79c7e8beabULL } },
		  { { 0x3fb9cbc08dd12ULL, 0x75c3dd85370ffULL, 0x47f06fe2819acULL, 0x5db06ab9215edULL, 0x1c3520a35ea64ULL } } },
		{ { { 0x06f40216bc059ULL, 0x3a2579b0fd9b5ULL, 0x71c26407eec8cULL, 0x72ada4ab54f0bULL, 0x38750c3b66d12ULL } },
		  { { 0x253a6bccba34aULL, 0x427070433701aULL, 0x20b8e58f9870eULL, 0x337c861db00ccULL, 0x1c3d05775d0eeULL } },
		  { { 0x6f1409422e51aULL, 0x7856bbece2d25ULL, 0x13380a72f031cULL, 0x43e1080a7f3baULL, 0x0621e2c7d3304ULL } } },
		{ { { 0x61796b0dbf0f3ULL, 0x73c2f9c32d6f5ULL, 0x6aa8ed1537ebeULL, 0x74e92c91838f4ULL, 0x5d8e589ca1002ULL } },
		  { { 0x060cc8259838dULL, 0x038d3f35b95f3ULL, 0x56078c243a923ULL, 0x2de3293241bb2ULL, 0x0007d6097bd3aULL } },
		  { { 0x71d950842a94bULL, 0x46b11e5c7d817ULL, 0x5478bbecb4f0dULL, 0x7c3054b0a1c5dULL, 0x1583d7783c1cbULL } } },
		{ { { 0x34704cc9d28c7ULL, 0x3dee598b1f200ULL, 0x16e1c98746d9eULL, 0x4050b7095afdfULL, 0x4958064e83c55ULL } },
		  { { 0x6a2ef5da27ae1ULL, 0x28aace02e9d9dULL, 0x02459e965f0e8ULL, 0x7b864d3150933ULL, 0x252a5f2e81ed8ULL } },
		  { { 0x094265066e80dULL, 0x0a60f918d61a5ULL, 0x0444bf7f30fdeULL, 0x1c40da9ed3c06ULL, 0x079c170bd843bULL } } },
		{ { { 0x6cd50c0d5d056ULL, 0x5b7606ae779baULL, 0x70fbd226bdda1ULL, 0x5661e53391ff9ULL, 0x6768c0d7317b8ULL } },
		  { { 0x6ece464fa6fffULL, 0x3cc40bca460a0ULL, 0x6e3a90afb8d0cULL, 0x5801abca11228ULL, 0x6dec05e34ac9fULL } },
		  { { 0x625e5f155c1b3ULL, 0x4f32f6f723296ULL, 0x5ac980105efceULL, 0x17a61165eee36ULL, 0x51445e14ddcd5ULL } } },
		{ { { 0x147ab2bbea455ULL, 0x1f240f2253126ULL, 0x0c3de9e314e89ULL, 0x21ea5a4fca45fULL, 0x12e990086e4fdULL } },
		  { { 0x02b4b3b144951ULL, 0x5688977966aeaULL, 0x18e176e399ffdULL, 0x2e45c5eb4938bULL, 0x13186f31e3929ULL } },
		  { { 0x496b37fdfbb2eULL, 0x3c2439d5f3e21ULL, 0x16e60fe7e6a4dULL, 0x4d7ef889b621dULL, 0x77b2e3f05d3e9ULL } } },
	},
	{
		{ { { 0x0639c12ddb0a4ULL, 0x6180490cd7ab3ULL, 0x3f3918297467cULL, 0x74568be1781acULL, 0x07a195152e095ULL } },
		  { { 0x7a9c59c2ec4deULL, 0x7e9f09e79652dULL, 0x6a3e422f22d86ULL, 0x2ae8e3b836c8bULL, 0x63b795fc7ad32ULL } },
		  { { 0x68f02389e5fc8ULL, 0x059f1bc877506ULL, 0x504990e410cecULL, 0x09bd7d0feaee2ULL, 0x3e8fe83d032f0ULL } } },
		{ { { 0x04c8de8efd13cULL, 0x1c67c06e6210eULL, 0x183378f7f146aULL, 0x64352ceaed289ULL, 0x22d60899a6258ULL } },
		  { { 0x315b90570a294ULL, 0x60ce108a925f1ULL, 0x6eff61253c909ULL, 0x003ef0e2d70b0ULL, 0x75ba3b797fac4ULL } },
		  { { 0x1dbc070cdd196ULL, 0x16d8fb1534c47ULL, 0x500498183fa2aULL, 0x72f59c423de75ULL, 0x0904d07b87779ULL } } },
		{ { { 0x22d6648f940b9ULL, 0x197a5a1873e86ULL, 0x207e4c41a54bcULL, 0x5360b3b4bd6d0ULL, 0x6240aacebaf72ULL } },
		  { { 0x61fd4ddba919cULL, 0x7d8e991b55699ULL, 0x61b31473cc76cULL, 0x7039631e631d6ULL, 0x43e2143fbc1ddULL } },
		  { { 0x4749c5ba295a0ULL, 0x37946fa4b5f06ULL, 0x724c5ab5a51f1ULL, 0x65633789dd3f3ULL, 0x56bdaf238db40ULL } } },
		{ { { 0x0d36cc19d3bb2ULL, 0x6ec4470d72262ULL, 0x6853d7018a9aeULL, 0x3aa3e4dc2c8ebULL, 0x03aa31507e1e5ULL } },
		  { { 0x2b9e3f53533ebULL, 0x2add727a806c5ULL, 0x56955c8ce15a3ULL, 0x18c4f070a290eULL, 0x1d24a86d83741ULL } },
		  { { 0x47648ffd4ce1fULL, 0x60a9591839e9dULL, 0x424d5f38117abULL, 0x42cc46912c10eULL, 0x43b261dc9aeb4ULL } } },
		{ { { 0x13d8b6c951364ULL, 0x4c0017e8f632aULL, 0x53e559e53f9c4ULL, 0x4b20146886eeaULL, 0x02b4d5e242940ULL } },
		  { { 0x31e1988bb79bbULL, 0x7b82f46b3bcabULL, 0x0f7a8ce827b41ULL, 0x5e15816177130ULL, 0x326055cf5b276ULL } },
		  { { 0x155cb28d18df2ULL, 0x0c30d9ca11694ULL, 0x2090e27ab3119ULL, 0x208624e7a49b6ULL, 0x27a6c809ae5d3ULL } } },
		{ { { 0x4270ac43d6954ULL, 0x2ed4cd95659a5ULL, 0x75c0db37528f9ULL, 0x2ccbcfd2c9234ULL, 0x221503603d8c2ULL } },
		  { { 0x6ebcd1f0db188ULL, 0x74ceb4b7d1174ULL, 0x7d56168df4f5cULL, 0x0bf79176fd18aULL, 0x2cb67174ff60aULL } },
		  { { 0x6cdf9390be1d0ULL, 0x08e519c7e2b3dULL, 0x253c3d2a50881ULL, 0x21b41448e333dULL, 0x7b1df4b73890fULL } } },
		{ { { 0x6221807f8f58cULL, 0x3fa92813a8be5ULL, 0x6da98c38d5572ULL, 0x01ed95554468fULL, 0x68698245d352eULL } },
		  { { 0x2f2e0b3b2a224ULL, 0x0c56aa22c1c92ULL, 0x5fdec39f1b278ULL, 0x4c90af5c7f106ULL, 0x61fcef2658fc5ULL } },
		  { { 0x15d852a18187aULL, 0x270dbb59afb76ULL, 0x7db120bcf92abULL, 0x0e7a25d714087ULL, 0x46cf4c473daf0ULL } } },
		{ { { 0x46ea7f1498140ULL, 0x70725690a8427ULL, 0x0a73ae9f079fbULL, 0x2dd924461c62bULL, 0x1065aae50d8ccULL } },
		  { { 0x525ed9ec4e5f9ULL, 0x022d20660684cULL, 0x7972b70397b68ULL, 0x7a03958d3f965ULL, 0x29387bcd14eb5ULL } },
		  { { 0x44525df200d57ULL, 0x2d7f94ce94385ULL, 0x60d00c170ecb7ULL, 0x38b0503f3d8f0ULL, 0x69a198e64f1ceULL } } },
	},
	{
		{ { { 0x14434dcc5caedULL, 0x2c7909f667c20ULL, 0x61a839d1fb576ULL, 0x4f23800cabb76ULL, 0x25b2697bd267fULL } },
		  { { 0x2b2e0d91a78bcULL, 0x3990a12ccf20cULL, 0x141c2e11f2622ULL, 0x0dfcefaa53320ULL, 0x7369e6a92493aULL } },
		  { { 0x73ffb13986864ULL, 0x3282bb8f713acULL, 0x49ced78f297efULL, 0x6697027661defULL, 0x1420683db54e4ULL } } },
		{ { { 0x6bb6fc1cc5ad0ULL, 0x532c8d591669dULL, 0x1af794da86c33ULL, 0x0e0e9d86d24d3ULL, 0x31e83b4161d08ULL } },
		  { { 0x0bd1e249dd197ULL, 0x00bcb1820568fULL, 0x2eab1718830d4ULL, 0x396fd816997e6ULL, 0x60b63bebf508aULL } },
		  { { 0x0c7129e062b4fULL, 0x1e526415b12fdULL, 0x461a0fd27923dULL, 0x18badf670a5b7ULL, 0x55cf1eb62d550ULL } } },
		{ { { 0x6b5e37df58c52ULL, 0x3bcf33986c60eULL, 0x44fb8835ceae7ULL, 0x099dec18e71a4ULL, 0x1a56fbaa62ba0ULL } },
		  { { 0x1101065c23d58ULL, 0x5aa1290338b0fULL, 0x3157e9e2e7421ULL, 0x0ea712017d489ULL, 0x669a656457089ULL } },
		  { { 0x66b505c9dc9ecULL, 0x774ef86e35287ULL, 0x4d1d944c0955eULL, 0x52e4c39d72b20ULL, 0x13c4836799c58ULL } } },
		{ { { 0x4fb6a5d8bd080ULL, 0x58ae34908589bULL, 0x3954d977baf13ULL, 0x413ea597441dcULL, 0x50bdc87dc8e5bULL } },
		  { { 0x25d465ab3e1b9ULL, 0x0f8fe27ec2847ULL, 0x2d6e6dbf04f06ULL, 0x3038cfc1b3276ULL, 0x66f80c93a637bULL } },
		  { { 0x537836edfe111ULL, 0x2be02357b2c0dULL, 0x6dcee58c8d4f8ULL, 0x2d732581d6192ULL, 0x1dd56444725fdULL } } },
		{ { { 0x7e60008bac89aULL, 0x23d5c387c1852ULL, 0x79e5df1f533a8ULL, 0x2e6f9f1c5f0cfULL, 0x3a3a450f63a30ULL } },
		  { { 0x47ff83362127dULL, 0x08e39af82b1f4ULL, 0x488322ef27dabULL, 0x1973738a2a1a4ULL, 0x0e645912219f7ULL } },
		  { { 0x72f31d8394627ULL, 0x07bd294a200f1ULL, 0x665be00e274c6ULL, 0x43de8f1b6368bULL, 0x318c8d9393a9aULL } } },
		{ { { 0x69e29ab1dd398ULL, 0x30685b3c76bacULL, 0x565cf37f24859ULL, 0x57b2ac28efef9ULL, 0x509a41c325950ULL } },
		  { { 0x45d032afffe19ULL, 0x12fe49b6cde4eULL, 0x21663bc327cf1ULL, 0x18a5e4c69f1ddULL, 0x224c7c679a1d5ULL } },
		  { { 0x06edca6f925e9ULL, 0x68c8363e677b8ULL, 0x60cfa25e4fbcfULL, 0x1c4c17609404eULL, 0x05bff02328a11ULL } } },
		{ { { 0x1a0dd0dc512e4ULL, 0x10894bf5fcd10ULL, 0x52949013f9c37ULL, 0x1f50fba4735c7ULL, 0x576277cdee01aULL } },
		  { { 0x2137023cae00bULL, 0x15a3599eb26c6ULL, 0x0687221512b3cULL, 0x253cb3a0824e9ULL, 0x780b8cc3fa2a4ULL } },
		  { { 0x38abc234f305fULL, 0x7a280bbc103deULL, 0x398a836695dfeULL, 0x3d0af41528a1aULL, 0x5ff418726271bULL } } },
		{ { { 0x347e813b69540ULL, 0x76864c21c3cbbULL, 0x1e049dbcd74a8ULL, 0x5b4d60f93749cULL, 0x29d4db8ca0a0cULL } },
		  { { 0x6080c1789db9dULL, 0x4be7cef1ea731ULL, 0x2f40d769d8080ULL, 0x35f7d4c44a603ULL, 0x106a03dc25a96ULL } },
		  { { 0x50aaf333353d0ULL, 0x4b59a613cbb35ULL, 0x223dfc0e19a76ULL, 0x77d1e2bb2c564ULL, 0x4ab38a51052cbULL } } },
	},
	{
		{ { { 0x7d1ef5fddc09cULL, 0x7beeaebb9dad9ULL, 0x058d30ba0acfbULL, 0x5cd92eab5ae90ULL, 0x3041c6bb04ed2ULL } },
		  { { 0x42b256768d593ULL, 0x2e88459427b4fULL, 0x02b3876630701ULL, 0x34878d405eae5ULL, 0x29cdd1adc088aULL } },
		  { { 0x2f2f9d956e148ULL, 0x6b3e6ad65c1feULL, 0x5b00972b79e5dULL, 0x53d8d234c5dafULL, 0x104bbd6814049ULL } } },
		{ { { 0x59a5fd67ff163ULL, 0x3a998ead0352bULL, 0x083c95fa4af9aULL, 0x6fadbfc01266fULL, 0x204f2a20fb072ULL } },
		  { { 0x0fd3168f1ed67ULL, 0x1bb0de7784a3eULL, 0x34bcb78b20477ULL, 0x0a4a26e2e2182ULL, 0x5be8cc57092a7ULL } },
		  { { 0x43b3d30ebb079ULL, 0x357aca5c61902ULL, 0x5b570c5d62455ULL, 0x30fb29e1e18c7ULL, 0x2570fb17c2791ULL } } },
		{ { { 0x6a9550bb8245aULL, 0x511f20a1a2325ULL, 0x29324d7239beeULL, 0x3343cc37516c4ULL, 0x241c5f91de018ULL } },
		  { { 0x2367f2cb61575ULL, 0x6c39ac04d87dfULL, 0x6d4958bd7e5bdULL, 0x566f4638a1532ULL, 0x3dcb65ea53030ULL } },
		  { { 0x0172940de6caaULL, 0x6045b2e67451bULL, 0x56c07463efcb3ULL, 0x0728b6bfe6e91ULL, 0x08420edd5fcdfULL } } },
		{ { { 0x0c34e04f410ceULL, 0x344edc0d0a06bULL, 0x6e45486d84d6dULL, 0x44e2ecb3863f5ULL, 0x04d654f321db8ULL } },
		  { { 0x720ab8362fa4aULL, 0x29c4347cdd9bfULL, 0x0e798ad5f8463ULL, 0x4fef18bcb0bfeULL, 0x0d9a53efbc176ULL } },
		  { { 0x5c116ddbdb5d5ULL, 0x6d1b4bba5abcfULL, 0x4d28a48a5537aULL, 0x56b8e5b040b99ULL, 0x4a7a4f2618991ULL } } },
		{ { { 0x3b291af372a4bULL, 0x60e3028fe4498ULL, 0x2267bca4f6a09ULL, 0x719eec242b243ULL, 0x4a96314223e0eULL } },
		  { { 0x718025fb15f95ULL, 0x68d6b8371fe94ULL, 0x3804448f7d97cULL, 0x42466fe784280ULL, 0x11b50c4cddd31ULL } },
		  { { 0x0274408a4ffd6ULL, 0x7d382aedb34ddULL, 0x40acfc9ce385dULL, 0x628bb99a45b1eULL, 0x4f4bce4dce6bcULL } } },
		{ { { 0x2616ec49d0b6fULL, 0x1f95d8462e61cULL, 0x1ad3e9b9159c6ULL, 0x79ba475a04df9ULL, 0x3042cee561595ULL } },
		  { { 0x7ce5ae2242584ULL, 0x2d25eb153d4e3ULL, 0x3a8f3d09ba9c9ULL, 0x0f3690d04eb8eULL, 0x73fcdd14b71c0ULL } },
		  { { 0x67079449bac41ULL, 0x5b79c4621484fULL, 0x61069f2156b8dULL, 0x0eb26573b10afULL, 0x389e740c9a9ceULL } } },
		{ { { 0x578f6570eac28ULL, 0x644f2339c3937ULL, 0x66e47b7956c2cULL, 0x34832fe1f55d0ULL, 0x25c425e5d6263ULL } },
		  { { 0x4b3ae34dcb9ceULL, 0x47c691a15ac9fULL, 0x318e06e5d400cULL, 0x3c422d9f83eb1ULL, 0x61545379465a6ULL } },
		  { { 0x606a6f1d7de6eULL, 0x4f1c0c46107e7ULL, 0x229b1dcfbe5d8ULL, 0x3acc60a7b1327ULL, 0x6539a08915484ULL } } },
		{ { { 0x4dbd414bb4a19ULL, 0x7930849f1dbb8ULL, 0x329c5a466caf0ULL, 0x6c824544feb9bULL, 0x0f65320ef019bULL } },
		  { { 0x21f74c3d2f773ULL, 0x024b88d08bd3aULL, 0x6e678cf054151ULL, 0x43631272e747cULL, 0x11c5e4aac5cd1ULL } },
		  { { 0x6d1b1cafde0c6ULL, 0x462c76a303a90ULL, 0x3ca4e693cff9bULL, 0x3952cd45786fdULL, 0x4cabc7bdec330ULL } } },
	},
	{
		{ { { 0x7788f3f78d289ULL, 0x5942809b3f811ULL, 0x5973277f8c29cULL, 0x010f93bc5fe67ULL, 0x7ee498165acb2ULL } },
		  { { 0x69624089c0a2eULL, 0x0075fc8e70473ULL, 0x13e84ab1d2313ULL, 0x2c10bedf6953bULL, 0x639b93f0321c8ULL } },
		  { { 0x508e39111a1c3ULL, 0x290120e912f7aULL, 0x1cbf464acae43ULL, 0x15373e9576157ULL, 0x0edf493c85b60ULL } } },
		{ { { 0x7c4d284764113ULL, 0x7fefebf06acecULL, 0x39afb7a824100ULL, 0x1b48e47e7fd65ULL, 0x04c00c54d1dfaULL } },
		  { { 0x48158599b5a68ULL, 0x1fd75bc41d5d9ULL, 0x2d9fc1fa95d3cULL, 0x7da27f20eba11ULL, 0x403b92e3019d4ULL } },
		  { { 0x22f818b465cf8ULL, 0x342901dff09b8ULL, 0x31f595dc683cdULL, 0x37a57745fd682ULL, 0x355bb12ab2617ULL } } },
		{ { { 0x1dac75a8c7318ULL, 0x3b679d5423460ULL, 0x6b8fcb7b6400eULL, 0x6c73783be5f9dULL, 0x7518eaf8e052aULL } },
		  { { 0x664cc7493bbf4ULL, 0x33d94761874e3ULL, 0x0179e1796f613ULL, 0x1890535e2867dULL, 0x0f9b8132182ecULL } },
		  { { 0x059c41b7f6c32ULL, 0x79e8706531491ULL, 0x6c747643cb582ULL, 0x2e20c0ad494e4ULL, 0x47c3871bbb175ULL } } },
		{ { { 0x65d50c85066b0ULL, 0x6167453361f7cULL, 0x06ba3818bb312ULL, 0x6aff29baa7522ULL, 0x08fea02ce8d48ULL } },
		  { { 0x4539771ec4f48ULL, 0x7b9318badca28ULL, 0x70f19afe016c5ULL, 0x4ee7bb1608d23ULL, 0x00b89b8576469ULL } },
		  { { 0x5dd7668deead0ULL, 0x4096d0ba47049ULL, 0x6275997219114ULL, 0x29bda8a67e6aeULL, 0x473829a74f75dULL } } },
		{ { { 0x1533aad3902c9ULL, 0x1dde06b11e47bULL, 0x784bed1930b77ULL, 0x1c80a92b9c867ULL, 0x6c668b4d44e4dULL } },
		  { { 0x2da754679c418ULL, 0x3164c31be105aULL, 0x11fac2b98ef5fULL, 0x35a1aaf779256ULL, 0x2078684c4833cULL } },
		  { { 0x0cf217a78820cULL, 0x65024e7d2e769ULL, 0x23bb5efdda82aULL, 0x19fd4b632d3c6ULL, 0x7411a6054f8a4ULL } } },
		{ { { 0x2e53d18b175b4ULL, 0x33e7254204af3ULL, 0x3bcd7d5a1c4c5ULL, 0x4c7c22af65d0fULL, 0x1ec9a872458c3ULL } },
		  { { 0x59d32b99dc86dULL, 0x6ac075e22a9acULL, 0x30b9220113371ULL, 0x27fd9a638966eULL, 0x7c136574fb813ULL } },
		  { { 0x6a4d400a2509bULL, 0x041791056971cULL, 0x655d5866e075cULL, 0x2302bf3e64df8ULL, 0x3add88a5c7cd6ULL } } },
		{ { { 0x298d459393046ULL, 0x30bfecb3d90b8ULL, 0x3d9b8ea3df8d6ULL, 0x3900e96511579ULL, 0x61ba1131a406aULL } },
		  { { 0x15770b635dcf2ULL, 0x59ecd83f79571ULL, 0x2db461c0b7fbdULL, 0x73a42a981345fULL, 0x249929fccc879ULL } },
		  { { 0x0a0f116959029ULL, 0x5974fd7b1347aULL, 0x1e0cc1c08edadULL, 0x673bdf8ad1f13ULL, 0x5620310cbbd8eULL } } },
		{ { { 0x6b5f477e285d6ULL, 0x4ed91ec326cc8ULL, 0x6d6537503a3fdULL, 0x626d3763988d5ULL, 0x7ec846f3658ceULL } },
		  { { 0x193434934d643ULL, 0x0d4a2445eaa51ULL, 0x7d0708ae76fe0ULL, 0x39847b6c3c7e1ULL, 0x37676a2a4d9d9ULL } },
		  { { 0x68f3f1da22ec7ULL, 0x6ed8039a2736bULL, 0x2627ee04c3c75ULL, 0x6ea90a647e7d1ULL, 0x6daaf723399b9ULL } } },
	},
	{
		{ { { 0x304bfacad8ea2ULL, 0x502917d108b07ULL, 0x043176ca6dd0fULL, 0x5d5158f2c1d84ULL, 0x2b5449e58eb3bULL } },
		  { { 0x27562eb3dbe47ULL, 0x291d7b4170be7ULL, 0x5d1ca67dfa8e1ULL, 0x2a88061f298a2ULL, 0x1304e9e71627dULL } },
		  { { 0x014d26adc9cfeULL, 0x7f1691ba16f13ULL, 0x5e71828f06eacULL, 0x349ed07f0fffcULL, 0x4468de2d7c2ddULL } } },
		{ { { 0x2d8c6f86307ceULL, 0x6286ba1850973ULL, 0x5e9dcb08444d4ULL, 0x1a96a543362b2ULL, 0x5da6427e63247ULL } },
		  { { 0x3355e9419469eULL, 0x1847bb8ea8a37ULL, 0x1fe6588cf9b71ULL, 0x6b1c9d2db6b22ULL, 0x6cce7c6ffb44bULL } },
		  { { 0x4c688deac22caULL, 0x6f775c3ff0352ULL, 0x565603ee419bbULL, 0x6544456c61c46ULL, 0x58f29abfe79f2ULL } } },
		{ { { 0x264bf710ecdf6ULL, 0x708c58527896bULL, 0x42ceae6c53394ULL, 0x4381b21e82b6aULL, 0x6af93724185b4ULL } },
		  { { 0x6cfab8de73e68ULL, 0x3e6efced4bd21ULL, 0x0056609500dbeULL, 0x71b7824ad85dfULL, 0x577629c4a7f41ULL } },
		  { { 0x0024509c6a888ULL, 0x2696ab12e6644ULL, 0x0cca27f4b80d8ULL, 0x0c7c1f11b119eULL, 0x701f25bb0caecULL } } },
		{ { { 0x0f6d97cbec113ULL, 0x4ce97fb7c93a3ULL, 0x139835a11281bULL, 0x728907ada9156ULL, 0x720a5bc050955ULL } },
		  { { 0x0b0f8e4616cedULL, 0x1d3c4b50fb875ULL, 0x2f29673dc0198ULL, 0x5f4b0f1830ffaULL, 0x2e0c92bfbdc40ULL } },
		  { { 0x709439b805a35ULL, 0x6ec48557f8187ULL, 0x08a4d1ba13a2cULL, 0x076348a0bf9aeULL, 0x0e9b9cbb144efULL } } },
		{ { { 0x69bd55db1beeeULL, 0x6e14e47f731bdULL, 0x1a35e47270eacULL, 0x66f225478df8eULL, 0x366d44191cfd3ULL } },
		  { { 0x2d48ffb5720adULL, 0x57b7f21a1df77ULL, 0x5550effba0645ULL, 0x5ec6a4098a931ULL, 0x221104eb3f337ULL } },
		  { { 0x41743f2bc8c14ULL, 0x796b0ad8773c7ULL, 0x29fee5cbb689bULL, 0x122665c178734ULL, 0x4167a4e6bc593ULL } } },
		{ { { 0x62665f8ce8feeULL, 0x29d101ac59857ULL, 0x4d93bbba59ffcULL, 0x17b7897373f17ULL, 0x34b33370cb7edULL } },
		  { { 0x39d2876f62700ULL, 0x001cecd1d6c87ULL, 0x7f01a11747675ULL, 0x2350da5a18190ULL, 0x7938bb7e22552ULL } },
		  { { 0x591ee8681d6ccULL, 0x39db0b4ea79b8ULL, 0x202220f380842ULL, 0x2f276ba42e0acULL, 0x1176fc6e2dfe6ULL } } },
		{ { { 0x0e28949770eb8ULL, 0x5559e88147b72ULL, 0x35e1e6e63ef30ULL, 0x35b109aa7ff6fULL, 0x1f6a3e54f2690ULL } },
		  { { 0x76cd05b9c619bULL, 0x69654b0901695ULL, 0x7a53710b77f27ULL, 0x79a1ea7d28175ULL, 0x08fc3a4c677d5ULL } },
		  { { 0x4c199d30734eaULL, 0x6c622cb9acc14ULL, 0x5660a55030216ULL, 0x068f1199f11fbULL, 0x4f2fad0116b90ULL } } },
		{ { { 0x4d91db73bb638ULL, 0x55f82538112c5ULL, 0x6d85a279815deULL, 0x740b7b0cd9cf9ULL, 0x3451995f2944eULL } },
		  { { 0x6b24194ae4e54ULL, 0x2230afded8897ULL, 0x23412617d5071ULL, 0x3d5d30f35969bULL, 0x445484a4972efULL } },
		  { { 0x2fcd09fea7d7cULL, 0x296126b9ed22aULL, 0x4a171012a05b2ULL, 0x1db92c74d5523ULL, 0x10b89ca604289ULL } } },
	},
	{
		{ { { 0x141be5a45f06eULL, 0x5adb38becaea7ULL, 0x3fd46db41f2bbULL, 0x6d488bbb5ce39ULL, 0x17d2d1d9ef0d4ULL } },
		  { { 0x147499718289cULL, 0x0a48a67e4c7abULL, 0x30fbc544bafe3ULL, 0x0c701315fe58aULL, 0x20b878d577b75ULL } },
		  { { 0x2af18073f3e6aULL, 0x33aea420d24feULL, 0x298008bf4ff94ULL, 0x3539171db961eULL, 0x72214f63cc65cULL } } },
		{ { { 0x5b7b9f43b29c9ULL, 0x149ea31eea3b3ULL, 0x4be7713581609ULL, 0x2d87960395e98ULL, 0x1f24ac855a154ULL } },
		  { { 0x37f405307a693ULL, 0x2e5e66cf2b69cULL, 0x5d84266ae9c53ULL, 0x5e4eb7de853b9ULL, 0x5fdf48c58171cULL } },
		  { { 0x608328e9505aaULL, 0x22182841dc49aULL, 0x3ec96891d2307ULL, 0x2f363fff22e03ULL, 0x00ba739e2ae39ULL } } },
		{ { { 0x426f5ea88bb26ULL, 0x33092e77f75c8ULL, 0x1a53940d819e7ULL, 0x1132e4f818613ULL, 0x72297de7d518dULL } },
		  { { 0x698de5c8790d6ULL, 0x268b8545beb25ULL, 0x6d2648b96fedfULL, 0x47988ad1db07cULL, 0x03283a3e67ad7ULL } },
		  { { 0x41dc7be0cb939ULL, 0x1b16c66100904ULL, 0x0a24c20cbc66dULL, 0x4a2e9efe48681ULL, 0x05e1296846271ULL } } },
		{ { { 0x7bbc8242c4550ULL, 0x59a06103b35b7ULL, 0x7237e4af32033ULL, 0x726421ab3537aULL, 0x78cf25d38258cULL } },
		  { { 0x2eeb32d9c495aULL, 0x79e25772f9750ULL, 0x6d747833bbf23ULL, 0x6cdd816d5d749ULL, 0x39c00c9c13698ULL } },
		  { { 0x66b8e31489d68ULL, 0x573857e10e2b5ULL, 0x13be816aa1472ULL, 0x41964d3ad4bf8ULL, 0x006b52076b3ffULL } } },
		{ { { 0x37e16b9ce082dULL, 0x1882f57853eb9ULL, 0x7d29eacd01fc5ULL, 0x2e76a59b5e715ULL, 0x7de2e9561a9f7ULL } },
		  { { 0x0cfe19d95781cULL, 0x312cc621c453cULL, 0x145ace6da077cULL, 0x0912bef9ce9b8ULL, 0x4d57e3443bc76ULL } },
		  { { 0x0d4f4b6a55ecbULL, 0x7ebb0bb733bceULL, 0x7ba6a05200549ULL, 0x4f6ede4e22069ULL, 0x6b2a90af1a602ULL } } },
		{ { { 0x3f3245bb2d80aULL, 0x0e5f720f36efdULL, 0x3b9cccf60c06dULL, 0x084e323f37926ULL, 0x465812c8276c2ULL } },
		  { { 0x3f4fc9ae61e97ULL, 0x3bc07ebfa2d24ULL, 0x3b744b55cd4a0ULL, 0x72553b25721f3ULL, 0x5fd8f4e9d12d3ULL } },
		  { { 0x3beb22a1062d9ULL, 0x6a7063b82c9a8ULL, 0x0a5a35dc197edULL, 0x3c80c06a53defULL, 0x05b32c2b1cb16ULL } } },
		{ { { 0x4a42c7ad58195ULL, 0x5c8667e799effULL, 0x02e5e74c850a1ULL, 0x3f0db614e869aULL, 0x31771a4856730ULL } },
		  { { 0x05eccd24da8fdULL, 0x580bbfdf07918ULL, 0x7e73586873c6aULL, 0x74ceddf77f93eULL, 0x3b5556a37b471ULL } },
		  { { 0x0c524e14dd482ULL, 0x283457496c656ULL, 0x0ad6bcfb6cd45ULL, 0x375d1e8b02414ULL, 0x4fc079d27a733ULL } } },
		{ { { 0x48b440c86c50dULL, 0x139929cca3b86ULL, 0x0f8f2e44cdf2fULL, 0x68432117ba6b2ULL, 0x241170c2bae3cULL } },
		  { { 0x138b089bf2f7fULL, 0x4a05bfd34ea39ULL, 0x203914c925ef5ULL, 0x7497fffe04e3cULL, 0x124567cecaf98ULL } },
		  { { 0x1ab860ac473b4ULL, 0x5c0227c86a7ffULL, 0x71b12bfc24477ULL, 0x006a573a83075ULL, 0x3f8612966c870ULL } } },
	},
	{
		{ { { 0x0fcfa36048d13ULL, 0x66e7133bbb383ULL, 0x64b42a8a45676ULL, 0x4ea6e4f9a85cfULL, 0x26f57eee878a1ULL } },
		  { { 0x20cc9782a0ddeULL, 0x65d4e3070aab3ULL, 0x7bc8e31547736ULL, 0x09ebfb1432d98ULL, 0x504aa77679736ULL } },
		  { { 0x32cd55687efb1ULL, 0x4448f5e2f6195ULL, 0x568919d460345ULL, 0x034c2e0ad1a27ULL, 0x4041943d9dba3ULL } } },
		{ { { 0x17743a26caaddULL, 0x48c9156f9c964ULL, 0x7ef278d1e9ad0ULL, 0x00ce58ea7bd01ULL, 0x12d931429800dULL } },
		  { { 0x0eeba43ebcc96ULL, 0x384dd5395f878ULL, 0x1df331a35d272ULL, 0x207ecfd4af70eULL, 0x1420a1d976843ULL } },
		  { { 0x67799d337594fULL, 0x01647548f6018ULL, 0x57fce5578f145ULL, 0x009220c142a71ULL, 0x1b4f92314359aULL } } },
		{ { { 0x73030a49866b1ULL, 0x2442be90b2679ULL, 0x77bd3d8947dcfULL, 0x1fb55c1552028ULL, 0x5ff191d56f9a2ULL } },
		  { { 0x4109d89150951ULL, 0x225bd2d2d47cbULL, 0x57cc080e73beaULL, 0x6d71075721fcbULL, 0x239b572a7f132ULL } },
		  { { 0x6d433ac2d9068ULL, 0x72bf930a47033ULL, 0x64facf4a20eadULL, 0x365f7a2b9402aULL, 0x020c526a758f3ULL } } },
		{ { { 0x1ef59f042cc89ULL, 0x3b1c24976dd26ULL, 0x31d665cb16272ULL, 0x28656e470c557ULL, 0x452cfe0a5602cULL } },
		  { { 0x034f89ed8dbbcULL, 0x73b8f948d8ef3ULL, 0x786c1d323caabULL, 0x43bd4a9266e51ULL, 0x02aacc4615313ULL } },
		  { { 0x0f7a0647877dfULL, 0x4e1cc0f93f0d4ULL, 0x7ec4726ef1190ULL, 0x3bdd58bf512f8ULL, 0x4cfb7d7b304b8ULL } } },
		{ { { 0x699c29789ef12ULL, 0x63beae321bc50ULL, 0x325c340adbb35ULL, 0x562e1a1e42bf6ULL, 0x5b1d4cbc434d3ULL } },
		  { { 0x43d6cb89b75feULL, 0x3338d5b900e56ULL, 0x38d327d531a53ULL, 0x1b25c61d51b9fULL, 0x14b4622b39075ULL } },
		  { { 0x32615cc0a9f26ULL, 0x57711b99cb6dfULL, 0x5a69c14e93c38ULL, 0x6e88980a4c599ULL, 0x2f98f71258592ULL } } },
		{ { { 0x2ae444f54a701ULL, 0x615397afbc5c2ULL, 0x60d7783f3f8fbULL, 0x2aa675fc486baULL, 0x1d8062e9e7614ULL } },
		  { { 0x4a74cb50f9e56ULL, 0x531d1c2640192ULL, 0x0c03d9d6c7fd2ULL, 0x57ccd156610c1ULL, 0x3a6ae249d806aULL } },
		  { { 0x2da85a9907c5aULL, 0x6b23721ec4cafULL, 0x4d2d3a4683aa2ULL, 0x7f9c6870efdefULL, 0x298b8ce8aef25ULL } } },
		{ { { 0x272ea0a2165deULL, 0x68179ef3ed06fULL, 0x4e2b9c0feac1eULL, 0x3ee290b1b63bbULL, 0x6ba6271803a7dULL } },
		  { { 0x27953eff70cb2ULL, 0x54f22ae0ec552ULL, 0x29f3da92e2724ULL, 0x242ca0c22bd18ULL, 0x34b8a8404d5ceULL } },
		  { { 0x6ecb583693335ULL, 0x3ec76bfdfb84dULL, 0x2c895cf56a04fULL, 0x6355149d54d52ULL, 0x71d62bdd465e1ULL } } },
		{ { { 0x5b5dab1f75ef5ULL, 0x1e2d60cbeb9a5ULL, 0x527c2175dfe57ULL, 0x59e8a2b8ff51fULL, 0x1c333621262b2ULL } },
		  { { 0x3cc28d378df80ULL, 0x72141f4968ca6ULL, 0x407696bdb6d0dULL, 0x5d271b22ffcfbULL, 0x74d5f317f3172ULL } },
		  { { 0x7e55467d9ca81ULL, 0x6a5653186f50dULL, 0x6b188ece62df1ULL, 0x4c66d36844971ULL, 0x4aebcc4547e9dULL } } },
	},
	{
		{ { { 0x08d9e7354b610ULL, 0x26b750b6dc168ULL, 0x162881e01acc9ULL, 0x7966df31d01a5ULL, 0x173bd9ddc9a1dULL } },
		  { { 0x0071b276d01c9ULL, 0x0b0d8918e025eULL, 0x75beea79ee2ebULL, 0x3c92984094db8ULL, 0x5d88fbf95a3dbULL } },
		  { { 0x00f1efe5872dfULL, 0x5da872318256aULL, 0x59ceb81635960ULL, 0x18cf37693c764ULL, 0x06e1cd13b19eaULL } } },
		{ { { 0x3af629e5b0353ULL, 0x204f1a088e8e5ULL, 0x10efc9ceea82eULL, 0x589863c2fa34bULL, 0x7f3a6a1a8d837ULL } },
		  { { 0x0ad516f166f23ULL, 0x263f56d57c81aULL, 0x13422384638caULL, 0x1331ff1af0a50ULL, 0x3080603526e16ULL } },
		  { { 0x644395d3d800bULL, 0x2b9203dbedefcULL, 0x4b18ce656a355ULL, 0x03f3466bc182cULL, 0x30d0fded2e513ULL } } },
		{ { { 0x4971e68b84750ULL, 0x52ccc9779f396ULL, 0x3e904ae8255c8ULL, 0x4ecae46f39339ULL, 0x4615084351c58ULL } },
		  { { 0x14d1af21233b3ULL, 0x1de1989b39c0bULL, 0x52669dc6f6f9eULL, 0x43434b28c3fc7ULL, 0x0a9214202c099ULL } },
		  { { 0x019c0aeb9a02eULL, 0x1a2c06995d792ULL, 0x664cbb1571c44ULL, 0x6ff0736fa80b2ULL, 0x3bca0d2895ca5ULL } } },
		{ { { 0x08eb69ecc01bfULL, 0x5b4c8912df38dULL, 0x5ea7f8bc2f20eULL, 0x120e516caafafULL, 0x4ea8b4038df28ULL } },
		  { { 0x031bc3c5d62a4ULL, 0x7d9fe0f4c081eULL, 0x43ed51467f22cULL, 0x1e6cc0c1ed109ULL, 0x5631deddae8f1ULL } },
		  { { 0x5460af1cad202ULL, 0x0b4919dd0655dULL, 0x7c4697d18c14cULL, 0x231c890bba2a4ULL, 0x24ce0930542caULL } } },
		{ { { 0x7a155fdf30b85ULL, 0x1c6c6e5d487f9ULL, 0x24be1134bdc5aULL, 0x1405970326f32ULL, 0x549928a7324f4ULL } },
		  { { 0x090f5fd06c106ULL, 0x6abb1021e43fdULL, 0x232bcfad711a0ULL, 0x3a5c13c047f37ULL, 0x41d4e3c28a06dULL } },
		  { { 0x632a763ee1a2eULL, 0x6fa4bffbd5e4dULL, 0x5fd35a6ba4792ULL, 0x7b55e1de99de8ULL, 0x491b66dec0dcfULL } } },
		{ { { 0x04a8ed0da64a1ULL, 0x5ecfc45096ebeULL, 0x5edee93b488b2ULL, 0x5b3c11a51bc8fULL, 0x4cf6b8b0b7018ULL } },
		  { { 0x5b13dc7ea32a7ULL, 0x18fc2db73131eULL, 0x7e3651f8f57e3ULL, 0x25656055fa965ULL, 0x08f338d0c85eeULL } },
		  { { 0x3a821991a73bdULL, 0x03be6418f5870ULL, 0x1ddc18eac9ef0ULL, 0x54ce09e998dc2ULL, 0x530d4a82eb078ULL } } },
		{ { { 0x173456c9abf9eULL, 0x7892015100dadULL, 0x33ee14095fecbULL, 0x6ad95d67a0964ULL, 0x0db3e7e00cbfbULL } },
		  { { 0x43630e1f94825ULL, 0x4d1956a6b4009ULL, 0x213fe2df8b5e0ULL, 0x05ce3a41191e6ULL, 0x65ea753f10177ULL } },
		  { { 0x6fc3ee2096363ULL, 0x7ec36b96d67acULL, 0x510ec6a0758b1ULL, 0x0ed87df022109ULL, 0x02a4ec1921e1aULL } } },
		{ { { 0x06162f1cf795fULL, 0x324ddcafe5eb9ULL, 0x018d5e0463218ULL, 0x7e78b9092428eULL, 0x36d12b5dec067ULL } },
		  { { 0x6259a3b24b8a2ULL, 0x188b5f4170b9cULL, 0x681c0dee15debULL, 0x4dfe665f37445ULL, 0x3d143c5112780ULL } },
		  { { 0x5279179154557ULL, 0x39f8f0741424dULL, 0x45e6eb357923dULL, 0x42c9b5edb746fULL, 0x2ef517885ba82ULL } } },
	},
	{
		{ { { 0x6bffb305b2f51ULL, 0x5b112b2d712ddULL, 0x35774974fe4e2ULL, 0x04af87a96e3a3ULL, 0x57968290bb3a0ULL } },
		  { { 0x7974e8c58aedcULL, 0x7757e083488c6ULL, 0x601c62ae7bc8bULL, 0x45370c2ecab74ULL, 0x2f1b78fab143aULL } },
		  { { 0x2b8430a20e101ULL, 0x1a49e1d88fee3ULL, 0x38bbb47ce4d96ULL, 0x1f0e7ba84d437ULL, 0x7dc43e35dc2aaULL } } },
		{ { { 0x02a5c273e9718ULL, 0x32bc9dfb28b4fULL, 0x48df4f8d5db1aULL, 0x54c87976c028fULL, 0x044fb81d82d50ULL } },
		  { { 0x66665887dd9c3ULL, 0x629760a6ab0b2ULL, 0x481e6c7243e6cULL, 0x097e37046fc77ULL, 0x7ef72016758ccULL } },
		  { { 0x718c5a907e3d9ULL, 0x3b9c98c6b383bULL, 0x006ed255eccdcULL, 0x6976538229a59ULL, 0x7f79823f9c30dULL } } },
		{ { { 0x41ff068f587baULL, 0x1c00a191bcd53ULL, 0x7b56f9c209e25ULL, 0x3781e5fccaabeULL, 0x64a9b0431c06dULL } },
		  { { 0x4d239a3b513e8ULL, 0x29723f51b1066ULL, 0x642f4cf04d9c3ULL, 0x4da095aa09b7aULL, 0x0a4e0373d784dULL } },
		  { { 0x3d6a15b7d2919ULL, 0x41aa75046a5d6ULL, 0x691751ec2d3daULL, 0x23638ab6721c4ULL, 0x071a7d0ace183ULL } } },
		{ { { 0x4355220e14431ULL, 0x0e1362a283981ULL, 0x2757cd8359654ULL, 0x2e9cd7ab10d90ULL, 0x7c69bcf761775ULL } },
		  { { 0x72daac887ba0bULL, 0x0b7f4ac5dda60ULL, 0x3bdda2c0498a4ULL, 0x74e67aa180160ULL, 0x2c3bcc7146ea7ULL } },
		  { { 0x0d7eb04e8295fULL, 0x4a5ea1e6fa0feULL, 0x45e635c436c60ULL, 0x28ef4a8d4d18bULL, 0x6f5a9a7322acaULL } } },
		{ { { 0x1d4eba3d944beULL, 0x0100f15f3dce5ULL, 0x61a700e367825ULL, 0x5922292ab3d23ULL, 0x02ab9680ee8d3ULL } },
		  { { 0x1000c2f41c6c5ULL, 0x0219fdf737174ULL, 0x314727f127de7ULL, 0x7e5277d23b81eULL, 0x494e21a2e147aULL } },
		  { { 0x48a85dde50d9aULL, 0x1c1f734493df4ULL, 0x47bdb64866889ULL, 0x59a7d048f8eecULL, 0x6b5d76cbea46bULL } } },
		{ { { 0x141171e782522ULL, 0x6806d26da7c1fULL, 0x3f31d1bc79ab9ULL, 0x09f20459f5168ULL, 0x16fb869c03dd3ULL } },
		  { { 0x7556cec0cd994ULL, 0x5eb9a03b7510aULL, 0x50ad1dd91cb71ULL, 0x1aa5780b48a47ULL, 0x0ae333f685277ULL } },
		  { { 0x6199733b60962ULL, 0x69b157c266511ULL, 0x64740f893f1caULL, 0x03aa408fbf684ULL, 0x3f81e38b8f70dULL } } },
		{ { { 0x37f355f17c824ULL, 0x07ae85334815bULL, 0x7e3abddd2e48fULL, 0x61eeabe1f45e5ULL, 0x0ad3e2d34cdedULL } },
		  { { 0x10fcc7ed9affeULL, 0x4248cb0e96ff2ULL, 0x4311c115172e2ULL, 0x4c9d41cbf6925ULL, 0x50510fc104f50ULL } },
		  { { 0x40fc5336e249dULL, 0x3386639fb2de1ULL, 0x7bbf871d17b78ULL, 0x75f796b7e8004ULL, 0x127c158bf0fa1ULL } } },
		{ { { 0x28fc4ae51b974ULL, 0x26e89bfd2dbd4ULL, 0x4e122a07665cfULL, 0x7cab1203405c3ULL, 0x4ed82479d167dULL } },
		  { { 0x17c422e9879a2ULL, 0x28a5946c8fec3ULL, 0x53ab32e912b77ULL, 0x7b44da09fe0a5ULL, 0x354ef87d07ef4ULL } },
		  { { 0x3b52260c5d975ULL, 0x79d6836171fdcULL, 0x7d994f140d4bbULL, 0x1b6c404561854ULL, 0x302d92d205392ULL } } },
	},
	{
		{ { { 0x46fb6e4e0f177ULL, 0x53497ad5265b7ULL, 0x1ebdba01386fcULL, 0x0302f0cb36a3cULL, 0x0edc5f5eb426dULL } },
		  { { 0x3c1a2bca4283dULL, 0x23430c7bb2f02ULL, 0x1a3ea1bb58bc2ULL, 0x7265763de5c61ULL, 0x10e5d3b76f1caULL } },
		  { { 0x3bfd653da8e67ULL, 0x584953ec82a8aULL, 0x55e288fa7707bULL, 0x5395fc3931d81ULL, 0x45b46c51361cbULL } } },
		{ { { 0x54ddd8a7fe3e4ULL, 0x2cecc41c619d3ULL, 0x43a6562ac4d91ULL, 0x4efa5aca7bdd9ULL, 0x5c1c0aef32122ULL } },
		  { { 0x02abf314f7fa1ULL, 0x391d19e8a1528ULL, 0x6a2fa13895fc7ULL, 0x09d8eddeaa591ULL, 0x2177bfa36dcb7ULL } },
		  { { 0x01bbcfa79db8fULL, 0x3d84beb3666e1ULL, 0x20c921d812204ULL, 0x2dd843d3b32ceULL, 0x4ae619387d8abULL } } },
		{ { { 0x17e44985bfb83ULL, 0x54e32c626cc22ULL, 0x096412ff38118ULL, 0x6b241d61a246aULL, 0x75685abe5ba43ULL } },
		  { { 0x3f6aa5344a32eULL, 0x69683680f11bbULL, 0x04c3581f623aaULL, 0x701af5875cba5ULL, 0x1a00d91b17bf3ULL } },
		  { { 0x60933eb61f2b2ULL, 0x5193fe92a4dd2ULL, 0x3d995a550f43eULL, 0x3556fb93a883dULL, 0x135529b623b0eULL } } },
		{ { { 0x716bce22e83feULL, 0x33d0130b83eb8ULL, 0x0952abad0afacULL, 0x309f64ed31b8aULL, 0x5972ea051590aULL } },
		  { { 0x0dbd7add1d518ULL, 0x119f823e2231eULL, 0x451d66e5e7de2ULL, 0x500c39970f838ULL, 0x79b5b81a65ca3ULL } },
		  { { 0x4ac20dc8f7811ULL, 0x29589a9f501faULL, 0x4d810d26a6b4aULL, 0x5ede00d96b259ULL, 0x4f7e9c95905f3ULL } } },
		{ { { 0x0443d355299feULL, 0x39b7d7d5aee39ULL, 0x692519a2f34ecULL, 0x6e4404924cf78ULL, 0x1942eec4a144aULL } },
		  { { 0x74bbc5781302eULL, 0x73135bb81ec4cULL, 0x7ef671b61483cULL, 0x7264614ccd729ULL, 0x31993ad92e638ULL } },
		  { { 0x45319ae234992ULL, 0x2219d47d24fb5ULL, 0x4f04488b06cf6ULL, 0x53aaa9e724a12ULL, 0x2a0a65314ef9cULL } } },
		{ { { 0x61acd3c1c793aULL, 0x58b46b78779e6ULL, 0x3369aacbe7af2ULL, 0x509b0743074d4ULL, 0x055dc39b6dea1ULL } },
		  { { 0x7937ff7f927c2ULL, 0x0c2fa14c6a5b6ULL, 0x556bddb6dd07cULL, 0x6f6acc179d108ULL, 0x4cf6e218647c2ULL } },
		  { { 0x1227cc28d5bb6ULL, 0x78ee9bff57623ULL, 0x28cb2241f893aULL, 0x25b541e3c6772ULL, 0x121a307710aa2ULL } } },
		{ { { 0x1713ec77483c9ULL, 0x6f70572d5facbULL, 0x25ef34e22ff81ULL, 0x54d944f141188ULL, 0x527bb94a6ced3ULL } },
		  { { 0x35d5e9f034a97ULL, 0x126069785bc9bULL, 0x5474ec7854ff0ULL, 0x296a302a348caULL, 0x333fc76c7a40eULL } },
		  { { 0x5992a995b482eULL, 0x78dc707002ac7ULL, 0x5936394d01741ULL, 0x4fba4281aef17ULL, 0x6b89069b20a7aULL } } },
		{ { { 0x2fa8cb5c7db77ULL, 0x718e6982aa810ULL, 0x39e95f81a1a1bULL, 0x5e794f3646cfbULL, 0x0473d308a7639ULL } },
		  { { 0x2a0416270220dULL, 0x75f248b69d025ULL, 0x1cbbc16656a27ULL, 0x5b9ffd6e26728ULL, 0x23bc2103aa73eULL } },
		  { { 0x6792603589e05ULL, 0x248db9892595dULL, 0x006a53cad2d08ULL, 0x20d0150f7ba73ULL, 0x102f73bfde043ULL } } },
	},
	{
		{ { { 0x4dae0b5511c9aULL, 0x5257fffe0d456ULL, 0x54108d1eb2180ULL, 0x096cc0f9baefaULL, 0x3f6bd725da4eaULL } },
		  { { 0x0b9ab7f5745c6ULL, 0x5caf0f8d21d63ULL, 0x7debea408ea2bULL, 0x09edb93896d16ULL, 0x36597d25ea5c0ULL } },
		  { { 0x58d7b106058acULL, 0x3cdf8d20bee69ULL, 0x00a4cb765015eULL, 0x36832337c7cc9ULL, 0x7b7ecc19da60dULL } } },
		{ { { 0x64a51a77cfa9bULL, 0x29cf470ca0db5ULL, 0x4b60b6e0898d9ULL, 0x55d04ddffe6c7ULL, 0x03bedc661bf5cULL } },
		  { { 0x2373c695c690dULL, 0x4c0c8520dcf18ULL, 0x384af4b7494b9ULL, 0x4ab4a8ea22225ULL, 0x4235ad7601743ULL } },
		  { { 0x0cb0d078975f5ULL, 0x292313e530c4bULL, 0x38dbb9124a509ULL, 0x350d0655a11f1ULL, 0x0e7ce2b0cdf06ULL } } },
		{ { { 0x6fedfd94b70f9ULL, 0x2383f9745bfd4ULL, 0x4beae27c4c301ULL, 0x75aa4416a3f3fULL, 0x615256138aeceULL } },
		  { { 0x4643ac48c85a3ULL, 0x6878c2735b892ULL, 0x3a53523f4d877ULL, 0x3a504ed8bee9dULL, 0x666e0a5d8fb46ULL } },
		  { { 0x3f64e4870cb0dULL, 0x61548b16d6557ULL, 0x7a261773596f3ULL, 0x7724d5f275d3aULL, 0x7f0bc810d514dULL } } },
		{ { { 0x49dad737213a0ULL, 0x745dee5d31075ULL, 0x7b1a55e7fdbe2ULL, 0x5ba988f176ea1ULL, 0x1d3a907ddec5aULL } },
		  { { 0x06ba426f4136fULL, 0x3cafc0606b720ULL, 0x518f0a2359cdaULL, 0x5fae5e46feca7ULL, 0x0d1f8dbcf8eedULL } },
		  { { 0x693313ed081dcULL, 0x5b0a366901742ULL, 0x40c872ca4ca7eULL, 0x6f18094009e01ULL, 0x00011b44a31bfULL } } },
		{ { { 0x61f696a0aa75cULL, 0x38b0a57ad42caULL, 0x1e59ab706fdc9ULL, 0x01308d46ebfcdULL, 0x63d988a2d2851ULL } },
		  { { 0x7a06c3fc66c0cULL, 0x1c9bac1ba47fbULL, 0x23935c575038eULL, 0x3f0bd71c59c13ULL, 0x3ac48d916e835ULL } },
		  { { 0x20753afbd232eULL, 0x71fbb1ed06002ULL, 0x39cae47a4af3aULL, 0x0337c0b34d9c2ULL, 0x33fad52b2368aULL } } },
		{ { { 0x4c8d0c422cfe8ULL, 0x760b4275971a5ULL, 0x3da95bc1cad3dULL, 0x0f151ff5b7376ULL, 0x3cc355ccb90a7ULL } },
		  { { 0x649c6c5e41e16ULL, 0x60667eee6aa80ULL, 0x4179d182be190ULL, 0x653d9567e6979ULL, 0x16c0f429a256dULL } },
		  { { 0x69443903e9131ULL, 0x16f4ac6f9dd36ULL, 0x2ea4912e29253ULL, 0x2b4643e68d25dULL, 0x631eaf426bae7ULL } } },
		{ { { 0x175b9a3700de8ULL, 0x77c5f00aa48fbULL, 0x3917785ca0317ULL, 0x05aa9b2c79399ULL, 0x431f2c7f665f8ULL } },
		  { { 0x10410da66fe9fULL, 0x24d82dcb4d67dULL, 0x3e6fe0e17752dULL, 0x4dade1ecbb08fULL, 0x5599648b1ea91ULL } },
		  { { 0x26344858f7b19ULL, 0x5f43d4a295ac0ULL, 0x242a75c52acd4ULL, 0x5934480220d10ULL, 0x7b04715f91253ULL } } },
		{ { { 0x6c280c4e6bac6ULL, 0x3ada3b361766eULL, 0x42fe5125c3b4fULL, 0x111d84d4aac22ULL, 0x48d0acfa57cdeULL } },
		  { { 0x5bd28acf6ae43ULL, 0x16fab8f56907dULL, 0x7acb11218d5f2ULL, 0x41fe02023b4dbULL, 0x59b37bf5c2f65ULL } },
		  { { 0x726e47dabe671ULL, 0x2ec45e746f6c1ULL, 0x6580e53c74686ULL, 0x5eda104673f74ULL, 0x16234191336d3ULL } } },
	},
	{
		{ { { 0x19cd61ff38640ULL, 0x060c6c4b41ba9ULL, 0x75cf70ca7366fULL, 0x118a8f16c011eULL, 0x4a25707a203b9ULL } },
		  { { 0x499def6267ff6ULL, 0x76e858108773cULL, 0x693cac5ddcb29ULL, 0x00311d00a9ff4ULL, 0x2cdfdfecd5d05ULL } },
		  { { 0x7668a53f6ed6aULL, 0x303ba2e142556ULL, 0x3880584c10909ULL, 0x4fe20000a261dULL, 0x5721896d248e4ULL } } },
		{ { { 0x55091a1d0da4eULL, 0x4f6bfc7c1050bULL, 0x64e4ecd2ea9beULL, 0x07eb1f28bbe70ULL, 0x03c935afc4b03ULL } },
		  { { 0x65517fd181baeULL, 0x3e5772c76816dULL, 0x019189640898aULL, 0x1ed2a84de7499ULL, 0x578edd74f63c1ULL } },
		  { { 0x276c6492b0c3dULL, 0x09bfc40bf932eULL, 0x588e8f11f330bULL, 0x3d16e694dc26eULL, 0x3ec2ab590288cULL } } },
		{ { { 0x13a09ae32d1cbULL, 0x3e81eb85ab4e4ULL, 0x07aaca43cae1fULL, 0x62f05d7526374ULL, 0x0e1bf66c6adbaULL } },
		  { { 0x0d27be4d87bb9ULL, 0x56c27235db434ULL, 0x72e6e0ea62d37ULL, 0x5674cd06ee839ULL, 0x2dd5c25a200fcULL } },
		  { { 0x3d5e9792c887eULL, 0x319724dabbc55ULL, 0x2b97c78680800ULL, 0x7afdfdd34e6ddULL, 0x730548b35ae88ULL } } },
		{ { { 0x3094ba1d6e334ULL, 0x6e126a7e3300bULL, 0x089c0aefcfbc5ULL, 0x2eea11f836583ULL, 0x585a2277d8784ULL } },
		  { { 0x551a3cba8b8eeULL, 0x3b6422be2d886ULL, 0x630e1419689bcULL, 0x4653b07a7a955ULL, 0x3043443b411dbULL } },
		  { { 0x25f8233d48962ULL, 0x6bd8f04aff431ULL, 0x4f907fd9a6312ULL, 0x40fd3c737d29bULL, 0x7656278950ef9ULL } } },
		{ { { 0x073a3ea86cf9dULL, 0x6e0e2abfb9c2eULL, 0x60e2a38ea33eeULL, 0x30b2429f3fe18ULL, 0x28bbf484b613fULL } },
		  { { 0x3cf59d51fc8c0ULL, 0x7a0a0d6de4718ULL, 0x55c3a3e6fb74bULL, 0x353135f884fd5ULL, 0x3f4160a8c1b84ULL } },
		  { { 0x12f5c6f136c7cULL, 0x0fedba237de4cULL, 0x779bccebfab44ULL, 0x3aea93f4d6909ULL, 0x1e79cb358188fULL } } },
		{ { { 0x153d8f5e08181ULL, 0x08533bbdb2efdULL, 0x1149796129431ULL, 0x17a6e36168643ULL, 0x478ab52d39d1fULL } },
		  { { 0x436c3eef7e3f1ULL, 0x7ffd3c21f0026ULL, 0x3e77bf20a2da9ULL, 0x418bffc8472deULL, 0x65d7951b3a3b3ULL } },
		  { { 0x6a4d39252d159ULL, 0x790e35900ecd4ULL, 0x30725bf977786ULL, 0x10a5c1635a053ULL, 0x16d87a411a212ULL } } },
		{ { { 0x4d5e2d54e0583ULL, 0x2e5d7b33f5f74ULL, 0x3a5de3f887ebfULL, 0x6ef24bd6139b7ULL, 0x1f990b577a5a6ULL } },
		  { { 0x57e5a42066215ULL, 0x1a18b44983677ULL, 0x3e652de1e6f8fULL, 0x6532be02ed8ebULL, 0x28f87c8165f38ULL } },
		  { { 0x44ead1be8f7d6ULL, 0x5759d4f31f466ULL, 0x0378149f47943ULL, 0x69f3be32b4f29ULL, 0x45882fe1534d6ULL } } },
		{ { { 0x49929943c6fe4ULL, 0x4347072545b15ULL, 0x3226bced7e7c5ULL, 0x03a134ced89dfULL, 0x7dcf843ce405fULL } },
		  { { 0x1345d757983d6ULL, 0x222f54234cccdULL, 0x1784a3d8adbb4ULL, 0x36ebeee8c2bccULL, 0x688fe5b8f626fULL } },
		  { { 0x0d6484a4732c0ULL, 0x7b94ac6532d92ULL, 0x5771b8754850fULL, 0x48dd9df1461c8ULL, 0x6739687e73271ULL } } },
	},
	{
		{ { { 0x5cc9dc80c1ac0ULL, 0x683671486d4cdULL, 0x76f5f1a5e8173ULL, 0x6d5d3f5f9df4aULL, 0x7da0b8f68d7e7ULL } },
		  { { 0x02014385675a6ULL, 0x6155fb53d1defULL, 0x37ea32e89927cULL, 0x059a668f5a82eULL, 0x46115aba1d4dcULL } },
		  { { 0x71953c3b5da76ULL, 0x6642233d37a81ULL, 0x2c9658076b1bdULL, 0x5a581e63010ffULL, 0x5a5f887e83674ULL } } },
		{ { { 0x628d3a0a643b9ULL, 0x01cd8640c93d2ULL, 0x0b7b0cad70f2cULL, 0x3864da98144beULL, 0x43e37ae2d5d1cULL } },
		  { { 0x301cf70a13d11ULL, 0x2a6a1ba1891ecULL, 0x2f291fb3f3ae0ULL, 0x21a7b814bea52ULL, 0x3669b656e44d1ULL } },
		  { { 0x63f06eda6e133ULL, 0x233342758070fULL, 0x098e0459cc075ULL, 0x4df5ead6c7c1bULL, 0x6a21e6cd4fd5eULL } } },
		{ { { 0x129126699b2e3ULL, 0x0ee11a2603de8ULL, 0x60ac2f5c74c21ULL, 0x59b192a196808ULL, 0x45371b07001e8ULL } },
		  { { 0x6170a3046e65fULL, 0x5401a46a49e38ULL, 0x20add5561c4a8ULL, 0x7abb4edde9e46ULL, 0x586bf9f1a195fULL } },
		  { { 0x3088d5ef8790bULL, 0x38c2126fcb4dbULL, 0x685bae149e3c3ULL, 0x0bcd601a4e930ULL, 0x0eafb03790e52ULL } } },
		{ { { 0x0805e0f75ae1dULL, 0x464cc59860a28ULL, 0x248e5b7b00befULL, 0x5d99675ef8f75ULL, 0x44ae3344c5435ULL } },
		  { { 0x555c13748042fULL, 0x4d041754232c0ULL, 0x521b430866907ULL, 0x3308e40fb9c39ULL, 0x309acc675a02cULL } },
		  { { 0x289b9bba543eeULL, 0x3ab592e28539eULL, 0x64d82abcdd83aULL, 0x3c78ec172e327ULL, 0x62d5221b7f946ULL } } },
		{ { { 0x5d4263af77a3cULL, 0x23fdd2289aeb0ULL, 0x7dc64f77eb9ecULL, 0x01bd28338402cULL, 0x14f29a5383922ULL } },
		  { { 0x4299c18d0936dULL, 0x5914183418a49ULL, 0x52a18c721aed5ULL, 0x2b151ba82976dULL, 0x5c0efde4bc754ULL } },
		  { { 0x17edc25b2d7f5ULL, 0x37336a6081beeULL, 0x7b5318887e5c3ULL, 0x49f6d491a5be1ULL, 0x5e72365c7bee0ULL } } },
		{ { { 0x339062f08b33eULL, 0x4bbf3e657cfb2ULL, 0x67af7f56e5967ULL, 0x4dbd67f9ed68fULL, 0x70b20555cb734ULL } },
		  { { 0x3fc074571217fULL, 0x3a0d29b2b6aebULL, 0x06478ccdde59dULL, 0x55e4d051bddfaULL, 0x77f1104c47b4eULL } },
		  { { 0x113c555112c4cULL, 0x7535103f9b7caULL, 0x140ed1d9a2108ULL, 0x02522333bc2afULL, 0x0e34398f4a064ULL } } },
		{ { { 0x30b093e4b1928ULL, 0x1ce7e7ec80312ULL, 0x4e575bdf78f84ULL, 0x61f7a190bed39ULL, 0x6f8aded6ca379ULL } },
		  { { 0x522d93ecebde8ULL, 0x024f045e0f6cfULL, 0x16db63426cfa1ULL, 0x1b93a1fd30fd8ULL, 0x5e5405368a362ULL } },
		  { { 0x0123dfdb7b29aULL, 0x4344356523c68ULL, 0x79a527921ee5fULL, 0x74bfccb3e817eULL, 0x780de72ec8d3dULL } } },
		{ { { 0x7eaf300f42772ULL, 0x5455188354ce3ULL, 0x4dcca4a3dcbacULL, 0x3d314d0bfebcbULL, 0x1defc6ad32b58ULL } },
		  { { 0x28545089ae7bcULL, 0x1e38fe9a0c15cULL, 0x12046e0e2377bULL, 0x6721c560aa885ULL, 0x0eb28bf671928ULL } },
		  { { 0x3be1aef5195a7ULL, 0x6f22f62bdb5ebULL, 0x39768b8523049ULL, 0x43394c8fbfdbdULL, 0x467d201bf8dd2ULL } } },
	},
	{
		{ { { 0x6f4bd567ae7a9ULL, 0x65ac89317b783ULL, 0x07d3b20fd8932ULL, 0x000f208326916ULL, 0x2ef9c5a5ba384ULL } },
		  { { 0x6919a74ef4fadULL, 0x59ed4611452bfULL, 0x691ec04ea09efULL, 0x3cbcb2700e984ULL, 0x71c43c4f5ba3cULL } },
		  { { 0x56df6fa9e74cdULL, 0x79c95e4cf56dfULL, 0x7be643bc609e2ULL, 0x149c12ad9e878ULL, 0x5a758ca390c5fULL } } },
		{ { { 0x0918b1d61dc94ULL, 0x0d350260cd19cULL, 0x7a2ab4e37b4d9ULL, 0x21fea735414d7ULL, 0x0a738027f639dULL } },
		  { { 0x72710d9462495ULL, 0x25aafaa007456ULL, 0x2d21f28eaa31bULL, 0x17671ea005fd0ULL, 0x2dbae244b3eb7ULL } },
		  { { 0x74a2f57ffe1ccULL, 0x1bc3073087301ULL, 0x7ec57f4019c34ULL, 0x34e082e1fa524ULL, 0x2698ca635126aULL } } },
		{ { { 0x5702f5e3dd90eULL, 0x31c9a4a70c5c7ULL, 0x136a5aa78fc24ULL, 0x1992f3b9f7b01ULL, 0x3c004b0c4afa3ULL } },
		  { { 0x5318832b0ba78ULL, 0x6f24b9ff17cecULL, 0x0a47f30e060c7ULL, 0x58384540dc8d0ULL, 0x1fb43dcc49caeULL } },
		  { { 0x146ac06f4b82bULL, 0x4b500d89e7355ULL, 0x3351e1c728a12ULL, 0x10b9f69932fe3ULL, 0x6b43fd01cd1fdULL } } },
		{ { { 0x742583e760ef3ULL, 0x73dc1573216b8ULL, 0x4ae48fdd7714aULL, 0x4f85f8a13e103ULL, 0x73420b2d6ff0dULL } },
		  { { 0x75d4b4697c544ULL, 0x11be1fff7f8f4ULL, 0x119e16857f7e1ULL, 0x38a14345cf5d5ULL, 0x5a68d7105b52fULL } },
		  { { 0x4f6cb9e851e06ULL, 0x278c4471895e5ULL, 0x7efcdce3d64e4ULL, 0x64f6d455c4b4cULL, 0x3db5632fea34bULL } } },
		{ { { 0x190b1829825d5ULL, 0x0e7d3513225c9ULL, 0x1c12be3b7abaeULL, 0x58777781e9ca6ULL, 0x59197ea495df2ULL } },
		  { { 0x6ee2bf75dd9d8ULL, 0x6c72ceb34be8dULL, 0x679c9cc345ec7ULL, 0x7898df96898a4ULL, 0x04321adf49d75ULL } },
		  { { 0x16019e4e55aaeULL, 0x74fc5f25d209cULL, 0x4566a939ded0dULL, 0x66063e716e0b7ULL, 0x45eafdc1f4d70ULL } } },
		{ { { 0x64624cfccb1edULL, 0x257ab8072b6c1ULL, 0x0120725676f0aULL, 0x4a018d04e8eeeULL, 0x3f73ceea5d56dULL } },
		  { { 0x401858045d72bULL, 0x459e5e0ca2d30ULL, 0x488b719308beaULL, 0x56f4a0d1b32b5ULL, 0x5a5eebc80362dULL } },
		  { { 0x7bfd10a4e8dc6ULL, 0x7c899366736f4ULL, 0x55ebbeaf95c01ULL, 0x46db060903f8aULL, 0x2605889126621ULL } } },
		{ { { 0x18e3cc676e542ULL, 0x26079d995a990ULL, 0x04a7c217908b2ULL, 0x1dc7603e6655aULL, 0x0dedfa10b2444ULL } },
		  { { 0x704a68360ff04ULL, 0x3cecc3cde8b3eULL, 0x21cd5470f64ffULL, 0x6abc18d953989ULL, 0x54ad0c2e4e615ULL } },
		  { { 0x367d5b82b522aULL, 0x0d3f4b83d7dc7ULL, 0x3067f4cdbc58dULL, 0x20452da697937ULL, 0x62ecb2baa77a9ULL } } },
		{ { { 0x72836afb62874ULL, 0x0af3c2094b240ULL, 0x0c285297f357aULL, 0x7cc2d5680d6e3ULL, 0x61913d5075663ULL } },
		  { { 0x5795261152b3dULL, 0x7a1dbbafa3cbdULL, 0x5ad31c52588d5ULL, 0x45f3a4164685cULL, 0x2e59f919a966dULL } },
		  { { 0x62d361a3231daULL, 0x65284004e01b8ULL, 0x656533be91d60ULL, 0x6ae016c00a89fULL, 0x3ddbc2a131c05ULL } } },
	},
	{
		{ { { 0x257a22796bb14ULL, 0x6f360fb443e75ULL, 0x680e47220eaeaULL, 0x2fcf2a5f10c18ULL, 0x5ee7fb38d8320ULL } },
		  { { 0x40ff9ce5ec54bULL, 0x57185e261b35bULL, 0x3e254540e70a9ULL, 0x1b5814003e3f8ULL, 0x78968314ac04bULL } },
		  { { 0x5fdcb41446a8eULL, 0x5286926ff2a71ULL, 0x0f231e296b3f6ULL, 0x684a357c84693ULL, 0x61d0633c9bca0ULL } } },
		{ { { 0x328bcf8fc73dfULL, 0x3b4de06ff95b4ULL, 0x30aa427ba11a5ULL, 0x5ee31bfda6d9cULL, 0x5b23ac2df8067ULL } },
		  { { 0x44935ffdb2566ULL, 0x12f016d176c6eULL, 0x4fbb00f16f5aeULL, 0x3fab78d99402aULL, 0x6e965fd847aedULL } },
		  { { 0x2b953ee80527bULL, 0x55f5bcdb1b35aULL, 0x43a0b3fa23c66ULL, 0x76e07388b820aULL, 0x79b9bbb9dd95dULL } } },
		{ { { 0x17dae8e9f7374ULL, 0x719f76102da33ULL, 0x5117c2a80ca8bULL, 0x41a66b65d0936ULL, 0x1ba811460accbULL } },
		  { { 0x355406a3126c2ULL, 0x50d1918727d76ULL, 0x6e5ea0b498e0eULL, 0x0a3b6063214f2ULL, 0x5065f158c9fd2ULL } },
		  { { 0x169fb0c429954ULL, 0x59aedd9ecee10ULL, 0x39916eb851802ULL, 0x57917555cc538ULL, 0x3981f39e58a4fULL } } },
		{ { { 0x5dfa56de66fdeULL, 0x0058809075908ULL, 0x6d3d8cb854a94ULL, 0x5b2f4e970b1e3ULL, 0x30f4452edcbc1ULL } },
		  { { 0x38a7559230a93ULL, 0x52c1cde8ba31fULL, 0x2a4f2d4745a3dULL, 0x07e9d42d4a28aULL, 0x38dc083705acdULL } },
		  { { 0x52782c5759740ULL, 0x53f3397d990adULL, 0x3a939c7e84d15ULL, 0x234c4227e39e0ULL, 0x632d9a1a593f2ULL } } },
		{ { { 0x1fd11ed0c84a7ULL, 0x021b3ed2757e1ULL, 0x73e1de58fc1c6ULL, 0x5d110c84616abULL, 0x3a5a7df28af64ULL } },
		  { { 0x36b15b807cba6ULL, 0x3f78a9e1afed7ULL, 0x0a59c2c608f1fULL, 0x52bdd8ecb81b7ULL, 0x0b24f48847ed4ULL } },
		  { { 0x2d4be511beac7ULL, 0x6bda4d99e5b9bULL, 0x17e6996914e01ULL, 0x7b1f0ce7fcf80ULL, 0x34fcf74475481ULL } } },
		{ { { 0x31dab78cfaa98ULL, 0x4e3216e5e54b7ULL, 0x249823973b689ULL, 0x2584984e48885ULL, 0x0119a3042fb37ULL } },
		  { { 0x7e04c789767caULL, 0x1671b28cfb832ULL, 0x7e57ea2e1c537ULL, 0x1fbaaef444141ULL, 0x3d3bdc164dfa6ULL } },
		  { { 0x2d89ce8c2177dULL, 0x6cd12ba182cf4ULL, 0x20a8ac19a7697ULL, 0x539fab2cc72d9ULL, 0x56c088f1ede20ULL } } },
		{ { { 0x35fac24f38f02ULL, 0x7d75c6197ab03ULL, 0x33e4bc2a42fa7ULL, 0x1c7cd10b48145ULL, 0x038b7ea483590ULL } },
		  { { 0x53d1110a86e17ULL, 0x6416eb65f466dULL, 0x41ca6235fce20ULL, 0x5c3fc8a99bb12ULL, 0x09674c6b99108ULL } },
		  { { 0x6f82199316ff8ULL, 0x05d54f1a9f3e9ULL, 0x3bcc5d0bd274aULL, 0x5b284b8d2d5adULL, 0x6e5e31025969eULL } } },
		{ { { 0x4fb0e63066222ULL, 0x130f59747e660ULL, 0x041868fecd41aULL, 0x3105e8c923bc6ULL, 0x3058ad43d1838ULL } },
		  { { 0x462f587e593fbULL, 0x3d94ba7ce362dULL, 0x330f9b52667b7ULL, 0x5d45a48e0f00aULL, 0x08f5114789a8dULL } },
		  { { 0x40ffde57663d0ULL, 0x71445d4c20647ULL, 0x2653e68170f7cULL, 0x64cdee3c55ed6ULL, 0x26549fa4efe3dULL } } },
	},
	{
		{ { { 0x68549af3f666eULL, 0x09e2941d4bb68ULL, 0x2e8311f5dff3cULL, 0x6429ef91ffbd2ULL, 0x3a10dfe132ce3ULL } },
		  { { 0x55a461e6bf9d6ULL, 0x78eeef4b02e83ULL, 0x1d34f648c16cfULL, 0x07fea2aba5132ULL, 0x1926e1dc6401eULL } },
		  { { 0x74e8aea17cea0ULL, 0x0c743f83fbc0fULL, 0x7cb03c4bf5455ULL, 0x68a8ba9917e98ULL, 0x1fa1d01d861e5ULL } } },
		{ { { 0x4ac00d1df94abULL, 0x3ba2101bd271bULL, 0x7578988b9c4afULL, 0x0f2bf89f49f7eULL, 0x73fced18ee9a0ULL } },
		  { { 0x055947d599832ULL, 0x346fe2aa41990ULL, 0x0164c8079195bULL, 0x799ccfb7bba27ULL, 0x773563bc6a75cULL } },
		  { { 0x1e90863139cb3ULL, 0x4f8b407d9a0d6ULL, 0x58e24ca924f69ULL, 0x7a246bbe76456ULL, 0x1f426b701b864ULL } } },
		{ { { 0x635c891a12552ULL, 0x26aebd38ede2fULL, 0x66dc8faddae05ULL, 0x21c7d41a03786ULL, 0x0b76bb1b3fa7eULL } },
		  { { 0x1264c41911c01ULL, 0x702f44584bdf9ULL, 0x43c511fc68edeULL, 0x0482c3aed35f9ULL, 0x4e1af5271d31bULL } },
		  { { 0x0c1f97f92939bULL, 0x17a88956dc117ULL, 0x6ee005ef99dc7ULL, 0x4aa9172b231ccULL, 0x7b6dd61eb772aULL } } },
		{ { { 0x0abf9ab01d2c7ULL, 0x3880287630ae6ULL, 0x32eca045beddbULL, 0x57f43365f32d0ULL, 0x53fa9b659bff6ULL } },
		  { { 0x5c1e850f33d92ULL, 0x1ec119ab9f6f5ULL, 0x7f16f6de663e9ULL, 0x7a7d6cb16dec6ULL, 0x703e9bceaf1d2ULL } },
		  { { 0x4c8e994885455ULL, 0x4ccb5da9cad82ULL, 0x3596bc610e975ULL, 0x7a80c0ddb9f5eULL, 0x398d93e5c4c61ULL } } },
		{ { { 0x77c60d2e7e3f2ULL, 0x4061051763870ULL, 0x67bc4e0ecd2aaULL, 0x2bb941f1373b9ULL, 0x699c9c9002c30ULL } },
		  { { 0x3d16733e248f3ULL, 0x0e2b7e14be389ULL, 0x42c0ddaf6784aULL, 0x589ea1fc67850ULL, 0x53b09b5ddf191ULL } },
		  { { 0x6a7235946f1ccULL, 0x6b99cbb2fbe60ULL, 0x6d3a5d6485c62ULL, 0x4839466e923c0ULL, 0x51caf30c6fcddULL } } },
		{ { { 0x2f99a18ac54c7ULL, 0x398a39661ee6fULL, 0x384331e40cde3ULL, 0x4cd15c4de19a6ULL, 0x12ae29c189f8eULL } },
		  { { 0x3a7427674e00aULL, 0x6142f4f7e74c1ULL, 0x4cc93318c3a15ULL, 0x6d51bac2b1ee7ULL, 0x5504aa292383fULL } },
		  { { 0x6c0cb1f0d01cfULL, 0x187469ef5d533ULL, 0x27138883747bfULL, 0x2f52ae53a90e8ULL, 0x5fd14fe958ebaULL } } },
		{ { { 0x2fe5ebf93cb8eULL, 0x226da8acbe788ULL, 0x10883a2fb7ea1ULL, 0x094707842cf44ULL, 0x7dd73f960725dULL } },
		  { { 0x42ddf2845ab2cULL, 0x6214ffd3276bbULL, 0x00b8d181a5246ULL, 0x268a6d579eb20ULL, 0x093ff26e58647ULL } },
		  { { 0x524fe68059829ULL, 0x65b75e47cb621ULL, 0x15eb0a5d5cc19ULL, 0x05209b3929d5aULL, 0x2f59bcbc86b47ULL } } },
		{ { { 0x1d560b691c301ULL, 0x7f5bafce3ce08ULL, 0x4cd561614806cULL, 0x4588b6170b188ULL, 0x2aa55e3d01082ULL } },
		  { { 0x47d429917135fULL, 0x3eacfa07af070ULL, 0x1deab46b46e44ULL, 0x7a53f3ba46cdfULL, 0x5458b42e2e51aULL } },
		  { { 0x192e60c07444fULL, 0x5ae8843a21daaULL, 0x6d721910b1538ULL, 0x3321a95a6417eULL, 0x13e9004a8a768ULL } } },
	},
	{
		{ { { 0x600c9193b877fULL, 0x21c1b8a0d7765ULL, 0x379927fb38ea2ULL, 0x70d7679dbe01bULL, 0x5f46040898de9ULL } },
		  { { 0x58845832fcedbULL, 0x135cd7f0c6e73ULL, 0x53ffbdfe8e35bULL, 0x22f195e06e55bULL, 0x73937e8814bceULL } },
		  { { 0x37116297bf48dULL, 0x45a9e0d069720ULL, 0x25af71aa744ecULL, 0x41af0cb8aaba3ULL, 0x2cf8a4e891d5eULL } } },
		{ { { 0x5487e17d06ba2ULL, 0x3872a032d6596ULL, 0x65e28c09348e0ULL, 0x27b6bb2ce40c2ULL, 0x7a6f7f2891d6aULL } },
		  { { 0x3fd8707110f67ULL, 0x26f8716a92db2ULL, 0x1cdaa1b753027ULL, 0x504be58b52661ULL, 0x2049bd6e58252ULL } },
		  { { 0x1fd8d6a9aef49ULL, 0x7cb67b7216fa1ULL, 0x67aff53c3b982ULL, 0x20ea610da9628ULL, 0x6011aadfc5459ULL } } },
		{ { { 0x6d0c802cbf890ULL, 0x141bfed554c7bULL, 0x6dbb667ef4263ULL, 0x58f3126857edcULL, 0x69ce18b779340ULL } },
		  { { 0x7926dcf95f83cULL, 0x42e25120e2becULL, 0x63de96df1fa15ULL, 0x4f06b50f3f9ccULL, 0x6fc5cc1b0b62fULL } },
		  { { 0x75528b29879cbULL, 0x79a8fd2125a3dULL, 0x27c8d4b746ab8ULL, 0x0f8893f02210cULL, 0x15596b3ae5710ULL } } },
		{ { { 0x731167e5124caULL, 0x17b38e8bbe13fULL, 0x3d55b942f9056ULL, 0x09c1495be913fULL, 0x3aa4e241afb6dULL } },
		  { { 0x739d23f9179a2ULL, 0x632fadbb9e8c4ULL, 0x7c8522bfe0c48ULL, 0x6ed0983ef5aa9ULL, 0x0d2237687b5f4ULL } },
		  { { 0x138bf2a3305f5ULL, 0x1f45d24d86598ULL, 0x5274bad2160feULL, 0x1b6041d58d12aULL, 0x32fcaa6e4687aULL } } },
		{ { { 0x7a4732787ccdfULL, 0x11e427c7f0640ULL, 0x03659385f8c64ULL, 0x5f4ead9766bfbULL, 0x746f6336c2600ULL } },
		  { { 0x56e8dc57d9af5ULL, 0x5b3be17be4f78ULL, 0x3bf928cf82f4bULL, 0x52e55600a6f11ULL, 0x4627e9cefebd6ULL } },
		  { { 0x2f345ab6c971cULL, 0x653286e63e7e9ULL, 0x51061b78a23adULL, 0x14999acb54501ULL, 0x7b4917007ed66ULL } } },
		{ { { 0x41b28dd53a2ddULL, 0x37be85f87ea86ULL, 0x74be3d2a85e41ULL, 0x1be87fac96ca6ULL, 0x1d03620fe08cdULL } },
		  { { 0x5fb5cab84b064ULL, 0x2513e778285b0ULL, 0x457383125e043ULL, 0x6bda3b56e223dULL, 0x122ba376f844fULL } },
		  { { 0x232cda2b4e554ULL, 0x0422ba30ff840ULL, 0x751e7667b43f5ULL, 0x6261755da5f3eULL, 0x02c70bf52b68eULL } } },
		{ { { 0x532bf458d72e1ULL, 0x40f96e796b59cULL, 0x22ef79d6f9da3ULL, 0x501ab67beca77ULL, 0x6b0697e3feb43ULL } },
		  { { 0x7ec4b5d0b2fbbULL, 0x200e910595450ULL, 0x742057105715eULL, 0x2f07022530f60ULL, 0x26334f0a409efULL } },
		  { { 0x0f04adf62a3c0ULL, 0x5e0edb48bb6d9ULL, 0x7c34aa4fbc003ULL, 0x7d74e4e5cac24ULL, 0x1cc37f43441b2ULL } } },
		{ { { 0x656f1c9ceaeb9ULL, 0x7031cacad5aecULL, 0x1308cd0716c57ULL, 0x41c1373941942ULL, 0x3a346f772f196ULL } },
		  { { 0x7565a5cc7324fULL, 0x01ca0d5244a11ULL, 0x116b067418713ULL, 0x0a57d8c55edaeULL, 0x6c6809c103803ULL } },
		  { { 0x55112e2da6ac8ULL, 0x6363d0a3dba5aULL, 0x319c98ba6f40cULL, 0x2e84b03a36ec7ULL, 0x05911b9f6ef7cULL } } },
	},
	{
		{ { { 0x1acf3512eeaefULL, 0x2639839692a69ULL, 0x669a234830507ULL, 0x68b920c0603d4ULL, 0x555ef9d1c64b2ULL } },
		  { { 0x39983f5df0ebbULL, 0x1ea2589959826ULL, 0x6ce638703cdd6ULL, 0x6311678898505ULL, 0x6b3cecf9aa270ULL } },
		  { { 0x770ba3b73bd08ULL, 0x11475f7e186d4ULL, 0x0251bc9892bbcULL, 0x24eab9bffcc5aULL, 0x675f4de133817ULL } } },
		{ { { 0x7f6d93bdab31dULL, 0x1f3aca5bfd425ULL, 0x2fa521c1c9760ULL, 0x62180ce27f9cdULL, 0x60f450b882cd3ULL } },
		  { { 0x452036b1782fcULL, 0x02d95b07681c5ULL, 0x5901cf99205b2ULL, 0x290686e5eecb4ULL, 0x13d99df70164cULL } },
		  { { 0x35ec321e5c0caULL, 0x13ae337f44029ULL, 0x4008e813f2da7ULL, 0x640272f8e0c3aULL, 0x1c06de9e55edaULL } } },
		{ { { 0x52b40ff6d69aaULL, 0x31b8809377ffaULL, 0x536625cd14c2cULL, 0x516af252e17d1ULL, 0x78096f8e7d32bULL } },
		  { { 0x77ad6a33ec4e2ULL, 0x717c5dc11d321ULL, 0x4a114559823e4ULL, 0x306ce50a1e2b1ULL, 0x4cf38a1fec2dbULL } },
		  { { 0x2aa650dfa5ce7ULL, 0x54916a8f19415ULL, 0x00dc96fe71278ULL, 0x55f2784e63eb8ULL, 0x373cad3a26091ULL } } },
		{ { { 0x6a8fb89ddbbadULL, 0x78c35d5d97e37ULL, 0x66e3674ef2cb2ULL, 0x34347ac53dd8fULL, 0x21547eda5112aULL } },
		  { { 0x4634d82c9f57cULL, 0x4249268a6d652ULL, 0x6336d687f2ff7ULL, 0x4fe4f4e26d9a0ULL, 0x0040f3d945441ULL } },
		  { { 0x5e939fd5986d3ULL, 0x12a2147019bdfULL, 0x4c466e7d09cb2ULL, 0x6fa5b95d203ddULL, 0x63550a334a254ULL } } },
		{ { { 0x2584572547b49ULL, 0x75c58811c1377ULL, 0x4d3c637cc171bULL, 0x33d30747d34e3ULL, 0x39a92bafaa7d7ULL } },
		  { { 0x7d6edb569cf37ULL, 0x60194a5dc2ca0ULL, 0x5af59745e10a6ULL, 0x7a8f53e004875ULL, 0x3eea62c7daf78ULL } },
		  { { 0x4c713e693274eULL, 0x6ed1b7a6eb3a4ULL, 0x62ace697d8e15ULL, 0x266b8292ab075ULL, 0x68436a0665c9cULL } } },
		{ { { 0x6d317e820107cULL, 0x090815d2ca3caULL, 0x03ff1eb1499a1ULL, 0x23960f050e319ULL, 0x5373669c91611ULL } },
		  { { 0x235e8202f3f27ULL, 0x44c9f2eb61780ULL, 0x630905b1d7003ULL, 0x4fcc8d274ead1ULL, 0x17b6e7f68ab78ULL } },
		  { { 0x014ab9a0e5257ULL, 0x09939567f8ba5ULL, 0x4b47b2a423c82ULL, 0x688d7e57ac42dULL, 0x1cb4b5a678f87ULL } } },
		{ { { 0x4aa62a2a007e7ULL, 0x61e0e38f62d6eULL, 0x02f888fcc4782ULL, 0x7562b83f21c00ULL, 0x2dc0fd2d82ef6ULL } },
		  { { 0x4c06b394afc6cULL, 0x4931b4bf636ccULL, 0x72b60d0322378ULL, 0x25127c6818b25ULL, 0x330bca78de743ULL } },
		  { { 0x6ff841119744eULL, 0x2c560e8e49305ULL, 0x7254fefe5a57aULL, 0x67ae2c560a7dfULL, 0x3c31be1b369f1ULL } } },
		{ { { 0x0bc93f9cb4272ULL, 0x3f8f9db73182dULL, 0x2b235eabae1c4ULL, 0x2ddbf8729551aULL, 0x41cec1097e7d5ULL } },
		  { { 0x4864d08948aeeULL, 0x5d237438df61eULL, 0x2b285601f7067ULL, 0x25dbcbae6d753ULL, 0x330b61134262dULL } },
		  { { 0x619d7a26d808aULL, 0x3c3b3c2adbef2ULL, 0x6877c9eec7f52ULL, 0x3beb9ebe1b66dULL, 0x26b44cd91f287ULL } } },
	},
	{
		{ { { 0x7f29362730383ULL, 0x7fd7951459c36ULL, 0x7504c512d49e7ULL, 0x087ed7e3bc55fULL, 0x7deb10149c726ULL } },
		  { { 0x048478f387475ULL, 0x69397d9678a3eULL, 0x67c8156c976f3ULL, 0x2eb4d5589226cULL, 0x2c709e6c1c10aULL } },
		  { { 0x2af6a8766ee7aULL, 0x08aaa79a1d96cULL, 0x42f92d59b2fb0ULL, 0x1752c40009c07ULL, 0x08e68e9ff62ceULL } } },
		{ { { 0x509d50ab8f2f9ULL, 0x1b8ab247be5e5ULL, 0x5d9b2e6b2e486ULL, 0x4faa5479a1339ULL, 0x4cb13bd738f71ULL } },
		  { { 0x5500a4bc130adULL, 0x127a17a938695ULL, 0x02a26fa34e36dULL, 0x584d12e1ecc28ULL, 0x2f1f3f87eeba3ULL } },
		  { { 0x48c75e515b64aULL, 0x75b6952071ef0ULL, 0x5d46d42965406ULL, 0x7746106989f9fULL, 0x19a1e353c0ae2ULL } } },
		{ { { 0x172cdd596bdbdULL, 0x0731ddf881684ULL, 0x10426d64f8115ULL, 0x71a4fd8a9a3daULL, 0x736bd3990266aULL } },
		  { { 0x47560bafa05c3ULL, 0x418dcabcc2fa3ULL, 0x35991cecf8682ULL, 0x24371a94b8c60ULL, 0x41546b11c20c3ULL } },
		  { { 0x32d509334b3b4ULL, 0x16c102cae70aaULL, 0x1720dd51bf445ULL, 0x5ae662faf9821ULL, 0x412295a2b87faULL } } },
		{ { { 0x55261e293eac6ULL, 0x06426759b65ccULL, 0x40265ae116a48ULL, 0x6c02304bae5bcULL, 0x0760bb8d195adULL } },
		  { { 0x19b88f57ed6e9ULL, 0x4cdbf1904a339ULL, 0x42b49cd4e4f2cULL, 0x71a2e771909d9ULL, 0x14e153ebb52d2ULL } },
		  { { 0x61a17cde6818aULL, 0x53dad34108827ULL, 0x32b32c55c55b6ULL, 0x2f9165f9347a3ULL, 0x6b34be9bc33acULL } } },
		{ { { 0x469656571f2d3ULL, 0x0aa61ce6f423fULL, 0x3f940d71b27a1ULL, 0x185f19d73d16aULL, 0x01b9c7b62e6ddULL } },
		  { { 0x72f643a78c0b2ULL, 0x3de45c04f9e7bULL, 0x706d68d30fa5cULL, 0x696f63e8e2f24ULL, 0x2012c18f0922dULL } },
		  { { 0x355e55ac89d29ULL, 0x3e8b414ec7101ULL, 0x39db07c520c90ULL, 0x6f41e9b77efe1ULL, 0x08af5b784e4baULL } } },
		{ { { 0x314d289cc2c4bULL, 0x23450e2f1bc4eULL, 0x0cd93392f92f4ULL, 0x1370c6a946b7dULL, 0x6423c1d5afd98ULL } },
		  { { 0x499dc881f2533ULL, 0x34ef26476c506ULL, 0x4d107d2741497ULL, 0x346c4bd6efdb3ULL, 0x32b79d71163a1ULL } },
		  { { 0x5f8d9edfcb36aULL, 0x1e6e8dcbf3990ULL, 0x7974f348af30aULL, 0x6e6724ef19c7cULL, 0x480a5efbc13e2ULL } } },
		{ { { 0x14ce442ce221fULL, 0x18980a72516ccULL, 0x072f80db86677ULL, 0x703331fda526eULL, 0x24b31d47691c8ULL } },
		  { { 0x1e70b01622071ULL, 0x1f163b5f8a16aULL, 0x56aaf341ad417ULL, 0x7989635d830f7ULL, 0x47aa27600cb7bULL } },
		  { { 0x41eedc015f8c3ULL, 0x7cf8d27ef854aULL, 0x289e3584693f9ULL, 0x04a7857b309a7ULL, 0x545b585d14ddaULL } } },
		{ { { 0x4e4d0e3b321e1ULL, 0x7451fe3d2ac40ULL, 0x666f678eea98dULL, 0x038858667feadULL, 0x4d22dc3e64c8dULL } },
		  { { 0x7275ea0d43a0fULL, 0x681137dd7ccf7ULL, 0x1e79cbab79a38ULL, 0x22a214489a66aULL, 0x0f62f9c332ba5ULL } },
		  { { 0x46589d63b5f39ULL, 0x7eaf979ec3f96ULL, 0x4ebe81572b9a8ULL, 0x21b7f5d61694aULL, 0x1c0fa01a36371ULL } } },
	},
	{
		{ { { 0x02b0e8c936a50ULL, 0x6b83b58b6cd21ULL, 0x37ed8d3e72680ULL, 0x0a037db9f2a62ULL, 0x4005419b1d2bcULL } },
		  { { 0x604b622943dffULL, 0x1c899f6741a58ULL, 0x60219e2f232fbULL, 0x35fae92a7f9cbULL, 0x0fa3614f3b1caULL } },
		  { { 0x3febdb9be82f0ULL, 0x5e74895921400ULL, 0x553ea38822706ULL, 0x5a17c24cfc88cULL, 0x1fba218aef40aULL } } },
		{ { { 0x657043e7b0194ULL, 0x5c11b55efe9e7ULL, 0x7737bc6a074fbULL, 0x0eae41ce355ccULL, 0x6c535d13ff776ULL } },
		  { { 0x49448fac8f53eULL, 0x34f74c6e8356aULL, 0x0ad780607dba2ULL, 0x7213a7eb63eb6ULL, 0x392e3acaa8c86ULL } },
		  { { 0x534e93e8a35afULL, 0x08b10fd02c997ULL, 0x26ac2acb81e05ULL, 0x09d8c98ce3b79ULL, 0x25e17fe4d50acULL } } },
		{ { { 0x77ff576f121a7ULL, 0x4e5f9b0fc722bULL, 0x46f949b0d28c8ULL, 0x4cde65d17ef26ULL, 0x6bba828f89698ULL } },
		  { { 0x09bd71e04f676ULL, 0x25ac841f2a145ULL, 0x1a47eac823871ULL, 0x1a8a8c36c581aULL, 0x255751442a9fbULL } },
		  { { 0x1bc6690fe3901ULL, 0x314132f5abc5aULL, 0x611835132d528ULL, 0x5f24b8eb48a57ULL, 0x559d504f7f6b7ULL } } },
		{ { { 0x091e7f6d266fdULL, 0x36060ef037389ULL, 0x18788ec1d1286ULL, 0x287441c478eb0ULL, 0x123ea6a3354bdULL } },
		  { { 0x38378b3eb54d5ULL, 0x4d4aaa78f94eeULL, 0x4a002e875a74dULL, 0x10b851367b17cULL, 0x01ab12d5807e3ULL } },
		  { { 0x5189041e32d96ULL, 0x05b062b090231ULL, 0x0c91766e7b78fULL, 0x0aa0f55a138ecULL, 0x4a3961e2c918aULL } } },
		{ { { 0x7d644f3233f1eULL, 0x1c69f9e02c064ULL, 0x36ae5e5266898ULL, 0x08fc1dad38b79ULL, 0x68aceead9bd41ULL } },
		  { { 0x43be0f8e6bba0ULL, 0x68fdffc614e3bULL, 0x4e91dab5b3be0ULL, 0x3b1d4c9212ff0ULL, 0x2cd6bce3fb1dbULL } },
		  { { 0x4c90ef3d7c210ULL, 0x496f5a0818716ULL, 0x79cf88cc239b8ULL, 0x2cb9c306cf8dbULL, 0x595760d5b508fULL } } },
		{ { { 0x2cbebfd022790ULL, 0x0b8822aec1105ULL, 0x4d1cfd226bcccULL, 0x515b2fa4971beULL, 0x2cb2c5df54515ULL } },
		  { { 0x1bfe104aa6397ULL, 0x11494ff996c25ULL, 0x64251623e5800ULL, 0x0d49fc5e044beULL, 0x709fa43edcb29ULL } },
		  { { 0x25d8c63fd2acaULL, 0x4c5cd29dffd61ULL, 0x32ec0eb48af05ULL, 0x18f9391f9b77cULL, 0x70f029ecf0c81ULL } } },
		{ { { 0x2afaa5e10b0b9ULL, 0x61de08355254dULL, 0x0eb587de3c28dULL, 0x4f0bb9f7dbbd5ULL, 0x44eca5a2a74bdULL } },
		  { { 0x307b32eed3e33ULL, 0x6748ab03ce8c2ULL, 0x57c0d9ab810bcULL, 0x42c64a224e98cULL, 0x0b7d5d8a6c314ULL } },
		  { { 0x448327b95d543ULL, 0x0146681e3a4baULL, 0x38714adc34e0cULL, 0x4f26f0e298e30ULL, 0x272224512c7deULL } } },
		{ { { 0x3bb8a42a975fcULL, 0x6f2d5b46b17efULL, 0x7b6a9223170e5ULL, 0x053713fe3b7e6ULL, 0x19735fd7f6bc2ULL } },
		  { { 0x492af49c5342eULL, 0x2365cdf5a0357ULL, 0x32138a7ffbb60ULL, 0x2a1f7d14646feULL, 0x11b5df18a44ccULL } },
		  { { 0x390d042c84266ULL, 0x1efe32a8fdc75ULL, 0x6925ee7ae1238ULL, 0x4af9281d0e832ULL, 0x0fef911191df8ULL } } },
	},
};
