/*
 * volume.c: host services for the library and the mount of an image (see
 * volume.h).
 *
 * The codec uses one zstd context each way for the life of the volume; a
 * compress that does not fit the library's buffer reports NEXFS_ERR_NOSPC so
 * that the library stores the data as it is.  Log lines go to stderr as
 * "PROG: IMAGE: message".
 */
#include "volume.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zstd.h>
#include <zstd_errors.h>

static uint64_t
host_now_ns(void *ctx)
{
	struct timespec ts;

	(void)ctx;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static const struct nexfs_clock_ops host_clock = { .now_ns = host_now_ns };

static int
zstd_compress(void *ctx, int level, const void *src, size_t src_len,
    void *dst, size_t dst_cap, size_t *dst_len)
{
	struct volume *v = ctx;
	size_t n;

	if (v->zstd_cctx == NULL && (v->zstd_cctx = ZSTD_createCCtx()) == NULL)
		return NEXFS_ERR_NOMEM;
	n = ZSTD_compressCCtx(v->zstd_cctx, dst, dst_cap, src, src_len, level);
	if (ZSTD_isError(n))
		return ZSTD_getErrorCode(n) == ZSTD_error_dstSize_tooSmall ?
		    NEXFS_ERR_NOSPC : NEXFS_ERR_INVAL;
	*dst_len = n;
	return 0;
}

static int
zstd_decompress(void *ctx, const void *src, size_t src_len, void *dst,
    size_t dst_cap, size_t *dst_len)
{
	struct volume *v = ctx;
	size_t n;

	if (v->zstd_dctx == NULL && (v->zstd_dctx = ZSTD_createDCtx()) == NULL)
		return NEXFS_ERR_NOMEM;
	n = ZSTD_decompressDCtx(v->zstd_dctx, dst, dst_cap, src, src_len);
	if (ZSTD_isError(n))
		return NEXFS_ERR_CORRUPT;
	*dst_len = n;
	return 0;
}

static const struct nexfs_codec_ops host_codec = {
	.compress = zstd_compress,
	.decompress = zstd_decompress,
};

static void
host_log(void *ctx, int level, const char *msg)
{
	struct volume *v = ctx;
	static const char *const names[] = { "error", "warning", "info",
	    "debug" };

	if (level > NEXFS_LOG_WARN + v->verbose)
		return;
	fprintf(stderr, "%s: %s: %s%s%s\n", v->prog ? v->prog : "nexfs",
	    v->path, level <= NEXFS_LOG_DEBUG && level > NEXFS_LOG_ERROR ?
	    names[level] : "", level > NEXFS_LOG_ERROR ? ": " : "", msg);
}

static const struct nexfs_log_ops host_logger = { .log = host_log };

/* Fills cfg and allocates the working buffer for the image's geometry. */
static int
setup_config(struct volume *v, uint32_t mount_flags, char *err, size_t errlen)
{
	struct nexfs_mem_report rep;
	int e;

	e = nexfs_mem_required(&v->img.geo, &rep);
	if (e) {
		snprintf(err, errlen, "the library does not support this "
		    "geometry (%u-byte pages, %u-byte blocks, %u blocks): %s",
		    v->img.geo.page_size, v->img.geo.block_size,
		    v->img.geo.block_count, nexfs_strerror(e));
		return e;
	}
	v->buf = aligned_alloc(16, (rep.buffer_bytes + rep.pack_bytes + 15) & ~(size_t)15);
	if (v->buf == NULL) {
		snprintf(err, errlen, "out of memory (%zu bytes)",
		    rep.buffer_bytes);
		return NEXFS_ERR_NOMEM;
	}
	memset(&v->cfg, 0, sizeof(v->cfg));
	v->cfg.flash = &flash_image_ops;
	v->cfg.flash_ctx = &v->img;
	v->cfg.clock = &host_clock;
	v->cfg.codec = &host_codec;
	v->cfg.codec_ctx = v;
	v->cfg.log = &host_logger;
	v->cfg.log_ctx = v;
	v->cfg.buffer = v->buf;
	v->cfg.buffer_size = rep.buffer_bytes + rep.pack_bytes;
	v->cfg.mount_flags = mount_flags;
	return 0;
}

static void
release(struct volume *v)
{
	flash_image_close(&v->img);
	free(v->buf);
	ZSTD_freeCCtx(v->zstd_cctx);
	ZSTD_freeDCtx(v->zstd_dctx);
	v->buf = v->zstd_cctx = v->zstd_dctx = NULL;
}

const char *
volume_strerror(struct volume *v, int err)
{
	if (v->img.err[0] != '\0' && v->img.last == err)
		return v->img.err;
	return nexfs_strerror(err);
}

int
volume_format(const char *path, const struct nexfs_flash_geometry *geo,
    const struct nexfs_format_options *opt, bool overwrite, char *err,
    size_t errlen)
{
	struct volume v;
	int e;

	memset(&v, 0, sizeof(v));
	v.path = path;
	v.prog = "nexfs mkfs";
	e = flash_image_create(&v.img, path, geo, overwrite);
	if (e) {
		snprintf(err, errlen, "%s%s", v.img.err,
		    e == NEXFS_ERR_EXIST ? " (use --force to overwrite)" : "");
		return e;
	}
	e = setup_config(&v, 0, err, errlen);
	if (e)
		goto out;
	e = nexfs_format(&v.cfg, opt);
	if (e) {
		snprintf(err, errlen, "format failed: %s",
		    volume_strerror(&v, e));
		goto out;
	}
	e = flash_image_sync(&v.img);
	if (e)
		snprintf(err, errlen, "%s", v.img.err);
out:
	release(&v);
	if (e)
		remove(path);
	return e;
}

int
volume_open(struct volume *v, const char *path,
    const struct nexfs_flash_geometry *raw, uint32_t mount_flags,
    int verbose, const char *prog, char *err, size_t errlen)
{
	int e;

	memset(v, 0, sizeof(*v));
	v->path = path;
	v->verbose = verbose;
	v->prog = prog;
	e = flash_image_open(&v->img, path, raw,
	    (mount_flags & NEXFS_MOUNT_RDONLY) != 0);
	if (e) {
		snprintf(err, errlen, "%s", v->img.err);
		return e;
	}
	e = setup_config(v, mount_flags, err, errlen);
	if (e)
		goto fail;
	e = nexfs_mount(&v->fs, &v->cfg);
	if (e) {
		if (e == NEXFS_ERR_NOFS)
			snprintf(err, errlen, "no valid NexFS volume in the "
			    "image (no superblock replica is intact)");
		else
			snprintf(err, errlen, "cannot mount: %s",
			    volume_strerror(v, e));
		goto fail;
	}
	v->mounted = true;
	return 0;

fail:
	release(v);
	return e;
}

int
volume_close(struct volume *v)
{
	int e = 0, e2;

	if (v->mounted)
		e = nexfs_unmount(&v->fs);
	v->mounted = false;
	e2 = flash_image_sync(&v->img);
	release(v);
	return e ? e : e2;
}
