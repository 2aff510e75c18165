/*
 * test_nexfs_wear.c: wear levelling (also with a read going wrong mid-round),
 * grown bad blocks, factory bad blocks,
 * a full volume, feature flags (an unknown incompatible flag refuses the
 * mount) and the format version (versions 1, 2 and 3 are refused).
 */
#include "nexfs_test.h"
#include "nexfs_check.h"

static struct tfs t;

#define WEAR_STATIC_FILES 30
#define WEAR_REWRITES 1500

/* Static file n: 20 KiB of random bytes, a different stream per n. */
static void
static_file(int n, uint8_t *out)
{
	uint32_t x = 0x9e3779b9u * (uint32_t)(n + 1);

	for (size_t k = 0; k < 20 * 1024; k++)
		out[k] = (uint8_t)tfs_xorshift(&x);
}

static int
logged;
static char last_log[256];

static void
on_log(void *ctx, int level, const char *msg)
{
	(void)ctx;
	(void)level;
	snprintf(last_log, sizeof(last_log), "%s", msg);
	logged++;
}

static const struct nexfs_log_ops log_ops = { on_log };

/*
 * Commits the record as the test changed it in RAM, then mounts again with
 * a log: returns what the mount says.
 */
static int
remount_logged(const char *what)
{
	nexfs_st(&t.fs)->dirty = true;
	tap_ok(nexfs_sync(&t.fs) == 0, "commit a record %s", what);
	(void)nexfs_unmount(&t.fs);
	t.cfg.log = &log_ops;
	logged = 0;
	return nexfs_mount(&t.fs, &t.cfg);
}

/*
 * Levelling past blocks it cannot move: half the static data is held by a
 * snapshot as well as by the live tree, so the least worn blocks in use
 * are shared and never move.  The sweep must go on with the other half
 * (DESIGN.md, "Allocation, wear and bad blocks") instead of waiting for
 * those blocks for ever.
 */
static void
pinned_levelling(void)
{
	static uint8_t data[4096], big[20 * 1024];
	struct nexfs_format_options opt = { .cdc_min = 8192, .cdc_avg = 16384, .cdc_max = 32768 };
	struct nexfs_info info;
	nexfs_snap_t id;
	uint32_t max, min;
	uint64_t sum;
	int i, n;

	tfs_init(&t, 256, 4096, 256, NEXFS_FLASH_NOR);
	(void)nexfs_format(&t.cfg, &opt);
	(void)nexfs_mount(&t.fs, &t.cfg);
	for (n = 0; n < WEAR_STATIC_FILES; n++) {
		char p[32];

		if (n == WEAR_STATIC_FILES / 2 && nexfs_snapshot_create(&t.fs, "pin", &id) != 0)
			break;
		snprintf(p, sizeof(p), "/static%d", n);
		static_file(n, big);
		if (tfs_put(&t, p, big, sizeof(big)) != 0)
			break;
	}
	for (i = 0; n == WEAR_STATIC_FILES && i < WEAR_REWRITES; i++) {
		data[0] = (uint8_t)i;
		data[1] = (uint8_t)(i >> 8);
		if (tfs_put(&t, "/hot", data, sizeof(data)) != 0)
			break;
	}
	nexfs_emu_wear(&t.emu, &max, &min, &sum);
	(void)nexfs_info(&t.fs, &info);
	tap_diag("half pinned by a snapshot: erases max %u, mean %llu; %llu blocks moved", max,
	    (unsigned long long)(sum / 256), (unsigned long long)info.wear_moves);
	tap_ok(i == WEAR_REWRITES && info.wear_moves >= 4 * WEAR_STATIC_FILES / 2 * 5 &&
	    max <= sum / 256 * 2 + 16, "levelling goes on past the blocks a snapshot pins: "
	    "%llu moves, max %u against a mean of %llu", (unsigned long long)info.wear_moves, max,
	    (unsigned long long)(sum / 256));
	tap_ok(nexfs_check(&t.fs) == 0, "reference counts consistent");
	(void)nexfs_unmount(&t.fs);
	tfs_free(&t);
}

/*
 * A read that goes wrong once at any point of a levelling round, a bit
 * flipped in transit (fail false) or an error from the device (fail
 * true): the round is thrown away or completes, the counts stay those of
 * the tree, and the mount goes on.  Round by round, from the same volume,
 * the first, second, ... read of the round goes wrong, until a round reads
 * less (and completes); the file has two
 * levels of nodes, so moving its leaves rewrites a node and its parent
 * (and, in the lean layout, streams both again, and the leaves).
 */
static void
levelling_bad_read(bool fail)
{
	static uint8_t big[400 * 1024];
	const char *what = fail ? "a read error" : "a read flipped";
	struct tfs_rfail rf;
	uint8_t *img, *aux;
	size_t isz, asz;
	uint32_t x = 99;
	int bad = -1, broken = -1, n, moved = 0;
	bool past = false;

	for (size_t k = 0; k < sizeof(big); k++)
		big[k] = (uint8_t)tfs_xorshift(&x);
	tfs_init(&t, 256, 4096, 512, NEXFS_FLASH_NOR);
	tfs_rfail_setup(&t, &rf);
	(void)nexfs_format(&t.cfg, NULL);
	(void)nexfs_mount(&t.fs, &t.cfg);
	{
		struct nexfs_state *s = nexfs_st(&t.fs);
		struct nexfs_inode in;

		tap_ok(tfs_put(&t, "/big", big, sizeof(big)) == 0 &&
		    nexfs_path_lookup(s, &s->sb.itab, s->sb.itab_height, "/big", &in) == 0 &&
		    in.height == 2, "%s in levelling: a file of 400 KiB, two levels of nodes", what);
	}
	(void)nexfs_unmount(&t.fs);
	isz = (size_t)t.geo.block_size * t.geo.block_count;
	asz = nexfs_emu_aux_size(&t.geo);
	img = malloc(isz);
	aux = malloc(asz);
	memcpy(img, t.mem, isz);
	memcpy(aux, t.aux, asz);
	for (n = 1; n <= 3000 && bad < 0 && broken < 0 && !past; n++) {
		struct nexfs_state *s;
		struct nexfs_inode in;
		uint64_t m0;

		memcpy(t.mem, img, isz);
		memcpy(t.aux, aux, asz);
		nexfs_emu_init(&t.emu, &t.geo, t.mem, t.aux, false);
		if (nexfs_mount(&t.fs, &t.cfg) != 0)
			break;
		s = nexfs_st(&t.fs);
		if (nexfs_path_lookup(s, &s->sb.itab, s->sb.itab_height, "/big", &in) != 0)
			break;
		/* Everything in use cold, every free block worn: a round now, on /big. */
		for (uint32_t b = 0; b < s->geo.block_count; b++)
			s->wear[b] = s->rc[b] == 0 ? 40 : 0;
		s->wl_allocs = UINT32_MAX;
		s->wl_phase = 1;
		s->wl_ino = in.ino;
		s->wl_group = 0;
		m0 = s->wl_moves;
		if (fail)
			rf.at = (uint64_t)n;
		else
			nexfs_emu_flip_read(&t.emu, (uint64_t)n);
		nexfs_wear_level(s);
		past = rf.at != 0 || t.emu.flip_read_at != 0;
		rf.at = 0;
		t.emu.flip_read_at = 0;
		if (s->wl_moves != m0)
			moved++;
		if (s->broken)
			broken = n;
		else if (nexfs_check(&t.fs) != 0)
			bad = n;
		(void)nexfs_unmount(&t.fs);
	}
	if (bad >= 0)
		tap_diag("counts differ from the tree after %s at read %d", what, bad);
	if (broken >= 0)
		tap_diag("the mount broke after %s at read %d", what, broken);
	tap_ok(bad < 0 && broken < 0 && past && moved > 0,
	    "%s at each read of a round in turn: the counts match the tree every time, the "
	    "mount goes on (%d reads; %d rounds moved blocks)", what, n - 2, moved);
	free(img);
	free(aux);
	tfs_free(&t);
}

int
main(void)
{
	static uint8_t data[8192], back[20 * 1024], big[20 * 1024];
	struct nexfs_info info;
	struct nexfs_stat st;
	uint32_t max, min;
	uint64_t sum, mean, cont0;
	size_t got;
	int err, i, n;

	for (size_t k = 0; k < sizeof(data); k++)
		data[k] = (uint8_t)(k * 13 + 1);

	/*
	 * Wear: a static data set on 60% of the volume, then one small file
	 * rewritten many times.  Without static levelling the rewrites wear
	 * only the free blocks (and the replicas), and the static blocks
	 * none (DESIGN.md, "Allocation, wear and bad blocks").
	 */
	pinned_levelling();
	levelling_bad_read(false);
	levelling_bad_read(true);
	tfs_init(&t, 256, 4096, 256, NEXFS_FLASH_NOR);
	t.cfg.log = &log_ops;
	{
		/* Chunks of up to 8 blocks: levelling moves their pieces too. */
		struct nexfs_format_options opt = { .cdc_min = 8192, .cdc_avg = 16384,
		    .cdc_max = 32768 };

		(void)nexfs_format(&t.cfg, &opt);
	}
	(void)nexfs_mount(&t.fs, &t.cfg);
	for (n = 0; n < WEAR_STATIC_FILES; n++) {
		char p[32];

		snprintf(p, sizeof(p), "/static%d", n);
		static_file(n, big);
		if (tfs_put(&t, p, big, sizeof(big)) != 0)
			break;
	}
	(void)nexfs_info(&t.fs, &info);
	tap_ok(n == WEAR_STATIC_FILES, "%d static files of %zu KiB (%llu of %llu blocks free)", n,
	    sizeof(big) / 1024, (unsigned long long)info.blocks_free,
	    (unsigned long long)info.blocks_total);
	nck_cont_seen = 0;
	(void)nexfs_check(&t.fs);
	cont0 = nck_cont_seen;
	for (i = 0; i < WEAR_REWRITES; i++) {
		data[0] = (uint8_t)i;
		data[1] = (uint8_t)(i >> 8);
		if (tfs_put(&t, "/hot", data, 4096) != 0)
			break;
	}
	tap_ok(i == WEAR_REWRITES, "%d rewrites of one 4 KiB file", i);
	nexfs_emu_wear(&t.emu, &max, &min, &sum);
	mean = sum / 256;
	(void)nexfs_info(&t.fs, &info);
	tap_diag("erases: max %u, min %u, mean %llu; %llu blocks moved for wear; "
	    "replicas at %u %u %u", max, min, (unsigned long long)mean,
	    (unsigned long long)info.wear_moves, info.replica_blocks[0], info.replica_blocks[1],
	    info.replica_blocks[2]);
	tap_ok(max <= mean * 3 / 2 + 8,
	    "no block erased far more than the average: max %u <= 1.5 * mean %llu + 8", max,
	    (unsigned long long)mean);
	tap_ok(info.wear_moves > 0 && min > 0, "static data moved (%llu blocks); every block "
	    "erased (min %u)", (unsigned long long)info.wear_moves, min);
	tap_ok(info.max_erase_count == max && info.mean_erase_count + 1 >= mean &&
	    info.mean_erase_count <= mean + 1, "the volume's erase counts are the device's "
	    "(max %u, mean %u)", info.max_erase_count, info.mean_erase_count);
	{
		bool same = true;

		for (n = 0; n < WEAR_STATIC_FILES && same; n++) {
			char p[32];

			snprintf(p, sizeof(p), "/static%d", n);
			static_file(n, big);
			same = tfs_get(&t, NEXFS_LIVE, p, back, sizeof(back), &got) == 0 &&
			    got == sizeof(big) && memcmp(back, big, sizeof(big)) == 0;
		}
		tap_ok(same && nexfs_check(&t.fs) == 0,
		    "static files intact after moving, reference counts consistent");
		nck_cont_seen = 0;
		(void)nexfs_check(&t.fs);
		tap_ok(cont0 > 0 && nck_cont_seen == cont0, "moved pieces keep their CONT flags "
		    "(%llu CONT pieces before, %llu after)", (unsigned long long)cont0,
		    (unsigned long long)nck_cont_seen);
	}
	(void)nexfs_unmount(&t.fs);
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0 && nexfs_info(&t.fs, &info) == 0 &&
	    info.max_erase_count == max, "erase counts survive a remount (max %u)",
	    info.max_erase_count);

	/* Grown bad blocks: retire them and carry on. */
	for (uint32_t b = 20; b < 30; b++)
		nexfs_emu_set_bad(&t.emu, b);
	for (i = 0; i < 50; i++) {
		data[1] = (uint8_t)i;
		if ((err = tfs_put(&t, "/hot", data, sizeof(data))) != 0)
			break;
	}
	tap_ok(i == 50, "writes go on while 10 blocks go bad (%s)", nexfs_strerror(err));
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/hot", back, sizeof(back), &got) == 0 &&
	    memcmp(back, data, sizeof(data)) == 0, "data intact");
	(void)nexfs_info(&t.fs, &info);
	tap_ok(info.blocks_bad >= 1 && nexfs_check(&t.fs) == 0,
	    "bad blocks retired and counted (%llu)", (unsigned long long)info.blocks_bad);
	(void)nexfs_unmount(&t.fs);
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0 && nexfs_stat(&t.fs, "/hot", &st) == 0,
	    "remount after bad blocks");

	/* Full volume: ENOSPC cleanly, then removing frees space. */
	for (n = 0; n < 1000; n++) {
		char p[32];

		snprintf(p, sizeof(p), "/fill%d", n);
		data[2] = (uint8_t)n;
		data[3] = (uint8_t)(n >> 8);
		err = tfs_put(&t, p, data, sizeof(data));
		if (err)
			break;
	}
	tap_ok(err == NEXFS_ERR_NOSPC, "volume fills up with NOSPC (%d files)", n);
	tap_ok(nexfs_check(&t.fs) == 0, "consistent when full");
	tap_ok(nexfs_remove(&t.fs, "/fill0") == 0 && nexfs_remove(&t.fs, "/fill1") == 0,
	    "remove works on a full volume");
	tap_ok(tfs_put(&t, "/again", data, 4096) == 0, "and space is usable again");
	tap_ok(nexfs_check(&t.fs) == 0, "consistent after cleanup");
	(void)nexfs_unmount(&t.fs);
	tfs_free(&t);

	/* Factory bad blocks, including replica homes, at format. */
	tfs_init(&t, 256, 4096, 64, NEXFS_FLASH_NOR);
	nexfs_emu_set_bad(&t.emu, 0);
	nexfs_emu_set_bad(&t.emu, 21);
	nexfs_emu_set_bad(&t.emu, 5);
	tap_ok(nexfs_format(&t.cfg, NULL) == 0 && nexfs_mount(&t.fs, &t.cfg) == 0,
	    "format and mount with block 0 and a replica home bad");
	(void)nexfs_info(&t.fs, &info);
	tap_ok(info.anchor_blocks[0] == 1 && info.anchor_blocks[1] == 22 &&
	    info.replica_blocks[0] == 2 && info.replica_blocks[1] == 23,
	    "anchors moved to the next good blocks, replicas after them");
	tap_ok(tfs_put(&t, "/f", data, sizeof(data)) == 0, "write");
	(void)nexfs_unmount(&t.fs);

	/* A superblock replica block goes bad: it moves, commits go on. */
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0, "mount");
	{
		uint32_t old0, old1;

		(void)nexfs_info(&t.fs, &info);
		old0 = info.replica_blocks[0];
		old1 = info.replica_blocks[1];
		nexfs_emu_set_bad(&t.emu, old0);
		nexfs_emu_set_bad(&t.emu, old1);
		for (i = 0; i < 40; i++) {
			data[5] = (uint8_t)i;
			if ((err = tfs_put(&t, "/f", data, 4096)) != 0)
				break;
		}
		tap_ok(i == 40, "40 commits while two replica blocks go bad (%s)",
		    nexfs_strerror(err));
		(void)nexfs_info(&t.fs, &info);
		tap_ok(info.replica_blocks[0] != old0 && info.replica_blocks[1] != old1,
		    "both replicas moved (%u -> %u, %u -> %u)", old0, info.replica_blocks[0], old1,
		    info.replica_blocks[1]);
		tap_ok(nexfs_check(&t.fs) == 0, "refcounts consistent");
		(void)nexfs_unmount(&t.fs);
		tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0 &&
		    tfs_get(&t, NEXFS_LIVE, "/f", back, sizeof(back), &got) == 0 &&
		    back[5] == 39, "remount finds the newest commit in the moved replicas");
		(void)nexfs_info(&t.fs, &info);
		tap_ok(info.replica_blocks[0] != old0, "mounted record lists the new blocks");
	}
	(void)nexfs_unmount(&t.fs);

	/* Unknown incompatible feature: refuse the mount, with a message. */
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0, "mount");
	nexfs_st(&t.fs)->sb.features |= 1ull << 40;
	tap_ok(remount_logged("with an unknown incompatible flag") == NEXFS_ERR_INCOMPAT &&
	    logged > 0, "mount refused with NEXFS_ERR_INCOMPAT and a log message");
	tap_ok(strcmp(nexfs_strerror(NEXFS_ERR_INCOMPAT),
	    "volume uses an unknown incompatible feature") == 0, "clear error text");
	t.cfg.mount_flags = NEXFS_MOUNT_RDONLY;
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == NEXFS_ERR_INCOMPAT, "refused read-only too");
	tfs_free(&t);

	/* A version-1 volume (block-aligned files): a clear refusal. */
	tfs_init(&t, 256, 4096, 64, NEXFS_FLASH_NOR);
	(void)nexfs_format(&t.cfg, NULL);
	(void)nexfs_mount(&t.fs, &t.cfg);
	(void)tfs_put(&t, "/f", data, sizeof(data));
	nexfs_st(&t.fs)->sb.version = 1;
	tap_ok(remount_logged("of format version 1") == NEXFS_ERR_VERSION && logged > 0,
	    "version 1 refused with NEXFS_ERR_VERSION and a log message");
	tfs_free(&t);

	/* A version-2 volume (no erase counts, replicas at fixed places): refused too. */
	tfs_init(&t, 256, 4096, 64, NEXFS_FLASH_NOR);
	(void)nexfs_format(&t.cfg, NULL);
	(void)nexfs_mount(&t.fs, &t.cfg);
	nexfs_st(&t.fs)->sb.version = 2;
	tap_ok(remount_logged("of format version 2") == NEXFS_ERR_VERSION && logged > 0,
	    "version 2 refused with NEXFS_ERR_VERSION and a log message");
	tfs_free(&t);

	/* A version-3 volume (chunks of at most a block): refused, saying why. */
	tfs_init(&t, 256, 4096, 64, NEXFS_FLASH_NOR);
	(void)nexfs_format(&t.cfg, NULL);
	(void)nexfs_mount(&t.fs, &t.cfg);
	(void)tfs_put(&t, "/f", data, sizeof(data));
	nexfs_st(&t.fs)->sb.version = 3;
	tap_ok(remount_logged("of format version 3") == NEXFS_ERR_VERSION && logged > 0,
	    "version 3 refused with NEXFS_ERR_VERSION and a log message");
	tap_ok(strstr(last_log, "version 3") != NULL && strstr(last_log, "multi-block") != NULL,
	    "the message names version 3 and what changed: %s", last_log);
	t.cfg.mount_flags = NEXFS_MOUNT_RDONLY;
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == NEXFS_ERR_VERSION, "refused read-only too");
	tfs_free(&t);
	return tap_done();
}
