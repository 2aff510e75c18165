/*
 * flash_image.h: an image file that behaves like raw flash.
 *
 * The host tools keep a NexFS volume in an ordinary file and give the library
 * a device (struct nexfs_flash_ops) with the rules of real flash, so that a
 * volume that works in an image also works on a chip:
 *   - erase works on whole blocks and sets every byte to 0xFF;
 *   - a program writes whole pages and may only clear bits (1 -> 0); a
 *     program that would set a bit fails with NEXFS_ERR_IO;
 *   - on NAND a page is programmed at most once between erases: it must be
 *     all 0xFF and not programmed before in this session;
 *   - every access stays within the geometry.
 *
 * Layout of an image file (integers little-endian):
 *
 *   +-------------------------------+ 0
 *   | flash: block 0, block 1, ...  |   block_count * block_size bytes
 *   +-------------------------------+ F
 *   | bad-block map, 1 bit a block  |   ceil(block_count / 8) bytes
 *   +-------------------------------+
 *   | footer, 64 bytes:             |
 *   |   0  magic "NXFSIMG1"         |
 *   |   8  u32 footer version (1)   |
 *   |  12  u32 page_size            |
 *   |  16  u32 block_size           |
 *   |  20  u32 block_count          |
 *   |  24  u32 flags (NEXFS_FLASH_*)|
 *   |  28  zero up to 56            |
 *   |  56  u64 XXH3-64 of bytes 0-55|
 *   +-------------------------------+
 *
 * So the geometry travels with the image.  A raw dump of a chip (no footer)
 * can be opened by giving its geometry; it is then used as it is and no
 * footer is added.  A new image is filled with 0xFF, like a fresh chip.
 *
 * Functions return 0 or a negative NEXFS_ERR_* code; the message for the
 * user is in the image's err field.
 */
#pragma once

#include <nexfs/nexfs.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define FLASH_IMAGE_FOOTER 64u

struct flash_image {
	int fd;
	bool readonly;
	bool raw;		/* no footer: a plain dump */
	struct nexfs_flash_geometry geo;
	uint64_t flash_bytes;	/* block_count * block_size */
	uint8_t *page_buf;	/* one page, for the program check */
	uint8_t *ff_buf;	/* one block of 0xFF */
	uint8_t *programmed;	/* NAND: a bit per page programmed (session) */
	uint8_t *erased;	/* a bit per page known erased (session) */
	uint8_t *bad;		/* one bit per block */
	uint64_t reads, progs, erases;	/* operation counts, for reports */
	uint64_t bytes_read, bytes_programmed;
	char err[256];		/* the reason for the last failure */
	int last;		/* the code of that failure */
};

/* The ops to put in struct nexfs_config; the context is the flash_image. */
extern const struct nexfs_flash_ops flash_image_ops;

/*
 * Whether g is a geometry the library supports; if not, writes the reason
 * to why.
 */
bool flash_image_geometry_ok(const struct nexfs_flash_geometry *g, char *why,
    size_t whylen);

/*
 * Creates path as a fresh (all 0xFF) image of geometry g, with its footer,
 * and opens it read-write.  Fails with NEXFS_ERR_EXIST if path exists and
 * !overwrite.
 */
int flash_image_create(struct flash_image *img, const char *path,
    const struct nexfs_flash_geometry *g, bool overwrite);

/*
 * Opens an existing image.  With raw == NULL the geometry comes from the
 * footer (NEXFS_ERR_NOFS if there is none); otherwise *raw is the geometry
 * of a plain dump, which must be at least that large.
 */
int flash_image_open(struct flash_image *img, const char *path,
    const struct nexfs_flash_geometry *raw, bool readonly);

/* Flushes the file to stable storage. */
int flash_image_sync(struct flash_image *img);

void flash_image_close(struct flash_image *img);
