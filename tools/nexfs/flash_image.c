/*
 * flash_image.c: raw flash emulated in an image file (see flash_image.h).
 *
 * Every operation checks its range against the geometry first, then does the
 * I/O with pread/pwrite.  A program reads the old bytes of its range and
 * refuses to set any bit, which costs one read per program but catches a
 * library that would only work on a forgiving device.  The NAND
 * program-once rule is kept in a bitmap for the life of the open image; a
 * page found programmed (not all 0xFF) when the image was opened is caught by
 * the all-0xFF check instead.  Failures return NEXFS_ERR_IO with the reason
 * in img->err, so that a broken rule is never mistaken for a bad block.
 */
#include "flash_image.h"

#include <crypto/xxh3.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define FOOTER_MAGIC "NXFSIMG1"
#define FOOTER_VERSION 1u

static int __attribute__((format(printf, 3, 4)))
fail(struct flash_image *img, int err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(img->err, sizeof(img->err), fmt, ap);
	va_end(ap);
	img->last = err;
	return err;
}

static bool
is_pow2(uint64_t v)
{
	return v != 0 && (v & (v - 1)) == 0;
}

bool
flash_image_geometry_ok(const struct nexfs_flash_geometry *g, char *why,
    size_t whylen)
{
	const char *msg = NULL;

	if (g->page_size < 64 || g->page_size > 65536 ||
	    !is_pow2(g->page_size))
		msg = "page size must be a power of two from 64 to 65536 bytes";
	else if (g->block_size < 512 || g->block_size < g->page_size ||
	    g->block_size > 64u * 1024 * 1024 || !is_pow2(g->block_size))
		msg = "erase-block size must be a power of two from 512 bytes "
		    "to 64 MiB, and at least the page size";
	else if (g->block_count < 16)
		msg = "a volume needs at least 16 erase blocks";
	else if ((uint64_t)g->block_count * g->block_size > (1ull << 44))
		msg = "a volume is at most 16 TiB";
	else if ((g->flags & ~NEXFS_FLASH_NAND) != 0)
		msg = "unknown flash flags";
	if (msg != NULL && why != NULL)
		snprintf(why, whylen, "%s", msg);
	return msg == NULL;
}

static int
full_pread(int fd, void *buf, size_t len, uint64_t off)
{
	uint8_t *p = buf;

	while (len > 0) {
		ssize_t n = pread(fd, p, len, (off_t)off);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		if (n == 0)
			return -EIO;	/* short file */
		p += n;
		len -= (size_t)n;
		off += (uint64_t)n;
	}
	return 0;
}

static int
full_pwrite(int fd, const void *buf, size_t len, uint64_t off)
{
	const uint8_t *p = buf;

	while (len > 0) {
		ssize_t n = pwrite(fd, p, len, (off_t)off);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		p += n;
		len -= (size_t)n;
		off += (uint64_t)n;
	}
	return 0;
}

static uint64_t
map_bytes(const struct nexfs_flash_geometry *g)
{
	return ((uint64_t)g->block_count + 7) / 8;
}

static void
put32(uint8_t *p, uint32_t v)
{
	int i;

	for (i = 0; i < 4; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

static uint32_t
get32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24;
}

static void
put64(uint8_t *p, uint64_t v)
{
	put32(p, (uint32_t)v);
	put32(p + 4, (uint32_t)(v >> 32));
}

static uint64_t
get64(const uint8_t *p)
{
	return get32(p) | (uint64_t)get32(p + 4) << 32;
}

static void
footer_encode(const struct nexfs_flash_geometry *g,
    uint8_t f[FLASH_IMAGE_FOOTER])
{
	memset(f, 0, FLASH_IMAGE_FOOTER);
	memcpy(f, FOOTER_MAGIC, 8);
	put32(f + 8, FOOTER_VERSION);
	put32(f + 12, g->page_size);
	put32(f + 16, g->block_size);
	put32(f + 20, g->block_count);
	put32(f + 24, g->flags);
	put64(f + 56, crypto_xxh3_64(f, 56, 0));
}

/* Bit n of the bitmap map. */
static bool
bit_get(const uint8_t *map, uint64_t n)
{
	return (map[n / 8] >> (n % 8)) & 1;
}

static void
bit_set(uint8_t *map, uint64_t n)
{
	map[n / 8] |= (uint8_t)(1u << (n % 8));
}

static void
bit_clear(uint8_t *map, uint64_t n)
{
	map[n / 8] &= (uint8_t)~(1u << (n % 8));
}

/*
 * The offset of the first byte where programming new over old would set a
 * bit (a 1 in new over a 0 in old), or len if there is none.  Compares a
 * word at a time.
 */
static uint32_t
first_set_bit(const uint8_t *old, const uint8_t *new, uint32_t len)
{
	uint64_t a, b;
	uint32_t i = 0;

	for (; i + 8 <= len; i += 8) {
		memcpy(&a, old + i, 8);
		memcpy(&b, new + i, 8);
		if ((a & b) != b)
			break;
	}
	for (; i < len; i++)
		if ((old[i] & new[i]) != new[i])
			return i;
	return len;
}

static int
setup(struct flash_image *img, const struct nexfs_flash_geometry *g)
{
	uint64_t pages;

	img->geo = *g;
	img->flash_bytes = (uint64_t)g->block_count * g->block_size;
	img->page_buf = malloc(g->page_size);
	img->ff_buf = malloc(g->block_size);
	img->bad = calloc(1, (size_t)map_bytes(g));
	if (img->page_buf == NULL || img->ff_buf == NULL || img->bad == NULL)
		return fail(img, NEXFS_ERR_NOMEM, "out of memory");
	memset(img->ff_buf, 0xff, g->block_size);
	pages = (uint64_t)g->block_count * (g->block_size / g->page_size);
	img->erased = calloc(1, (size_t)((pages + 7) / 8));
	if (img->erased == NULL)
		return fail(img, NEXFS_ERR_NOMEM, "out of memory");
	if (g->flags & NEXFS_FLASH_NAND) {
		img->programmed = calloc(1, (size_t)((pages + 7) / 8));
		if (img->programmed == NULL)
			return fail(img, NEXFS_ERR_NOMEM, "out of memory");
	}
	return 0;
}

static void
init_struct(struct flash_image *img)
{
	memset(img, 0, sizeof(*img));
	img->fd = -1;
}

static int
errno_fail(struct flash_image *img, const char *what, int e)
{
	int code;

	switch (e) {
	case ENOENT:
		code = NEXFS_ERR_NOENT;
		break;
	case EEXIST:
		code = NEXFS_ERR_EXIST;
		break;
	case EISDIR:
		code = NEXFS_ERR_ISDIR;
		break;
	case EROFS:
	case EACCES:
	case EPERM:
		code = NEXFS_ERR_ROFS;
		break;
	case ENOSPC:
		code = NEXFS_ERR_NOSPC;
		break;
	default:
		code = NEXFS_ERR_IO;
		break;
	}
	return fail(img, code, "%s%s%s", what, *what ? ": " : "", strerror(e));
}

int
flash_image_create(struct flash_image *img, const char *path,
    const struct nexfs_flash_geometry *g, bool overwrite)
{
	uint8_t footer[FLASH_IMAGE_FOOTER];
	uint64_t b;
	int err, flags = O_RDWR | O_CREAT | O_CLOEXEC;

	init_struct(img);
	if (!flash_image_geometry_ok(g, img->err, sizeof(img->err)))
		return NEXFS_ERR_GEOMETRY;
	flags |= overwrite ? O_TRUNC : O_EXCL;
	img->fd = open(path, flags, 0644);
	if (img->fd < 0)
		return errno_fail(img, "", errno);
	err = setup(img, g);
	if (err)
		goto fail_close;
	/* A fresh chip reads as erased; no block is bad. */
	for (b = 0; b < g->block_count; b++) {
		err = full_pwrite(img->fd, img->ff_buf, g->block_size,
		    b * g->block_size);
		if (err)
			goto fail_write;
	}
	memset(img->erased, 0xff, (size_t)(((uint64_t)g->block_count *
	    (g->block_size / g->page_size) + 7) / 8));
	err = full_pwrite(img->fd, img->bad, (size_t)map_bytes(g),
	    img->flash_bytes);
	if (err)
		goto fail_write;
	footer_encode(g, footer);
	err = full_pwrite(img->fd, footer, sizeof(footer),
	    img->flash_bytes + map_bytes(g));
	if (err)
		goto fail_write;
	return 0;

fail_write:
	err = errno_fail(img, "cannot write the image", -err);
fail_close:
	flash_image_close(img);
	return err;
}

int
flash_image_open(struct flash_image *img, const char *path,
    const struct nexfs_flash_geometry *raw, bool readonly)
{
	uint8_t f[FLASH_IMAGE_FOOTER];
	struct nexfs_flash_geometry g;
	struct stat st;
	uint64_t want;
	int err;

	init_struct(img);
	img->readonly = readonly;
	img->fd = open(path, (readonly ? O_RDONLY : O_RDWR) | O_CLOEXEC);
	if (img->fd < 0)
		return errno_fail(img, "", errno);
	if (fstat(img->fd, &st) != 0) {
		err = errno_fail(img, "", errno);
		goto fail_close;
	}
	if (S_ISDIR(st.st_mode)) {
		err = fail(img, NEXFS_ERR_ISDIR, "is a directory, not an "
		    "image file");
		goto fail_close;
	}
	if (raw != NULL) {
		g = *raw;
		img->raw = true;
		if (!flash_image_geometry_ok(&g, img->err, sizeof(img->err))) {
			err = NEXFS_ERR_GEOMETRY;
			goto fail_close;
		}
		want = (uint64_t)g.block_count * g.block_size;
	} else {
		if ((uint64_t)st.st_size < FLASH_IMAGE_FOOTER ||
		    full_pread(img->fd, f, sizeof(f),
		    (uint64_t)st.st_size - FLASH_IMAGE_FOOTER) != 0 ||
		    memcmp(f, FOOTER_MAGIC, 8) != 0) {
			err = fail(img, NEXFS_ERR_NOFS, "not a NexFS image "
			    "file (no image footer; for a raw flash dump give "
			    "its geometry with --raw)");
			goto fail_close;
		}
		if (get64(f + 56) != crypto_xxh3_64(f, 56, 0) ||
		    get32(f + 8) != FOOTER_VERSION) {
			err = fail(img, NEXFS_ERR_CORRUPT, "the image footer "
			    "is damaged or of an unknown version");
			goto fail_close;
		}
		g.page_size = get32(f + 12);
		g.block_size = get32(f + 16);
		g.block_count = get32(f + 20);
		g.flags = get32(f + 24);
		if (!flash_image_geometry_ok(&g, img->err, sizeof(img->err))) {
			err = NEXFS_ERR_GEOMETRY;
			goto fail_close;
		}
		want = (uint64_t)g.block_count * g.block_size + map_bytes(&g) +
		    FLASH_IMAGE_FOOTER;
	}
	if ((img->raw && (uint64_t)st.st_size < want) ||
	    (!img->raw && (uint64_t)st.st_size != want)) {
		err = fail(img, NEXFS_ERR_GEOMETRY, "the file is %llu bytes "
		    "but its geometry (%u-byte pages, %u-byte blocks, %u "
		    "blocks) needs %llu", (unsigned long long)st.st_size,
		    g.page_size, g.block_size, g.block_count,
		    (unsigned long long)want);
		goto fail_close;
	}
	err = setup(img, &g);
	if (err)
		goto fail_close;
	if (!img->raw) {
		err = full_pread(img->fd, img->bad, (size_t)map_bytes(&g),
		    img->flash_bytes);
		if (err) {
			err = errno_fail(img, "cannot read the bad-block map",
			    -err);
			goto fail_close;
		}
	}
	return 0;

fail_close:
	flash_image_close(img);
	return err;
}

/* Checks that len bytes at off lie inside block. */
static int
check_range(struct flash_image *img, const char *op, nexfs_block_t block,
    uint32_t off, uint32_t len)
{
	if (block >= img->geo.block_count || off > img->geo.block_size ||
	    len > img->geo.block_size - off)
		return fail(img, NEXFS_ERR_INVAL, "%s of %u bytes at block %u "
		    "offset %u is outside the flash", op, len, block, off);
	return 0;
}

static int
image_read(void *ctx, nexfs_block_t block, uint32_t off, void *buf,
    uint32_t len)
{
	struct flash_image *img = ctx;
	int err;

	err = check_range(img, "read", block, off, len);
	if (err)
		return err;
	err = full_pread(img->fd, buf, len,
	    (uint64_t)block * img->geo.block_size + off);
	if (err)
		return errno_fail(img, "read", -err);
	img->reads++;
	img->bytes_read += len;
	return 0;
}

static int
image_prog(void *ctx, nexfs_block_t block, uint32_t off, const void *buf,
    uint32_t len)
{
	struct flash_image *img = ctx;
	const uint8_t *src = buf;
	uint32_t ps = img->geo.page_size, done, i;
	bool nand = img->geo.flags & NEXFS_FLASH_NAND;
	uint64_t base, page;
	int err;

	if (img->readonly)
		return fail(img, NEXFS_ERR_ROFS, "the image is open read-only");
	err = check_range(img, "program", block, off, len);
	if (err)
		return err;
	if ((img->bad[block / 8] >> (block % 8)) & 1)
		return NEXFS_ERR_BADBLOCK;
	if (off % ps != 0 || len % ps != 0)
		return fail(img, NEXFS_ERR_INVAL, "program of %u bytes at block "
		    "%u offset %u is not whole pages", len, block, off);
	base = (uint64_t)block * img->geo.block_size + off;
	/*
	 * Check page by page: no bit may go from 0 to 1.  A page known to be
	 * erased (erased or created in this session, not programmed since)
	 * accepts anything, so it needs no read.
	 */
	for (done = 0; done < len; done += ps) {
		page = (base + done) / ps;
		if (bit_get(img->erased, page))
			continue;
		if (nand && bit_get(img->programmed, page))
			return fail(img, NEXFS_ERR_IO, "NAND page %llu programmed "
			    "twice without an erase", (unsigned long long)page);
		err = full_pread(img->fd, img->page_buf, ps, base + done);
		if (err)
			return errno_fail(img, "read", -err);
		if (nand && memcmp(img->page_buf, img->ff_buf, ps) != 0)
			return fail(img, NEXFS_ERR_IO, "NAND page %llu programmed "
			    "again without an erase", (unsigned long long)page);
		i = first_set_bit(img->page_buf, src + done, ps);
		if (i < ps)
			return fail(img, NEXFS_ERR_IO, "program at block %u "
			    "offset %u would set a bit (flash only clears bits "
			    "until erased)", block, off + done + i);
	}
	err = full_pwrite(img->fd, src, len, base);
	if (err)
		return errno_fail(img, "write", -err);
	for (page = base / ps; page < (base + len) / ps; page++) {
		bit_clear(img->erased, page);
		if (nand)
			bit_set(img->programmed, page);
	}
	img->progs++;
	img->bytes_programmed += len;
	return 0;
}

static int
image_erase(void *ctx, nexfs_block_t block)
{
	struct flash_image *img = ctx;
	uint64_t ppb, page;
	int err;

	if (img->readonly)
		return fail(img, NEXFS_ERR_ROFS, "the image is open read-only");
	if (block >= img->geo.block_count)
		return fail(img, NEXFS_ERR_INVAL, "erase of block %u beyond the "
		    "%u blocks", block, img->geo.block_count);
	if ((img->bad[block / 8] >> (block % 8)) & 1)
		return NEXFS_ERR_BADBLOCK;
	err = full_pwrite(img->fd, img->ff_buf, img->geo.block_size,
	    (uint64_t)block * img->geo.block_size);
	if (err)
		return errno_fail(img, "erase", -err);
	ppb = img->geo.block_size / img->geo.page_size;
	for (page = block * ppb; page < (block + 1) * ppb; page++) {
		bit_set(img->erased, page);
		if (img->geo.flags & NEXFS_FLASH_NAND)
			bit_clear(img->programmed, page);
	}
	img->erases++;
	return 0;
}

static void
image_geometry(void *ctx, struct nexfs_flash_geometry *geo)
{
	struct flash_image *img = ctx;

	*geo = img->geo;
}

static int
image_is_bad(void *ctx, nexfs_block_t block, bool *bad)
{
	struct flash_image *img = ctx;

	if (block >= img->geo.block_count)
		return fail(img, NEXFS_ERR_INVAL, "block %u beyond the %u blocks",
		    block, img->geo.block_count);
	*bad = (img->bad[block / 8] >> (block % 8)) & 1;
	return 0;
}

static int
image_mark_bad(void *ctx, nexfs_block_t block)
{
	struct flash_image *img = ctx;
	int err;

	if (img->readonly)
		return fail(img, NEXFS_ERR_ROFS, "the image is open read-only");
	if (block >= img->geo.block_count)
		return fail(img, NEXFS_ERR_INVAL, "block %u beyond the %u blocks",
		    block, img->geo.block_count);
	img->bad[block / 8] |= (uint8_t)(1u << (block % 8));
	if (img->raw)
		return 0;	/* a plain dump has nowhere to keep it */
	err = full_pwrite(img->fd, &img->bad[block / 8], 1,
	    img->flash_bytes + block / 8);
	if (err)
		return errno_fail(img, "cannot write the bad-block map", -err);
	return 0;
}

static int
image_sync(void *ctx)
{
	return flash_image_sync(ctx);
}

const struct nexfs_flash_ops flash_image_ops = {
	.geometry = image_geometry,
	.read = image_read,
	.prog = image_prog,
	.erase = image_erase,
	.sync = image_sync,
	.is_bad = image_is_bad,
	.mark_bad = image_mark_bad,
};

int
flash_image_sync(struct flash_image *img)
{
	if (img->readonly || img->fd < 0)
		return 0;
	if (fsync(img->fd) != 0)
		return errno_fail(img, "fsync", errno);
	return 0;
}

void
flash_image_close(struct flash_image *img)
{
	if (img->fd >= 0)
		close(img->fd);
	img->fd = -1;
	free(img->page_buf);
	free(img->ff_buf);
	free(img->programmed);
	free(img->erased);
	free(img->bad);
	img->page_buf = img->ff_buf = img->programmed = img->bad = NULL;
	img->erased = NULL;
}
