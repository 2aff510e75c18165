/*
 * ctgrind_sign.c: a constant-time check of Ed25519 signing, X25519 and the
 * hashes, run under valgrind memcheck (the "ctgrind" technique).
 *
 * The secret inputs (seed, secret key, X25519 scalar, and the key and data
 * of BLAKE3 and SHA-512) are marked undefined
 * with VALGRIND_MAKE_MEM_UNDEFINED; memcheck then reports every conditional
 * branch and every memory address that depends on them.  Each operation is
 * run on several secrets and its TAP line checks that memcheck's error count
 * did not grow.  Outputs are marked defined again before the program itself
 * looks at them, since a result is public once computed.
 *
 * The second line is a canary: a deliberate branch on a secret must be
 * reported, which shows the check can fail.  Built from the -O2 objects
 * without sanitizers (build/hostopt) so the code checked is the code that
 * ships; run as `valgrind -q --error-exitcode=0 PROGRAM` from
 * lib/crypto/mk/sign.mk.
 */
#include <crypto/blake3.h>
#include <crypto/ed25519.h>
#include <crypto/sha512.h>
#include <crypto/x25519.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <tap.h>
#include <valgrind/memcheck.h>

#define SECRET(p, n)	VALGRIND_MAKE_MEM_UNDEFINED((p), (n))
#define PUBLIC(p, n)	VALGRIND_MAKE_MEM_DEFINED((p), (n))

static unsigned long
errors(void)
{
	return (unsigned long)VALGRIND_COUNT_ERRORS;
}

/* Deliberately leaky: a loop count and a table index from a secret. */
static int __attribute__((noinline))
leaky(const uint8_t *s)
{
	static const uint8_t tab[256] = { 1, 2, 3 };
	int n = 0, k;

	for (k = 0; k < (s[1] & 15); k++)
		n += k;
	return n + tab[s[0]];
}

int
main(void)
{
	uint8_t seed[32], pk[32], sk[64], sig[64], msg[100];
	uint8_t xsk[32], xpk[32], peer[32], shared[32];
	unsigned long before;
	volatile int v;
	int i, j, rc;

	if (!tap_ok(RUNNING_ON_VALGRIND, "running under valgrind"))
		return tap_done();

	for (i = 0; i < 32; i++)
		seed[i] = (uint8_t)(i * 29 + 3);
	before = errors();
	SECRET(seed, 32);
	v = leaky(seed);
	(void)v;
	tap_ok(errors() > before, "canary: a branch on a secret is reported");

	for (j = 0; j < (int)sizeof(msg); j++)
		msg[j] = (uint8_t)j;

	before = errors();
	for (i = 0; i < 4; i++) {
		for (j = 0; j < 32; j++)
			seed[j] = (uint8_t)(j * 61 + i * 17 + 1);
		SECRET(seed, 32);
		crypto_ed25519_keypair(pk, sk, seed);
		PUBLIC(pk, 32);
		PUBLIC(sk + 32, 32);	/* the public half of the secret key */
	}
	tap_ok(errors() == before, "ed25519 keypair: no branch or index on "
	    "the seed (%lu reports)", errors() - before);

	before = errors();
	for (i = 0; i < 4; i++) {
		SECRET(sk, 32);
		crypto_ed25519_sign(sig, sk, msg, sizeof(msg) - (size_t)i * 7);
		PUBLIC(sig, 64);
	}
	tap_ok(errors() == before, "ed25519 sign: no branch or index on the "
	    "secret key (%lu reports)", errors() - before);
	PUBLIC(sk, 64);
	rc = crypto_ed25519_verify(sig, pk, msg, sizeof(msg) - 21);
	tap_ok(rc == 0, "the checked signature verifies");

	before = errors();
	for (i = 0; i < 4; i++) {
		for (j = 0; j < 32; j++) {
			xsk[j] = (uint8_t)(j * 37 + i * 11 + 5);
			peer[j] = (uint8_t)(j * 53 + i * 7 + 9);
		}
		SECRET(xsk, 32);
		crypto_x25519_public_key(xpk, xsk);
		PUBLIC(xpk, 32);
		rc = crypto_x25519(shared, xsk, peer);
		PUBLIC(&rc, sizeof(rc));
		PUBLIC(shared, 32);
	}
	tap_ok(errors() == before, "x25519 and x25519_public_key: no branch "
	    "or index on the scalar (%lu reports)", errors() - before);

	/* The hashes on secret data (keys, key material): 5000 bytes. */
	before = errors();
	{
		static uint8_t data[5000];
		struct crypto_blake3 b;
		uint8_t key[32], digest[64];

		memset(data, 0x5c, sizeof(data));
		memset(key, 0x3a, sizeof(key));
		SECRET(data, sizeof(data));
		SECRET(key, sizeof(key));
		crypto_blake3_init_keyed(&b, key);
		crypto_blake3_update(&b, data, sizeof(data));
		crypto_blake3_final(&b, digest, 64);
		PUBLIC(digest, 64);
		crypto_blake3_init_derive_key(&b, "ctgrind", 7);
		crypto_blake3_update(&b, data, 77);
		crypto_blake3_final(&b, digest, 32);
		PUBLIC(digest, 32);
		crypto_sha512(digest, data, sizeof(data));
		PUBLIC(digest, 64);
	}
	tap_ok(errors() == before, "blake3 keyed, derive_key and sha512: no "
	    "branch or index on the key or data (%lu reports)",
	    errors() - before);
	return tap_done();
}
