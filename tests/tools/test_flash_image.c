/*
 * test_flash_image.c: the image-file flash device of the host tools.
 *
 * Checks that an image enforces the flash rules of nexfs.h (erase to 0xFF,
 * whole pages, only 1 -> 0, NAND pages once per erase, bounds), that its
 * footer carries the geometry and is verified, that bad-block marks survive
 * a reopen, and that damaged or foreign files are refused with the right
 * error.  Works in a fresh directory under $TMPDIR.
 */
#include "flash_image.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <tap.h>
#include <unistd.h>

static char dir[256];
static char path[300];

static const struct nexfs_flash_geometry nor = { 256, 4096, 16,
    NEXFS_FLASH_NOR };
static const struct nexfs_flash_geometry nand = { 512, 8192, 16,
    NEXFS_FLASH_NAND };

static bool
all_ff(const uint8_t *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i] != 0xff)
			return false;
	return true;
}

static void
test_nor(void)
{
	const struct nexfs_flash_ops *ops = &flash_image_ops;
	struct nexfs_flash_geometry g;
	struct flash_image img;
	uint8_t page[256], back[256];
	struct stat st;

	tap_ok(flash_image_create(&img, path, &nor, false) == 0,
	    "create a NOR image");
	stat(path, &st);
	tap_ok(st.st_size == 16 * 4096 + 2 + FLASH_IMAGE_FOOTER,
	    "the file is the flash, the bad-block map and the footer");
	ops->geometry(&img, &g);
	tap_ok(memcmp(&g, &nor, sizeof(g)) == 0, "geometry is reported");
	tap_ok(ops->read(&img, 3, 100, back, 200) == 0 && all_ff(back, 200),
	    "a fresh image reads as erased");
	memset(page, 0x5a, sizeof(page));
	tap_ok(ops->prog(&img, 3, 256, page, 256) == 0, "program a page");
	tap_ok(ops->read(&img, 3, 256, back, 256) == 0 &&
	    memcmp(back, page, 256) == 0, "read it back");
	memset(page, 0x50, sizeof(page));
	tap_ok(ops->prog(&img, 3, 256, page, 256) == 0,
	    "NOR: programming again that only clears bits is allowed");
	memset(page, 0xa5, sizeof(page));
	tap_ok(ops->prog(&img, 3, 256, page, 256) == NEXFS_ERR_IO &&
	    strstr(img.err, "set a bit") != NULL,
	    "a program that sets a bit is refused");
	tap_ok(ops->prog(&img, 3, 10, page, 256) == NEXFS_ERR_INVAL,
	    "an unaligned program is refused");
	tap_ok(ops->prog(&img, 3, 0, page, 100) == NEXFS_ERR_INVAL,
	    "a partial-page program is refused");
	tap_ok(ops->read(&img, 16, 0, back, 1) == NEXFS_ERR_INVAL,
	    "a read beyond the last block is refused");
	tap_ok(ops->read(&img, 15, 4000, back, 200) == NEXFS_ERR_INVAL,
	    "a read across the end of a block is refused");
	tap_ok(ops->erase(&img, 3) == 0 &&
	    ops->read(&img, 3, 0, back, 256) == 0 && all_ff(back, 256),
	    "erase sets the block to 0xFF");
	tap_ok(ops->prog(&img, 3, 256, page, 256) == 0,
	    "program after erase");
	tap_ok(ops->mark_bad(&img, 7) == 0, "mark block 7 bad");
	flash_image_close(&img);

	tap_ok(flash_image_open(&img, path, NULL, false) == 0 &&
	    memcmp(&img.geo, &nor, sizeof(nor)) == 0,
	    "reopen: the geometry comes from the footer");
	{
		bool bad7 = false, bad6 = true;

		tap_ok(ops->is_bad(&img, 7, &bad7) == 0 && bad7 &&
		    ops->is_bad(&img, 6, &bad6) == 0 && !bad6,
		    "the bad-block mark survives a reopen");
	}
	tap_ok(ops->erase(&img, 7) == NEXFS_ERR_BADBLOCK &&
	    ops->prog(&img, 7, 0, page, 256) == NEXFS_ERR_BADBLOCK,
	    "program and erase of a bad block fail with BADBLOCK");
	tap_ok(ops->read(&img, 3, 256, back, 256) == 0 &&
	    memcmp(back, page, 256) == 0, "data survives a reopen");
	flash_image_close(&img);

	tap_ok(flash_image_create(&img, path, &nor, false) == NEXFS_ERR_EXIST,
	    "create refuses to overwrite without being asked");
	tap_ok(flash_image_open(&img, path, NULL, true) == 0 &&
	    ops->prog(&img, 3, 0, page, 256) == NEXFS_ERR_ROFS,
	    "a read-only image refuses programs");
	flash_image_close(&img);
}

static void
test_nand(void)
{
	const struct nexfs_flash_ops *ops = &flash_image_ops;
	struct flash_image img;
	uint8_t page[512];

	memset(page, 0xf0, sizeof(page));
	tap_ok(flash_image_create(&img, path, &nand, true) == 0,
	    "create a NAND image over the old one");
	tap_ok(ops->prog(&img, 2, 512, page, 512) == 0, "NAND: program a page");
	memset(page, 0x00, sizeof(page));
	tap_ok(ops->prog(&img, 2, 512, page, 512) == NEXFS_ERR_IO,
	    "NAND: a second program of the page is refused");
	tap_ok(ops->erase(&img, 2) == 0 && ops->prog(&img, 2, 512, page, 512) == 0,
	    "NAND: after an erase the page programs again");
	flash_image_close(&img);
	tap_ok(flash_image_open(&img, path, NULL, false) == 0 &&
	    ops->prog(&img, 2, 512, page, 512) == NEXFS_ERR_IO,
	    "NAND: a page programmed before the reopen is still refused");
	flash_image_close(&img);
}

static void
write_file(const char *p, const void *data, size_t n)
{
	FILE *f = fopen(p, "wb");

	if (f == NULL || fwrite(data, 1, n, f) != n) {
		perror(p);
		exit(2);
	}
	fclose(f);
}

static void
test_bad_files(void)
{
	struct nexfs_flash_geometry g = nor;
	struct flash_image img;
	uint8_t *junk = calloc(1, 65536);
	int fd;

	write_file(path, junk, 65536);
	tap_ok(flash_image_open(&img, path, NULL, false) == NEXFS_ERR_NOFS &&
	    strstr(img.err, "not a NexFS image") != NULL,
	    "a file without a footer is not an image");
	tap_ok(flash_image_open(&img, path, &g, false) == 0 && img.raw,
	    "it opens as a raw dump when the geometry is given");
	flash_image_close(&img);
	g.block_count = 17;
	tap_ok(flash_image_open(&img, path, &g, false) == NEXFS_ERR_GEOMETRY,
	    "a raw dump smaller than its geometry is refused");
	g.page_size = 100;
	tap_ok(flash_image_open(&img, path, &g, false) == NEXFS_ERR_GEOMETRY,
	    "a page size that is not a power of two is refused");
	tap_ok(!flash_image_geometry_ok(&g, NULL, 0), "geometry check agrees");

	tap_ok(flash_image_create(&img, path, &nor, true) == 0,
	    "make an image to damage");
	flash_image_close(&img);
	fd = open(path, O_WRONLY);
	if (fd < 0 || pwrite(fd, "X", 1, 16 * 4096 + 2 + 20) != 1)
		exit(2);
	close(fd);
	tap_ok(flash_image_open(&img, path, NULL, false) == NEXFS_ERR_CORRUPT,
	    "a damaged footer is detected");
	tap_ok(flash_image_create(&img, path, &nor, true) == 0,
	    "make an image to truncate");
	flash_image_close(&img);
	if (truncate(path, 4096) != 0)
		exit(2);
	tap_ok(flash_image_open(&img, path, NULL, false) == NEXFS_ERR_NOFS,
	    "a truncated image has no footer");
	tap_ok(flash_image_open(&img, dir, NULL, false) == NEXFS_ERR_ISDIR,
	    "a directory is refused");
	unlink(path);
	tap_ok(flash_image_open(&img, path, NULL, false) == NEXFS_ERR_NOENT,
	    "a missing file is reported as such");
	free(junk);
}

int
main(void)
{
	const char *tmp = getenv("TMPDIR");

	snprintf(dir, sizeof(dir), "%s/nexfs-img-XXXXXX", tmp ? tmp : "/tmp");
	if (mkdtemp(dir) == NULL) {
		perror("mkdtemp");
		return 2;
	}
	snprintf(path, sizeof(path), "%s/flash.img", dir);
	test_nor();
	test_nand();
	test_bad_files();
	unlink(path);
	rmdir(dir);
	return tap_done();
}
