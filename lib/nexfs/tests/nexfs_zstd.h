/*
 * nexfs_zstd.h: the codec ops the tests hand NexFS, on libzstd (the host
 * tools supply the same from tools/nexfs).  Test use only.
 */
#pragma once

#include <nexfs/nexfs.h>

#include <zstd.h>

static int
z_compress(void *ctx, int level, const void *src, size_t src_len, void *dst, size_t dst_cap,
    size_t *dst_len)
{
	size_t n = ZSTD_compress(dst, dst_cap, src, src_len, level);

	(void)ctx;
	if (ZSTD_isError(n))
		return NEXFS_ERR_NOSPC;
	*dst_len = n;
	return 0;
}

static int
z_decompress(void *ctx, const void *src, size_t src_len, void *dst, size_t dst_cap,
    size_t *dst_len)
{
	size_t n = ZSTD_decompress(dst, dst_cap, src, src_len);

	(void)ctx;
	if (ZSTD_isError(n))
		return NEXFS_ERR_CORRUPT;
	*dst_len = n;
	return 0;
}

static const struct nexfs_codec_ops zops = { z_compress, z_decompress };
