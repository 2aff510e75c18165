/*
 * test_rng.c: the ChaCha20 fast-key-erasure generator.
 *
 * - With a fixed seed the output is recomputed independently with
 *   libsodium's ChaCha20 (seed absorption, key replacement, output from
 *   block 1), so the construction is pinned down, not just "random-looking".
 * - With getrandom(2) as the source (the host's real source): requests
 *   differ, the key changes after every request (erasure), a bit-balance
 *   and a no-repeat check over 4 MiB, reseeding after
 *   CRYPTO_RNG_RESEED_BYTES.
 * - The weak flag: a source declared weak sets it, a strong one clears it,
 *   mixed-in bytes never clear it.
 * - A failing source: init reports CRYPTO_ERR_ENTROPY and fill refuses
 *   with a zeroed buffer; a later successful reseed recovers.
 */
#include <crypto/rng.h>
#include <sodium.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/random.h>
#include <tap.h>

struct source {
	int calls;
	int fail;		/* fail while non-zero */
	uint8_t fixed;		/* if non-zero, every seed byte has this value */
};

static int
host_entropy(void *ctx, uint8_t *buf, size_t len)
{
	struct source *s = ctx;

	s->calls++;
	if (s->fail)
		return -1;
	if (s->fixed != 0) {
		memset(buf, s->fixed, len);
		return 0;
	}
	return getrandom(buf, len, 0) == (ssize_t)len ? 0 : -1;
}

static const struct crypto_rng_ops strong_ops = { host_entropy, false };
static const struct crypto_rng_ops weak_ops = { host_entropy, true };

static void
test_known_answer(void)
{
	struct source src = { 0, 0, 0x42 };
	struct crypto_rng rng;
	uint8_t key[32], nonce[12] = { 'S', 'E', 'E', 'D', 0, 0, 0, 0, 33, 0, 0, 0 };
	uint8_t zero[12] = { 0 }, block[64], want[300], got[300];
	int r;

	/* K0 = ChaCha20(0^32 XOR seed, "SEED" || 0 || 33)[0..31]. */
	memset(key, 0x42, 32);
	crypto_stream_chacha20_ietf(key, 32, nonce, key);
	/* Output: block 0 is the next key, blocks 1.. the bytes. */
	crypto_stream_chacha20_ietf(block, 64, zero, key);
	memset(want, 0, sizeof(want));
	crypto_stream_chacha20_ietf_xor_ic(want, want, sizeof(want), zero, 1, key);

	r = crypto_rng_init(&rng, &strong_ops, &src);
	tap_ok(r == 0 && src.calls == 1, "init takes one seed from the source");
	tap_mem_eq(rng.key, key, 32, "seeded key matches the construction");
	r = crypto_rng_fill(&rng, got, sizeof(got));
	tap_ok(r == 0, "fill succeeds");
	tap_mem_eq(got, want, sizeof(got), "output matches ChaCha20 blocks 1.. of the key");
	tap_mem_eq(rng.key, block, 32, "the key is replaced by block 0 (fast key erasure)");
	crypto_rng_wipe(&rng);
}

static void
test_host(void)
{
	struct source src = { 0, 0, 0 };
	struct crypto_rng rng;
	static uint8_t big[4 << 20];
	uint8_t a[64], b[64], k[32];
	uint64_t ones = 0;
	int r, calls;

	r = crypto_rng_init(&rng, &strong_ops, &src);
	tap_ok(r == 0 && !crypto_rng_is_weak(&rng), "getrandom source: seeded, not weak");
	memcpy(k, rng.key, 32);
	r = crypto_rng_fill(&rng, a, sizeof(a));
	r |= crypto_rng_fill(&rng, b, sizeof(b));
	tap_ok(r == 0 && memcmp(a, b, sizeof(a)) != 0, "two requests differ");
	tap_ok(memcmp(k, rng.key, 32) != 0, "the key changed after the requests");

	/* Bit balance and no repeated 16-byte block over 4 MiB. */
	r = crypto_rng_reseed(&rng);
	calls = src.calls;
	r |= crypto_rng_fill(&rng, big, sizeof(big));
	r |= crypto_rng_fill(&rng, a, 1);
	tap_ok(r == 0 && src.calls == calls + 1,
	    "a request after %u bytes reseeds from the source", CRYPTO_RNG_RESEED_BYTES);
	for (size_t i = 0; i < sizeof(big); i += 8) {
		uint64_t w;

		memcpy(&w, big + i, 8);
		ones += (uint64_t)__builtin_popcountll(w);
	}
	/* 2^25 bits: the standard deviation is about 2896; allow 8 of them. */
	tap_ok(ones > (1u << 24) - 23170 && ones < (1u << 24) + 23170,
	    "bit balance over 4 MiB: %llu ones of %u", (unsigned long long)ones, 1u << 25);
	{
		int repeats = 0;

		/* Compare each 16-byte block with the next 64 (cheap spot check). */
		for (size_t i = 0; i + 16 * 65 <= sizeof(big); i += 16 * 61)
			for (size_t j = 1; j <= 64; j++)
				repeats += memcmp(big + i, big + i + 16 * j, 16) == 0;
		tap_ok(repeats == 0, "no repeated 16-byte blocks in the spot check");
	}
	crypto_rng_wipe(&rng);
	tap_ok(crypto_rng_is_weak(&rng), "a wiped generator is unseeded (reported weak)");
}

static void
test_weak(void)
{
	struct source src = { 0, 0, 0 };
	struct crypto_rng rng;
	uint8_t buf[32];
	int r;

	r = crypto_rng_init(&rng, &weak_ops, &src);
	tap_ok(r == 0 && crypto_rng_is_weak(&rng), "a source declared weak sets the flag");
	crypto_rng_mix(&rng, "interrupt timings", 17);
	tap_ok(crypto_rng_is_weak(&rng), "mixed-in bytes do not clear it");
	r = crypto_rng_reseed(&rng);
	tap_ok(r == 0 && crypto_rng_is_weak(&rng), "reseeding from the weak source keeps it");
	r = crypto_rng_set_source(&rng, &strong_ops, &src);
	tap_ok(r == 0 && !crypto_rng_is_weak(&rng), "switching to a strong source clears it");
	r = crypto_rng_set_source(&rng, &weak_ops, &src);
	tap_ok(r == 0 && !crypto_rng_is_weak(&rng),
	    "a weak reseed after a strong one leaves it clear");
	r = crypto_rng_fill(&rng, buf, sizeof(buf));
	tap_ok(r == 0, "fill works");
	crypto_rng_wipe(&rng);
}

static void
test_failure(void)
{
	struct source src = { 0, 1, 0 };
	struct crypto_rng rng;
	uint8_t buf[40], k[32];
	int r;

	r = crypto_rng_init(&rng, &strong_ops, &src);
	tap_ok(r == CRYPTO_ERR_ENTROPY, "a failing source: init returns CRYPTO_ERR_ENTROPY");
	memset(buf, 0xee, sizeof(buf));
	r = crypto_rng_fill(&rng, buf, sizeof(buf));
	tap_ok(r == CRYPTO_ERR_ENTROPY && buf[0] == 0 && buf[39] == 0,
	    "fill refuses and zeroes the buffer");
	src.fail = 0;
	r = crypto_rng_reseed(&rng);
	r |= crypto_rng_fill(&rng, buf, sizeof(buf));
	tap_ok(r == 0, "a later successful reseed recovers");
	memcpy(k, rng.key, 32);
	src.fail = 1;
	r = crypto_rng_reseed(&rng);
	tap_ok(r == CRYPTO_ERR_ENTROPY && memcmp(k, rng.key, 32) == 0,
	    "a failed reseed leaves the state unchanged");
	r = crypto_rng_fill(&rng, buf, sizeof(buf));
	tap_ok(r == 0, "and the generator keeps working");
	crypto_rng_wipe(&rng);
}

int
main(void)
{
	if (sodium_init() < 0) {
		tap_ok(0, "sodium_init");
		return tap_done();
	}
	test_known_answer();
	test_host();
	test_weak();
	test_failure();
	return tap_done();
}
