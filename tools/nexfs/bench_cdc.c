/*
 * bench_cdc.c: FastCDC chunking speed for `make bench`.
 *
 * Chunks 64 MiB of seeded random data with the default (16/64/256 KiB) and
 * a microcontroller (1/4/16 KiB) configuration, several passes each, and
 * prints "bench <name> <value> <unit>" lines: MB/s (10^6 bytes per second,
 * best pass) and the mean chunk size.  Built -O2 without sanitizers.
 */
#include <nexfs/cdc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define LEN (64u * 1024u * 1024u)
#define PASSES 5

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
run(const char *name, const struct nexfs_cdc_params *p, const uint8_t *buf)
{
	struct nexfs_cdc cdc;
	double best = 0, t;
	size_t off, used, chunks = 0;
	int pass;

	if (nexfs_cdc_init(&cdc, p) != 0) {
		fprintf(stderr, "bench_cdc: bad parameters\n");
		exit(1);
	}
	for (pass = 0; pass < PASSES; pass++) {
		chunks = 0;
		t = now();
		for (off = 0; off < LEN; off += used)
			if (nexfs_cdc_scan(&cdc, buf + off, LEN - off, &used))
				chunks++;
		if (nexfs_cdc_pending(&cdc) != 0)
			chunks++;
		nexfs_cdc_reset(&cdc);
		t = now() - t;
		if (best == 0 || t < best)
			best = t;
	}
	printf("bench fastcdc_%s %.0f MB/s\n", name, (double)LEN / best / 1e6);
	printf("bench fastcdc_%s_mean_chunk %zu bytes\n", name, LEN / chunks);
}

int
main(void)
{
	struct nexfs_cdc_params def, small = { 1024, 4096, 16384, 2 };
	uint64_t s = 0x243f6a8885a308d3ULL, z;
	uint8_t *buf = malloc(LEN);
	size_t i;

	if (buf == NULL)
		return 1;
	/* SplitMix64 bytes: content with no structure to favour either way. */
	for (i = 0; i < LEN; i += 8) {
		z = (s += 0x9e3779b97f4a7c15ULL);
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
		z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
		z ^= z >> 31;
		for (int k = 0; k < 8; k++)
			buf[i + (size_t)k] = (uint8_t)(z >> (8 * k));
	}
	nexfs_cdc_params_default(&def);
	run("default", &def, buf);
	run("small", &small, buf);
	free(buf);
	return 0;
}
