/*
 * fuzz_mount.c: libFuzzer target: mount a damaged image and use it.
 *
 * The first time it runs, the target builds a small valid volume (64
 * blocks of 512 bytes: directories, files, a snapshot).  Each input is a
 * list of 3-byte edits (a 16-bit little-endian byte offset into the image
 * and a value to XOR there), or, when its first byte is 0xFF, the raw image
 * itself.  The damaged image is mounted; when that succeeds, the target
 * walks and reads everything, runs scrub and a diff, and writes, renames
 * and removes, all of which must end with an error code or success, never
 * a crash, a hang or a sanitizer report.
 */
#include <nexfs/flash_emu.h>
#include <nexfs/nexfs.h>

#include <stdlib.h>
#include <string.h>

#define NB 64
#define BS 512

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const struct nexfs_flash_geometry geo = { 64, BS, NB, 0 };
static uint8_t seed_img[NB * BS], img[NB * BS];
static uint8_t aux[8192];
static uint8_t work[16384] __attribute__((aligned(16)));
static struct nexfs_emu emu;
static struct nexfs fs;
static struct nexfs_config cfg;

static void
put(const char *path, const char *s, size_t n)
{
	struct nexfs_file f;

	if (nexfs_file_open(&fs, &f, path, NEXFS_O_WRONLY | NEXFS_O_CREAT) == 0) {
		(void)nexfs_file_write(&fs, &f, 0, s, n);
		(void)nexfs_file_close(&fs, &f);
	}
}

static void
build_seed(void)
{
	static char big[3000];
	nexfs_snap_t id;

	memset(big, 'x', sizeof(big));
	nexfs_emu_init(&emu, &geo, seed_img, aux, true);
	cfg.flash = &nexfs_emu_ops;
	cfg.flash_ctx = &emu;
	cfg.buffer = work;
	cfg.buffer_size = sizeof(work);
	if (nexfs_format(&cfg, NULL) != 0 || nexfs_mount(&fs, &cfg) != 0)
		abort();
	(void)nexfs_mkdir(&fs, "/d");
	put("/d/a", "hello", 5);
	put("/b", big, sizeof(big));
	(void)nexfs_snapshot_create(&fs, "s", &id);
	put("/d/c", big, 700);
	(void)nexfs_unmount(&fs);
}

static int
on_diff(void *ctx, const char *path, enum nexfs_diff_kind kind)
{
	(void)ctx;
	(void)path;
	(void)kind;
	return 0;
}

static void
walk(const char *path, int depth)
{
	struct nexfs_dir d;
	struct nexfs_dirent e;
	char sub[300];
	static uint8_t buf[8192];

	if (depth > 4 || nexfs_dir_open(&fs, &d, path) != 0)
		return;
	for (int n = 0; n < 64 && nexfs_dir_read(&fs, &d, &e) == 1; n++) {
		struct nexfs_file f;
		size_t got;

		if (strlen(path) + strlen(e.name) + 2 > sizeof(sub))
			continue;
		strcpy(sub, path);
		if (strcmp(path, "/") != 0)
			strcat(sub, "/");
		strcat(sub, e.name);
		if (e.type == NEXFS_TYPE_DIR) {
			struct nexfs_dir save = d;

			walk(sub, depth + 1);
			d = save;
		} else if (nexfs_file_open(&fs, &f, sub, NEXFS_O_RDONLY) == 0) {
			(void)nexfs_file_read(&fs, &f, 0, buf, sizeof(buf), &got);
			(void)nexfs_file_close(&fs, &f);
		}
	}
	(void)nexfs_dir_close(&fs, &d);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static bool ready;
	struct nexfs_scrub_report rep;
	struct nexfs_snapshot_info snaps[4];
	struct nexfs_info info;
	struct nexfs_du du;
	size_t n;

	if (!ready) {
		build_seed();
		ready = true;
	}
	if (size > 0 && data[0] == 0xff) {
		memset(img, 0xff, sizeof(img));
		memcpy(img, data + 1, size - 1 < sizeof(img) ? size - 1 : sizeof(img));
	} else {
		memcpy(img, seed_img, sizeof(img));
		for (size_t i = 0; i + 3 <= size; i += 3) {
			size_t off = (size_t)(data[i] | data[i + 1] << 8) * 1 % sizeof(img);

			img[off] ^= data[i + 2];
		}
	}
	nexfs_emu_init(&emu, &geo, img, aux, false);
	if (nexfs_mount(&fs, &cfg) != 0)
		return 0;
	(void)nexfs_info(&fs, &info);
	walk("/", 0);
	(void)nexfs_snapshot_list(&fs, snaps, 4, &n);
	if (n > 0)
		(void)nexfs_snapshot_diff(&fs, snaps[0].id, NEXFS_LIVE, on_diff, NULL);
	(void)nexfs_scrub(&fs, &rep, NULL, NULL);
	(void)nexfs_du(&fs, "/", &du);
	put("/new", "data", 4);
	(void)nexfs_rename(&fs, "/b", "/d/b");
	(void)nexfs_remove(&fs, "/d/a");
	if (n > 0)
		(void)nexfs_snapshot_rollback(&fs, snaps[0].id);
	(void)nexfs_unmount(&fs);
	return 0;
}
