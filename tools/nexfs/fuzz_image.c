/*
 * fuzz_image.c: libFuzzer target for opening image files.
 *
 * Each input is written to a scratch file and opened as an image, once by
 * its footer and once as a raw dump with a geometry taken from the input's
 * first bytes.  Whatever opens is read at the start of every block (up to 64
 * blocks) and programmed where the rules allow, then closed.  The parser
 * must refuse anything malformed with an error, never crash or read out of
 * bounds.
 */
#include "flash_image.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char path[256];

static void
exercise(struct flash_image *img)
{
	const struct nexfs_flash_ops *ops = &flash_image_ops;
	uint8_t buf[64];
	uint32_t b;
	bool bad;

	for (b = 0; b < img->geo.block_count && b < 64; b++) {
		if (ops->read(img, b, 0, buf, sizeof(buf)) != 0)
			abort();	/* in range, so it must work */
		(void)ops->is_bad(img, b, &bad);
	}
	(void)ops->read(img, img->geo.block_count, 0, buf, 1);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nexfs_flash_geometry g;
	struct flash_image img;
	FILE *f;

	if (path[0] == '\0') {
		const char *tmp = getenv("TMPDIR");
		int fd;

		snprintf(path, sizeof(path), "%s/nexfs-fuzz-XXXXXX",
		    tmp ? tmp : "/tmp");
		fd = mkstemp(path);
		if (fd < 0)
			abort();
		close(fd);
	}
	f = fopen(path, "wb");
	if (f == NULL)
		abort();
	if (size > 0 && fwrite(data, 1, size, f) != size)
		abort();
	fclose(f);
	if (flash_image_open(&img, path, NULL, true) == 0) {
		exercise(&img);
		flash_image_close(&img);
	}
	if (size >= 6) {
		g.page_size = 1u << (data[0] % 20);
		g.block_size = 1u << (data[1] % 20);
		g.block_count = (uint32_t)(data[2] | data[3] << 8);
		g.flags = data[4] & 3u;
		if (flash_image_open(&img, path, &g, true) == 0) {
			exercise(&img);
			flash_image_close(&img);
		}
	}
	return 0;
}
