/*
 * test_nexfs_basic.c: format, mount, files, directories, rename, truncate,
 * stat and times, persistence across remounts, and checksum verification.
 */
#include "nexfs_test.h"
#include "nexfs_check.h"

static void
fill(uint8_t *p, size_t n, uint32_t seed)
{
	for (size_t i = 0; i < n; i++) {
		seed = seed * 1103515245u + 12345u;
		p[i] = (uint8_t)(seed >> 16);
	}
}

static int
count_dir(struct tfs *t, const char *path)
{
	struct nexfs_dir d;
	struct nexfs_dirent e;
	int n = 0, r;

	if (nexfs_dir_open(&t->fs, &d, path) != 0)
		return -1;
	while ((r = nexfs_dir_read(&t->fs, &d, &e)) == 1)
		n++;
	(void)nexfs_dir_close(&t->fs, &d);
	return r < 0 ? r : n;
}

static void
test_geometry(uint32_t page, uint32_t block, uint32_t count, uint32_t flags)
{
	struct tfs t;
	struct nexfs_stat st;
	struct nexfs_file f;
	struct nexfs_info info;
	size_t big = (size_t)block * 5 + 123, got;
	uint8_t *data = malloc(big), *back = malloc(big + 8192);
	uint64_t free0;

	tap_diag("geometry page %u block %u count %u %s", page, block, count,
	    flags & NEXFS_FLASH_NAND ? "NAND" : "NOR");
	tfs_init(&t, page, block, count, flags);
	fill(data, big, block);
	tap_ok(nexfs_format(&t.cfg, NULL) == 0, "format");
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0, "mount");
	tap_ok(nexfs_info(&t.fs, &info) == 0 && info.replicas == 3 && info.files == 1,
	    "info after format");
	free0 = info.blocks_free;
	tap_ok(nexfs_stat(&t.fs, "/", &st) == 0 && st.type == NEXFS_TYPE_DIR, "stat /");
	tap_ok(nexfs_mkdir(&t.fs, "/a") == 0, "mkdir /a");
	tap_ok(nexfs_mkdir(&t.fs, "/a") == NEXFS_ERR_EXIST, "mkdir twice: EXIST");
	tap_ok(nexfs_mkdir(&t.fs, "/x/y") == NEXFS_ERR_NOENT, "mkdir without parent: NOENT");
	tap_ok(tfs_put(&t, "/a/big", data, big) == 0, "write a file of 5+ blocks");
	tap_ok(nexfs_stat(&t.fs, "/a/big", &st) == 0 && st.size == big &&
	    st.type == NEXFS_TYPE_FILE && st.mtime_ns != 0, "stat size, type and time");
	memset(back, 0, big);
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/a/big", back, big, &got) == 0 && got == big &&
	    memcmp(back, data, big) == 0, "read it back");

	/* Write at an offset inside, append, and a sparse write past the end. */
	tap_ok(nexfs_file_open(&t.fs, &f, "/a/big", NEXFS_O_RDWR) == 0, "open rw");
	tap_ok(nexfs_file_write(&t.fs, &f, 100, "HELLO", 5) == 0, "write at offset");
	memcpy(data + 100, "HELLO", 5);
	tap_ok(nexfs_file_append(&t.fs, &f, "TAIL", 4) == 0, "append");
	tap_ok(nexfs_file_read(&t.fs, &f, 0, back, big, &got) == 0 && got == big &&
	    memcmp(back, data, big) == 0, "offset write visible, rest intact");
	tap_ok(nexfs_file_read(&t.fs, &f, big, back, 100, &got) == 0 && got == 4 &&
	    memcmp(back, "TAIL", 4) == 0, "appended bytes");
	tap_ok(nexfs_file_write(&t.fs, &f, (uint64_t)block * 40, "Z", 1) == 0,
	    "sparse write far past the end");
	tap_ok(nexfs_file_stat(&t.fs, &f, &st) == 0 && st.size == (uint64_t)block * 40 + 1,
	    "size after sparse write");
	tap_ok(nexfs_file_read(&t.fs, &f, (uint64_t)block * 20, back, 10, &got) == 0 &&
	    got == 10 && back[0] == 0 && back[9] == 0, "hole reads as zeros");
	tap_ok(nexfs_file_truncate(&t.fs, &f, 50) == 0, "truncate to 50");
	tap_ok(nexfs_file_truncate(&t.fs, &f, 3000) == 0, "grow to 3000");
	tap_ok(nexfs_file_read(&t.fs, &f, 0, back, 3000, &got) == 0 && got == 3000 &&
	    memcmp(back, data, 50) == 0 && back[50] == 0 && back[2999] == 0,
	    "truncate then grow reads zeros past the cut");
	tap_ok(nexfs_file_close(&t.fs, &f) == 0, "close");

	tap_ok(tfs_put(&t, "/a/small", "small", 5) == 0, "small file");
	tap_ok(count_dir(&t, "/a") == 2, "two entries in /a");
	tap_ok(nexfs_rename(&t.fs, "/a/small", "/b") == 0, "rename across directories");
	tap_ok(nexfs_stat(&t.fs, "/a/small", &st) == NEXFS_ERR_NOENT, "old name gone");
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/b", back, 100, &got) == 0 && got == 5 &&
	    memcmp(back, "small", 5) == 0, "new name has the data");
	tap_ok(nexfs_rename(&t.fs, "/b", "/a/big") == 0, "rename over an existing file");
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/a/big", back, 100, &got) == 0 && got == 5,
	    "replaced file has the new data");
	tap_ok(nexfs_rename(&t.fs, "/a", "/a/sub") == NEXFS_ERR_INVAL,
	    "directory into itself refused");
	tap_ok(nexfs_remove(&t.fs, "/a") == NEXFS_ERR_NOTEMPTY, "remove non-empty dir refused");
	tap_ok(nexfs_remove(&t.fs, "/a/big") == 0, "remove file");
	tap_ok(nexfs_remove(&t.fs, "/a") == 0, "remove empty dir");
	tap_ok(count_dir(&t, "/") == 0, "root empty again");
	tap_ok(nexfs_info(&t.fs, &info) == 0 && info.files == 1, "one inode left");
	tap_ok(nexfs_check(&t.fs) == 0, "reference counts match the tree");

	/* Persistence. */
	tap_ok(tfs_put(&t, "/keep", data, big) == 0, "write file to keep");
	tap_ok(nexfs_unmount(&t.fs) == 0, "unmount");
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0, "remount");
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/keep", back, big, &got) == 0 && got == big &&
	    memcmp(back, data, big) == 0, "file intact after remount");
	tap_ok(nexfs_info(&t.fs, &info) == 0 && info.blocks_free < free0, "free count persisted");
	tap_ok(nexfs_check(&t.fs) == 0, "reference counts match after remount");
	tap_ok(nexfs_unmount(&t.fs) == 0, "unmount again");
	tfs_free(&t);
	free(data);
	free(back);
}

static void
test_corruption(void)
{
	struct tfs t;
	struct nexfs_stat st;
	uint8_t data[4096], back[4096];
	size_t got;
	uint32_t b;

	tfs_init(&t, 256, 4096, 64, NEXFS_FLASH_NOR);
	fill(data, sizeof(data), 7);
	(void)nexfs_format(&t.cfg, NULL);
	(void)nexfs_mount(&t.fs, &t.cfg);
	(void)tfs_put(&t, "/f", data, sizeof(data));
	/* Find the first chunk by its first page and flip a bit in it. */
	for (b = 0; b < 64; b++)
		if (memcmp(t.mem + (size_t)b * 4096, data, 256) == 0)
			break;
	tap_ok(b < 64, "data block found on flash");
	nexfs_emu_flip(&t.emu, b, 1000, 2);
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/f", back, sizeof(back), &got) == NEXFS_ERR_CORRUPT,
	    "bit flip in data: read reports CORRUPT");
	tap_ok(nexfs_stat(&t.fs, "/f", &st) == 0, "metadata still readable");
	nexfs_emu_flip(&t.emu, b, 1000, 2);
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/f", back, sizeof(back), &got) == 0 &&
	    memcmp(back, data, sizeof(data)) == 0, "flipped back: reads again");
	(void)nexfs_unmount(&t.fs);

	/* A marginal read (one bit flipped in transit): reported, then fine. */
	(void)nexfs_mount(&t.fs, &t.cfg);
	nexfs_emu_flip_read(&t.emu, 1);
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/f", back, sizeof(back), &got) == NEXFS_ERR_CORRUPT,
	    "bit flipped on read: CORRUPT, no data");
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/f", back, sizeof(back), &got) == 0 &&
	    memcmp(back, data, sizeof(data)) == 0, "next read is good");
	for (int n = 1; n <= 12; n++) {
		(void)nexfs_unmount(&t.fs);
		nexfs_emu_flip_read(&t.emu, (uint64_t)n);
		if (nexfs_mount(&t.fs, &t.cfg) == 0)
			(void)tfs_get(&t, NEXFS_LIVE, "/f", back, sizeof(back), &got);
		t.emu.flip_read_at = 0;
		(void)nexfs_unmount(&t.fs);
		if (nexfs_mount(&t.fs, &t.cfg) != 0)
			break;
		if (n == 12)
			tap_ok(true, "a flipped read at each of the first 12 reads of a mount "
			    "never breaks the volume");
	}
	(void)nexfs_unmount(&t.fs);
	/* Destroy the first replica block entirely: mount still works. */
	memset(t.mem, 0, 4096);
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0, "mount with block 0 destroyed");
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/f", back, sizeof(back), &got) == 0 &&
	    memcmp(back, data, sizeof(data)) == 0, "data intact");
	(void)nexfs_unmount(&t.fs);

	/* Blank device: NOFS. */
	memset(t.mem, 0xff, 64 * 4096);
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == NEXFS_ERR_NOFS, "blank device: NOFS");
	tfs_free(&t);
}

/* Many entries in one directory: the hash table grows, deletes leave marks. */
static void
test_big_directory(void)
{
	struct tfs t;
	struct nexfs_stat st;
	char p[64];
	int bad = 0, n;

	tfs_init(&t, 256, 4096, 2048, NEXFS_FLASH_NOR);
	(void)nexfs_format(&t.cfg, NULL);
	(void)nexfs_mount(&t.fs, &t.cfg);
	(void)nexfs_mkdir(&t.fs, "/d");
	for (int i = 0; i < 600; i++) {
		snprintf(p, sizeof(p), "/d/entry-%d", i);
		if (nexfs_mkdir(&t.fs, p) != 0)
			bad++;
	}
	tap_ok(bad == 0, "600 entries in one directory");
	for (int i = 0; i < 600; i += 2) {
		snprintf(p, sizeof(p), "/d/entry-%d", i);
		if (nexfs_remove(&t.fs, p) != 0)
			bad++;
	}
	tap_ok(bad == 0, "remove every other one");
	for (int i = 0; i < 600; i++) {
		snprintf(p, sizeof(p), "/d/entry-%d", i);
		if ((nexfs_stat(&t.fs, p, &st) == 0) != (i % 2 == 1))
			bad++;
	}
	tap_ok(bad == 0, "lookups see exactly the remaining ones");
	for (int i = 0; i < 300; i++) {
		snprintf(p, sizeof(p), "/d/again-%d", i);
		if (nexfs_mkdir(&t.fs, p) != 0)
			bad++;
	}
	n = count_dir(&t, "/d");
	tap_ok(bad == 0 && n == 600, "reuse deleted slots (%d entries listed)", n);
	tap_ok(nexfs_mkdir(&t.fs, "/d/again-7") == NEXFS_ERR_EXIST, "duplicate still refused");
	tap_ok(nexfs_stat(&t.fs, "/d", &st) == 0 && st.size % 128 == 0, "directory size");
	tap_ok(nexfs_check(&t.fs) == 0, "refcounts consistent");
	(void)nexfs_unmount(&t.fs);
	tfs_free(&t);
}

/*
 * A read the device fails (an uncorrectable page, say) while a write
 * rewrites a file's nodes: the write fails and is thrown away, and the
 * mount goes on (nothing was left half-done on flash).  Each read of the
 * write (and of its commit) in turn.
 */
static void
test_read_error(void)
{
	static uint8_t big[400 * 1024], patch[3000], back[400 * 1024];
	struct tfs_rfail rf;
	struct tfs t;
	struct nexfs_file f;
	size_t got;
	int broken = -1, failed = 0, n;
	bool past = false;

	fill(big, sizeof(big), 11);
	tfs_init(&t, 256, 4096, 512, NEXFS_FLASH_NOR);
	tfs_rfail_setup(&t, &rf);
	(void)nexfs_format(&t.cfg, NULL);
	(void)nexfs_mount(&t.fs, &t.cfg);
	tap_ok(tfs_put(&t, "/big", big, sizeof(big)) == 0, "read errors: a file of 400 KiB");
	{
		/* More than the slot cache holds, the second read failing: nothing returned. */
		struct nexfs_state *s = nexfs_st(&t.fs);
		struct nexfs_bptr q = s->sb.aidx;
		int err;

		memset(back, 0xaa, 2048);
		rf.at = 2;
		err = nexfs_blk_get(s, &q, 0, back, 2048);
		rf.at = 0;
		tap_ok((err == 0 || err == NEXFS_ERR_IO) && (err == 0 || nexfs_is_zero(back, 2048)),
		    "a block read with its second read failing returns no bytes (%d)", err);
	}
	for (n = 1; n <= 4000 && broken < 0 && !past; n++) {
		int err;

		fill(patch, sizeof(patch), 100 + (uint32_t)n);
		err = nexfs_file_open(&t.fs, &f, "/big", NEXFS_O_WRONLY);
		rf.at = (uint64_t)n;
		if (!err)
			err = nexfs_file_write(&t.fs, &f, 200 * 1024, patch, sizeof(patch));
		past = rf.at != 0;	/* the write (and its commit) read less */
		rf.at = 0;
		(void)nexfs_file_close(&t.fs, &f);
		if (err)
			failed++;
		else
			memcpy(big + 200 * 1024, patch, sizeof(patch));
		if (nexfs_st(&t.fs)->broken)
			broken = n;
	}
	if (broken >= 0)
		tap_diag("the mount broke after the read error at read %d of a write", broken);
	tap_ok(broken < 0 && past,
	    "a read error at each read of a write in turn: the write fails (%d times), the "
	    "mount goes on", failed);
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/big", back, sizeof(back), &got) == 0 &&
	    got == sizeof(big) && memcmp(back, big, sizeof(big)) == 0 && nexfs_check(&t.fs) == 0,
	    "the file holds the writes that succeeded; refcounts consistent");
	(void)nexfs_unmount(&t.fs);
	tfs_free(&t);
}

int
main(void)
{
	test_geometry(256, 4096, 256, NEXFS_FLASH_NOR);
	test_geometry(2048, 128 * 1024, 64, NEXFS_FLASH_NAND);
	test_geometry(64, 512, 512, NEXFS_FLASH_NOR);
	test_corruption();
	test_big_directory();
	test_read_error();
	return tap_done();
}
