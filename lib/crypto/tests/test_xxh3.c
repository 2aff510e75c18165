/*
 * test_xxh3.c: crypto_xxh3_64 against libxxhash (XXH3_64bits_withSeed).
 *
 * Every length from 0 to 2100 (all four length classes and the block
 * boundaries of the long loop) with seeds 0 and random, at every input
 * alignment 0..7 for a subset; then 100,000 random inputs of random
 * length (biased towards the short classes) and random seed.  One known
 * answer, for the empty input, guards against both libraries agreeing on
 * something wrong.  The incremental form is checked on every length
 * 0..5000 split at random points.
 */
#include <crypto/xxh3.h>
#include <stdint.h>
#include <stdlib.h>
#include <tap.h>
#include <xxhash.h>

#define MAXLEN 6000

static uint64_t rs = 0x0123456789abcdefULL;

static uint64_t
next(void)
{
	rs ^= rs << 13;
	rs ^= rs >> 7;
	rs ^= rs << 17;
	return rs;
}

static void
fill(uint8_t *p, size_t n)
{
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t v = next();

		memcpy(p + i, &v, 8);
	}
	for (; i < n; i++)
		p[i] = (uint8_t)next();
}

static uint8_t buf[MAXLEN + 8];

int
main(void)
{
	int bad;

	tap_ok(crypto_xxh3_64(NULL, 0, 0) == 0x2D06800538D394C2ULL,
	    "empty input, seed 0: known answer");
	tap_ok(crypto_xxh3_64("", 0, 0) == XXH3_64bits_withSeed("", 0, 0),
	    "empty input agrees with libxxhash");

	fill(buf, sizeof(buf));
	bad = 0;
	for (size_t len = 0; len <= 2100; len++) {
		uint64_t seed = next();

		bad += crypto_xxh3_64(buf, len, 0) != XXH3_64bits_withSeed(buf, len, 0);
		bad += crypto_xxh3_64(buf, len, seed) !=
		    XXH3_64bits_withSeed(buf, len, seed);
	}
	tap_ok(bad == 0, "every length 0..2100, seed 0 and random (%d differ)", bad);

	bad = 0;
	for (size_t len = 0; len <= 600; len++)
		for (size_t off = 1; off < 8; off++) {
			uint64_t seed = next();

			bad += crypto_xxh3_64(buf + off, len, seed) !=
			    XXH3_64bits_withSeed(buf + off, len, seed);
		}
	tap_ok(bad == 0, "lengths 0..600 at alignments 1..7 (%d differ)", bad);

	bad = 0;
	for (int i = 0; i < 100000; i++) {
		uint64_t r = next();
		size_t len, off = (r >> 8) & 7;
		uint64_t seed = (r & 0x10) ? next() : 0;

		switch (r & 3) {
		case 0:
			len = (size_t)(r >> 16) % 17;
			break;
		case 1:
			len = (size_t)(r >> 16) % 241;
			break;
		default:
			len = (size_t)(r >> 16) % MAXLEN;
			break;
		}
		fill(buf + off, len);
		if (crypto_xxh3_64(buf + off, len, seed) !=
		    XXH3_64bits_withSeed(buf + off, len, seed)) {
			if (bad++ < 5)
				tap_diag("differs: len %zu seed %016llx", len,
				    (unsigned long long)seed);
		}
	}
	tap_ok(bad == 0, "100000 random inputs of length 0..%d agree with libxxhash (%d differ)",
	    MAXLEN - 1, bad);

	/*
	 * The incremental form against libxxhash's one-shot: every length
	 * 0..5000 fed in random pieces (1..300 bytes, sometimes empty), and
	 * final called twice.
	 */
	bad = 0;
	for (size_t len = 0; len <= 5000; len++) {
		struct crypto_xxh3 st;
		size_t at = 0;

		fill(buf, len);
		crypto_xxh3_init(&st);
		while (at < len) {
			size_t n = next() % 301;

			if (n > len - at)
				n = len - at;
			crypto_xxh3_update(&st, buf + at, n);
			at += n;
		}
		if (crypto_xxh3_final(&st) != XXH3_64bits_withSeed(buf, len, 0) ||
		    crypto_xxh3_final(&st) != XXH3_64bits_withSeed(buf, len, 0)) {
			if (bad++ < 5)
				tap_diag("incremental differs: len %zu", len);
		}
	}
	tap_ok(bad == 0, "incremental: every length 0..5000 in random pieces (%d differ)", bad);

	/* A changed byte changes the hash (the test can fail). */
	fill(buf, 1000);
	{
		uint64_t h = crypto_xxh3_64(buf, 1000, 7);

		buf[999] ^= 1;
		tap_ok(crypto_xxh3_64(buf, 1000, 7) != h, "a flipped bit changes the hash");
	}
	return tap_done();
}
