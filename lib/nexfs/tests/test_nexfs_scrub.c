/*
 * test_nexfs_scrub.c: scrub reports damage and repairs it where a second
 * copy exists: allocation and wear indexes (rewritten from the counts in
 * RAM), a damaged allocation index at mount (rebuilt from the tree), dedup
 * index leaves and nodes (hints: replaced by empty ones), anchors and
 * replicas (rewritten with the mounted commit).  Damage with no second
 * copy (a file's chunk, an inode-table leaf) is reported, not repaired,
 * and reads of it fail with NEXFS_ERR_CORRUPT; nothing crashes.
 */
#include "nexfs_test.h"
#include "nexfs_check.h"

static struct tfs t;
static int logged;

static void
on_log(void *ctx, int level, const char *msg)
{
	(void)ctx;
	(void)level;
	(void)msg;
	logged++;
}

static const struct nexfs_log_ops log_ops = { on_log };

static int damaged_calls;

static void
on_scrub(void *ctx, uint64_t done, uint64_t total, const char *damaged)
{
	(void)ctx;
	(void)done;
	(void)total;
	if (damaged != NULL)
		damaged_calls++;
}

static void
flip(uint32_t block)
{
	nexfs_emu_flip(&t.emu, block, 100, 2);
}

/* Scrubs; returns its error, fills *rep. */
static int
scrub(struct nexfs_scrub_report *rep)
{
	damaged_calls = 0;
	return nexfs_scrub(&t.fs, rep, on_scrub, NULL);
}

static bool
files_intact(const uint8_t *a, const uint8_t *b)
{
	static uint8_t back[32 * 1024];
	size_t got;

	return tfs_get(&t, NEXFS_LIVE, "/d/a", back, sizeof(back), &got) == 0 && got == 8192 &&
	    memcmp(back, a, 8192) == 0 &&
	    tfs_get(&t, NEXFS_LIVE, "/b", back, sizeof(back), &got) == 0 && got == 20480 &&
	    memcmp(back, b, 20480) == 0;
}

int
main(void)
{
	static uint8_t a[8192], b[20480], back[20480];
	struct nexfs_scrub_report rep;
	struct nexfs_state *s;
	struct nexfs_stat st;
	struct nexfs_info info;
	struct nexfs_bptr leaf;
	struct nexfs_obj o;
	uint32_t x = 7, blk;
	size_t got;

	for (size_t i = 0; i < sizeof(a); i++)
		a[i] = (uint8_t)tfs_xorshift(&x);
	for (size_t i = 0; i < sizeof(b); i++)
		b[i] = (uint8_t)tfs_xorshift(&x);
	tfs_init(&t, 256, 4096, 128, NEXFS_FLASH_NOR);
	t.cfg.log = &log_ops;
	tap_ok(nexfs_format(&t.cfg, NULL) == 0 && nexfs_mount(&t.fs, &t.cfg) == 0, "format, mount");
	s = nexfs_st(&t.fs);
	tap_ok(nexfs_mkdir(&t.fs, "/d") == 0 && tfs_put(&t, "/d/a", a, sizeof(a)) == 0 &&
	    tfs_put(&t, "/b", b, sizeof(b)) == 0, "a directory and two files");
	tap_ok(scrub(&rep) == 0 && rep.errors == 0 && rep.replicas_bad == 0 &&
	    rep.blocks_checked > 10, "a clean volume scrubs clean (%llu blocks)",
	    (unsigned long long)rep.blocks_checked);

	/* The allocation index: its tables and its root. */
	flip(s->tables[0].block);
	tap_ok(scrub(&rep) == 0 && rep.errors == 1 && rep.repaired == 1 && damaged_calls == 1,
	    "a damaged allocation table is reported and rewritten from the counts in RAM");
	flip(s->sb.aidx.block);
	tap_ok(scrub(&rep) == 0 && rep.errors == 1 && rep.repaired == 1,
	    "a damaged allocation index root is rewritten");
	tap_ok(scrub(&rep) == 0 && rep.errors == 0 && nexfs_check(&t.fs) == 0,
	    "then the volume scrubs clean, reference counts consistent");

	/* The wear index: root and table. */
	flip(s->sb.wear.block);
	flip(s->wtables[0].block);
	tap_ok(scrub(&rep) == 0 && rep.errors == 2 && rep.repaired == 2,
	    "a damaged wear index and wear table are rewritten (%llu, %llu)",
	    (unsigned long long)rep.errors, (unsigned long long)rep.repaired);
	(void)nexfs_unmount(&t.fs);
	logged = 0;
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0 && logged == 0 && nexfs_info(&t.fs, &info) == 0 &&
	    info.max_erase_count > 0 && nexfs_check(&t.fs) == 0,
	    "remount reads the rewritten erase counts (max %u)", info.max_erase_count);
	s = nexfs_st(&t.fs);

	/* A damaged allocation index at mount: rebuilt from the tree. */
	blk = s->sb.aidx.block;
	(void)nexfs_unmount(&t.fs);
	flip(blk);
	logged = 0;
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0 && logged > 0,
	    "mount with a damaged allocation index rebuilds it (logged)");
	tap_ok(nexfs_check(&t.fs) == 0 && files_intact(a, b),
	    "rebuilt counts match the tree, files intact");
	(void)nexfs_unmount(&t.fs);
	logged = 0;
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0 && logged == 0 && nexfs_check(&t.fs) == 0,
	    "the rebuilt index was committed: the next mount is clean");
	s = nexfs_st(&t.fs);
	blk = s->tables[0].block;
	(void)nexfs_unmount(&t.fs);
	flip(blk);
	t.cfg.mount_flags = NEXFS_MOUNT_RDONLY;
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0 && files_intact(a, b) &&
	    scrub(&rep) == 0 && rep.errors == 1 && rep.repaired == 0,
	    "read-only: the index is rebuilt in RAM, scrub reports and repairs nothing");
	(void)nexfs_unmount(&t.fs);
	t.cfg.mount_flags = 0;
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0 && nexfs_check(&t.fs) == 0 &&
	    scrub(&rep) == 0 && rep.errors == 0, "a writable mount commits the rebuilt index");
	s = nexfs_st(&t.fs);

	/* Dedup index: a leaf (hints only), then a node. */
	memset(&o, 0, sizeof(o));
	o.root = s->sb.ddt;
	o.height = s->sb.ddt_height;
	o.leaf_type = NEXFS_BT_DDT;
	leaf.type = 0;
	for (uint64_t k = 0; k < s->sb.ddt_buckets && nexfs_bptr_null(&leaf); k++)
		if (nexfs_obj_leaf_bptr(s, &o, k, &leaf) != 0)
			break;
	tap_ok(!nexfs_bptr_null(&leaf) && s->sb.ddt_height > 0, "the dedup index has leaves "
	    "under a node (%u buckets)", s->sb.ddt_buckets);
	flip(leaf.block);
	tap_ok(scrub(&rep) == 0 && rep.errors == 1 && rep.repaired == 1 &&
	    nexfs_check(&t.fs) == 0, "a damaged dedup leaf is replaced by an empty one");
	flip(s->sb.ddt.block);
	tap_ok(scrub(&rep) == 0 && rep.errors == 1 && rep.repaired == 1 &&
	    nexfs_check(&t.fs) == 0, "a damaged dedup node: a new index, the old one's blocks freed");
	tap_ok(tfs_put(&t, "/b2", b, sizeof(b)) == 0 && tfs_put(&t, "/b3", b, sizeof(b)) == 0 &&
	    tfs_get(&t, NEXFS_LIVE, "/b3", back, sizeof(back), &got) == 0 &&
	    memcmp(back, b, sizeof(b)) == 0 && nexfs_check(&t.fs) == 0,
	    "writes (and dedup) go on with the new index");
	tap_ok(nexfs_remove(&t.fs, "/b2") == 0 && nexfs_remove(&t.fs, "/b3") == 0, "clean up");

	/* Superblock blocks: every slot of an anchor and of a replica. */
	(void)nexfs_info(&t.fs, &info);
	for (uint32_t k = 0; k < 8; k++) {
		nexfs_emu_flip(&t.emu, info.anchor_blocks[1], k * 512 + 9, 3);
		nexfs_emu_flip(&t.emu, info.replica_blocks[2], k * 512 + 9, 3);
	}
	tap_ok(scrub(&rep) == 0 && rep.replicas_bad == 2 && rep.replicas_repaired == 2,
	    "a damaged anchor and a damaged replica are rewritten");
	(void)nexfs_unmount(&t.fs);
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0 && files_intact(a, b), "and the volume mounts");
	s = nexfs_st(&t.fs);

	/* No second copy: a chunk of a file, then an inode-table leaf. */
	for (blk = 0; blk < 128; blk++)
		if (memcmp(t.mem + (size_t)blk * 4096, b, 256) == 0)
			break;
	tap_ok(blk < 128, "found the first chunk of /b at block %u", blk);
	flip(blk);
	tap_ok(scrub(&rep) == 0 && rep.errors == 1 && rep.repaired == 0 && damaged_calls == 1,
	    "a damaged chunk is reported, not repaired");
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/b", back, sizeof(back), &got) == NEXFS_ERR_CORRUPT,
	    "reading it fails with NEXFS_ERR_CORRUPT, never returns the bytes");
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/d/a", back, sizeof(back), &got) == 0 && got == 8192 &&
	    memcmp(back, a, 8192) == 0, "the other file reads");
	flip(s->sb.itab.block);
	tap_ok(scrub(&rep) == 0 && rep.errors >= 1 && rep.repaired == 0,
	    "a damaged inode-table leaf is reported (%llu damaged)", (unsigned long long)rep.errors);
	tap_ok(nexfs_stat(&t.fs, "/b", &st) == NEXFS_ERR_CORRUPT, "and a lookup through it fails "
	    "with NEXFS_ERR_CORRUPT");
	(void)nexfs_unmount(&t.fs);
	tfs_free(&t);
	return tap_done();
}
