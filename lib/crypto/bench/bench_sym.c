/*
 * bench_sym.c: speed of the symmetric primitives beside the references.
 *
 * Prints `bench <name> <value> <unit>` lines (see docs/build.md):
 *   - XChaCha20-Poly1305 seal, MB/s, for 64 B, 1 KiB and 64 KiB messages,
 *     ours and libsodium's crypto_aead_xchacha20poly1305_ietf_encrypt;
 *   - SipHash-2-4 on 64-byte inputs, MB/s, ours and libsodium's
 *     crypto_shorthash_siphash24;
 *   - XXH3-64 on 16-byte and 64 KiB inputs, MB/s, ours and libxxhash's
 *     XXH3_64bits_withSeed;
 * and for each `<name>_ratio` = ours / reference.
 *
 * Built from the -O2 objects without sanitizers ($(B)/hostopt), like
 * Debian's libraries (-O2, no -march).  libsodium is initialised with
 * sodium_init(), so it uses whatever SIMD code it selects at run time.
 * Each figure is the best of 5 alternating runs of about 50 ms per side,
 * so about 0.5 s per pair; the best run is the least disturbed by the
 * other processes of the machine.
 */
#include <crypto/aead.h>
#include <crypto/siphash.h>
#include <crypto/xxh3.h>
#include <sodium.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xxhash.h>

#define RUNS	5
#define RUN_NS	50000000.0

static uint8_t key[32], nonce[24], ad[16];
static uint8_t *msg, *out;
static volatile uint64_t sink;

static double
now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

typedef void (*work_fn)(size_t len);

static void
ours_aead(size_t len)
{
	crypto_aead_xchacha20poly1305_seal(out, msg, len, ad, sizeof(ad), nonce, key);
}

static void
ref_aead(size_t len)
{
	unsigned long long clen;

	crypto_aead_xchacha20poly1305_ietf_encrypt(out, &clen, msg, len, ad,
	    sizeof(ad), NULL, nonce, key);
}

static void
ours_siphash(size_t len)
{
	sink += crypto_siphash24(key, msg, len);
}

static void
ref_siphash(size_t len)
{
	uint8_t h[8];

	crypto_shorthash_siphash24(h, msg, len, key);
	sink += h[0];
}

static void
ours_xxh3(size_t len)
{
	sink += crypto_xxh3_64(msg, len, sink);
}

static void
ref_xxh3(size_t len)
{
	sink += XXH3_64bits_withSeed(msg, len, sink);
}

/* Bytes per second of fn on len-byte inputs, one run of about RUN_NS. */
static double
rate(work_fn fn, size_t len, size_t iters)
{
	double t0 = now_ns(), t;

	for (size_t i = 0; i < iters; i++)
		fn(len);
	t = now_ns() - t0;
	return (double)len * (double)iters / (t / 1e9);
}

/* Iterations that take about RUN_NS. */
static size_t
calibrate(work_fn fn, size_t len)
{
	size_t iters = 1;

	for (;;) {
		double t0 = now_ns();

		for (size_t i = 0; i < iters; i++)
			fn(len);
		if (now_ns() - t0 > RUN_NS / 8)
			return iters * 8;
		iters *= 2;
	}
}

static void
pair(const char *name, const char *ref_name, work_fn ours, work_fn ref,
    size_t len)
{
	size_t ni = calibrate(ours, len), nr = calibrate(ref, len);
	double best_o = 0, best_r = 0;

	for (int i = 0; i < RUNS; i++) {
		double o = rate(ours, len, ni), r = rate(ref, len, nr);

		if (o > best_o)
			best_o = o;
		if (r > best_r)
			best_r = r;
	}
	printf("bench %s %.1f MB/s\n", name, best_o / 1e6);
	printf("bench %s_%s %.1f MB/s\n", name, ref_name, best_r / 1e6);
	printf("bench %s_ratio %.2f ratio\n", name, best_o / best_r);
	fflush(stdout);
}

int
main(void)
{
	size_t max = 64 * 1024;

	if (sodium_init() < 0) {
		fprintf(stderr, "bench_sym: sodium_init failed\n");
		return 1;
	}
	msg = malloc(max);
	out = malloc(max + 16);
	if (msg == NULL || out == NULL)
		return 1;
	for (size_t i = 0; i < max; i++)
		msg[i] = (uint8_t)(i * 131 + 7);
	for (int i = 0; i < 32; i++)
		key[i] = (uint8_t)(i + 1);
	memset(nonce, 0x24, sizeof(nonce));
	memset(ad, 0x5a, sizeof(ad));

	pair("xchacha20poly1305_64B", "libsodium", ours_aead, ref_aead, 64);
	pair("xchacha20poly1305_1KiB", "libsodium", ours_aead, ref_aead, 1024);
	pair("xchacha20poly1305_64KiB", "libsodium", ours_aead, ref_aead, max);
	pair("siphash24_64B", "libsodium", ours_siphash, ref_siphash, 64);
	pair("xxh3_16B", "libxxhash", ours_xxh3, ref_xxh3, 16);
	pair("xxh3_64KiB", "libxxhash", ours_xxh3, ref_xxh3, max);
	free(msg);
	free(out);
	return 0;
}
