/*
 * test_aead_ctgrind.c: the constant-time check of the symmetric primitives
 * (the "ctgrind" technique).
 *
 * Secrets (keys, plaintexts) are marked undefined with memcheck's client
 * requests; valgrind memcheck then reports every conditional branch and
 * every memory address that depends on them.  Each step below counts the
 * errors memcheck reports while it runs and must add none:
 *   - ChaCha20-Poly1305 and XChaCha20-Poly1305 seal (both forms) and open
 *     (key secret; the ciphertext is public, as it is on the wire; the
 *     result of the tag comparison is declassified before the test
 *     branches on it, as any caller must),
 *   - HChaCha20, Poly1305, SipHash-2-4, crypto_verify and the random
 *     generator (seed and key secret),
 * over lengths that take every code path (empty, partial blocks, the
 * 4-block wide path).  A deliberately leaky function shows that the
 * harness does catch a secret-dependent branch, so the test can fail.
 *
 * `make test` runs the -O2 build (no sanitizers) under valgrind with
 * --require-valgrind.  The same source is also an ordinary ASan host test
 * (lib/crypto/tests/test_*.c); outside valgrind it only checks that the
 * functions round-trip.
 */
#include <crypto/aead.h>
#include <crypto/chacha20.h>
#include <crypto/poly1305.h>
#include <crypto/rng.h>
#include <crypto/siphash.h>
#include <crypto/util.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <tap.h>
#include <valgrind/memcheck.h>

#define SECRET(p, n)	VALGRIND_MAKE_MEM_UNDEFINED(p, n)
#define PUBLIC(p, n)	VALGRIND_MAKE_MEM_DEFINED(p, n)

static bool under_valgrind;

static unsigned long
errors(void)
{
	return (unsigned long)VALGRIND_COUNT_ERRORS;
}

static void
fill(uint8_t *p, size_t n, uint8_t seed)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (uint8_t)(seed + 31 * i + (i >> 3));
}

static const size_t lens[] = { 0, 1, 15, 16, 17, 63, 64, 65, 255, 256, 257,
	1000, 1024 };

/* A function that branches on a secret: memcheck must report it. */
static __attribute__((noinline)) int
leaky(const uint8_t *secret)
{
	volatile int x = 0;

	if (secret[0] & 1)
		x = 1;
	return x;
}

/* An entropy source whose bytes are secret (undefined to memcheck). */
static int
fixed_entropy(void *ctx, uint8_t *buf, size_t len)
{
	(void)ctx;
	fill(buf, len, 0x77);
	SECRET(buf, len);
	return 0;
}

static void
check(unsigned long before, const char *what)
{
	unsigned long n = errors() - before;

	if (under_valgrind)
		tap_ok(n == 0, "%s: no secret-dependent branch or index (%lu reports)",
		    what, n);
}

static void
test_aead(bool x)
{
	static uint8_t m[1024], c[1024 + 16], pt[1024 + 16];
	uint8_t key[32], nonce[24], ad[20], tag[16];
	const char *name = x ? "XChaCha20-Poly1305" : "ChaCha20-Poly1305";
	unsigned long e_seal = 0, e_open = 0, e0;
	int bad = 0;

	for (size_t i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
		size_t len = lens[i];
		int r;

		fill(key, 32, (uint8_t)i);
		fill(nonce, 24, 7);
		fill(ad, sizeof(ad), 9);
		fill(m, len, (uint8_t)(3 * i));

		/* Seal: key and plaintext secret. */
		SECRET(key, 32);
		SECRET(m, len);
		e0 = errors();
		if (x) {
			crypto_aead_xchacha20poly1305_seal(c, m, len, ad, sizeof(ad), nonce, key);
			crypto_aead_xchacha20poly1305_seal_detached(pt, tag, m, len, ad,
			    sizeof(ad), nonce, key);
		} else {
			crypto_aead_chacha20poly1305_seal(c, m, len, ad, sizeof(ad), nonce, key);
			crypto_aead_chacha20poly1305_seal_detached(pt, tag, m, len, ad,
			    sizeof(ad), nonce, key);
		}
		e_seal += errors() - e0;
		/* The ciphertext goes on the wire: public from here on. */
		PUBLIC(c, len + 16);
		PUBLIC(pt, len);
		PUBLIC(tag, 16);
		PUBLIC(m, len);
		bad += memcmp(c, pt, len) != 0 || memcmp(c + len, tag, 16) != 0;

		/* Open a genuine and a forged message: key secret. */
		for (int forge = 0; forge < 2; forge++) {
			if (forge)
				c[len] ^= 1;
			e0 = errors();
			r = x ? crypto_aead_xchacha20poly1305_open(pt, c, len + 16, ad,
				    sizeof(ad), nonce, key) :
				crypto_aead_chacha20poly1305_open(pt, c, len + 16, ad,
				    sizeof(ad), nonce, key);
			e_open += errors() - e0;
			/* Whether the tag was right is public: declassify. */
			PUBLIC(&r, sizeof(r));
			PUBLIC(pt, len);
			if (forge)
				bad += r != CRYPTO_ERR_AUTH;
			else
				bad += r != 0 || memcmp(pt, m, len) != 0;
		}
		PUBLIC(key, 32);
	}
	tap_ok(bad == 0, "%s: seal/open round trips and forgeries refused", name);
	if (under_valgrind) {
		tap_ok(e_seal == 0, "%s seal: no secret-dependent branch or index (%lu reports)",
		    name, e_seal);
		tap_ok(e_open == 0, "%s open: no secret-dependent branch or index (%lu reports)",
		    name, e_open);
	}
}

static void
test_others(void)
{
	static uint8_t m[1024];
	uint8_t key[32], in[16], out[32], tag[16];
	unsigned long e0;
	uint64_t h;
	int r;

	fill(key, 32, 1);
	fill(in, 16, 2);
	fill(m, sizeof(m), 3);

	SECRET(key, 32);
	e0 = errors();
	crypto_hchacha20(out, key, in);
	check(e0, "HChaCha20");

	SECRET(m, sizeof(m));
	e0 = errors();
	for (size_t i = 0; i < sizeof(lens) / sizeof(lens[0]); i++)
		crypto_poly1305(tag, m, lens[i], key);
	check(e0, "Poly1305 (key and message secret)");

	e0 = errors();
	for (size_t i = 0; i < sizeof(lens) / sizeof(lens[0]); i++)
		crypto_chacha20_ietf(m, m, lens[i], key, in, 5);
	check(e0, "ChaCha20 (key and data secret)");

	e0 = errors();
	h = 0;
	for (size_t i = 0; i < sizeof(lens) / sizeof(lens[0]); i++)
		h ^= crypto_siphash24(key, m, lens[i]);
	check(e0, "SipHash-2-4 (key and message secret)");
	PUBLIC(&h, sizeof(h));

	e0 = errors();
	r = crypto_verify(key, m, 32);
	r |= crypto_verify16(key, m);
	r |= crypto_verify32(key, m);
	r |= crypto_verify64(m, m + 64);
	check(e0, "crypto_verify* on secret data");
	PUBLIC(&r, sizeof(r));

	{
		struct crypto_rng rng;
		static const struct crypto_rng_ops ops = { fixed_entropy, false };
		static uint8_t rbuf[100000];

		e0 = errors();
		r = crypto_rng_init(&rng, &ops, NULL);
		crypto_rng_mix(&rng, key, 32);
		PUBLIC(&r, sizeof(r));
		r |= crypto_rng_fill(&rng, rbuf, 100);
		r |= crypto_rng_fill(&rng, rbuf, sizeof(rbuf));
		PUBLIC(&r, sizeof(r));
		check(e0, "random generator seeding, mixing and output");
		tap_ok(r == 0, "random generator works");
		crypto_rng_wipe(&rng);
	}

	/* The harness must see a branch on a secret. */
	e0 = errors();
	(void)leaky(key);
	if (under_valgrind)
		tap_ok(errors() > e0, "the check catches a deliberate secret-dependent branch");
	PUBLIC(key, 32);
	PUBLIC(m, sizeof(m));
	crypto_wipe(key, sizeof(key));
}

int
main(int argc, char **argv)
{
	under_valgrind = RUNNING_ON_VALGRIND != 0;
	if (argc > 1 && strcmp(argv[1], "--require-valgrind") == 0 &&
	    !under_valgrind) {
		tap_ok(0, "running under valgrind memcheck");
		return tap_done();
	}
	if (!under_valgrind)
		tap_diag("not under valgrind: functional checks only");
	test_aead(false);
	test_aead(true);
	test_others();
	return tap_done();
}
