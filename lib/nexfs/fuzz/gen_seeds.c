/*
 * gen_seeds.c: writes the seed corpus of fuzz_mount.c (mount.corpus/) as
 * whole images of the current format, in the target's raw-image input form
 * (a byte 0xFF, then the 64 blocks of 512 bytes):
 *
 *   empty        the target's own seed volume as it builds it (directories,
 *                small packed files, a file of several chunks, a snapshot);
 *   flip-data    the same with one bit of a file's packed piece inverted
 *                ("hello", the bytes of /d/a);
 *   flip-record  the same with one bit of the newest commit record inverted
 *                (in the first copy of it on the volume), so that mount
 *                must fall back on another copy.
 *
 * The volume is the one fuzz_mount.c builds (this file includes it), so the
 * seeds follow the format.  Regenerate them after a change of the format
 * (a new NEXFS_FORMAT_VERSION makes the old ones unmountable):
 *
 *   make nexfs-fuzz-seeds
 *
 * which builds build/host/bin/nexfs_gen_seeds and runs it with the
 * directory lib/nexfs/fuzz/mount.corpus.
 */
#include "fuzz_mount.c"

#include <stdio.h>

static int
write_seed(const char *dir, const char *name, const uint8_t *image)
{
	char path[512];
	uint8_t raw = 0xff;
	FILE *f;
	int ok;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "wb");
	if (f == NULL) {
		perror(path);
		return 1;
	}
	ok = fwrite(&raw, 1, 1, f) == 1 && fwrite(image, 1, NB * BS, f) == NB * BS;
	if (fclose(f) != 0 || !ok) {
		perror(path);
		return 1;
	}
	return 0;
}

/* Mounts image as the target does; 0 when it mounts. */
static int
mounts(uint8_t *image)
{
	int err;

	nexfs_emu_init(&emu, &geo, image, aux, false);
	err = nexfs_mount(&fs, &cfg);
	if (err == 0)
		(void)nexfs_unmount(&fs);
	return err;
}

int
main(int argc, char **argv)
{
	static uint8_t base[NB * BS];
	const uint32_t magic = 0x5346584Eu;
	size_t off, data, rec = SIZE_MAX;
	uint64_t best = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
		return 2;
	}
	build_seed();
	memcpy(base, seed_img, sizeof(base));
	if (write_seed(argv[1], "empty", base) != 0)
		return 1;

	/* flip-data: a bit of /d/a's packed piece. */
	memcpy(img, base, sizeof(img));
	for (off = 0; off + 5 <= sizeof(img); off++)
		if (memcmp(img + off, "hello", 5) == 0)
			break;
	if (off + 5 > sizeof(img)) {
		fprintf(stderr, "no piece of /d/a in the seed volume\n");
		return 1;
	}
	data = off + 1;
	img[data] ^= 0x04;
	if (write_seed(argv[1], "flip-data", img) != 0)
		return 1;

	/* flip-record: a bit of the first copy of the newest commit record. */
	for (off = 0; off + 512 <= sizeof(base); off += 512) {
		uint32_t m;
		uint64_t seq;

		memcpy(&m, base + off, 4);
		memcpy(&seq, base + off + 8, 8);
		if (m == magic && seq > best) {
			best = seq;
			rec = off;
		}
	}
	if (rec == SIZE_MAX) {
		fprintf(stderr, "no commit record in the seed volume\n");
		return 1;
	}
	memcpy(img, base, sizeof(img));
	img[rec + 8] ^= 0x01;	/* seq: the record's check fails */
	if (mounts(img) != 0) {
		fprintf(stderr, "the volume with a damaged record does not mount\n");
		return 1;
	}
	if (write_seed(argv[1], "flip-record", img) != 0)
		return 1;
	printf("seeds written to %s (commit %llu damaged at byte %zu, data at byte %zu)\n",
	    argv[1], (unsigned long long)best, rec + 8, data);
	return mounts(base) == 0 ? 0 : 1;
}
