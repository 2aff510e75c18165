/*
 * test_nexfs_powercut.c: power loss at every program and erase.
 *
 * For each workload, a reference run records a digest of the whole tree
 * (every path, type, size and byte) at every durability point: after each
 * call when every call commits, after each nexfs_sync() in batch mode.
 * Then, for every device operation index n, a fresh volume runs the
 * workload with the power cut at the n-th program or erase (that operation
 * torn half-way), is remounted, and must (1) mount, (2) hold exactly the
 * tree of the last durability point reached or of the one in flight,
 * (3) have reference counts that match its tree, and (4) accept new writes
 * (or refuse them cleanly with NEXFS_ERR_NOSPC when full).
 */
#include "nexfs_test.h"
#include "nexfs_check.h"

#define MAXPOINTS 4096

static uint64_t
fnv(uint64_t h, const void *p, size_t n)
{
	const uint8_t *b = p;

	for (size_t i = 0; i < n; i++)
		h = (h ^ b[i]) * 0x100000001b3ull;
	return h;
}

/* Digest of the subtree at path. */
static int
digest_dir(struct tfs *t, const char *path, uint64_t *h)
{
	struct nexfs_dir d;
	struct nexfs_dirent e;
	char sub[512];
	int r, err;

	err = nexfs_dir_open(&t->fs, &d, path);
	if (err)
		return err;
	/* Entries in slot order are stable for a given history, but order
	 * could differ between histories with the same content; combine with
	 * a commutative sum. */
	uint64_t sum = 0;
	while ((r = nexfs_dir_read(&t->fs, &d, &e)) == 1) {
		uint64_t eh = 0xcbf29ce484222325ull;
		struct nexfs_dir d2 = d;

		snprintf(sub, sizeof(sub), "%s%s%s", path, path[1] ? "/" : "", e.name);
		eh = fnv(eh, sub, strlen(sub));
		eh = fnv(eh, &e.type, sizeof(e.type));
		if (e.type == NEXFS_TYPE_DIR) {
			err = digest_dir(t, sub, &eh);
			if (err)
				return err;
		} else {
			static uint8_t buf[1 << 20];
			size_t got;

			err = tfs_get(t, NEXFS_LIVE, sub, buf, sizeof(buf), &got);
			if (err)
				return err;
			eh = fnv(eh, &got, sizeof(got));
			eh = fnv(eh, buf, got);
		}
		sum += eh;
		d = d2;
	}
	(void)nexfs_dir_close(&t->fs, &d);
	if (r < 0)
		return r;
	*h = fnv(*h, &sum, sizeof(sum));
	return 0;
}

static uint64_t
digest(struct tfs *t)
{
	uint64_t h = 0xcbf29ce484222325ull;

	if (digest_dir(t, "/", &h) != 0)
		return 0;
	return h;
}

/*
 * Durability points.  Workloads call mark() after every call that returned
 * 0 and made its changes durable (every mutating call normally; only
 * nexfs_sync() in batch mode).  The reference run records the digest there,
 * a cut run counts how many it passed.
 */
static uint64_t points[MAXPOINTS];
static int npoints, reached;
static bool recording;

static int
mark(struct tfs *t, int err)
{
	if (err)
		return err;
	if (recording) {
		if (npoints < MAXPOINTS)
			points[npoints++] = digest(t);
	} else {
		reached++;
	}
	return 0;
}

/* Like tfs_put, with a durability point after each of its two calls. */
static int
put(struct tfs *t, const char *path, const void *data, size_t len, bool batch)
{
	struct nexfs_file f;
	int err;

	err = nexfs_file_open(&t->fs, &f, path, NEXFS_O_WRONLY | NEXFS_O_CREAT | NEXFS_O_TRUNC);
	if (!batch)
		err = mark(t, err);
	if (err)
		return err;
	if (len > 0) {
		err = nexfs_file_write(&t->fs, &f, 0, data, len);
		if (!batch)
			err = mark(t, err);
	}
	(void)nexfs_file_close(&t->fs, &f);
	return err;
}

/* A workload performs step i (0..) and returns 1 when there are no more. */
typedef int (*step_fn)(struct tfs *t, int i);

static uint8_t pattern[256 * 1024];
static uint8_t noise[32 * 1024];	/* random: FastCDC finds cuts in it */

static int
w_small_files(struct tfs *t, int i)
{
	char p[64], q[64];
	int err = 0;

	if (i >= 24)
		return 1;
	if (i == 0)
		return mark(t, nexfs_mkdir(&t->fs, "/d")) ? -1 : 0;
	snprintf(p, sizeof(p), "/d/f%d", i % 12);
	switch (i % 5) {
	case 0: case 1: case 2:
		err = put(t, p, pattern + i * 7, (size_t)(i * 37) % 700 + 1, false);
		break;
	case 3:
		err = mark(t, nexfs_remove(&t->fs, p));
		if (err == NEXFS_ERR_NOENT)
			err = 0;
		break;
	case 4:
		snprintf(q, sizeof(q), "/f%d", i);
		err = mark(t, nexfs_rename(&t->fs, "/d/f1", q));
		if (err == NEXFS_ERR_NOENT)
			err = 0;
		break;
	}
	return err ? -1 : 0;
}

static int
w_growing_file(struct tfs *t, int i)
{
	struct nexfs_file f;
	int err;

	if (i >= 16)
		return 1;
	err = nexfs_file_open(&t->fs, &f, "/log", NEXFS_O_WRONLY | NEXFS_O_CREAT | NEXFS_O_APPEND);
	if (i == 0)
		err = mark(t, err);
	if (err)
		return -1;
	err = mark(t, nexfs_file_append(&t->fs, &f, pattern + i * 1000,
	    (size_t)(i * 911) % 3000 + 1));
	if (!err && i % 7 == 6)
		err = mark(t, nexfs_file_truncate(&t->fs, &f, (uint64_t)i * 500));
	(void)nexfs_file_close(&t->fs, &f);
	return err ? -1 : 0;
}

/*
 * Edits in the middle of a file of many chunks, once under a snapshot:
 * overwrites (which can change the number of chunks, so the later extents
 * move to other leaves), an insertion and a deletion (the tail rewritten).
 */
static int
w_edits(struct tfs *t, int i)
{
	static uint8_t cur[32 * 1024];
	struct nexfs_file f;
	nexfs_snap_t id;
	size_t len = 0, at, n = (size_t)i * 113 + 5;
	int err;

	if (i >= 9)
		return 1;
	if (i == 0)
		return put(t, "/ins", noise, 8000, false) ? -1 : 0;
	if (i == 4)
		return mark(t, nexfs_snapshot_create(&t->fs, NULL, &id)) ? -1 : 0;
	if (tfs_get(t, NEXFS_LIVE, "/ins", cur, sizeof(cur) - n, &len) != 0 || len <= n)
		return -1;
	at = (size_t)i * 2711 % (len - n);
	err = nexfs_file_open(&t->fs, &f, "/ins", NEXFS_O_WRONLY);
	if (err)
		return -1;
	if (i % 2 == 1 || i == 8) {
		err = mark(t, nexfs_file_write(&t->fs, &f, at, noise + 20000 + i * 97, n));
	} else if (i == 2) {
		memmove(cur + at + n, cur + at, len - at);
		memcpy(cur + at, noise + 25000 + i, n);
		err = mark(t, nexfs_file_write(&t->fs, &f, at, cur + at, len + n - at));
	} else {
		memmove(cur + at, cur + at + n, len - at - n);
		err = mark(t, nexfs_file_write(&t->fs, &f, at, cur + at, len - n - at));
		if (!err)
			err = mark(t, nexfs_file_truncate(&t->fs, &f, len - n));
	}
	(void)nexfs_file_close(&t->fs, &f);
	return err ? -1 : 0;
}

/*
 * Wear levelling: static files, then the free blocks and the replicas are
 * made to look worn (the counts in RAM, the same in every run), so that
 * the next commits move the static data (a levelling round, with its own
 * commit, inside the call) and then each replica when it is full (a
 * commit that goes to the anchors first).
 */
static uint64_t wear_moves_seen, replica_moves_seen;

static int
w_wear(struct tfs *t, int i)
{
	struct nexfs_state *s = nexfs_st(&t->fs);
	struct nexfs_info info;
	char p[32];
	int err;

	if (i >= 14)
		return 1;
	if (i < 6) {
		snprintf(p, sizeof(p), "/static%d", i);
		return put(t, p, noise + i * 3000, 3000, false) ? -1 : 0;
	}
	if (i == 6) {
		for (uint32_t b = 0; b < t->geo.block_count; b++)
			if (s->rc[b] == 0)
				s->wear[b] += 40;
		for (uint32_t r = 0; r < s->sb.replicas; r++)
			s->wear[s->sb.replica_block[r]] += 100;
		s->wl_allocs = t->geo.block_count;
	}
	err = put(t, "/hot", pattern + i * 11, 900, false);
	if (!err && recording && nexfs_info(&t->fs, &info) == 0) {
		wear_moves_seen = info.wear_moves;
		replica_moves_seen = 0;
		for (uint32_t r = 0; r < info.replicas; r++)
			replica_moves_seen += info.replica_blocks[r] != info.anchor_blocks[r] + 1;
	}
	return err ? -1 : 0;
}

static int
w_renames(struct tfs *t, int i)
{
	static const char *names[] = { "/a", "/b", "/c", "/x/a", "/x/b" };
	int err;

	if (i >= 20)
		return 1;
	if (i == 0)
		return mark(t, nexfs_mkdir(&t->fs, "/x")) ? -1 : 0;
	if (i < 4)
		return put(t, names[i - 1], pattern + i, 300 * (size_t)i, false) ? -1 : 0;
	err = mark(t, nexfs_rename(&t->fs, names[i % 5], names[(i * 3 + 1) % 5]));
	if (err == NEXFS_ERR_NOENT || err == NEXFS_ERR_INVAL)
		err = 0;
	return err ? -1 : 0;
}

/* Fills the volume to ENOSPC, then frees and refills. */
static int
w_nearly_full(struct tfs *t, int i)
{
	char p[32];
	int err;

	if (i >= 20)
		return 1;
	snprintf(p, sizeof(p), "/big%d", i % 10);
	if (i % 4 == 3) {
		snprintf(p, sizeof(p), "/big%d", (i / 4) % 10);
		err = mark(t, nexfs_remove(&t->fs, p));
		return err && err != NEXFS_ERR_NOENT ? -1 : 0;
	}
	err = put(t, p, pattern, 5 * t->geo.block_size, false);
	if (err == NEXFS_ERR_NOSPC) {
		/* A failed put may leave the created (empty) file; that is
		 * its own committed step. */
		return 0;
	}
	return err ? -1 : 0;
}

/*
 * Small files packed into shared blocks (NAND): create, overwrite, delete
 * most of them, compact (nexfs_gc), create again.
 */
static uint64_t gc_moved_seen;

static int
w_packed(struct tfs *t, int i)
{
	struct nexfs_gc_report gr;
	char p[32];
	int err;

	if (i >= 34)
		return 1;
	snprintf(p, sizeof(p), "/p%d", i % 14);
	if (i < 14 || (i >= 24 && i < 30))
		err = put(t, p, noise + i * 97, (size_t)(i * 211) % 900 + 50, false);
	else if (i < 18)
		err = put(t, p, pattern + i, (size_t)(i * 61) % 1500 + 1, false);	/* overwrite */
	else if (i < 23)
		err = mark(t, nexfs_remove(&t->fs, p));
	else if (i == 23 || i == 31)
	{
		err = nexfs_gc(&t->fs, &gr);
		/* The lean layout (NEXFS_TEST_LEAN) has no compaction, and says so. */
		if (err == NEXFS_ERR_UNSUPPORTED && tfs_lean())
			err = 0;
		err = mark(t, err);
		if (recording && !err)
			gc_moved_seen += gr.pieces_moved;
	}
	else {
		snprintf(p, sizeof(p), "/p%d", (i * 5) % 14);
		err = mark(t, nexfs_remove(&t->fs, p));
		if (err == NEXFS_ERR_NOENT)
			err = 0;
	}
	return err ? -1 : 0;
}

/* Batch mode: five calls, then a sync. */
static int
w_batched(struct tfs *t, int i)
{
	char p[32];
	int err;

	if (i >= 20)
		return 1;
	snprintf(p, sizeof(p), "/b%d", i % 7);
	err = put(t, p, pattern + i * 3, (size_t)(i * 123) % 5000 + 1, true);
	if (!err && i % 5 == 4)
		err = mark(t, nexfs_sync(&t->fs));
	return err ? -1 : 0;
}

/* Snapshots: create, change, roll back, delete. */
static int
w_snapshots(struct tfs *t, int i)
{
	nexfs_snap_t id;
	int err = 0;

	if (i >= 16)
		return 1;
	switch (i % 4) {
	case 0:
		err = put(t, "/s", pattern + i, 700 + (size_t)i * 50, false);
		break;
	case 1:
		err = mark(t, nexfs_snapshot_create(&t->fs, "snap", &id));
		break;
	case 2:
		err = put(t, "/s", pattern + 2 * i, 2000, false);
		if (!err)
			err = put(t, "/s2", pattern, 100, false);
		break;
	case 3:
		err = mark(t, nexfs_snapshot_rollback(&t->fs, (nexfs_snap_t)(i / 4 + 1)));
		if (!err && i % 8 == 7)
			err = mark(t, nexfs_snapshot_delete(&t->fs, (nexfs_snap_t)(i / 4 + 1)));
		break;
	}
	return err ? -1 : 0;
}

/*
 * Every mutating call once or more.  In batch mode (batched != 0) each call
 * is followed by a sync, alternating nexfs_sync and nexfs_file_sync.
 */
static int
every_call(struct tfs *t, int i, bool batched)
{
	struct nexfs_attr attr = { NEXFS_CSUM_XXH3_64, 0, 12345 };
	struct nexfs_file f;
	nexfs_snap_t id;
	int err;

	if (i >= 15)
		return 1;
	switch (i) {
	case 0: err = nexfs_mkdir(&t->fs, "/dir"); break;
	case 1:
		err = nexfs_file_open(&t->fs, &f, "/dir/f", NEXFS_O_RDWR | NEXFS_O_CREAT);
		if (!err)
			(void)nexfs_file_close(&t->fs, &f);
		break;
	case 2: case 3: case 4: case 5:
		err = nexfs_file_open(&t->fs, &f, "/dir/f", NEXFS_O_RDWR);
		if (err)
			break;
		if (i == 2)
			err = nexfs_file_write(&t->fs, &f, 100, pattern, 5000);
		else if (i == 3)
			err = nexfs_file_append(&t->fs, &f, pattern + 9, 1500);
		else if (i == 4)
			err = nexfs_file_truncate(&t->fs, &f, 9000);
		else
			err = nexfs_file_truncate(&t->fs, &f, 2100);
		(void)nexfs_file_close(&t->fs, &f);
		break;
	case 6: err = nexfs_setattr(&t->fs, "/dir/f", &attr, NEXFS_ATTR_CSUM | NEXFS_ATTR_MTIME); break;
	case 7:
		err = nexfs_file_open(&t->fs, &f, "/dir/f", NEXFS_O_RDWR);
		if (!err) {
			err = nexfs_file_write(&t->fs, &f, 4000, pattern + 77, 3000);
			(void)nexfs_file_close(&t->fs, &f);
		}
		break;
	case 8: err = nexfs_snapshot_create(&t->fs, "e", &id); break;
	case 9: err = nexfs_rename(&t->fs, "/dir", "/moved"); break;
	case 10: err = nexfs_tune(&t->fs, 0, NEXFS_FEAT_COMPAT_DEDUP); break;
	case 11: err = nexfs_remove(&t->fs, "/moved/f"); break;
	case 12: err = nexfs_remove(&t->fs, "/moved"); break;
	case 13: err = nexfs_snapshot_rollback(&t->fs, 1); break;
	default: err = nexfs_snapshot_delete(&t->fs, 1); break;
	}
	if (!err && batched) {
		if (i % 2 == 0) {
			err = nexfs_sync(&t->fs);
		} else if ((err = nexfs_file_open(&t->fs, &f, "/keep", NEXFS_O_RDONLY)) == 0) {
			err = nexfs_file_sync(&t->fs, &f);
			(void)nexfs_file_close(&t->fs, &f);
		}
	}
	if (err && err != NEXFS_ERR_NOSPC)
		return -1;
	(void)mark(t, err);
	return 0;
}

static int
w_every_call(struct tfs *t, int i)
{
	if (i == 0 && put(t, "/keep", pattern, 10, false) != 0)
		return -1;
	return every_call(t, i, false);
}

static int
w_every_call_synced(struct tfs *t, int i)
{
	if (i == 0 && (put(t, "/keep", pattern, 10, true) != 0 || mark(t, nexfs_sync(&t->fs))))
		return -1;
	return every_call(t, i, true);
}

struct workload {
	const char *name;
	step_fn step;
	uint32_t mount_flags;
	uint32_t cdc_avg;	/* average chunk (min half of it); 0: default */
	uint32_t cdc_max;	/* the largest chunk */
};

static int
format(struct tfs *t, const struct workload *w)
{
	struct nexfs_format_options opt;

	memset(&opt, 0, sizeof(opt));
	opt.cdc_min = w->cdc_avg / 2;
	opt.cdc_avg = w->cdc_avg;
	opt.cdc_max = w->cdc_max;
	return nexfs_format(&t->cfg, &opt);
}

static void
run(const struct workload *w, uint32_t page, uint32_t block, uint32_t count, uint32_t flags)
{
	struct tfs t;
	int i, r, failures = 0, cuts = 0;

	/* Reference run. */
	tfs_init(&t, page, block, count, flags);
	if (format(&t, w) != 0)
		abort();
	t.cfg.mount_flags = w->mount_flags;
	if (nexfs_mount(&t.fs, &t.cfg) != 0)
		abort();
	npoints = 0;
	recording = true;
	points[npoints++] = digest(&t);
	for (i = 0; (r = w->step(&t, i)) == 0; i++)
		;
	recording = false;
	tap_ok(r == 1, "%s: reference run completes (%d durability points, %llu device ops)",
	    w->name, npoints, (unsigned long long)t.emu.ops);
	tfs_free(&t);

	for (uint64_t cut = 1; ; cut++) {
		uint64_t d;

		tfs_init(&t, page, block, count, flags);
		if (format(&t, w) != 0)
			abort();
		t.cfg.mount_flags = w->mount_flags;
		if (nexfs_mount(&t.fs, &t.cfg) != 0)
			abort();
		nexfs_emu_cut_after(&t.emu, cut);
		reached = 0;
		for (i = 0; (r = w->step(&t, i)) == 0; i++)
			;
		if (!t.emu.off) {
			tfs_free(&t);
			break;
		}
		cuts++;
		nexfs_emu_power_on(&t.emu);
		t.cfg.mount_flags = 0;
		if (nexfs_mount(&t.fs, &t.cfg) != 0) {
			if (failures++ < 3)
				tap_diag("%s: cut %llu: mount failed", w->name, (unsigned long long)cut);
			tfs_free(&t);
			continue;
		}
		d = digest(&t);
		if (d != points[reached] && (reached + 1 >= npoints || d != points[reached + 1])) {
			if (failures++ < 3)
				tap_diag("%s: cut %llu: tree is neither point %d nor %d", w->name,
				    (unsigned long long)cut, reached, reached + 1);
		} else if (nexfs_check(&t.fs) != 0) {
			if (failures++ < 3)
				tap_diag("%s: cut %llu: refcounts inconsistent", w->name,
				    (unsigned long long)cut);
		} else if (((r = tfs_put(&t, "/after", pattern, 1000)) != 0 &&
		    r != NEXFS_ERR_NOSPC) || nexfs_check(&t.fs) != 0) {
			if (failures++ < 3)
				tap_diag("%s: cut %llu: volume not writable after remount (%s)",
				    w->name, (unsigned long long)cut, nexfs_strerror(r));
		}
		(void)nexfs_unmount(&t.fs);
		tfs_free(&t);
	}
	tap_ok(failures == 0 && cuts > 0,
	    "%s (%s, page %u, block %u): %d power cuts, each remounts to a synced state",
	    w->name, flags & NEXFS_FLASH_NAND ? "NAND" : "NOR", page, block, cuts);
}

int
main(void)
{
	static const struct workload ws[] = {
		{ "many small files", w_small_files, 0, 0, 0 },
		{ "one growing file", w_growing_file, 0, 0, 0 },
		{ "renames", w_renames, 0, 0, 0 },
		{ "nearly full volume", w_nearly_full, 0, 0, 0 },
		{ "batched with sync", w_batched, NEXFS_MOUNT_BATCH, 0, 0 },
		{ "snapshot and rollback", w_snapshots, 0, 0, 0 },
		{ "every call", w_every_call, 0, 0, 0 },
		{ "every call, each then synced (batch mode)", w_every_call_synced,
		    NEXFS_MOUNT_BATCH, 0, 0 },
		{ "edits in the middle of a file", w_edits, 0, 256, 4096 },
		{ "wear levelling moves", w_wear, 0, 0, 0 },
		{ "packed small files and compaction", w_packed, 0, 0, 0 },
	};

	for (size_t i = 0; i < sizeof(pattern); i++)
		pattern[i] = (uint8_t)(i * 131 + (i >> 9));
	for (uint32_t i = 0, x = 1; i < sizeof(noise); i++)
		noise[i] = (uint8_t)tfs_xorshift(&x);
	/* The edits keep a snapshot of a file of many chunks: more blocks. */
	for (size_t i = 0; i < sizeof(ws) / sizeof(ws[0]) - 1; i++)
		run(&ws[i], 256, 1024, ws[i].step == w_edits ? 128 : 96, NEXFS_FLASH_NOR);
	tap_ok(nck_cont_seen > 0, "chunks spanned blocks (the checks after the cuts saw %llu "
	    "CONT pieces)", (unsigned long long)nck_cont_seen);
	tap_ok(wear_moves_seen > 0 && replica_moves_seen == 3,
	    "the wear workload moved %llu blocks of static data and %llu replicas",
	    (unsigned long long)wear_moves_seen, (unsigned long long)replica_moves_seen);
	run(&ws[0], 512, 4096, 64, NEXFS_FLASH_NAND);
	run(&ws[2], 64, 512, 256, NEXFS_FLASH_NOR);	/* one record slot per replica */
	run(&ws[3], 512, 4096, 48, NEXFS_FLASH_NAND);
	run(&ws[10], 512, 8192, 48, NEXFS_FLASH_NAND);	/* 16 units of 512 bytes a block */
	tap_ok(tfs_lean() ? gc_moved_seen == 0 : gc_moved_seen > 0,
	    "the packed workload's compaction moved %llu pieces%s",
	    (unsigned long long)gc_moved_seen, tfs_lean() ? " (lean layout: none)" : "");
	return tap_done();
}
