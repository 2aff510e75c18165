/*
 * x25519.c: X25519 (RFC 7748), the Montgomery ladder over curve25519.
 *
 * crypto_x25519() follows RFC 7748 section 5 step by step: clamp the
 * scalar, mask the top bit of u, then run the ladder for bits 254..0 with a
 * conditional swap driven by the XOR of consecutive scalar bits, and finish
 * with one inversion.  The swap is arithmetic (fe25519_cswap), so neither
 * branches nor memory addresses depend on the secret.
 *
 * crypto_x25519_public_key() computes the same value faster: it multiplies
 * the Ed25519 base point with the fixed-base table of ed25519.c and maps
 * the Edwards point (x, y) to the Montgomery coordinate u = (1 + y)/(1 - y)
 * = (Z + Y)/(Z - Y) (RFC 7748 section 4.1); the test checks it against the
 * ladder at u = 9.
 */
#include <base/mem.h>
#include <crypto/util.h>
#include <crypto/x25519.h>

#include "crypto_internal_25519.h"

static void
clamp(uint8_t k[32], const uint8_t secret[32])
{
	memcpy(k, secret, 32);
	k[0] &= 248;
	k[31] &= 127;
	k[31] |= 64;
}

/* out = X25519(k, u) for a clamped scalar k. */
static void
ladder(uint8_t out[32], const uint8_t k[32], const uint8_t u[32])
{
	struct fe25519 x1, x2, z2, x3, z3, a, aa, b, bb, e, c, d, da, cb;
	uint64_t swap = 0, bit;
	int t;

	crypto_fe25519_frombytes(&x1, u);	/* ignores the top bit */
	fe25519_set(&x2, 1);
	fe25519_set(&z2, 0);
	x3 = x1;
	fe25519_set(&z3, 1);
	for (t = 254; t >= 0; t--) {
		bit = (k[t >> 3] >> (t & 7)) & 1;
		swap ^= bit;
		fe25519_cswap(&x2, &x3, swap);
		fe25519_cswap(&z2, &z3, swap);
		swap = bit;

		fe25519_add(&a, &x2, &z2);
		fe25519_sq(&aa, &a);
		fe25519_sub(&b, &x2, &z2);
		fe25519_sq(&bb, &b);
		fe25519_sub(&e, &aa, &bb);
		fe25519_add(&c, &x3, &z3);
		fe25519_sub(&d, &x3, &z3);
		fe25519_mul(&da, &d, &a);
		fe25519_mul(&cb, &c, &b);
		fe25519_add(&x3, &da, &cb);
		fe25519_sq(&x3, &x3);
		fe25519_sub(&z3, &da, &cb);
		fe25519_sq(&z3, &z3);
		fe25519_mul(&z3, &z3, &x1);
		fe25519_mul(&x2, &aa, &bb);
		/* z2 = E (AA + a24 E), a24 = (486662 - 2) / 4. */
		fe25519_mul_small(&z2, &e, 121665);
		fe25519_add(&z2, &z2, &aa);
		fe25519_mul(&z2, &z2, &e);
	}
	fe25519_cswap(&x2, &x3, swap);
	fe25519_cswap(&z2, &z3, swap);
	crypto_fe25519_invert(&z2, &z2);
	fe25519_mul(&x2, &x2, &z2);
	crypto_fe25519_tobytes(out, &x2);

	crypto_wipe(&x2, sizeof(x2));
	crypto_wipe(&z2, sizeof(z2));
	crypto_wipe(&x3, sizeof(x3));
	crypto_wipe(&z3, sizeof(z3));
	crypto_wipe(&a, sizeof(a));
	crypto_wipe(&aa, sizeof(aa));
	crypto_wipe(&b, sizeof(b));
	crypto_wipe(&bb, sizeof(bb));
	crypto_wipe(&e, sizeof(e));
	crypto_wipe(&c, sizeof(c));
	crypto_wipe(&d, sizeof(d));
	crypto_wipe(&da, sizeof(da));
	crypto_wipe(&cb, sizeof(cb));
	crypto_wipe(&swap, sizeof(swap));
	crypto_wipe(&bit, sizeof(bit));
}

int
crypto_x25519(uint8_t shared[32], const uint8_t secret_key[32],
    const uint8_t their_public[32])
{
	uint8_t k[32], acc = 0;
	int i;

	clamp(k, secret_key);
	ladder(shared, k, their_public);
	crypto_wipe(k, sizeof(k));
	/* Branch-free: the all-zero test must not leak more than its answer. */
	for (i = 0; i < 32; i++)
		acc |= shared[i];
	return CRYPTO_ERR_AUTH * (int)((((uint32_t)acc - 1) >> 8) & 1);
}

void
crypto_x25519_public_key(uint8_t public_key[32], const uint8_t secret_key[32])
{
	struct crypto_ge25519_p3 p;
	struct fe25519 n, dn;
	uint8_t k[32];

	clamp(k, secret_key);
	crypto_ge25519_scalarmult_base(&p, k);
	fe25519_add(&n, &p.Z, &p.Y);
	fe25519_sub(&dn, &p.Z, &p.Y);
	crypto_fe25519_invert(&dn, &dn);
	fe25519_mul(&n, &n, &dn);
	crypto_fe25519_tobytes(public_key, &n);
	crypto_wipe(k, sizeof(k));
	crypto_wipe(&p, sizeof(p));
	crypto_wipe(&n, sizeof(n));
	crypto_wipe(&dn, sizeof(dn));
}
