/*
 * volume.h: a NexFS volume in an image file, as the host tools use it.
 *
 * Ties together what the library expects to be injected: the image-file
 * flash device (flash_image.h), the wall clock, zstd from libzstd as the
 * compression codec, a log sink on stderr, and the working buffer of
 * nexfs_mem_required() bytes.  The nexfs CLI and nexfs-fuse both open their
 * volume through here.
 */
#pragma once

#include "flash_image.h"

#include <nexfs/nexfs.h>
#include <stdbool.h>
#include <stdint.h>

struct volume {
	const char *path;	/* the image file, for messages */
	struct flash_image img;
	struct nexfs fs;
	struct nexfs_config cfg;
	void *zstd_cctx;	/* ZSTD_CCtx, made on first use */
	void *zstd_dctx;	/* ZSTD_DCtx, made on first use */
	void *buf;		/* the library's working buffer */
	bool mounted;
	int verbose;		/* 0: warnings and errors; 1: info; 2: debug */
	const char *prog;	/* program name for log lines */
};

/*
 * Creates the image at path with geometry geo and formats it with opt (NULL
 * for the defaults).  On failure writes a message naming the reason to
 * err.  The volume is not left mounted.
 */
int volume_format(const char *path, const struct nexfs_flash_geometry *geo,
    const struct nexfs_format_options *opt, bool overwrite, char *err,
    size_t errlen);

/*
 * Opens the image at path (raw: geometry of a plain dump, or NULL) and mounts
 * it with mount_flags (NEXFS_MOUNT_*).  On failure writes the reason to err.
 */
int volume_open(struct volume *v, const char *path,
    const struct nexfs_flash_geometry *raw, uint32_t mount_flags,
    int verbose, const char *prog, char *err, size_t errlen);

/* Unmounts and closes; returns the unmount's result. */
int volume_close(struct volume *v);

/*
 * The best description of err for the user: the device's own message when
 * the failure came from the image file, otherwise nexfs_strerror().
 */
const char *volume_strerror(struct volume *v, int err);
