/*
 * test_cdc.c: the FastCDC chunker against its contract and its frozen format.
 *
 * Checks, in order: parameter validation; that the Gear table is the output
 * of its documented generator; that every chunk lies within min..max and
 * the cuts are deterministic; that the mean chunk size on random data is near
 * the configured average; shift resistance (an edit moves only the cuts near
 * it); that scanning in random pieces gives the same cuts as one pass; and
 * frozen test vectors, which fail if the chunking format changes.
 *
 * Input is generated with SplitMix64 from fixed seeds, so every run sees the
 * same bytes.
 */
#include <nexfs/cdc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tap.h>

#define KiB 1024u
#define MiB (1024u * 1024u)

struct cuts {
	size_t *end;	/* stream offset just past each chunk */
	size_t n;
	size_t cap;
};

static uint64_t
splitmix64(uint64_t *s)
{
	uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* Fills buf with the little-endian SplitMix64 stream of seed. */
static void
fill_random(uint8_t *buf, size_t len, uint64_t seed)
{
	size_t i;
	uint64_t v = 0;

	for (i = 0; i < len; i++) {
		if (i % 8 == 0)
			v = splitmix64(&seed);
		buf[i] = (uint8_t)(v >> (8 * (i % 8)));
	}
}

static uint8_t *
xmalloc(size_t n)
{
	uint8_t *p = malloc(n ? n : 1);

	if (p == NULL) {
		fprintf(stderr, "test_cdc: out of memory\n");
		exit(2);
	}
	return p;
}

static void
cuts_add(struct cuts *c, size_t end)
{
	if (c->n == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 256;
		c->end = realloc(c->end, c->cap * sizeof(c->end[0]));
		if (c->end == NULL) {
			fprintf(stderr, "test_cdc: out of memory\n");
			exit(2);
		}
	}
	c->end[c->n++] = end;
}

static void
cuts_free(struct cuts *c)
{
	free(c->end);
	memset(c, 0, sizeof(*c));
}

/*
 * Chunks buf in pieces: with step 0 in one call per chunk, otherwise in
 * pieces of random length 0 .. step drawn from seed.  The last chunk is
 * recorded too.
 */
static void
chunk_all(const struct nexfs_cdc_params *p, const uint8_t *buf, size_t len,
    size_t step, uint64_t seed, struct cuts *out)
{
	struct nexfs_cdc cdc;
	size_t off = 0, piece, used;

	memset(out, 0, sizeof(*out));
	if (nexfs_cdc_init(&cdc, p) != 0) {
		fprintf(stderr, "test_cdc: bad parameters\n");
		exit(2);
	}
	while (off < len) {
		piece = len - off;
		if (step != 0) {
			size_t r = (size_t)(splitmix64(&seed) % (step + 1));

			/* Mostly short pieces, now and then a long one. */
			if (splitmix64(&seed) % 4 == 0)
				r = (size_t)(splitmix64(&seed) % 8);
			if (r < piece)
				piece = r;
		}
		if (nexfs_cdc_scan(&cdc, buf + off, piece, &used))
			cuts_add(out, off + used);
		else if (used != piece) {
			fprintf(stderr, "test_cdc: no cut but used != len\n");
			exit(2);
		}
		off += used;
	}
	if (nexfs_cdc_pending(&cdc) != 0)
		cuts_add(out, len);
}

static bool
cuts_equal(const struct cuts *a, const struct cuts *b)
{
	return a->n == b->n &&
	    memcmp(a->end, b->end, a->n * sizeof(a->end[0])) == 0;
}

/* Whether every chunk but the last is within min..max and the last <= max. */
static bool
cuts_in_bounds(const struct cuts *c, const struct nexfs_cdc_params *p,
    size_t len)
{
	size_t i, prev = 0, sz;

	if (c->n == 0 || c->end[c->n - 1] != len)
		return len == 0 && c->n == 0;
	for (i = 0; i < c->n; i++) {
		sz = c->end[i] - prev;
		if (sz > p->max_size || sz == 0)
			return false;
		if (i + 1 < c->n && sz < p->min_size)
			return false;
		prev = c->end[i];
	}
	return true;
}

static void
params(struct nexfs_cdc_params *p, uint32_t min, uint32_t avg, uint32_t max,
    uint32_t level)
{
	p->min_size = min;
	p->avg_size = avg;
	p->max_size = max;
	p->level = level;
}

static void
test_params(void)
{
	struct nexfs_cdc_params p;
	struct nexfs_cdc cdc;

	nexfs_cdc_params_default(&p);
	tap_ok(p.min_size == 16 * KiB && p.avg_size == 64 * KiB &&
	    p.max_size == 256 * KiB && p.level == 2,
	    "defaults are 16/64/256 KiB, level 2");
	tap_ok(nexfs_cdc_params_check(&p) == 0, "defaults are valid");
	tap_ok(nexfs_cdc_init(&cdc, &p) == 0, "init accepts the defaults");
	tap_ok(nexfs_cdc_params_check(NULL) == NEXFS_CDC_EINVAL,
	    "NULL parameters are rejected");

	params(&p, 256, 1 * KiB, 4 * KiB, 2);
	tap_ok(nexfs_cdc_params_check(&p) == 0,
	    "a microcontroller configuration 256/1K/4K is valid");
	params(&p, 64, 256, 65, 0);
	tap_ok(nexfs_cdc_params_check(&p) == NEXFS_CDC_EINVAL,
	    "avg above max is rejected");
	params(&p, 64, 256, 256, 3);
	tap_ok(nexfs_cdc_params_check(&p) == 0,
	    "the smallest configuration 64/256/256 level 3 is valid");
	params(&p, 63, 256, 1024, 2);
	tap_ok(nexfs_cdc_params_check(&p) == NEXFS_CDC_EINVAL,
	    "min below the 64-byte window is rejected");
	params(&p, 1024, 3000, 8192, 2);
	tap_ok(nexfs_cdc_params_check(&p) == NEXFS_CDC_EINVAL,
	    "an average that is not a power of two is rejected");
	params(&p, 64, 128, 1024, 2);
	tap_ok(nexfs_cdc_params_check(&p) == NEXFS_CDC_EINVAL,
	    "an average below 256 is rejected");
	params(&p, 8192, 4096, 16384, 2);
	tap_ok(nexfs_cdc_params_check(&p) == NEXFS_CDC_EINVAL,
	    "min above avg is rejected");
	params(&p, 4096, 4096, 4096, 2);
	tap_ok(nexfs_cdc_params_check(&p) == NEXFS_CDC_EINVAL,
	    "min equal to max is rejected");
	params(&p, 1024, 1 * MiB, 128 * MiB, 2);
	tap_ok(nexfs_cdc_params_check(&p) == NEXFS_CDC_EINVAL,
	    "max above 64 MiB is rejected");
	params(&p, 1024, 4096, 16384, 4);
	tap_ok(nexfs_cdc_params_check(&p) == NEXFS_CDC_EINVAL,
	    "normalization level 4 is rejected");
	tap_ok(nexfs_cdc_init(&cdc, &p) == NEXFS_CDC_EINVAL,
	    "init rejects what check rejects");
	params(&p, 1 * MiB, 16 * MiB, 64 * MiB, 3);
	tap_ok(nexfs_cdc_params_check(&p) == 0,
	    "the largest configuration 1M/16M/64M level 3 is valid");
}

static void
test_gear_table(void)
{
	uint64_t s = 0x4e65784653434443ULL;
	int i, bad = 0;

	for (i = 0; i < 256; i++)
		if (nexfs_cdc_gear[i] != splitmix64(&s))
			bad++;
	tap_ok(bad == 0, "the Gear table is SplitMix64 seeded \"NexFSCDC\"");
}

/* Bounds, determinism and the mean on len random bytes. */
static void
test_random(const struct nexfs_cdc_params *p, size_t len, uint64_t seed)
{
	struct cuts a, b;
	uint8_t *buf = xmalloc(len);
	double mean, lo, hi;

	fill_random(buf, len, seed);
	chunk_all(p, buf, len, 0, 0, &a);
	chunk_all(p, buf, len, 0, 0, &b);
	tap_ok(cuts_in_bounds(&a, p, len),
	    "%u/%u/%u: %zu chunks of %zu MiB within min..max", p->min_size,
	    p->avg_size, p->max_size, a.n, len / MiB);
	tap_ok(cuts_equal(&a, &b), "%u/%u/%u: the same cuts twice",
	    p->min_size, p->avg_size, p->max_size);
	/* The last chunk is cut by the end of the data; leave it out. */
	mean = a.n > 1 ? (double)a.end[a.n - 2] / (double)(a.n - 1) : 0;
	lo = 0.8 * p->avg_size;
	hi = 1.25 * p->avg_size;
	tap_ok(mean >= lo && mean <= hi,
	    "%u/%u/%u: mean chunk %.0f bytes within 80..125%% of avg",
	    p->min_size, p->avg_size, p->max_size, mean);
	cuts_free(&a);
	cuts_free(&b);
	free(buf);
}

/* Whether off is 0 or one of the cuts in c (binary search). */
static bool
is_cut(const struct cuts *c, size_t off)
{
	size_t lo = 0, hi = c->n;

	if (off == 0)
		return true;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c->end[mid] < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < c->n && c->end[lo] == off;
}

/*
 * Edits len random bytes at offset at: deletes del bytes and inserts ins
 * random bytes.  A chunk of the result is unchanged if it lies clear of the
 * edit and both its ends, mapped back to the original, are cuts there (so the
 * original has the same chunk).  Only the chunks around the edit may change.
 */
static void
test_shift(const struct nexfs_cdc_params *p, size_t len, size_t at, size_t del,
    size_t ins, uint64_t seed)
{
	struct cuts a, b;
	uint8_t *orig = xmalloc(len), *mod = xmalloc(len + ins);
	size_t mlen = len - del + ins, i, start = 0, changed = 0;

	fill_random(orig, len, seed);
	memcpy(mod, orig, at);
	fill_random(mod + at, ins, seed + 1);
	memcpy(mod + at + ins, orig + at + del, len - at - del);
	chunk_all(p, orig, len, 0, 0, &a);
	chunk_all(p, mod, mlen, 0, 0, &b);
	for (i = 0; i < b.n; start = b.end[i], i++) {
		size_t end = b.end[i];

		if (end <= at) {
			if (!is_cut(&a, start) || !is_cut(&a, end))
				changed++;
		} else if (start >= at + ins) {
			if (!is_cut(&a, start - ins + del) ||
			    !is_cut(&a, end - ins + del))
				changed++;
		} else
			changed++;	/* holds the edit */
	}
	tap_ok(changed >= 1 && changed <= 3,
	    "%u/%u/%u: -%zu +%zu bytes at %zu changes %zu of %zu chunks",
	    p->min_size, p->avg_size, p->max_size, del, ins, at, changed, b.n);
	cuts_free(&a);
	cuts_free(&b);
	free(orig);
	free(mod);
}

static void
test_streaming(const struct nexfs_cdc_params *p, size_t len, size_t step,
    uint64_t seed)
{
	struct cuts a, b;
	uint8_t *buf = xmalloc(len);

	fill_random(buf, len, seed);
	chunk_all(p, buf, len, 0, 0, &a);
	chunk_all(p, buf, len, step, seed * 7 + 3, &b);
	tap_ok(cuts_equal(&a, &b),
	    "%u/%u/%u: pieces of 0..%zu bytes give the one-pass cuts (%zu)",
	    p->min_size, p->avg_size, p->max_size, step, a.n);
	cuts_free(&a);
	cuts_free(&b);
	free(buf);
}

/*
 * Constant input has one window value, so every chunk but the last has the
 * same length: min, avg or max, whichever test that value passes first.
 */
static void
test_constant(const struct nexfs_cdc_params *p)
{
	size_t len = 4 * (size_t)p->max_size + 123;
	uint8_t *buf = xmalloc(len);
	struct cuts a;
	size_t i, prev = 0, odd = 0;

	memset(buf, 0, len);
	chunk_all(p, buf, len, 0, 0, &a);
	for (i = 0; i + 1 < a.n; i++) {
		size_t sz = a.end[i] - prev;

		if (sz != p->min_size && sz != p->avg_size &&
		    sz != p->max_size)
			odd++;
		prev = a.end[i];
	}
	tap_ok(cuts_in_bounds(&a, p, len) && odd == 0,
	    "%u/%u/%u: zero bytes give min, avg or max chunks (%zu chunks)",
	    p->min_size, p->avg_size, p->max_size, a.n);
	cuts_free(&a);
	free(buf);
}

static void
test_chunk_len(void)
{
	struct nexfs_cdc_params p;
	struct nexfs_cdc cdc;
	struct cuts a;
	uint8_t *buf = xmalloc(64 * KiB);

	params(&p, 256, 1 * KiB, 4 * KiB, 2);
	fill_random(buf, 64 * KiB, 99);
	chunk_all(&p, buf, 64 * KiB, 0, 0, &a);
	if (nexfs_cdc_init(&cdc, &p) != 0)
		exit(2);
	tap_ok(nexfs_cdc_chunk_len(&cdc, buf, 64 * KiB) == a.end[0],
	    "chunk_len gives the first cut");
	tap_ok(nexfs_cdc_chunk_len(&cdc, buf, 100) == 100,
	    "chunk_len of a short tail is its length");
	tap_ok(nexfs_cdc_chunk_len(&cdc, buf, 0) == 0,
	    "chunk_len of nothing is 0");
	cuts_free(&a);
	free(buf);
}

/* FNV-1a over the chunk lengths, as little-endian 32-bit words. */
static uint64_t
cuts_digest(const struct cuts *c)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	size_t i, prev = 0;
	int k;

	for (i = 0; i < c->n; i++) {
		uint32_t sz = (uint32_t)(c->end[i] - prev);

		for (k = 0; k < 4; k++) {
			h ^= (uint8_t)(sz >> (8 * k));
			h *= 0x100000001b3ULL;
		}
		prev = c->end[i];
	}
	return h;
}

/*
 * Frozen vectors: the input is the SplitMix64 stream of the given seed, its
 * 64-bit outputs written little-endian.  These values are part of the NexFS
 * format (lib/nexfs/SPEC.md); a change here is a format change.
 */
struct vector {
	uint32_t min, avg, max, level;
	uint64_t seed;
	size_t len;
	size_t nchunks;
	uint32_t first[4];	/* lengths of the first four chunks */
	uint64_t digest;	/* cuts_digest of all chunk lengths */
};

static const struct vector vectors[] = {
	{ 16 * KiB, 64 * KiB, 256 * KiB, 2, 1, 4 * MiB, 56,
	    { 87207, 71532, 67997, 41159 }, 0xba7b142daa3a441fULL },
	{ 256, 1 * KiB, 4 * KiB, 2, 2, 256 * KiB, 230,
	    { 465, 1366, 1272, 829 }, 0x4e32f46505337cdbULL },
	{ 2 * KiB, 8 * KiB, 64 * KiB, 1, 3, 1 * MiB, 109,
	    { 8388, 15950, 9610, 8550 }, 0xb8e7fce33c3daed3ULL },
};

static void
test_vectors(void)
{
	size_t v, i;

	for (v = 0; v < sizeof(vectors) / sizeof(vectors[0]); v++) {
		const struct vector *t = &vectors[v];
		struct nexfs_cdc_params p;
		struct cuts a;
		uint8_t *buf = xmalloc(t->len);
		uint32_t first[4] = { 0, 0, 0, 0 };
		size_t prev = 0;
		uint64_t d;

		params(&p, t->min, t->avg, t->max, t->level);
		fill_random(buf, t->len, t->seed);
		chunk_all(&p, buf, t->len, 0, 0, &a);
		for (i = 0; i < 4 && i < a.n; i++) {
			first[i] = (uint32_t)(a.end[i] - prev);
			prev = a.end[i];
		}
		d = cuts_digest(&a);
		if (!tap_ok(a.n == t->nchunks &&
		    memcmp(first, t->first, sizeof(first)) == 0 &&
		    d == t->digest,
		    "vector %zu: %u/%u/%u level %u, seed %llu, %zu bytes", v,
		    t->min, t->avg, t->max, t->level,
		    (unsigned long long)t->seed, t->len))
			tap_diag("got %zu chunks, first %u %u %u %u, digest "
			    "0x%016llx", a.n, first[0], first[1], first[2],
			    first[3], (unsigned long long)d);
		cuts_free(&a);
		free(buf);
	}
}

int
main(void)
{
	struct nexfs_cdc_params def, small, tiny;

	nexfs_cdc_params_default(&def);
	params(&small, 1 * KiB, 4 * KiB, 16 * KiB, 2);
	params(&tiny, 64, 256, 1 * KiB, 3);

	test_params();
	test_gear_table();

	test_random(&def, 48 * MiB, 11);
	test_random(&small, 8 * MiB, 12);
	test_random(&tiny, 1 * MiB, 13);

	test_shift(&def, 8 * MiB, 1000, 0, 37, 21);
	test_shift(&def, 8 * MiB, 5, 3, 0, 22);
	test_shift(&def, 8 * MiB, 3 * MiB + 777, 0, 4096, 23);
	test_shift(&small, 2 * MiB, 100, 0, 1, 24);
	test_shift(&small, 2 * MiB, 1 * MiB, 500, 20, 25);
	test_shift(&tiny, 256 * KiB, 10, 0, 9, 26);

	test_streaming(&def, 4 * MiB, 70000, 31);
	test_streaming(&small, 1 * MiB, 5000, 32);
	test_streaming(&tiny, 256 * KiB, 300, 33);
	test_streaming(&small, 64 * KiB, 2, 34);

	test_constant(&def);
	test_constant(&small);
	test_constant(&tiny);

	test_chunk_len();
	test_vectors();
	return tap_done();
}
