/*
 * nexfs_fuse.c: nexfs-fuse, which mounts a NexFS image on Linux through
 * libfuse3 so that ordinary tools (cp, ls, mv, rm, diff) can use it.
 *
 *   nexfs-fuse [-f] [-d] [-o OPTS] [--raw GEOMETRY] IMAGE MOUNTPOINT
 *
 * The image is opened and mounted before FUSE starts, so a bad image is
 * reported on the terminal with a non-zero exit instead of a mount that
 * fails later.  The library is not thread-safe, so FUSE runs
 * single-threaded ("-s").  The volume is mounted with NEXFS_MOUNT_BATCH:
 * data reaches the flash at close, fsync, a metadata change (mkdir,
 * unlink, rename, ...) and unmount, which each commit once, rather than at
 * every write() that FUSE splits a copy into.
 *
 * NexFS keeps no owners or permission bits: files show as 0644 and
 * directories as 0755, owned by the user who mounted; chmod and chown are
 * accepted and ignored so that tools which set them do not fail.
 *
 * Snapshots appear read-only under /.snapshots/NAME/ (by name, or by id for
 * a snapshot without a name).  The directory is hidden from the root's
 * listing, so that diff -r of the mount against a copy sees only the live
 * tree, but it can be entered by name; a real entry called .snapshots in
 * the root takes precedence.
 */
#define FUSE_USE_VERSION 31

#include "../nexfs/util.h"
#include "../nexfs/volume.h"

#include <errno.h>
#include <fuse.h>
#include <linux/fs.h>		/* RENAME_NOREPLACE, RENAME_EXCHANGE */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static struct volume vol;

/* Maps a library error to a negative errno for FUSE. */
static int
to_errno(int e)
{
	if (e >= 0)
		return 0;
	if (e > -1000)
		return e;	/* already a negated errno */
	switch (e) {
	case NEXFS_ERR_GEOMETRY:
		return -EINVAL;
	default:
		return -EIO;
	}
}

/* Commits pending changes (the volume is mounted in batch mode). */
static int
commit(void)
{
	return to_errno(nexfs_sync(&vol.fs));
}

#define SNAPDIR "/.snapshots"
#define SNAPDIR_INO ((ino_t)UINT32_MAX + 1)

enum where {
	IN_LIVE,	/* a path of the live tree */
	IN_SNAPDIR,	/* /.snapshots itself */
	IN_SNAP,	/* inside a snapshot */
};

/* Whether path lies in the snapshot view (and no real /.snapshots exists). */
static bool
in_view(const char *path)
{
	struct nexfs_stat st;
	size_t n = strlen(SNAPDIR);

	if (strncmp(path, SNAPDIR, n) != 0 || (path[n] != '\0' &&
	    path[n] != '/'))
		return false;
	return nexfs_stat(&vol.fs, SNAPDIR, &st) != 0;
}

/* Fills *list with every snapshot (caller frees); returns a negative errno. */
static int
snap_list(struct nexfs_snapshot_info **list, size_t *count)
{
	int e;

	*list = NULL;
	e = nexfs_snapshot_list(&vol.fs, NULL, 0, count);
	if (e)
		return to_errno(e);
	*list = calloc(*count ? *count : 1, sizeof(**list));
	if (*list == NULL)
		return -ENOMEM;
	e = nexfs_snapshot_list(&vol.fs, *list, *count, count);
	if (e) {
		free(*list);
		*list = NULL;
		return to_errno(e);
	}
	return 0;
}

/* The directory name of a snapshot: its name, or its id if it has none. */
static const char *
snap_dirname(const struct nexfs_snapshot_info *si, char buf[16])
{
	if (si->name[0] != '\0' && strchr(si->name, '/') == NULL)
		return si->name;
	snprintf(buf, 16, "%u", si->id);
	return buf;
}

/*
 * Finds where path lies.  For IN_SNAP, sets *snap and points *rest at the
 * path inside the snapshot ("/" for its root).  Returns the place, or a
 * negative errno (-ENOENT for an unknown snapshot).
 */
static int
locate(const char *path, nexfs_snap_t *snap, const char **rest)
{
	struct nexfs_snapshot_info *list;
	const char *name, *end;
	char idbuf[16];
	size_t count, i, n;
	int e;

	if (!in_view(path))
		return IN_LIVE;
	name = path + strlen(SNAPDIR);
	if (*name == '\0' || strcmp(name, "/") == 0)
		return IN_SNAPDIR;
	name++;
	end = strchr(name, '/');
	n = end ? (size_t)(end - name) : strlen(name);
	e = snap_list(&list, &count);
	if (e)
		return e;
	for (i = 0; i < count; i++) {
		const char *d = snap_dirname(&list[i], idbuf);

		if (strlen(d) == n && strncmp(d, name, n) == 0) {
			*snap = list[i].id;
			*rest = end ? end : "/";
			free(list);
			return IN_SNAP;
		}
	}
	free(list);
	return -ENOENT;
}

static void
fill_stat(const struct nexfs_stat *st, struct stat *out)
{
	memset(out, 0, sizeof(*out));
	out->st_ino = (ino_t)st->ino;
	out->st_mode = st->type == NEXFS_TYPE_DIR ? S_IFDIR | 0755 :
	    S_IFREG | 0644;
	out->st_nlink = st->nlink ? st->nlink : 1;
	out->st_uid = getuid();
	out->st_gid = getgid();
	out->st_size = (off_t)st->size;
	out->st_blksize = 4096;
	out->st_blocks = (blkcnt_t)((st->size + 511) / 512);
	out->st_mtim.tv_sec = (time_t)(st->mtime_ns / 1000000000u);
	out->st_mtim.tv_nsec = (long)(st->mtime_ns % 1000000000u);
	out->st_ctim = out->st_mtim;
	out->st_atim = out->st_mtim;
}

static int
nf_getattr(const char *path, struct stat *stbuf, struct fuse_file_info *fi)
{
	struct nexfs_stat st;
	nexfs_snap_t snap = NEXFS_LIVE;
	const char *rest = path;
	int e, where;

	if (fi != NULL && fi->fh != 0) {
		e = nexfs_file_stat(&vol.fs, (struct nexfs_file *)fi->fh, &st);
		if (e)
			return to_errno(e);
		fill_stat(&st, stbuf);
		if (in_view(path))
			stbuf->st_mode &= (mode_t)~0222;
		return 0;
	}
	where = locate(path, &snap, &rest);
	if (where < 0)
		return where;
	if (where == IN_SNAPDIR) {
		memset(stbuf, 0, sizeof(*stbuf));
		stbuf->st_ino = SNAPDIR_INO;
		stbuf->st_mode = S_IFDIR | 0555;
		stbuf->st_nlink = 2;
		stbuf->st_uid = getuid();
		stbuf->st_gid = getgid();
		return 0;
	}
	e = nexfs_stat_at(&vol.fs, snap, rest, &st);
	if (e)
		return to_errno(e);
	fill_stat(&st, stbuf);
	if (where == IN_SNAP)
		stbuf->st_mode &= (mode_t)~0222;
	return 0;
}

/* Lists the snapshots as the entries of /.snapshots. */
static int
readdir_snapdir(void *buf, fuse_fill_dir_t filler)
{
	struct nexfs_snapshot_info *list;
	char idbuf[16];
	size_t count, i;
	int e;

	e = snap_list(&list, &count);
	if (e)
		return e;
	filler(buf, ".", NULL, 0, 0);
	filler(buf, "..", NULL, 0, 0);
	for (i = 0; i < count; i++)
		if (filler(buf, snap_dirname(&list[i], idbuf), NULL, 0, 0))
			break;
	free(list);
	return 0;
}

static int
nf_readdir(const char *path, void *buf, fuse_fill_dir_t filler, off_t off,
    struct fuse_file_info *fi, enum fuse_readdir_flags flags)
{
	struct nexfs_dirent ent;
	struct nexfs_dir d;
	struct stat st;
	nexfs_snap_t snap = NEXFS_LIVE;
	const char *rest = path;
	int e, e2, where;

	(void)off;
	(void)fi;
	(void)flags;
	where = locate(path, &snap, &rest);
	if (where < 0)
		return where;
	if (where == IN_SNAPDIR)
		return readdir_snapdir(buf, filler);
	e = nexfs_dir_open_at(&vol.fs, &d, snap, rest);
	if (e)
		return to_errno(e);
	filler(buf, ".", NULL, 0, 0);
	filler(buf, "..", NULL, 0, 0);
	while ((e = nexfs_dir_read(&vol.fs, &d, &ent)) > 0) {
		memset(&st, 0, sizeof(st));
		st.st_ino = (ino_t)ent.ino;
		st.st_mode = ent.type == NEXFS_TYPE_DIR ? S_IFDIR : S_IFREG;
		if (filler(buf, ent.name, &st, 0, 0) != 0)
			break;
	}
	e2 = nexfs_dir_close(&vol.fs, &d);
	return to_errno(e < 0 ? e : e2);
}

static int
nf_mkdir(const char *path, mode_t mode)
{
	int e;

	if (in_view(path))
		return -EROFS;
	(void)mode;
	e = nexfs_mkdir(&vol.fs, path);
	return e ? to_errno(e) : commit();
}

static int
nf_unlink(const char *path)
{
	struct nexfs_stat st;
	int e;

	if (in_view(path))
		return -EROFS;
	e = nexfs_stat(&vol.fs, path, &st);
	if (!e && st.type == NEXFS_TYPE_DIR)
		return -EISDIR;
	if (!e)
		e = nexfs_remove(&vol.fs, path);
	return e ? to_errno(e) : commit();
}

static int
nf_rmdir(const char *path)
{
	struct nexfs_stat st;
	int e;

	if (in_view(path))
		return -EROFS;
	e = nexfs_stat(&vol.fs, path, &st);
	if (!e && st.type != NEXFS_TYPE_DIR)
		return -ENOTDIR;
	if (!e)
		e = nexfs_remove(&vol.fs, path);
	return e ? to_errno(e) : commit();
}

static int
nf_rename(const char *from, const char *to, unsigned int flags)
{
	struct nexfs_stat st;
	int e;

	if (in_view(from) || in_view(to))
		return -EROFS;
	if (flags & RENAME_EXCHANGE)
		return -EINVAL;
	if ((flags & RENAME_NOREPLACE) && nexfs_stat(&vol.fs, to, &st) == 0)
		return -EEXIST;
	e = nexfs_rename(&vol.fs, from, to);
	return e ? to_errno(e) : commit();
}

static int
nf_chmod(const char *path, mode_t mode, struct fuse_file_info *fi)
{
	struct nexfs_stat st;

	if (in_view(path))
		return -EROFS;
	(void)mode;
	(void)fi;
	return to_errno(nexfs_stat(&vol.fs, path, &st));
}

static int
nf_chown(const char *path, uid_t uid, gid_t gid, struct fuse_file_info *fi)
{
	struct nexfs_stat st;

	if (in_view(path))
		return -EROFS;
	(void)uid;
	(void)gid;
	(void)fi;
	return to_errno(nexfs_stat(&vol.fs, path, &st));
}

static int
open_handle(const char *path, uint32_t flags, struct fuse_file_info *fi)
{
	struct nexfs_file *f;
	int e;

	f = calloc(1, sizeof(*f));
	if (f == NULL)
		return -ENOMEM;
	e = nexfs_file_open(&vol.fs, f, path, flags);
	if (e) {
		free(f);
		return to_errno(e);
	}
	fi->fh = (uint64_t)(uintptr_t)f;
	return 0;
}

static uint32_t
open_flags(int flags)
{
	uint32_t o;

	switch (flags & O_ACCMODE) {
	case O_WRONLY:
		o = NEXFS_O_WRONLY;
		break;
	case O_RDWR:
		o = NEXFS_O_RDWR;
		break;
	default:
		o = NEXFS_O_RDONLY;
		break;
	}
	if (flags & O_TRUNC)
		o |= NEXFS_O_TRUNC;
	if (flags & O_APPEND)
		o |= NEXFS_O_APPEND;
	return o;
}

static int
nf_open(const char *path, struct fuse_file_info *fi)
{
	struct nexfs_file *f;
	nexfs_snap_t snap = NEXFS_LIVE;
	const char *rest = path;
	int e, where;

	where = locate(path, &snap, &rest);
	if (where < 0)
		return where;
	if (where == IN_LIVE)
		return open_handle(path, open_flags(fi->flags), fi);
	if (where == IN_SNAPDIR)
		return -EISDIR;
	if ((fi->flags & O_ACCMODE) != O_RDONLY || (fi->flags & O_TRUNC))
		return -EROFS;
	f = calloc(1, sizeof(*f));
	if (f == NULL)
		return -ENOMEM;
	e = nexfs_file_open_at(&vol.fs, f, snap, rest);
	if (e) {
		free(f);
		return to_errno(e);
	}
	fi->fh = (uint64_t)(uintptr_t)f;
	return 0;
}

static int
nf_create(const char *path, mode_t mode, struct fuse_file_info *fi)
{
	uint32_t o = open_flags(fi->flags) | NEXFS_O_CREAT;

	if (in_view(path))
		return -EROFS;
	(void)mode;
	if (fi->flags & O_EXCL)
		o |= NEXFS_O_EXCL;
	return open_handle(path, o, fi);
}

static int
nf_read(const char *path, char *buf, size_t size, off_t off,
    struct fuse_file_info *fi)
{
	size_t done = 0;
	int e;

	(void)path;
	e = nexfs_file_read(&vol.fs, (struct nexfs_file *)fi->fh,
	    (uint64_t)off, buf, size, &done);
	return e ? to_errno(e) : (int)done;
}

static int
nf_write(const char *path, const char *buf, size_t size, off_t off,
    struct fuse_file_info *fi)
{
	int e;

	(void)path;
	e = nexfs_file_write(&vol.fs, (struct nexfs_file *)fi->fh,
	    (uint64_t)off, buf, size);
	return e ? to_errno(e) : (int)size;
}

static int
nf_truncate(const char *path, off_t size, struct fuse_file_info *fi)
{
	struct nexfs_file f;
	int e, e2;

	if (in_view(path))
		return -EROFS;
	if (fi != NULL && fi->fh != 0) {
		e = nexfs_file_truncate(&vol.fs, (struct nexfs_file *)fi->fh,
		    (uint64_t)size);
		return to_errno(e);
	}
	e = nexfs_file_open(&vol.fs, &f, path, NEXFS_O_WRONLY);
	if (e)
		return to_errno(e);
	e = nexfs_file_truncate(&vol.fs, &f, (uint64_t)size);
	e2 = nexfs_file_close(&vol.fs, &f);
	if (e || e2)
		return to_errno(e ? e : e2);
	return commit();
}

static int
nf_utimens(const char *path, const struct timespec tv[2],
    struct fuse_file_info *fi)
{
	struct nexfs_attr attr;
	struct timespec now;
	int e;

	if (in_view(path))
		return -EROFS;
	(void)fi;
	memset(&attr, 0, sizeof(attr));
	if (tv == NULL || tv[1].tv_nsec == UTIME_NOW) {
		clock_gettime(CLOCK_REALTIME, &now);
	} else if (tv[1].tv_nsec == UTIME_OMIT) {
		return 0;
	} else
		now = tv[1];
	attr.mtime_ns = (uint64_t)now.tv_sec * 1000000000u +
	    (uint64_t)now.tv_nsec;
	e = nexfs_setattr(&vol.fs, path, &attr, NEXFS_ATTR_MTIME);
	return e ? to_errno(e) : commit();
}

static int
nf_flush(const char *path, struct fuse_file_info *fi)
{
	(void)path;
	(void)fi;
	return commit();
}

static int
nf_fsync(const char *path, int datasync, struct fuse_file_info *fi)
{
	(void)path;
	(void)datasync;
	(void)fi;
	return commit();
}

static int
nf_release(const char *path, struct fuse_file_info *fi)
{
	struct nexfs_file *f = (struct nexfs_file *)fi->fh;
	int e;

	(void)path;
	e = nexfs_file_close(&vol.fs, f);
	free(f);
	fi->fh = 0;
	return e ? to_errno(e) : commit();
}

static int
nf_statfs(const char *path, struct statvfs *sv)
{
	struct nexfs_info in;
	uint32_t unit;
	int e;

	(void)path;
	e = nexfs_info(&vol.fs, &in);
	if (e)
		return to_errno(e);
	unit = in.geo.page_size;
	memset(sv, 0, sizeof(*sv));
	sv->f_bsize = unit;
	sv->f_frsize = unit;
	sv->f_blocks = in.bytes_total / unit;
	sv->f_bfree = in.bytes_free / unit;
	sv->f_bavail = sv->f_bfree;
	sv->f_files = in.files;
	sv->f_ffree = in.blocks_free;
	sv->f_favail = in.blocks_free;
	sv->f_namemax = NEXFS_NAME_MAX;
	return 0;
}

static void *
nf_init(struct fuse_conn_info *conn, struct fuse_config *cfg)
{
	(void)conn;
	cfg->use_ino = 1;
	/* NexFS is the only writer: let the kernel cache attributes briefly. */
	cfg->attr_timeout = 1.0;
	cfg->entry_timeout = 1.0;
	return NULL;
}

static void
nf_destroy(void *data)
{
	int e;

	(void)data;
	e = volume_close(&vol);
	if (e)
		fprintf(stderr, "nexfs-fuse: %s: unmount failed: %s\n",
		    vol.path, nexfs_strerror(e));
}

static const struct fuse_operations nf_ops = {
	.getattr = nf_getattr,
	.readdir = nf_readdir,
	.mkdir = nf_mkdir,
	.unlink = nf_unlink,
	.rmdir = nf_rmdir,
	.rename = nf_rename,
	.chmod = nf_chmod,
	.chown = nf_chown,
	.truncate = nf_truncate,
	.open = nf_open,
	.create = nf_create,
	.read = nf_read,
	.write = nf_write,
	.statfs = nf_statfs,
	.flush = nf_flush,
	.release = nf_release,
	.fsync = nf_fsync,
	.utimens = nf_utimens,
	.init = nf_init,
	.destroy = nf_destroy,
};

static void
usage(FILE *out)
{
	fprintf(out,
	    "usage: nexfs-fuse [OPTIONS] IMAGE MOUNTPOINT\n"
	    "\n"
	    "Mounts the NexFS volume in the image file IMAGE at MOUNTPOINT.\n"
	    "Unmount with 'fusermount3 -u MOUNTPOINT'.\n"
	    "\n"
	    "Options:\n"
	    "  -f                   stay in the foreground\n"
	    "  -d                   foreground, with FUSE debug output\n"
	    "  -o OPTS              FUSE mount options; 'ro' mounts read-only\n"
	    "  --raw PAGE,BLOCK,COUNT[,nand]\n"
	    "                       IMAGE is a plain flash dump of this geometry\n"
	    "  -v, --verbose        more messages from the library\n"
	    "  -h, --help           this help\n"
	    "  -V, --version        the version\n");
}

static bool
parse_raw(const char *arg, struct nexfs_flash_geometry *g)
{
	char buf[128], *save = NULL, *tok;
	uint64_t v[3];
	int i;

	if (strlen(arg) >= sizeof(buf))
		return false;
	strcpy(buf, arg);
	memset(g, 0, sizeof(*g));
	tok = strtok_r(buf, ",", &save);
	for (i = 0; i < 3; i++) {
		if (tok == NULL || !(i < 2 ? util_parse_size(tok, &v[i], false) :
		    util_parse_uint(tok, UINT32_MAX, &v[i])) || v[i] > UINT32_MAX)
			return false;
		tok = strtok_r(NULL, ",", &save);
	}
	g->page_size = (uint32_t)v[0];
	g->block_size = (uint32_t)v[1];
	g->block_count = (uint32_t)v[2];
	if (tok != NULL) {
		if (strcmp(tok, "nand") == 0)
			g->flags = NEXFS_FLASH_NAND;
		else if (strcmp(tok, "nor") != 0)
			return false;
	}
	return true;
}

/* Whether the comma-separated FUSE options opts contain "ro". */
static bool
has_ro(const char *opts)
{
	const char *p = opts;
	size_t n;

	while (*p != '\0') {
		n = strcspn(p, ",");
		if (n == 2 && strncmp(p, "ro", 2) == 0)
			return true;
		p += n;
		if (*p == ',')
			p++;
	}
	return false;
}

int
main(int argc, char **argv)
{
	struct nexfs_flash_geometry raw;
	const char *image = NULL, *mnt = NULL;
	char **fargv, fsname[512], err[512];
	struct stat st;
	bool have_raw = false, ro = false;
	int fargc = 0, i, verbose = 0, ret;

	fargv = calloc((size_t)argc + 8, sizeof(*fargv));
	if (fargv == NULL)
		return 1;
	ret = 2;
	fargv[fargc++] = argv[0];
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			usage(stdout);
			ret = 0;
			goto done;
		} else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
			printf("nexfs-fuse (NexFS format version %d, libfuse "
			    "%d)\n", NEXFS_FORMAT_VERSION, fuse_version());
			ret = 0;
			goto done;
		} else if (strcmp(a, "-f") == 0 || strcmp(a, "-d") == 0) {
			fargv[fargc++] = argv[i];
		} else if (strcmp(a, "-v") == 0 || strcmp(a, "--verbose") == 0) {
			verbose++;
		} else if (strcmp(a, "-o") == 0) {
			if (i + 1 == argc) {
				fprintf(stderr, "nexfs-fuse: -o needs an "
				    "argument\n");
				goto done;
			}
			ro |= has_ro(argv[i + 1]);
			fargv[fargc++] = argv[i++];
			fargv[fargc++] = argv[i];
		} else if (strcmp(a, "--raw") == 0 || strncmp(a, "--raw=", 6) == 0) {
			const char *g = a[5] == '=' ? a + 6 : (i + 1 < argc ?
			    argv[++i] : "");

			if (!parse_raw(g, &raw)) {
				fprintf(stderr, "nexfs-fuse: bad --raw geometry "
				    "'%s' (want PAGE,BLOCK,COUNT[,nand|nor])\n",
				    g);
				goto done;
			}
			have_raw = true;
		} else if (a[0] == '-' && a[1] != '\0') {
			fprintf(stderr, "nexfs-fuse: unknown option '%s'\n"
			    "Try 'nexfs-fuse --help'.\n", a);
			goto done;
		} else if (image == NULL) {
			image = a;
		} else if (mnt == NULL) {
			mnt = a;
		} else {
			fprintf(stderr, "nexfs-fuse: too many arguments\n"
			    "Try 'nexfs-fuse --help'.\n");
			goto done;
		}
	}
	if (image == NULL || mnt == NULL) {
		fprintf(stderr, "nexfs-fuse: missing %s\n", image == NULL ?
		    "IMAGE and MOUNTPOINT" : "MOUNTPOINT");
		usage(stderr);
		goto done;
	}
	if (stat(mnt, &st) != 0) {
		fprintf(stderr, "nexfs-fuse: %s: %s\n", mnt, strerror(errno));
		ret = 1;
		goto done;
	}
	if (!S_ISDIR(st.st_mode)) {
		fprintf(stderr, "nexfs-fuse: %s: not a directory\n", mnt);
		ret = 1;
		goto done;
	}
	if (volume_open(&vol, image, have_raw ? &raw : NULL,
	    ro ? NEXFS_MOUNT_RDONLY : NEXFS_MOUNT_BATCH, verbose, "nexfs-fuse",
	    err, sizeof(err)) != 0) {
		fprintf(stderr, "nexfs-fuse: %s: %s\n", image, err);
		ret = 1;
		goto done;
	}
	snprintf(fsname, sizeof(fsname), "-ofsname=nexfs:%s,subtype=nexfs",
	    image);
	/* Commas in the image name would split the option; drop the name. */
	if (strchr(image, ',') != NULL)
		snprintf(fsname, sizeof(fsname), "-ofsname=nexfs,subtype=nexfs");
	fargv[fargc++] = fsname;
	fargv[fargc++] = "-s";
	fargv[fargc++] = (char *)mnt;
	fargv[fargc] = NULL;
	ret = fuse_main(fargc, fargv, &nf_ops, NULL);
	/* destroy() closes the volume when FUSE ran; otherwise close it here. */
	if (vol.mounted)
		(void)volume_close(&vol);
done:
	free(fargv);
	return ret;
}
