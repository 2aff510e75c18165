/*
 * test_nexfs_chunk.c: files cut into content-defined chunks (chunk.c).
 *
 * A file written in pieces is chunked exactly like the same bytes written
 * at once (the same extents); an insertion in the middle of a large file,
 * written as a second file, stores only the chunks around it; writes, holes
 * and truncates at random offsets (and exactly on piece and chunk
 * boundaries) of a file of many extents agree with a model, with the
 * reference counts and the rules of chunks spanning several blocks (CONT
 * pieces) checked after each, on NOR with 4 KiB and 512-byte blocks and on
 * NAND with 128 KiB blocks; all-zero chunks are holes; a broken CONT chain
 * is caught by the checker and refused by writers.  NEXFS_CHUNK_SEED
 * picks other random operations.
 */
#include "nexfs_test.h"
#include "nexfs_check.h"

#include <nexfs/cdc.h>

#define BIG (1024 * 1024)
#define EXT_MAX 4096

static uint32_t rng = 2026;

static uint32_t
rnd(void)
{
	return tfs_xorshift(&rng);
}

static uint8_t a[BIG + 200], b[BIG + 200], back[BIG + 200];

static uint64_t
free_blocks(struct tfs *t)
{
	struct nexfs_info info;

	(void)nexfs_info(&t->fs, &info);
	return info.blocks_free;
}

/* Writes data to a new file at path in pieces of at most step bytes. */
static int
put_pieces(struct tfs *t, const char *path, const uint8_t *data, size_t len, size_t step)
{
	struct nexfs_file f;
	int err;

	err = nexfs_file_open(&t->fs, &f, path, NEXFS_O_WRONLY | NEXFS_O_CREAT | NEXFS_O_TRUNC);
	for (size_t off = 0; !err && off < len; off += step)
		err = nexfs_file_append(&t->fs, &f, data + off, len - off < step ? len - off : step);
	(void)nexfs_file_close(&t->fs, &f);
	return err;
}

static bool
same(struct tfs *t, const char *path, const uint8_t *want, size_t len)
{
	size_t got = 0;

	return tfs_get(t, NEXFS_LIVE, path, back, sizeof(back), &got) == 0 && got == len &&
	    memcmp(back, want, len) == 0;
}

/* A file's extents, from its tree (the test looks inside). */
struct ext {
	uint64_t start;
	struct nexfs_bptr bp;
};

static struct ext ext_a[EXT_MAX], ext_b[EXT_MAX];

/* Lists the extents of the file at path into e; returns their number (-1: error). */
static int
extents(struct tfs *t, const char *path, struct ext *e)
{
	struct nexfs_state *s = nexfs_st(&t->fs);
	struct nexfs_inode in;
	struct nexfs_obj o;
	uint64_t pos = 0;

	if (nexfs_path_lookup(s, &s->sb.itab, s->sb.itab_height, path, &in) != 0 ||
	    in.entries > EXT_MAX)
		return -1;
	nexfs_inode_obj(s, &in, &o);
	for (uint64_t i = 0; i < in.entries; i++) {
		e[i].start = pos;
		if (nexfs_obj_leaf_bptr(s, &o, i, &e[i].bp) != 0)
			return -1;
		pos += e[i].bp.size;
	}
	return (int)in.entries;
}

/* Chunks (extents without CONT ending them) and CONT pieces among n extents. */
static void
count_chunks(const struct ext *e, int n, int *chunks, int *cont)
{
	*chunks = *cont = 0;
	for (int i = 0; i < n; i++) {
		if (e[i].bp.flags & NEXFS_BF_CONT)
			(*cont)++;
		else
			(*chunks)++;
	}
}

/* Whether two files have the same extents (the same blocks, sizes and flags). */
static bool
same_extents(struct tfs *t, const char *p1, const char *p2, int *n)
{
	int n1 = extents(t, p1, ext_a), n2 = extents(t, p2, ext_b);

	*n = n1;
	if (n1 < 0 || n1 != n2)
		return false;
	for (int i = 0; i < n1; i++)
		if (ext_a[i].bp.block != ext_b[i].bp.block || ext_a[i].bp.size != ext_b[i].bp.size ||
		    ext_a[i].bp.flags != ext_b[i].bp.flags || ext_a[i].bp.type != ext_b[i].bp.type)
			return false;
	return true;
}

/*
 * 1 MiB of random bytes, again in pieces, again with 100 bytes inserted in
 * the middle, then that insertion made in place.  avg 0 means the format's
 * default chunk sizes; saved is the share of the second copy's bytes that
 * must not be stored again, in percent (cut in 4 KiB blocks, it would be
 * about 50: every block after the insertion changes).
 */
static void
insertion(uint32_t block, uint32_t count, uint32_t min, uint32_t avg, uint32_t max, int saved)
{
	struct nexfs_format_options opt;
	struct tfs t;
	struct nexfs_dedup_stats dd;
	uint64_t f0, f1, f2, f3, w0, d0;
	int n, chunks, cont;

	rng = 2026;	/* the same file whatever ran before */
	for (size_t i = 0; i < BIG; i++)
		a[i] = (uint8_t)rnd();
	memset(&opt, 0, sizeof(opt));
	opt.cdc_min = min;
	opt.cdc_avg = avg;
	opt.cdc_max = max;
	/*
	 * Without PACK: block for block needs every dedup hint to survive the
	 * churn of 1,000 appends, and a hint to a piece dropped from a packed
	 * block that stays in use cannot be told from a live one (DESIGN.md,
	 * "Packing"); test_nexfs_pack covers dedup of packed pieces.
	 */
	opt.features = NEXFS_FEAT_COMPAT_DEDUP | NEXFS_FEAT_COMPAT_WEAR_LEVEL;
	tfs_init(&t, 256, block, count, NEXFS_FLASH_NOR);
	(void)nexfs_format(&t.cfg, &opt);
	(void)nexfs_mount(&t.fs, &t.cfg);
	{
		struct nexfs_info info;

		(void)nexfs_info(&t.fs, &info);
		max = info.cdc_max;
		tap_diag("%u-byte blocks, chunk sizes %u/%u/%u%s", block, info.cdc_min, info.cdc_avg,
		    info.cdc_max, avg == 0 ? " (the defaults)" : "");
	}
	f0 = free_blocks(&t);
	tap_ok(tfs_put(&t, "/a", a, BIG) == 0 && same(&t, "/a", a, BIG), "write 1 MiB");
	f1 = free_blocks(&t);
	n = extents(&t, "/a", ext_a);
	count_chunks(ext_a, n, &chunks, &cont);
	tap_ok(n > 0 && (max <= block || cont > 0), "%d chunks in %d extents (%d CONT pieces)",
	    chunks, n, cont);

	/* The same bytes in 1000-byte appends: the same chunks, nothing new. */
	tap_ok(put_pieces(&t, "/pieces", a, BIG, 1000) == 0 && same(&t, "/pieces", a, BIG),
	    "the same 1 MiB in 1000-byte appends");
	f2 = free_blocks(&t);
	tap_ok(f1 - f2 <= 8, "appends chunk like one write: %llu new blocks (its tree nodes)",
	    (unsigned long long)(f1 - f2));
	tap_ok(same_extents(&t, "/a", "/pieces", &n), "and give the same %d extents, block for "
	    "block", n);

	/* 100 bytes inserted in the middle, as a second file. */
	memcpy(b, a, BIG / 2);
	for (size_t i = 0; i < 100; i++)
		b[BIG / 2 + i] = (uint8_t)rnd();
	memcpy(b + BIG / 2 + 100, a + BIG / 2, BIG / 2);
	(void)nexfs_dedup_stats(&t.fs, &dd);
	w0 = dd.bytes_written;
	d0 = dd.bytes_deduped;
	tap_ok(tfs_put(&t, "/b", b, BIG + 100) == 0 && same(&t, "/b", b, BIG + 100),
	    "write it again with 100 bytes inserted in the middle");
	f3 = free_blocks(&t);
	(void)nexfs_dedup_stats(&t.fs, &dd);
	tap_ok((f2 - f3) * 100 <= (f0 - f1) * (uint64_t)(100 - saved + 3) &&
	    f2 - f3 <= 2 * ((max + block - 1) / block) + 12,
	    "the copy with the insertion costs %llu blocks (its tree nodes and the pieces "
	    "of at most two chunks around the insertion), the first copy %llu",
	    (unsigned long long)(f2 - f3), (unsigned long long)(f0 - f1));
	tap_ok((dd.bytes_deduped - d0) * 100 >= (dd.bytes_written - w0) * (uint64_t)saved,
	    "%.2f%% of the second copy's bytes not stored again (at least %d%%)",
	    100.0 * (double)(dd.bytes_deduped - d0) / (double)(dd.bytes_written - w0), saved);

	/* The same insertion made in place, in the middle of /a. */
	{
		struct nexfs_file f;
		int err;

		err = nexfs_file_open(&t.fs, &f, "/a", NEXFS_O_RDWR);
		if (!err)
			err = nexfs_file_write(&t.fs, &f, BIG / 2, b + BIG / 2, BIG / 2 + 100);
		(void)nexfs_file_close(&t.fs, &f);
		tap_ok(err == 0 && same(&t, "/a", b, BIG + 100), "the insertion made in place");
	}
	tap_ok(free_blocks(&t) + 2 >= f3, "costs no new chunks (%lld blocks)",
	    (long long)(f3 - free_blocks(&t)));
	tap_ok(nexfs_check(&t.fs) == 0, "refcounts consistent");
	(void)nexfs_remove(&t.fs, "/a");
	(void)nexfs_remove(&t.fs, "/b");
	(void)nexfs_remove(&t.fs, "/pieces");
	tap_ok(free_blocks(&t) + 20 >= f0 && nexfs_check(&t.fs) == 0,
	    "every chunk freed when no file uses it (%lld blocks kept by the index)",
	    (long long)(f0 - free_blocks(&t)));
	tfs_free(&t);
}

/* A volume for the model: geometry, chunk sizes (avg 0: the defaults). */
struct geo {
	uint32_t page, block, count, flags;
	uint32_t min, avg, max;
	size_t file;		/* the file's bytes stay below this */
	bool canon;		/* no holes: check that every cut is FastCDC's */
};

/*
 * Whether every chunk of the file at path but its last is the first
 * FastCDC cut of the bytes (want, size of them) from its start: so that
 * equal bytes give equal chunks whatever the history of writes.  Only for
 * files without holes (a write into a hole keeps the cut the hole forced).
 */
static bool
canonical(struct tfs *t, const char *path, const uint8_t *want, size_t size, int *bad_at)
{
	struct nexfs_info info;
	struct nexfs_cdc cdc;
	struct nexfs_cdc_params p;
	uint64_t x = 0;
	int n = extents(t, path, ext_b);

	*bad_at = -1;
	(void)nexfs_info(&t->fs, &info);
	p.min_size = info.cdc_min;
	p.avg_size = info.cdc_avg;
	p.max_size = info.cdc_max;
	p.level = NEXFS_CDC_DEFAULT_LEVEL;
	if (n < 0 || nexfs_cdc_init(&cdc, &p) != 0)
		return false;
	for (int i = 0; i < n; i++) {
		uint64_t y = ext_b[i].start + ext_b[i].bp.size;

		if (ext_b[i].bp.flags & NEXFS_BF_CONT)
			continue;
		if (i + 1 < n && nexfs_cdc_chunk_len(&cdc, want + x, (size_t)(size - x)) != y - x) {
			*bad_at = i;
			return false;
		}
		x = y;
	}
	return true;
}

/*
 * Random writes, holes and truncates on one file against a model; with
 * batch, in batch mode with a sync every seventh call; with snaps, under a
 * snapshot retaken every 25 calls (so the tree is often shared).  A third
 * of the truncates and a sixth of the writes start exactly at an extent
 * boundary: between two pieces of a chunk or between chunks.
 */
static void
model(const struct geo *g, int ops, bool batch, bool snaps)
{
	struct nexfs_format_options opt;
	struct nexfs_info info;
	struct tfs t;
	struct nexfs_file f;
	size_t size = 0, max = g->file;
	nexfs_snap_t id = 0;
	int bad = 0, op, on_piece = 0, on_chunk = 0, most_cont = 0;

	memset(&opt, 0, sizeof(opt));
	opt.cdc_min = g->min;
	opt.cdc_avg = g->avg;
	opt.cdc_max = g->max;
	tfs_init(&t, g->page, g->block, g->count, g->flags);
	(void)nexfs_format(&t.cfg, &opt);
	t.cfg.mount_flags = batch ? NEXFS_MOUNT_BATCH : 0;
	(void)nexfs_mount(&t.fs, &t.cfg);
	(void)nexfs_info(&t.fs, &info);
	(void)nexfs_file_open(&t.fs, &f, "/m", NEXFS_O_RDWR | NEXFS_O_CREAT);
	for (op = 0; op < ops && bad == 0; op++) {
		size_t off = rnd() % max, len = 1 + rnd() % (rnd() % 4 == 0 ? max / 5 : 600);
		int kind = (int)(rnd() % 8), err, n = 0, chunks, cont;
		bool edge = kind >= 6 ? rnd() % 3 == 0 : rnd() % 6 == 0;

		if (op == 0) {
			/* Start with half the file of repeating bytes: long chunks. */
			kind = 0;
			off = 0;
			len = max / 2;
		}
		if (edge || op % 8 == 1) {
			n = extents(&t, "/m", ext_a);
			count_chunks(ext_a, n, &chunks, &cont);
			if (cont > most_cont)
				most_cont = cont;
		}
		if (edge && n > 1) {
			/* Half of them between pieces, half between chunks, when there are. */
			bool piece = rnd() % 2 == 0;
			int k = 1 + (int)(rnd() % (uint32_t)(n - 1)), i;

			for (i = 0; i < n - 1; i++) {
				int kk = 1 + (k - 1 + i) % (n - 1);

				if (((ext_a[kk - 1].bp.flags & NEXFS_BF_CONT) != 0) == piece) {
					k = kk;
					break;
				}
			}
			off = (size_t)ext_a[k].start;
			if (ext_a[k - 1].bp.flags & NEXFS_BF_CONT)
				on_piece++;
			else
				on_chunk++;
		}
		if (g->canon) {
			off = off > size ? size : off;
			kind = kind >= 6 && off == size ? 4 : kind == 5 ? 3 : kind;
		}
		if (off + len > max)
			len = max - off;
		if (kind < 6) {
			uint8_t v = (uint8_t)rnd();

			for (size_t i = 0; i < len; i++)
				back[i] = kind == 5 ? 0 : kind == 4 ? (uint8_t)rnd() :
				    (uint8_t)(v + i / 7);
			err = nexfs_file_write(&t.fs, &f, off, back, len);
			if (off > size)
				memset(a + size, 0, off - size);
			memcpy(a + off, back, len);
			if (off + len > size)
				size = off + len;
		} else {
			err = nexfs_file_truncate(&t.fs, &f, off);
			if (off > size)
				memset(a + size, 0, off - size);
			size = off;
		}
		if (err) {
			tap_diag("op %d: %s", op, nexfs_strerror(err));
			bad++;
		}
		if (!same(&t, "/m", a, size)) {
			size_t d = 0;

			while (d < size && back[d] == a[d])
				d++;
			tap_diag("op %d (kind %d, off %zu, len %zu): differs at %zu of %zu", op, kind,
			    off, len, d, size);
			bad++;
		}
		if (batch && op % 7 == 6 && nexfs_sync(&t.fs) != 0)
			bad++;
		if (snaps && op % 25 == 0) {
			if (id != 0 && nexfs_snapshot_delete(&t.fs, id) != 0)
				bad++;
			if (nexfs_snapshot_create(&t.fs, NULL, &id) != 0)
				bad++;
		}
		if (g->canon && !canonical(&t, "/m", a, size, &n)) {
			tap_diag("op %d (kind %d, off %zu, len %zu): extent %d is not a FastCDC cut",
			    op, kind, off, len, n);
			bad++;
		}
		if (nexfs_check(&t.fs) != 0) {
			tap_diag("op %d (kind %d, off %zu, len %zu): inconsistent", op, kind, off, len);
			bad++;
		}
	}
	(void)nexfs_file_close(&t.fs, &f);
	tap_ok(bad == 0, "%d random writes and truncates, %u-byte blocks%s, chunks %u/%u/%u%s%s "
	    "agree with the model%s", op, g->block, g->flags & NEXFS_FLASH_NAND ? " (NAND)" : "",
	    info.cdc_min, info.cdc_avg, info.cdc_max, batch ? ", batch mode" : "",
	    snaps ? ", under snapshots" : "", g->canon ? "; every cut is FastCDC's" : "");
	if (info.cdc_max > g->block)
		tap_ok(most_cont > 0 && on_chunk > 0 && (on_piece > 0 || g->block > 4096),
		    "chunks spanned blocks (up to %d CONT pieces in the file); %d calls started "
		    "between pieces, %d between chunks", most_cont, on_piece, on_chunk);
	tap_ok(nexfs_unmount(&t.fs) == 0 && nexfs_mount(&t.fs, &t.cfg) == 0 &&
	    same(&t, "/m", a, size), "and after a remount");
	tfs_free(&t);
}

/*
 * A file with 256 KiB of zeros between random bytes, and one all zeros:
 * every chunk of zeros is a hole, no block holds a chunk of zeros.
 */
static void
zeros(void)
{
	struct nexfs_format_options opt = { .cdc_min = 1024, .cdc_avg = 4096, .cdc_max = 16384 };
	struct tfs t;
	uint64_t f0, holes = 0, zero_data = 0, pieces = 0, pieces_cont = 0;
	int n;

	tfs_init(&t, 256, 1024, 2048, NEXFS_FLASH_NOR);
	(void)nexfs_format(&t.cfg, &opt);
	(void)nexfs_mount(&t.fs, &t.cfg);
	for (size_t i = 0; i < 3 * 128 * 1024; i++)
		a[i] = i >= 64 * 1024 && i < 320 * 1024 ? 0 : (uint8_t)rnd();
	tap_ok(tfs_put(&t, "/z", a, 3 * 128 * 1024) == 0 && same(&t, "/z", a, 3 * 128 * 1024),
	    "write 64 KiB random, 256 KiB zeros, 64 KiB random");
	n = extents(&t, "/z", ext_a);
	for (int i = 0; i < n; i++) {
		pieces += ext_a[i].bp.type != 0 ? 1 : 0;
		pieces_cont += ext_a[i].bp.flags & NEXFS_BF_CONT ? 1 : 0;
		if (ext_a[i].bp.type == 0)
			holes += ext_a[i].bp.size;
		else if (ext_a[i].bp.flags & NEXFS_BF_CONT || (i > 0 &&
		    ext_a[i - 1].bp.flags & NEXFS_BF_CONT))
			continue;	/* a piece: may be zeros */
		else if (nexfs_blk_read(nexfs_st(&t.fs), &ext_a[i].bp, back) == 0 &&
		    nexfs_is_zero(back, ext_a[i].bp.size))
			zero_data++;
	}
	tap_ok(n > 0 && holes >= 256 * 1024 - 2 * 16384 && zero_data == 0,
	    "the zeros are holes (%llu bytes), no one-block chunk of zeros is stored",
	    (unsigned long long)holes);
	tap_ok(pieces <= 128 + 2 * 16 + (uint64_t)n - pieces_cont, "%llu blocks for 128 KiB of data "
	    "and the chunks around the zeros", (unsigned long long)pieces);
	memset(a, 0, 200 * 1024);
	f0 = free_blocks(&t);
	tap_ok(tfs_put(&t, "/allzero", a, 200 * 1024) == 0 && same(&t, "/allzero", a, 200 * 1024),
	    "write 200 KiB of zeros");
	n = extents(&t, "/allzero", ext_a);
	holes = 0;
	for (int i = 0; i < n; i++)
		holes += ext_a[i].bp.type == 0 ? 1 : 0;
	tap_ok(n > 0 && holes == (uint64_t)n && f0 - free_blocks(&t) <= 4,
	    "%d extents, all holes, %llu blocks (the tree)", n,
	    (unsigned long long)(f0 - free_blocks(&t)));
	tap_ok(nexfs_check(&t.fs) == 0, "refcounts and pieces consistent");
	tfs_free(&t);
}

/*
 * A write whose new cut lands exactly between two pieces of an old chunk,
 * past the written bytes: that is no old chunk boundary, so the writer
 * goes on re-chunking the old bytes after it (every cut stays FastCDC's).
 */
static void
piece_cut(void)
{
	struct nexfs_format_options opt = { .cdc_min = 512, .cdc_avg = 1024, .cdc_max = 4096 };
	struct nexfs_cdc_params p = { 512, 1024, 4096, NEXFS_CDC_DEFAULT_LEVEL };
	struct nexfs_cdc cdc;
	struct nexfs_file f;
	struct tfs t;
	size_t size = 64 * 1024, w = 1020;	/* up to just before the second piece */
	uint64_t x0 = 0, y0 = 0, c = 0;
	int n, k, tries, bad_at, err = -1;

	tfs_init(&t, 64, 512, 2048, NEXFS_FLASH_NOR);
	(void)nexfs_format(&t.cfg, &opt);
	(void)nexfs_mount(&t.fs, &t.cfg);
	(void)nexfs_cdc_init(&cdc, &p);
	for (size_t i = 0; i < size; i++)
		a[i] = (uint8_t)rnd();
	(void)tfs_put(&t, "/p", a, size);
	/* The longest chunk. */
	n = extents(&t, "/p", ext_a);
	for (k = 0; k < n; k++) {
		uint64_t x = ext_a[k].start;

		while (k < n && ext_a[k].bp.flags & NEXFS_BF_CONT)
			k++;
		if (k < n && ext_a[k].start + ext_a[k].bp.size - x > y0 - x0) {
			x0 = x;
			y0 = ext_a[k].start + ext_a[k].bp.size;
		}
	}
	/* New bytes at its start whose first cut is a piece boundary of it. */
	memcpy(b, a, size);
	for (tries = 0; y0 >= x0 + 3 * 512 && tries < 20000; tries++) {
		for (size_t i = 0; i < w; i++)
			b[x0 + i] = (uint8_t)rnd();
		c = x0 + nexfs_cdc_chunk_len(&cdc, b + x0, size - x0);
		if (c >= x0 + w && c < y0 && (c - x0) % 512 == 0)
			break;
	}
	tap_ok(y0 >= x0 + 3 * 512 && tries < 20000, "a chunk [%llu, %llu) of pieces; a new cut at %llu "
	    "between two of them (%d tries)", (unsigned long long)x0, (unsigned long long)y0,
	    (unsigned long long)c, tries);
	if (nexfs_file_open(&t.fs, &f, "/p", NEXFS_O_RDWR) == 0) {
		err = nexfs_file_write(&t.fs, &f, x0, b + x0, w);
		(void)nexfs_file_close(&t.fs, &f);
	}
	tap_ok(err == 0 && same(&t, "/p", b, size), "write there");
	tap_ok(canonical(&t, "/p", b, size, &bad_at), "every cut is FastCDC's (first bad extent "
	    "%d)", bad_at);
	tap_ok(nexfs_check(&t.fs) == 0, "refcounts and pieces consistent");
	tfs_free(&t);
}

/*
 * A CONT flag on a file's last extent, made in RAM: the checker reports
 * it, a write to the file fails with NEXFS_ERR_CORRUPT (and goes back to
 * the last commit, which is consistent).
 */
static void
broken_chain(void)
{
	struct nexfs_format_options opt = { .cdc_min = 1024, .cdc_avg = 4096, .cdc_max = 16384 };
	struct nexfs_state *s;
	struct nexfs_inode in;
	struct nexfs_obj o;
	struct nexfs_bptr bp;
	struct nexfs_file f;
	struct tfs t;
	int err;

	tfs_init(&t, 256, 1024, 512, NEXFS_FLASH_NOR);
	(void)nexfs_format(&t.cfg, &opt);
	(void)nexfs_mount(&t.fs, &t.cfg);
	for (size_t i = 0; i < 100 * 1024; i++)
		a[i] = (uint8_t)rnd();
	(void)tfs_put(&t, "/c", a, 100 * 1024);
	tap_ok(nexfs_check(&t.fs) == 0, "a file of chunks spanning blocks is consistent");
	tap_ok(nexfs_file_open(&t.fs, &f, "/c", NEXFS_O_RDWR) == 0, "open it");
	s = nexfs_st(&t.fs);
	err = nexfs_path_lookup(s, &s->sb.itab, s->sb.itab_height, "/c", &in);
	if (!err)
		err = nexfs_inode_obj_live(s, &in, &o);
	if (!err)
		err = nexfs_obj_leaf_bptr(s, &o, in.entries - 1, &bp);
	if (!err) {
		bp.flags |= NEXFS_BF_CONT;
		nexfs_ref_inc(s, bp.block);
		err = nexfs_obj_put_leaf(s, &o, in.entries - 1, &bp);
	}
	if (!err) {
		in.root = o.root;
		in.height = o.height;
		err = nexfs_inode_put(s, &in, NULL);
	}
	tap_ok(err == 0 && nexfs_check(&t.fs) > 0, "CONT on the last extent: the checker "
	    "reports it");
	err = nexfs_file_write(&t.fs, &f, 100 * 1024 - 10, a, 5);
	(void)nexfs_file_close(&t.fs, &f);
	tap_ok(err == NEXFS_ERR_CORRUPT, "a write there is refused: %s", nexfs_strerror(err));
	tap_ok(nexfs_check(&t.fs) == 0 && same(&t, "/c", a, 100 * 1024),
	    "and the volume is back at its last commit");
	tfs_free(&t);
}

int
main(void)
{
	/* Chunks of at most a block, as format version 3 cut them. */
	static const struct geo nor4k_b = { 256, 4096, 512, NEXFS_FLASH_NOR, 512, 1024, 4096,
	    96 * 1024, false };
	static const struct geo nor512_b = { 256, 512, 2048, NEXFS_FLASH_NOR, 128, 256, 512,
	    96 * 1024, false };
	/* Chunks spanning blocks: the defaults (4 KiB average here), NOR 512 B blocks. */
	static const struct geo nor4k = { 256, 4096, 512, NEXFS_FLASH_NOR, 0, 0, 0, 96 * 1024, false };
	static const struct geo nor4k_big = { 256, 4096, 1024, NEXFS_FLASH_NOR, 4096, 16384,
	    65536, 400 * 1024, false };
	static const struct geo nor512 = { 64, 512, 2048, NEXFS_FLASH_NOR, 512, 1024, 4096,
	    96 * 1024, false };
	static const struct geo nor1k = { 256, 1024, 2048, NEXFS_FLASH_NOR, 256, 1024, 8192,
	    96 * 1024, false };
	/* No holes: every cut checked. */
	static const struct geo nor512_c = { 64, 512, 2048, NEXFS_FLASH_NOR, 512, 1024, 4096,
	    96 * 1024, true };
	static const struct geo nor4k_c = { 256, 4096, 1024, NEXFS_FLASH_NOR, 4096, 16384,
	    65536, 400 * 1024, true };
	/* NAND, 2 KiB pages and 128 KiB blocks: the 16/64/256 KiB defaults. */
	static const struct geo nand = { 2048, 131072, 128, NEXFS_FLASH_NAND, 0, 0, 0,
	    800 * 1024, false };

	if (getenv("NEXFS_CHUNK_SEED") != NULL)
		rng = (uint32_t)strtoul(getenv("NEXFS_CHUNK_SEED"), NULL, 10) | 1u;
	model(&nor4k_b, 100, false, false);
	model(&nor512_b, 100, false, false);
	model(&nor4k, 200, false, false);
	model(&nor4k_big, 150, false, false);
	model(&nor512, 250, false, false);
	model(&nor512, 200, true, false);
	model(&nor512, 200, false, true);
	model(&nor1k, 200, true, true);
	model(&nor512_c, 150, false, false);
	model(&nor4k_c, 100, false, false);
	model(&nand, 80, false, false);
	zeros();
	piece_cut();
	broken_chain();
	insertion(4096, 1024, 0, 0, 0, 85);
	insertion(4096, 1024, 1024, 2048, 4096, 98);
	insertion(4096, 1024, 16384, 65536, 262144, 90);
	return tap_done();
}
