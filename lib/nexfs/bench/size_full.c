/*
 * size_full.c: every call of the library, linked to measure its full size.
 */
#include <nexfs/nexfs.h>

void nexfs_size_entry(struct nexfs *fs, const struct nexfs_config *cfg);

static int
diff_fn(void *ctx, const char *path, enum nexfs_diff_kind kind)
{
	(void)ctx;
	(void)path;
	(void)kind;
	return 0;
}

void
nexfs_size_entry(struct nexfs *fs, const struct nexfs_config *cfg)
{
	struct nexfs_file f;
	struct nexfs_dir d;
	struct nexfs_dirent e;
	struct nexfs_stat st;
	struct nexfs_info info;
	struct nexfs_scrub_report rep;
	struct nexfs_du du;
	struct nexfs_dedup_stats dd;
	struct nexfs_snapshot_info si;
	struct nexfs_mem_report mr;
	struct nexfs_attr attr = { 0, 0, 0 };
	nexfs_snap_t id;
	char buf[16];
	size_t n;

	if (nexfs_mem_required(0, &mr) || nexfs_format(cfg, 0) || nexfs_mount(fs, cfg))
		return;
	if (nexfs_mkdir(fs, "/a") || nexfs_stat(fs, "/a", &st) || nexfs_info(fs, &info) ||
	    nexfs_setattr(fs, "/a", &attr, 0) || nexfs_tune(fs, 0, 0))
		return;
	if (nexfs_file_open(fs, &f, "/a/b", NEXFS_O_RDWR | NEXFS_O_CREAT))
		return;
	if (nexfs_file_write(fs, &f, 0, "x", 1) || nexfs_file_read(fs, &f, 0, buf, 1, &n) ||
	    nexfs_file_append(fs, &f, "y", 1) || nexfs_file_stat(fs, &f, &st) ||
	    nexfs_file_sync(fs, &f) || nexfs_file_truncate(fs, &f, 0) || nexfs_file_close(fs, &f))
		return;
	if (nexfs_snapshot_create(fs, "s", &id) || nexfs_snapshot_list(fs, &si, 1, &n) ||
	    nexfs_snapshot_diff(fs, id, NEXFS_LIVE, diff_fn, 0) ||
	    nexfs_file_open_at(fs, &f, id, "/a/b") || nexfs_stat_at(fs, id, "/a", &st) ||
	    nexfs_dir_open_at(fs, &d, id, "/a") || nexfs_snapshot_rollback(fs, id) ||
	    nexfs_snapshot_delete(fs, id))
		return;
	if (nexfs_dir_open(fs, &d, "/a") || nexfs_dir_read(fs, &d, &e) < 0 ||
	    nexfs_dir_close(fs, &d))
		return;
	if (nexfs_scrub(fs, &rep, 0, 0) || nexfs_du(fs, "/", &du) || nexfs_dedup_stats(fs, &dd) ||
	    nexfs_sync(fs))
		return;
	if (nexfs_rename(fs, "/a/b", "/c") || nexfs_remove(fs, "/c") || nexfs_unmount(fs))
		return;
	(void)nexfs_strerror(0);
}
