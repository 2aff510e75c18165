/*
 * size_small.c: the calls a small device needs (format, mount, files,
 * directories), linked alone to measure the code they pull in.
 */
#include <nexfs/nexfs.h>

void nexfs_size_entry(struct nexfs *fs, const struct nexfs_config *cfg);

void
nexfs_size_entry(struct nexfs *fs, const struct nexfs_config *cfg)
{
	struct nexfs_file f;
	struct nexfs_dir d;
	struct nexfs_dirent e;
	struct nexfs_stat st;
	char buf[16];
	size_t n;

	if (nexfs_format(cfg, 0) || nexfs_mount(fs, cfg))
		return;
	if (nexfs_mkdir(fs, "/a") || nexfs_stat(fs, "/a", &st))
		return;
	if (nexfs_file_open(fs, &f, "/a/b", NEXFS_O_RDWR | NEXFS_O_CREAT))
		return;
	if (nexfs_file_write(fs, &f, 0, "x", 1) || nexfs_file_read(fs, &f, 0, buf, 1, &n) ||
	    nexfs_file_truncate(fs, &f, 0) || nexfs_file_close(fs, &f))
		return;
	if (nexfs_dir_open(fs, &d, "/a") || nexfs_dir_read(fs, &d, &e) < 0 ||
	    nexfs_dir_close(fs, &d))
		return;
	if (nexfs_rename(fs, "/a/b", "/c") || nexfs_remove(fs, "/c") || nexfs_unmount(fs))
		return;
}
