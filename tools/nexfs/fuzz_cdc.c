/*
 * fuzz_cdc.c: libFuzzer target for the FastCDC chunker.
 *
 * The first bytes of the input pick a configuration (valid or not) and a
 * seed for split points; the rest is the data.  Checks the chunker's
 * contract: invalid configurations are refused, every chunk but the last is
 * within min..max and the last is at most max, the chunks cover the data
 * exactly, and scanning in pieces gives the same cuts as one pass.  A
 * violation aborts, which libFuzzer reports with the input.
 */
#include <nexfs/cdc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CUTS 65536

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t cuts_a[MAX_CUTS], cuts_b[MAX_CUTS];

static size_t
chunk(struct nexfs_cdc *cdc, const uint8_t *p, size_t len, uint32_t seed,
    size_t *cuts, const struct nexfs_cdc_params *par)
{
	size_t off = 0, used, n = 0, piece, prev = 0;

	nexfs_cdc_reset(cdc);
	while (off < len) {
		piece = len - off;
		if (seed != 0) {
			seed = seed * 1103515245u + 12345u;
			if ((seed >> 16) % (par->max_size + 1) < piece)
				piece = (seed >> 16) % (par->max_size + 1);
		}
		if (nexfs_cdc_scan(cdc, p + off, piece, &used)) {
			if (used == 0 || used > piece || n == MAX_CUTS)
				abort();
			cuts[n++] = off + used;
		} else if (used != piece) {
			abort();
		}
		off += used;
	}
	if (nexfs_cdc_pending(cdc) != 0 && n < MAX_CUTS)
		cuts[n++] = len;
	for (size_t i = 0; i < n; i++) {
		size_t sz = cuts[i] - prev;

		if (sz == 0 || sz > par->max_size ||
		    (i + 1 < n && sz < par->min_size))
			abort();
		prev = cuts[i];
	}
	if (len > 0 && (n == 0 || cuts[n - 1] != len))
		abort();
	return n;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nexfs_cdc_params p;
	struct nexfs_cdc cdc;
	uint32_t seed;
	size_t na, nb;
	int err;

	if (size < 10)
		return 0;
	/* Sizes kept small so that short inputs still make several chunks. */
	p.min_size = 1u + (uint32_t)(data[0] | (data[1] & 0x0f) << 8);
	p.avg_size = 1u << (data[2] % 16);
	p.max_size = p.min_size + (uint32_t)(data[3] | data[4] << 8) * 4u;
	p.level = data[5] % 6;
	memcpy(&seed, data + 6, 4);
	data += 10;
	size -= 10;
	err = nexfs_cdc_init(&cdc, &p);
	if ((err == 0) != (nexfs_cdc_params_check(&p) == 0))
		abort();
	if (err != 0) {
		if (p.min_size >= NEXFS_CDC_MIN_LIMIT && p.min_size <= p.avg_size &&
		    p.avg_size <= p.max_size && p.min_size < p.max_size &&
		    p.avg_size >= NEXFS_CDC_AVG_LIMIT && p.level <= 3)
			abort();	/* a valid configuration was refused */
		return 0;
	}
	na = chunk(&cdc, data, size, 0, cuts_a, &p);
	nb = chunk(&cdc, data, size, seed | 1u, cuts_b, &p);
	if (na != nb || memcmp(cuts_a, cuts_b, na * sizeof(cuts_a[0])) != 0)
		abort();
	return 0;
}
