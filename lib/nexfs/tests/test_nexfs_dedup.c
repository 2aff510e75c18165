/*
 * test_nexfs_dedup.c: identical chunks are stored once, reference-counted
 * and freed when unused; the dedup feature can be tuned off; ten versions
 * of a tree with a few percent changed cost little more than one.
 */
#include "nexfs_test.h"
#include "nexfs_check.h"

static uint32_t rng = 12345;

static uint32_t
rnd(void)
{
	return tfs_xorshift(&rng);
}

int
main(void)
{
	struct tfs t;
	struct nexfs_info info;
	struct nexfs_dedup_stats dd;
	struct nexfs_attr attr = { NEXFS_CSUM_XXH3_64, 0, 0 };
	static uint8_t a[64 * 1024], back[64 * 1024], tree[20][16 * 1024];
	uint64_t f0, f1, f2, written0, dedup0, chunks1;
	size_t got;

	for (size_t i = 0; i < sizeof(a); i++)
		a[i] = (uint8_t)rnd();
	tfs_init(&t, 256, 4096, 512, NEXFS_FLASH_NOR);
	(void)nexfs_format(&t.cfg, NULL);
	(void)nexfs_mount(&t.fs, &t.cfg);

	(void)nexfs_info(&t.fs, &info);
	f0 = info.blocks_free;
	tap_ok(tfs_put(&t, "/one", a, sizeof(a)) == 0, "write 64 KiB");
	(void)nexfs_info(&t.fs, &info);
	f1 = info.blocks_free;
	(void)nexfs_dedup_stats(&t.fs, &dd);
	chunks1 = dd.chunks_written;
	tap_ok(tfs_put(&t, "/two", a, sizeof(a)) == 0, "write the same 64 KiB again");
	(void)nexfs_info(&t.fs, &info);
	f2 = info.blocks_free;
	tap_ok(f0 - f1 >= 16 && f1 - f2 < 8, "second copy costs no data blocks (%llu then %llu)",
	    (unsigned long long)(f0 - f1), (unsigned long long)(f1 - f2));
	tap_ok(nexfs_dedup_stats(&t.fs, &dd) == 0 && dd.chunks_written == 2 * chunks1 &&
	    dd.chunks_deduped == chunks1 && dd.blocks_shared >= chunks1 &&
	    dd.blocks_shared <= f0 - f1,
	    "stats: all %llu chunks of the copy deduplicated, each block shared",
	    (unsigned long long)chunks1);
	tap_ok(nexfs_check(&t.fs) == 0, "refcounts consistent");
	tap_ok(nexfs_remove(&t.fs, "/one") == 0, "remove the first copy");
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/two", back, sizeof(back), &got) == 0 &&
	    got == sizeof(a) && memcmp(back, a, sizeof(a)) == 0, "second copy intact");
	tap_ok(nexfs_check(&t.fs) == 0, "refcounts consistent after remove");
	tap_ok(nexfs_remove(&t.fs, "/two") == 0, "remove the second copy");
	(void)nexfs_info(&t.fs, &info);
	tap_ok(info.blocks_free + 12 >= f0 && nexfs_check(&t.fs) == 0,
	    "blocks freed when no file uses them (the index keeps a few)");

	/* Not for files with a 64-bit check, nor when tuned off. */
	tap_ok(tfs_put(&t, "/x", a, 8192) == 0 &&
	    nexfs_setattr(&t.fs, "/x", &attr, NEXFS_ATTR_CSUM) == 0, "file with XXH3-64");
	(void)nexfs_dedup_stats(&t.fs, &dd);
	dedup0 = dd.chunks_deduped;
	{
		struct nexfs_file f;

		(void)nexfs_file_open(&t.fs, &f, "/x", NEXFS_O_RDWR);
		tap_ok(nexfs_file_write(&t.fs, &f, 8192, a, 8192) == 0, "write to it");
		(void)nexfs_file_close(&t.fs, &f);
	}
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/x", back, sizeof(back), &got) == 0 && got == 16384 &&
	    memcmp(back + 8192, a, 8192) == 0, "XXH3-64 file reads back");
	(void)nexfs_dedup_stats(&t.fs, &dd);
	tap_ok(dd.chunks_deduped == dedup0, "no dedup for a 64-bit check");
	tap_ok(nexfs_tune(&t.fs, 0, NEXFS_FEAT_COMPAT_DEDUP) == 0, "tune dedup off");
	(void)tfs_put(&t, "/y", a, 8192);
	(void)nexfs_dedup_stats(&t.fs, &dd);
	tap_ok(dd.chunks_deduped == dedup0, "no dedup when tuned off");
	tap_ok(nexfs_tune(&t.fs, NEXFS_FEAT_COMPAT_DEDUP, 0) == 0, "tune dedup on");
	tap_ok(nexfs_tune(&t.fs, 1ull << 20, 0) == NEXFS_ERR_INVAL, "unknown feature refused");
	(void)nexfs_remove(&t.fs, "/x");
	(void)nexfs_remove(&t.fs, "/y");

	/* Rewriting a block with its own content under a snapshot: dedup hands
	 * back the very block being replaced (a bug once counted it twice). */
	{
		struct nexfs_file f;
		nexfs_snap_t id;

		(void)tfs_put(&t, "/z", a, 3000);
		(void)nexfs_snapshot_create(&t.fs, "z", &id);
		(void)nexfs_file_open(&t.fs, &f, "/z", NEXFS_O_RDWR);
		tap_ok(nexfs_file_write(&t.fs, &f, 100, a + 100, 50) == 0, "rewrite same bytes");
		(void)nexfs_file_close(&t.fs, &f);
		tap_ok(nexfs_check(&t.fs) == 0, "refcounts consistent after identical rewrite");
		(void)nexfs_snapshot_delete(&t.fs, id);
		(void)nexfs_remove(&t.fs, "/z");
		tap_ok(nexfs_check(&t.fs) == 0, "and after cleanup");
	}

	/* Ten versions of a 20-file tree, each version changing ~3% in place. */
	for (int f = 0; f < 20; f++)
		for (size_t i = 0; i < sizeof(tree[0]); i++)
			tree[f][i] = (uint8_t)rnd();
	(void)nexfs_dedup_stats(&t.fs, &dd);
	written0 = dd.bytes_written;
	dedup0 = dd.bytes_deduped;
	for (int v = 0; v < 10; v++) {
		char dir[32], path[48];

		snprintf(dir, sizeof(dir), "/v%d", v);
		(void)nexfs_mkdir(&t.fs, dir);
		for (int k = 0; k < 3 && v > 0; k++) {
			uint8_t *p = tree[rnd() % 20];

			for (int j = 0; j < 300; j++)
				p[rnd() % sizeof(tree[0])] ^= 0xff;
		}
		for (int f = 0; f < 20; f++) {
			snprintf(path, sizeof(path), "%s/f%d", dir, f);
			if (tfs_put(&t, path, tree[f], sizeof(tree[f])) != 0)
				break;
		}
	}
	(void)nexfs_dedup_stats(&t.fs, &dd);
	{
		uint64_t w = dd.bytes_written - written0, d = dd.bytes_deduped - dedup0;
		uint64_t repeated = w - w / 10;

		tap_diag("ten versions: %llu bytes written, %llu not stored again (%llu%% of the "
		    "repeated bytes)", (unsigned long long)w, (unsigned long long)d,
		    (unsigned long long)(d * 100 / repeated));
		tap_ok(d * 100 / repeated >= 80, "ten versions: most repeated bytes saved");
	}
	tap_ok(nexfs_check(&t.fs) == 0, "refcounts consistent after the versions");
	(void)nexfs_unmount(&t.fs);
	tfs_free(&t);
	return tap_done();
}
