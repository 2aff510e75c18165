/*
 * snap.c: TimeWarp snapshots, diff, scrub and usage statistics.
 *
 * A snapshot is a 128-byte record in the snapshot table (an object whose
 * leaves hold records, SPEC.md section 7) that names an inode-table root
 * and holds a reference on it; since every block pointer carries the hash
 * of what it points at, that root's hash is the Merkle root of the whole
 * tree the snapshot captured.
 */
#include "nexfs_internal.h"

int
nexfs_snap_view(struct nexfs_state *s, nexfs_snap_t snap, struct nexfs_bptr *itab, uint8_t *ih)
{
	if (snap == NEXFS_LIVE) {
		*itab = s->sb.itab;
		*ih = s->sb.itab_height;
		return 0;
	}
	return NEXFS_ERR_NOENT;
}

int
nexfs_snapshot_create(struct nexfs *fs, const char *name, nexfs_snap_t *id)
{
	(void)fs; (void)name; (void)id;
	return NEXFS_ERR_UNSUPPORTED;
}

int
nexfs_snapshot_list(struct nexfs *fs, struct nexfs_snapshot_info *out, size_t cap,
    size_t *count)
{
	(void)fs; (void)out; (void)cap;
	*count = 0;
	return NEXFS_ERR_UNSUPPORTED;
}

int
nexfs_snapshot_delete(struct nexfs *fs, nexfs_snap_t id)
{
	(void)fs; (void)id;
	return NEXFS_ERR_UNSUPPORTED;
}

int
nexfs_snapshot_rollback(struct nexfs *fs, nexfs_snap_t id)
{
	(void)fs; (void)id;
	return NEXFS_ERR_UNSUPPORTED;
}

int
nexfs_snapshot_diff(struct nexfs *fs, nexfs_snap_t a, nexfs_snap_t b, nexfs_diff_fn fn,
    void *ctx)
{
	(void)fs; (void)a; (void)b; (void)fn; (void)ctx;
	return NEXFS_ERR_UNSUPPORTED;
}

int
nexfs_scrub(struct nexfs *fs, struct nexfs_scrub_report *rep, nexfs_scrub_fn fn, void *ctx)
{
	(void)fs; (void)fn; (void)ctx;
	memset(rep, 0, sizeof(*rep));
	return NEXFS_ERR_UNSUPPORTED;
}

int
nexfs_du(struct nexfs *fs, const char *path, struct nexfs_du *du)
{
	(void)fs; (void)path;
	memset(du, 0, sizeof(*du));
	return NEXFS_ERR_UNSUPPORTED;
}

int
nexfs_dedup_stats(struct nexfs *fs, struct nexfs_dedup_stats *st)
{
	struct nexfs_state *s = nexfs_st(fs);
	int err;

	err = nexfs_op_begin(s, false);
	if (err)
		return err;
	*st = s->dd;
	st->blocks_shared = 0;
	for (uint32_t b = 0; b < s->geo.block_count; b++)
		if (s->rc[b] > 1 && s->rc[b] < NEXFS_RC_BAD)
			st->blocks_shared++;
	return 0;
}
