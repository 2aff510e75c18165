/*
 * test_nexfs_chunk.c: files cut into content-defined chunks (chunk.c).
 *
 * A file written in pieces is chunked exactly like the same bytes written
 * at once; an insertion in the middle of a large file, written as a second
 * file, stores only the chunks around it; writes, holes and truncates at
 * random offsets of a file of many extents agree with a model, with the
 * reference counts checked after each.
 */
#include "nexfs_test.h"
#include "nexfs_check.h"

#define BIG (1024 * 1024)

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

/*
 * 1 MiB of random bytes, again in pieces, again with 100 bytes inserted in
 * the middle, then that insertion made in place.  avg 0 means the format's
 * default chunk sizes; saved is the share of the second copy's bytes that
 * must not be stored again, in percent (cut in 4 KiB blocks, it would be
 * about 50: every block after the insertion changes).
 */
static void
insertion(uint32_t min, uint32_t avg, uint32_t max, int saved)
{
	struct nexfs_format_options opt;
	struct tfs t;
	struct nexfs_dedup_stats dd;
	uint64_t f0, f1, f2, f3, w0, d0;

	for (size_t i = 0; i < BIG; i++)
		a[i] = (uint8_t)rnd();
	memset(&opt, 0, sizeof(opt));
	opt.cdc_min = min;
	opt.cdc_avg = avg;
	opt.cdc_max = max;
	tfs_init(&t, 256, 4096, 1024, NEXFS_FLASH_NOR);
	(void)nexfs_format(&t.cfg, &opt);
	(void)nexfs_mount(&t.fs, &t.cfg);
	tap_diag("chunk sizes %u/%u/%u%s", min, avg, max, avg == 0 ? " (the defaults)" : "");
	f0 = free_blocks(&t);
	tap_ok(tfs_put(&t, "/a", a, BIG) == 0 && same(&t, "/a", a, BIG), "write 1 MiB");
	f1 = free_blocks(&t);

	/* The same bytes in 1000-byte appends: the same chunks, nothing new. */
	tap_ok(put_pieces(&t, "/pieces", a, BIG, 1000) == 0 && same(&t, "/pieces", a, BIG),
	    "the same 1 MiB in 1000-byte appends");
	f2 = free_blocks(&t);
	tap_ok(f1 - f2 <= 8, "appends chunk like one write: %llu new blocks (its tree nodes)",
	    (unsigned long long)(f1 - f2));

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
	tap_ok((f2 - f3) * 100 <= (f0 - f1) * (uint64_t)(100 - saved + 3),
	    "the copy with the insertion costs %llu blocks (its tree nodes and the chunks "
	    "around the insertion), the first copy %llu",
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

/*
 * Random writes, holes and truncates on one file against a model; with
 * batch, in batch mode with a sync every seventh call; with snaps, under a
 * snapshot retaken every 25 calls (so the tree is often shared).  avg is
 * the average chunk size (min half of it, max a block), 0 for the
 * defaults, where most cuts fall at the maximum.
 */
static void
model(uint32_t block, uint32_t count, int ops, bool batch, bool snaps, uint32_t avg)
{
	struct nexfs_format_options opt;
	struct tfs t;
	struct nexfs_file f;
	size_t size = 0, max = 96 * 1024;
	nexfs_snap_t id = 0;
	int bad = 0, op;

	memset(&opt, 0, sizeof(opt));
	opt.cdc_min = avg / 2;
	opt.cdc_avg = avg;
	opt.cdc_max = avg != 0 ? block : 0;
	tfs_init(&t, 256, block, count, NEXFS_FLASH_NOR);
	(void)nexfs_format(&t.cfg, &opt);
	t.cfg.mount_flags = batch ? NEXFS_MOUNT_BATCH : 0;
	(void)nexfs_mount(&t.fs, &t.cfg);
	(void)nexfs_file_open(&t.fs, &f, "/m", NEXFS_O_RDWR | NEXFS_O_CREAT);
	for (op = 0; op < ops && bad == 0; op++) {
		size_t off = rnd() % max, len = 1 + rnd() % (rnd() % 4 == 0 ? 20000 : 600);
		int kind = (int)(rnd() % 8), err;

		if (off + len > max)
			len = max - off;
		if (kind < 6) {
			uint8_t v = (uint8_t)rnd();

			for (size_t i = 0; i < len; i++)
				back[i] = kind == 5 ? 0 : (uint8_t)(v + i / 7);
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
		if (nexfs_check(&t.fs) != 0) {
			tap_diag("op %d: refcounts inconsistent", op);
			bad++;
		}
	}
	(void)nexfs_file_close(&t.fs, &f);
	tap_ok(bad == 0, "%d random writes and truncates on %u-byte blocks, average chunk %u%s%s "
	    "agree with the model", op, block, avg != 0 ? avg : block, batch ? ", batch mode" : "",
	    snaps ? ", under snapshots" : "");
	tap_ok(nexfs_unmount(&t.fs) == 0 && nexfs_mount(&t.fs, &t.cfg) == 0 &&
	    same(&t, "/m", a, size), "and after a remount");
	tfs_free(&t);
}

int
main(void)
{
	model(4096, 512, 300, false, false, 0);
	model(4096, 512, 300, false, false, 1024);
	model(512, 2048, 300, false, false, 256);
	model(512, 2048, 200, true, false, 0);
	model(512, 2048, 200, false, true, 256);
	model(1024, 2048, 200, true, true, 256);
	insertion(0, 0, 0, 85);
	insertion(1024, 2048, 4096, 98);
	return tap_done();
}
