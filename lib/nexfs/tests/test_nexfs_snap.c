/*
 * test_nexfs_snap.c: TimeWarp snapshots (create, list, read, diff,
 * rollback, delete), scrub (detects damage, repairs replicas), du.
 */
#include "nexfs_test.h"
#include "nexfs_check.h"

struct diffs {
	int n;
	char paths[16][64];
	int kinds[16];
};

static int
on_diff(void *ctx, const char *path, enum nexfs_diff_kind kind)
{
	struct diffs *d = ctx;

	if (d->n < 16) {
		snprintf(d->paths[d->n], sizeof(d->paths[0]), "%s", path);
		d->kinds[d->n] = kind;
	}
	d->n++;
	return 0;
}

static bool
has_diff(const struct diffs *d, const char *path, int kind)
{
	for (int i = 0; i < d->n && i < 16; i++)
		if (strcmp(d->paths[i], path) == 0 && d->kinds[i] == kind)
			return true;
	return false;
}

int
main(void)
{
	struct tfs t;
	struct nexfs_snapshot_info list[4];
	struct nexfs_scrub_report rep;
	struct nexfs_info info;
	struct nexfs_stat st;
	struct nexfs_du du;
	struct diffs d;
	uint8_t data[10000], back[10000];
	nexfs_snap_t s1, s2;
	size_t n, got;
	uint64_t free0;

	for (size_t i = 0; i < sizeof(data); i++)
		data[i] = (uint8_t)(i * 7 + 3);
	tfs_init(&t, 256, 4096, 256, NEXFS_FLASH_NOR);
	(void)nexfs_format(&t.cfg, NULL);
	(void)nexfs_mount(&t.fs, &t.cfg);
	(void)nexfs_info(&t.fs, &info);
	free0 = info.blocks_free;
	(void)nexfs_mkdir(&t.fs, "/etc");
	(void)tfs_put(&t, "/etc/conf", "version=1", 9);
	(void)tfs_put(&t, "/data", data, sizeof(data));
	(void)tfs_put(&t, "/gone", "bye", 3);

	tap_ok(nexfs_snapshot_create(&t.fs, "before", &s1) == 0 && s1 == 1, "snapshot create");
	tap_ok(nexfs_check(&t.fs) == 0, "refcounts consistent after snapshot");
	tap_ok(tfs_put(&t, "/etc/conf", "version=2!", 10) == 0, "modify a file");
	tap_ok(nexfs_remove(&t.fs, "/gone") == 0, "remove a file");
	tap_ok(tfs_put(&t, "/new", "fresh", 5) == 0, "add a file");
	tap_ok(nexfs_rename(&t.fs, "/data", "/etc/data") == 0, "move a file");
	tap_ok(nexfs_check(&t.fs) == 0, "refcounts consistent after changes");

	tap_ok(tfs_get(&t, s1, "/etc/conf", back, sizeof(back), &got) == 0 && got == 9 &&
	    memcmp(back, "version=1", 9) == 0, "snapshot still reads the old content");
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/etc/conf", back, sizeof(back), &got) == 0 && got == 10,
	    "live tree reads the new content");
	tap_ok(tfs_get(&t, s1, "/gone", back, sizeof(back), &got) == 0 && got == 3,
	    "removed file readable in the snapshot");
	tap_ok(nexfs_stat_at(&t.fs, s1, "/new", &st) == NEXFS_ERR_NOENT,
	    "new file absent from the snapshot");
	tap_ok(nexfs_stat_at(&t.fs, 99, "/", &st) == NEXFS_ERR_NOENT, "unknown snapshot: NOENT");

	memset(&d, 0, sizeof(d));
	tap_ok(nexfs_snapshot_diff(&t.fs, s1, NEXFS_LIVE, on_diff, &d) == 0, "diff runs");
	tap_ok(has_diff(&d, "/etc/conf", NEXFS_DIFF_MODIFIED), "diff: modified file");
	tap_ok(has_diff(&d, "/gone", NEXFS_DIFF_REMOVED), "diff: removed file");
	tap_ok(has_diff(&d, "/new", NEXFS_DIFF_ADDED), "diff: added file");
	tap_ok(has_diff(&d, "/data", NEXFS_DIFF_REMOVED) && has_diff(&d, "/etc/data",
	    NEXFS_DIFF_ADDED), "diff: moved file");
	tap_ok(d.n == 5, "diff: nothing else (%d)", d.n);
	memset(&d, 0, sizeof(d));
	tap_ok(nexfs_snapshot_diff(&t.fs, s1, s1, on_diff, &d) == 0 && d.n == 0,
	    "diff of a snapshot with itself is empty");

	tap_ok(nexfs_snapshot_create(&t.fs, "after", &s2) == 0 && s2 == 2, "second snapshot");
	tap_ok(nexfs_snapshot_list(&t.fs, list, 4, &n) == 0 && n == 2 &&
	    strcmp(list[0].name, "before") == 0 && list[1].id == 2, "list");
	/*
	 * The bytes of /etc/data repeat every 256 bytes and no cut falls before
	 * the maximum: its first two chunks are equal and stored once.  Its
	 * last 1,808 bytes, /etc/conf and /new are packed into one block with
	 * the pieces of the first snapshot's /etc/conf and /gone, so no block
	 * is the live tree's own.
	 */
	tap_ok(nexfs_du(&t.fs, "/", &du) == 0 && du.files == 3 && du.dirs == 2 &&
	    du.logical_bytes == 10 + 10000 + 5 && du.referenced_blocks == 5 &&
	    du.unique_blocks == 0, "du of / (%llu files, %llu bytes, %llu blocks, %llu unique)",
	    (unsigned long long)du.files, (unsigned long long)du.logical_bytes,
	    (unsigned long long)du.referenced_blocks, (unsigned long long)du.unique_blocks);

	tap_ok(nexfs_snapshot_rollback(&t.fs, s1) == 0, "rollback to the first snapshot");
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/etc/conf", back, sizeof(back), &got) == 0 && got == 9 &&
	    memcmp(back, "version=1", 9) == 0, "live tree has the old content");
	tap_ok(nexfs_stat(&t.fs, "/new", &st) == NEXFS_ERR_NOENT &&
	    nexfs_stat(&t.fs, "/gone", &st) == 0 && nexfs_stat(&t.fs, "/data", &st) == 0,
	    "live tree has the old names");
	tap_ok(nexfs_check(&t.fs) == 0, "refcounts consistent after rollback");
	tap_ok(tfs_put(&t, "/etc/conf", "version=3", 9) == 0, "write after rollback");
	tap_ok(tfs_get(&t, s1, "/etc/conf", back, sizeof(back), &got) == 0 &&
	    memcmp(back, "version=1", 9) == 0, "snapshot unaffected by later writes");
	tap_ok(tfs_get(&t, s2, "/new", back, sizeof(back), &got) == 0 && got == 5,
	    "later snapshot still has its files");

	tap_ok(nexfs_unmount(&t.fs) == 0 && nexfs_mount(&t.fs, &t.cfg) == 0, "remount");
	tap_ok(tfs_get(&t, s1, "/etc/conf", back, sizeof(back), &got) == 0 &&
	    memcmp(back, "version=1", 9) == 0, "snapshot persists");

	tap_ok(nexfs_scrub(&t.fs, &rep, NULL, NULL) == 0 && rep.errors == 0 &&
	    rep.blocks_checked > 5, "scrub of a clean volume (%llu blocks)",
	    (unsigned long long)rep.blocks_checked);

	tap_ok(nexfs_snapshot_delete(&t.fs, s2) == 0, "delete second snapshot");
	tap_ok(nexfs_snapshot_delete(&t.fs, s1) == 0, "delete first snapshot");
	tap_ok(nexfs_check(&t.fs) == 0, "refcounts consistent after deletes");
	(void)nexfs_remove(&t.fs, "/etc/conf");
	(void)nexfs_remove(&t.fs, "/data");
	(void)nexfs_remove(&t.fs, "/gone");
	(void)nexfs_remove(&t.fs, "/etc");
	(void)nexfs_info(&t.fs, &info);
	tap_ok(info.blocks_free + 6 >= free0 && info.snapshots == 0 && nexfs_check(&t.fs) == 0,
	    "space returns when snapshots and files are gone (%llu of %llu)",
	    (unsigned long long)info.blocks_free, (unsigned long long)free0);

	/* Damage: a data block and a replica. */
	data[0] ^= 0x55;	/* unlike any block freed earlier */
	(void)tfs_put(&t, "/victim", data, sizeof(data));
	{
		uint32_t b;

		for (b = 0; b < 256; b++)
			if (memcmp(t.mem + (size_t)b * 4096, data, 256) == 0)
				break;
		nexfs_emu_flip(&t.emu, b, 17, 1);
	}
	tap_ok(nexfs_scrub(&t.fs, &rep, NULL, NULL) == 0 && rep.errors == 1,
	    "scrub finds the flipped data block");
	nexfs_emu_flip(&t.emu, 0, 0, 0);	/* superblock replica 0, slot 0 */
	(void)nexfs_info(&t.fs, &info);
	for (uint32_t k = 0; k < 16; k++)
		nexfs_emu_flip(&t.emu, info.replica_blocks[1], k * 256 + 9, 3);
	tap_ok(nexfs_scrub(&t.fs, &rep, NULL, NULL) == 0 && rep.replicas_bad >= 1 &&
	    rep.replicas_repaired == rep.replicas_bad, "scrub rewrites damaged replicas (%llu)",
	    (unsigned long long)rep.replicas_bad);
	tap_ok(nexfs_unmount(&t.fs) == 0 && nexfs_mount(&t.fs, &t.cfg) == 0 &&
	    nexfs_stat(&t.fs, "/victim", &st) == 0, "mounts after replica damage");
	(void)nexfs_unmount(&t.fs);
	tfs_free(&t);
	return tap_done();
}
