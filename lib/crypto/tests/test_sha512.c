/*
 * test_sha512.c: SHA-512 against the FIPS 180-2 examples and, as a
 * differential test, against libsodium's crypto_hash_sha512 over 100,000
 * random messages of random length (0..5000 bytes) fed in random pieces.
 * The random sweep is seeded so a failure repeats; NEXUS_SEED changes it.
 */
#include <crypto/sha512.h>
#include <sodium.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tap.h>

static uint64_t rng = 0x9e3779b97f4a7c15ULL;

static uint64_t
next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static void
unhex(uint8_t *out, const char *hex)
{
	unsigned int b;

	for (; *hex != '\0'; hex += 2) {
		if (sscanf(hex, "%2x", &b) != 1)
			abort();
		*out++ = (uint8_t)b;
	}
}

static const struct {
	const char *msg;
	const char *digest;
} kat[] = {
	{ "", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
	    "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e" },
	{ "abc", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
	    "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f" },
	{ "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
	  "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
	  "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018"
	  "501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909" },
};

int
main(void)
{
	static uint8_t msg[5000];
	uint8_t got[64], want[64];
	struct crypto_sha512 s;
	size_t i, len, off, n;
	int iter, bad = 0, mismatch_shown = 0;

	if (sodium_init() < 0)
		return 1;
	if (getenv("NEXUS_SEED"))
		rng = strtoull(getenv("NEXUS_SEED"), NULL, 0) | 1;

	for (i = 0; i < sizeof(kat) / sizeof(kat[0]); i++) {
		unhex(want, kat[i].digest);
		crypto_sha512(got, kat[i].msg, strlen(kat[i].msg));
		tap_mem_eq(got, want, 64, "FIPS 180-2 example");
	}

	/* A NULL pointer with length 0 is the empty message. */
	crypto_sha512_init(&s);
	crypto_sha512_update(&s, NULL, 0);
	crypto_sha512_update(&s, "abc", 3);
	crypto_sha512_update(&s, NULL, 0);
	crypto_sha512_final(&s, got);
	unhex(want, kat[1].digest);
	tap_mem_eq(got, want, 64, "NULL, 0 updates change nothing");

	/* One million 'a' (FIPS 180-2 C.3), in 1000-byte pieces. */
	memset(msg, 'a', 1000);
	crypto_sha512_init(&s);
	for (i = 0; i < 1000; i++)
		crypto_sha512_update(&s, msg, 1000);
	crypto_sha512_final(&s, got);
	unhex(want, "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973eb"
	    "de0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b");
	tap_mem_eq(got, want, 64, "one million 'a'");

	for (iter = 0; iter < 100000; iter++) {
		/* Half the lengths are short, around the padding edges. */
		len = (next() & 1) ? next() % 300 : next() % sizeof(msg);
		for (i = 0; i < len; i += 8) {
			uint64_t r = next();

			memcpy(msg + i, &r, len - i < 8 ? len - i : 8);
		}
		crypto_sha512_init(&s);
		for (off = 0; off < len; off += n) {
			n = (next() & 3) == 0 ? len - off : next() % (len - off + 1);
			crypto_sha512_update(&s, msg + off, n);
		}
		crypto_sha512_final(&s, got);
		crypto_hash_sha512(want, msg, len);
		if (memcmp(got, want, 64) != 0) {
			bad++;
			if (!mismatch_shown++)
				tap_diag("mismatch at iteration %d, length %zu",
				    iter, len);
		}
	}
	tap_ok(bad == 0, "100000 random messages in random pieces match "
	    "libsodium (%d differ)", bad);
	return tap_done();
}
