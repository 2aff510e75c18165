/*
 * test_nexfs_pack.c: small chunks packed into shared blocks (feature PACK)
 * on NAND with 2 KiB pages and 128 KiB blocks, and compaction.
 *
 * 500 small files take a few blocks, not 500, and read back after a
 * remount; compressed chunks pack; identical small files share one piece;
 * deleting most files and compacting frees blocks; a nearly full volume of
 * small files deleted and created again in a loop keeps working, and when
 * truly full a create fails with NEXFS_ERR_NOSPC and changes nothing; a
 * bit flip in a packed piece is caught and the block's other pieces still
 * read; the checker catches pieces that overlap; PACK tuned off gives
 * each small file a block; a mount without pack_bytes packs but does not
 * compact; compaction that meets a damaged piece after moving others of
 * its node leaves the counts right; a stale dedup hint never shares the
 * erased units of the open pack block.
 */
#include "nexfs_test.h"
#include "nexfs_check.h"
#include "nexfs_zstd.h"

#include <stdio.h>

#define PAGE 2048u
#define BLOCK (128u * 1024u)
#define FILES 500
#define VOL 32		/* blocks of the nearly full volume */

/* The bytes of small file n: 100..400 bytes, different for every n. */
static size_t
small_file(uint32_t n, uint8_t *out)
{
	uint32_t x = 0x9e3779b9u * (n + 1), len = 100 + n % 301;

	for (uint32_t k = 0; k < len; k++)
		out[k] = (uint8_t)tfs_xorshift(&x);
	return len;
}

static uint64_t
free_blocks(struct tfs *t)
{
	struct nexfs_info info;

	return nexfs_info(&t->fs, &info) == 0 ? info.blocks_free : 0;
}

/* The data root of path (a small file's only extent). */
static struct nexfs_bptr
root_of(struct tfs *t, const char *path)
{
	struct nexfs_state *s = nexfs_st(&t->fs);
	struct nexfs_inode in;

	memset(&in, 0, sizeof(in));
	if (nexfs_path_lookup(s, &s->sb.itab, s->sb.itab_height, path, &in) != 0)
		memset(&in, 0, sizeof(in));
	return in.root;
}

static bool
file_is(struct tfs *t, const char *path, const uint8_t *want, size_t len)
{
	static uint8_t back[256 * 1024];
	size_t got = 0;

	return tfs_get(t, NEXFS_LIVE, path, back, sizeof(back), &got) == 0 && got == len &&
	    memcmp(back, want, len) == 0;
}

static void
remount(struct tfs *t)
{
	(void)nexfs_unmount(&t->fs);
	if (nexfs_mount(&t->fs, &t->cfg) != 0)
		tap_diag("remount failed");
}

/* 500 small files, compressed chunks, dedup, bit flips, delete and compact. */
static void
many_small_files(void)
{
	static uint8_t data[512], big[100 * 1024];
	struct nexfs_attr attr = { 0, 3, 0 };
	struct nexfs_gc_report gr;
	struct nexfs_mem_report rep;
	struct nexfs_bptr a, b, c;
	struct tfs t;
	uint64_t f0, f1, f2, f3;
	bool ok = true;
	char p[32];
	size_t len;
	int n;

	tfs_init(&t, PAGE, BLOCK, 128, NEXFS_FLASH_NAND);
	/* Room for the codec too. */
	(void)nexfs_mem_required(&t.geo, &rep);
	free(t.buf);
	t.buf = aligned_alloc(16, rep.buffer_bytes_codec);
	t.cfg.buffer = t.buf;
	t.cfg.buffer_size = rep.buffer_bytes_codec;
	t.cfg.codec = &zops;
	tap_ok(nexfs_format(&t.cfg, NULL) == 0 && nexfs_mount(&t.fs, &t.cfg) == 0,
	    "format and mount NAND, 2 KiB pages, 128 KiB blocks");
	f0 = free_blocks(&t);
	for (n = 0; n < FILES && ok; n++) {
		snprintf(p, sizeof(p), "/f%d", n);
		len = small_file((uint32_t)n, data);
		ok = tfs_put(&t, p, data, len) == 0;
	}
	f1 = free_blocks(&t);
	tap_ok(ok && f0 - f1 <= 16, "%d files of 100..400 bytes take %llu blocks (not %d)", n,
	    (unsigned long long)(f0 - f1), FILES);
	a = root_of(&t, "/f1");
	b = root_of(&t, "/f2");
	if (a.block != b.block) {
		a = b;
		b = root_of(&t, "/f3");
	}
	tap_ok(a.block == b.block && a.unit != b.unit && a.type == NEXFS_BT_DATA,
	    "two small files share a block (units %u and %u of block %u)", a.unit, b.unit,
	    a.block);
	remount(&t);
	for (n = 0, ok = true; n < FILES && ok; n++) {
		snprintf(p, sizeof(p), "/f%d", n);
		len = small_file((uint32_t)n, data);
		ok = file_is(&t, p, data, len);
	}
	tap_ok(ok, "all %d read back after a remount", FILES);
	tap_ok(nexfs_check(&t.fs) == 0, "reference counts and pieces consistent");

	/* Identical small files share one piece. */
	len = small_file(7, data);
	f2 = free_blocks(&t);
	tap_ok(tfs_put(&t, "/copy", data, len) == 0 && file_is(&t, "/copy", data, len),
	    "a copy of a small file");
	a = root_of(&t, "/f7");
	b = root_of(&t, "/copy");
	tap_ok(a.block == b.block && a.unit == b.unit && nexfs_st(&t.fs)->rc[a.block] > 1,
	    "dedup: the copy points at the same piece (block %u, unit %u)", b.block, b.unit);

	/* A compressed chunk too large to pack as it is packs compressed. */
	for (size_t i = 0; i < sizeof(big); i++)
		big[i] = (uint8_t)"small files, packed\n"[i % 20];
	tap_ok(tfs_put(&t, "/z1", "", 0) == 0 &&
	    nexfs_setattr(&t.fs, "/z1", &attr, NEXFS_ATTR_COMPRESS) == 0 &&
	    tfs_put(&t, "/z1", big, sizeof(big)) == 0 && tfs_put(&t, "/z2", "", 0) == 0 &&
	    nexfs_setattr(&t.fs, "/z2", &attr, NEXFS_ATTR_COMPRESS) == 0 &&
	    tfs_put(&t, "/z2", big, 90 * 1024) == 0, "two compressed files of 100 and 90 KiB");
	a = root_of(&t, "/z1");
	b = root_of(&t, "/z2");
	tap_ok((a.flags & NEXFS_BF_ZSTD) && (b.flags & NEXFS_BF_ZSTD) && a.block == b.block &&
	    a.unit != b.unit, "their compressed chunks share a block (frames of %u and %u bytes)",
	    a.len, b.len);
	remount(&t);
	tap_ok(file_is(&t, "/z1", big, sizeof(big)) && file_is(&t, "/z2", big, 90 * 1024),
	    "and read back");
	(void)f2;

	/* A bit flip in a packed piece is caught; the block's others still read. */
	a = root_of(&t, "/f3");
	for (n = 4; n < FILES; n++) {
		snprintf(p, sizeof(p), "/f%d", n);
		c = root_of(&t, p);
		if (c.block == a.block)
			break;
	}
	nexfs_emu_flip(&t.emu, a.block, a.unit * PAGE + 17, 3);
	len = small_file(3, data);
	{
		static uint8_t back[512];
		size_t got;

		tap_ok(a.unit != 0 && tfs_get(&t, NEXFS_LIVE, "/f3", back, sizeof(back), &got) ==
		    NEXFS_ERR_CORRUPT, "a bit flip in the piece at unit %u: NEXFS_ERR_CORRUPT",
		    a.unit);
	}
	len = small_file((uint32_t)n, data);
	tap_ok(n < FILES && file_is(&t, p, data, len), "%s in the same block still reads", p);
	nexfs_emu_flip(&t.emu, a.block, a.unit * PAGE + 17, 3);	/* back */

	/* Delete 90% of the files, then compact. */
	for (n = 0, ok = true; n < FILES && ok; n++) {
		if (n % 10 == 0)
			continue;
		snprintf(p, sizeof(p), "/f%d", n);
		ok = nexfs_remove(&t.fs, p) == 0;
	}
	f2 = free_blocks(&t);
	tap_ok(ok && nexfs_gc(&t.fs, &gr) == 0, "delete 90%% of them (%llu blocks free), compact",
	    (unsigned long long)f2);
	f3 = free_blocks(&t);
	tap_diag("compaction: %llu blocks examined, %llu freed, %llu pieces (%llu bytes) moved",
	    (unsigned long long)gr.blocks_examined, (unsigned long long)gr.blocks_freed,
	    (unsigned long long)gr.pieces_moved, (unsigned long long)gr.bytes_moved);
	tap_ok(f3 >= f1 + 5 && (f0 - f3) * 2 <= f0 - f1,
	    "compaction frees blocks: the files left and the metadata take %llu blocks (the "
	    "500 files took %llu)", (unsigned long long)(f0 - f3), (unsigned long long)(f0 - f1));
	remount(&t);
	for (n = 0, ok = true; n < FILES && ok; n += 10) {
		snprintf(p, sizeof(p), "/f%d", n);
		len = small_file((uint32_t)n, data);
		ok = file_is(&t, p, data, len);
	}
	len = small_file(7, data);
	tap_ok(ok && file_is(&t, "/copy", data, len) && file_is(&t, "/z1", big, sizeof(big)),
	    "the files left read back after a remount");
	tap_ok(nexfs_check(&t.fs) == 0, "reference counts and pieces consistent");
	f2 = free_blocks(&t);
	tap_ok(nexfs_gc(&t.fs, &gr) == 0 && gr.blocks_freed <= 1 && free_blocks(&t) <= f2 + 1,
	    "a second pass frees at most the pack block the remount closed (%llu)",
	    (unsigned long long)gr.blocks_freed);
	(void)nexfs_unmount(&t.fs);
	tfs_free(&t);
}

/* The bytes of file n in its generation g. */
static void
fill(uint8_t *data, int n, int g)
{
	memset(data, n, 1500);
	memcpy(data, &n, sizeof(n));
	memcpy(data + sizeof(n), &g, sizeof(g));
}

/*
 * A small volume filled with small files, then files deleted and created
 * again: compaction keeps it working; truly full, a create fails cleanly.
 */
static void
nearly_full(void)
{
	static uint8_t data[2048];
	static bool live[4096];
	static int gen[4096];
	struct nexfs_stat st;
	struct tfs t;
	uint32_t x = 12345, made = 0;
	int err = 0, n, i, total, cycles = 0;
	bool ok = true;
	char p[32];

	tfs_init(&t, PAGE, BLOCK, VOL, NEXFS_FLASH_NAND);
	(void)nexfs_format(&t.cfg, NULL);
	(void)nexfs_mount(&t.fs, &t.cfg);
	memset(live, 0, sizeof(live));
	for (n = 0; n < 4096; n++) {
		snprintf(p, sizeof(p), "/s%d", n);
		fill(data, n, gen[n]);
		err = tfs_put(&t, p, data, 1500);
		if (err)
			break;
		live[n] = true;
	}
	total = n;
	tap_ok(err == NEXFS_ERR_NOSPC && total > 200,
	    "%d files of 1,500 bytes fill %d blocks of 128 KiB", total, VOL);
	(void)nexfs_remove(&t.fs, p);	/* the one that failed, in case */
	/*
	 * One file in eight goes for good (the inode table grows as numbers
	 * are not reused: room for it).  Then delete a quarter at random
	 * and create as many again, ten times over: without compaction the
	 * first round fails, as no block is ever emptied.
	 */
	for (n = 0; n < total; n += 8) {
		snprintf(p, sizeof(p), "/s%d", n);
		ok = ok && nexfs_remove(&t.fs, p) == 0;
		live[n] = false;
	}
	for (cycles = 0; cycles < 10 && ok; cycles++) {
		int gone = 0;

		for (i = 0; i < total / 4; i++) {
			n = (int)(tfs_xorshift(&x) % (uint32_t)total);
			if (!live[n])
				continue;
			snprintf(p, sizeof(p), "/s%d", n);
			ok = ok && nexfs_remove(&t.fs, p) == 0;
			live[n] = false;
			gone++;
		}
		for (n = 0; n < total && gone > 0 && ok; n++) {
			if (live[n] || n % 8 == 0)
				continue;
			snprintf(p, sizeof(p), "/s%d", n);
			gen[n] = cycles + 1;	/* new bytes: no dedup with the old piece */
			fill(data, n, gen[n]);
			err = tfs_put(&t, p, data, 1500);
			ok = err == 0;
			live[n] = ok;
			gone--;
			made++;
		}
	}
	tap_ok(ok, "delete a quarter, create again, 10 times: %u files made (%s)", made,
	    nexfs_strerror(err));
	tap_ok(nexfs_check(&t.fs) == 0, "reference counts and pieces consistent");
	/* Now fill it for good. */
	for (n = total; n < 4096; n++) {
		snprintf(p, sizeof(p), "/s%d", n);
		fill(data, n, gen[n]);
		err = tfs_put(&t, p, data, 1500);
		if (err)
			break;
		live[n] = true;
	}
	{
		char q[32];

		snprintf(q, sizeof(q), "/s%d", n + 1);
		err = nexfs_mkdir(&t.fs, q);
	}
	tap_ok(err == NEXFS_ERR_NOSPC, "full: another create fails with NEXFS_ERR_NOSPC");
	remount(&t);
	for (i = 0, ok = true; i < n && ok; i++) {
		if (!live[i])
			continue;
		snprintf(p, sizeof(p), "/s%d", i);
		fill(data, i, gen[i]);
		ok = file_is(&t, p, data, 1500);
	}
	snprintf(p, sizeof(p), "/s%d", n + 1);
	tap_ok(ok && nexfs_stat(&t.fs, p, &st) == NEXFS_ERR_NOENT,
	    "after a remount every file reads back and the failed one is not there");
	tap_ok(nexfs_check(&t.fs) == 0, "reference counts and pieces consistent");
	(void)nexfs_unmount(&t.fs);
	tfs_free(&t);
}

/*
 * Pointers into a piece (a prefix, bytes inside it) are valid, as dedup
 * may make them; one that straddles the end of a piece is not, and the
 * checker sees it, which reads alone would not.
 */
static void
overlap(void)
{
	static uint8_t xs[4096], span[2049];
	struct nexfs_state *s;
	struct nexfs_inode in;
	struct nexfs_bptr a, b;
	struct tfs t;

	tfs_init(&t, PAGE, BLOCK, 32, NEXFS_FLASH_NAND);
	(void)nexfs_format(&t.cfg, NULL);
	(void)nexfs_mount(&t.fs, &t.cfg);
	s = nexfs_st(&t.fs);
	memset(xs, 'x', sizeof(xs));
	tap_ok(tfs_put(&t, "/a", xs, 4096) == 0 && tfs_put(&t, "/b", "b", 1) == 0 &&
	    tfs_put(&t, "/c", "c", 1) == 0 && nexfs_check(&t.fs) == 0,
	    "three packed files, consistent");
	a = root_of(&t, "/a");
	b = root_of(&t, "/b");
	tap_ok(b.block == a.block && b.unit == a.unit + 2, "/a at units %u-%u, /b at %u of block %u",
	    a.unit, a.unit + 1, b.unit, a.block);
	/* /c names the second page of /a's piece: 2048 bytes of 'x', inside it. */
	tap_ok(nexfs_path_lookup(s, &s->sb.itab, s->sb.itab_height, "/c", &in) == 0,
	    "look /c up");
	in.root = a;
	in.root.unit = (uint8_t)(a.unit + 1);
	in.root.size = 2048;
	in.size = 2048;
	nexfs_hash(NEXFS_CSUM_BLAKE3_256, xs, 2048, in.root.hash);
	tap_ok(nexfs_inode_put(s, &in, NULL) == 0 && nexfs_sync(&t.fs) == 0 &&
	    file_is(&t, "/c", xs, 2048) && nexfs_check(&t.fs) == 0,
	    "a pointer inside a piece reads, verifies and is valid");
	/* Then one byte more: the first of /b's piece, past the end of /a's. */
	memset(span, 'x', 2048);
	span[2048] = 'b';
	in.root.size = 2049;
	in.size = 2049;
	nexfs_hash(NEXFS_CSUM_BLAKE3_256, span, 2049, in.root.hash);
	tap_ok(nexfs_inode_put(s, &in, NULL) == 0 && nexfs_sync(&t.fs) == 0 &&
	    file_is(&t, "/c", span, 2049), "a pointer across two pieces reads and verifies");
	tap_ok(nexfs_check(&t.fs) > 0, "the checker reports the overlap");
	(void)nexfs_unmount(&t.fs);
	tfs_free(&t);
}

/* PACK off and on again; a mount without the compaction memory. */
static void
tune_and_memory(void)
{
	struct nexfs_mem_report rep;
	struct nexfs_gc_report gr;
	struct nexfs_bptr a, b, c;
	struct nexfs_info info;
	struct tfs t;

	tfs_init(&t, PAGE, BLOCK, 32, NEXFS_FLASH_NAND);
	(void)nexfs_format(&t.cfg, NULL);
	(void)nexfs_mount(&t.fs, &t.cfg);
	tap_ok(nexfs_info(&t.fs, &info) == 0 && (info.features & NEXFS_FEAT_COMPAT_PACK),
	    "PACK is on by default");
	(void)tfs_put(&t, "/a", "aaaa", 4);
	tap_ok(nexfs_tune(&t.fs, 0, NEXFS_FEAT_COMPAT_PACK) == 0, "tune PACK off");
	(void)tfs_put(&t, "/b", "bbbb", 4);
	(void)tfs_put(&t, "/c", "cccc", 4);
	a = root_of(&t, "/a");
	b = root_of(&t, "/b");
	c = root_of(&t, "/c");
	tap_ok(b.unit == 0 && c.unit == 0 && b.block != c.block && b.block != a.block &&
	    nexfs_st(&t.fs)->rc[b.block] == 1, "without it each small file has a block");
	tap_ok(nexfs_tune(&t.fs, NEXFS_FEAT_COMPAT_PACK, 0) == 0 &&
	    tfs_put(&t, "/d", "dddd", 4) == 0 && tfs_put(&t, "/e", "eeee", 4) == 0 &&
	    root_of(&t, "/d").block == root_of(&t, "/e").block, "tune PACK on: they share again");
	(void)nexfs_unmount(&t.fs);

	/* Without pack_bytes: packing still, no compaction. */
	(void)nexfs_mem_required(&t.geo, &rep);
	t.cfg.buffer_size = rep.buffer_bytes;
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0 && tfs_put(&t, "/f", "ffff", 4) == 0 &&
	    tfs_put(&t, "/g", "gggg", 4) == 0 &&
	    root_of(&t, "/f").block == root_of(&t, "/g").block,
	    "mounted in buffer_bytes: small files still pack");
	tap_ok(nexfs_gc(&t.fs, &gr) == NEXFS_ERR_UNSUPPORTED,
	    "but compaction needs pack_bytes more (%zu): NEXFS_ERR_UNSUPPORTED", rep.pack_bytes);
	tap_ok(nexfs_check(&t.fs) == 0, "reference counts and pieces consistent");
	(void)nexfs_unmount(&t.fs);
	tfs_free(&t);
}

/*
 * A damaged piece met by compaction after it has moved others of the same
 * level-1 node: the pass must not leave the moved pieces' old counts
 * dropped while the node on flash still names them.
 */
static void
damaged_piece(void)
{
	static uint8_t a[6000], back[8192];
	struct nexfs_format_options o;
	struct nexfs_gc_report gr;
	struct nexfs_state *s;
	struct nexfs_inode in;
	struct nexfs_bptr last;
	struct tfs t;
	uint32_t x = 777;
	size_t got = 0;
	int err;

	tfs_init(&t, 512, 8192, 64, NEXFS_FLASH_NAND);
	memset(&o, 0, sizeof(o));
	o.cdc_min = 64;
	o.cdc_avg = 256;
	o.cdc_max = 1024;
	(void)nexfs_format(&t.cfg, &o);
	(void)nexfs_mount(&t.fs, &t.cfg);
	s = nexfs_st(&t.fs);
	for (size_t i = 0; i < sizeof(a); i++)
		a[i] = (uint8_t)tfs_xorshift(&x);
	/* /a's pieces, then /pad's, share blocks; deleting /pad leaves them mostly dead. */
	tap_ok(tfs_put(&t, "/a", a, 1200) == 0 && tfs_put(&t, "/pad", a + 1200, 4800) == 0 &&
	    nexfs_remove(&t.fs, "/pad") == 0, "a file of small chunks beside a deleted one");
	memset(&in, 0, sizeof(in));
	tap_ok(nexfs_path_lookup(s, &s->sb.itab, s->sb.itab_height, "/a", &in) == 0 &&
	    in.height >= 1 && in.entries >= 2, "/a has %llu extents below a node",
	    (unsigned long long)in.entries);
	/* Damage its last piece: the sweep moves the others first. */
	{
		struct nexfs_obj ob;

		nexfs_inode_obj(s, &in, &ob);
		err = nexfs_obj_leaf_bptr(s, &ob, in.entries - 1, &last);
	}
	tap_ok(err == 0 && last.type == NEXFS_BT_DATA, "its last piece: block %u, unit %u",
	    last.block, last.unit);
	nexfs_emu_flip(&t.emu, last.block, last.unit * s->unit + 1, 4);
	err = nexfs_gc(&t.fs, &gr);
	tap_diag("gc: %s, %llu pieces moved", nexfs_strerror(err),
	    (unsigned long long)gr.pieces_moved);
	nexfs_emu_flip(&t.emu, last.block, last.unit * s->unit + 1, 4);	/* back */
	remount(&t);
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/a", back, sizeof(back), &got) == 0 && got == 1200 &&
	    memcmp(back, a, 1200) == 0, "after it, and the damage undone, /a reads back");
	tap_ok(nexfs_check(&t.fs) == 0, "reference counts and pieces consistent");
	(void)nexfs_unmount(&t.fs);
	tfs_free(&t);
}

/*
 * A dedup hint from an earlier life of a block names a piece of 0xFF
 * bytes; the block, erased since, is the open pack block again and its
 * units from that one on are still erased, so they read as 0xFF and hash
 * alike.  Sharing them would let the next piece be programmed over them.
 */
static void
erased_hint(void)
{
	static uint8_t ff[300], r[300], back[512];
	struct nexfs_format_options o;
	struct nexfs_bptr f, g, h;
	struct tfs t;
	uint32_t x = 99;
	size_t got = 0;
	uint32_t next;
	bool again = false;
	char p[32];
	int i;

	tfs_init(&t, 512, 8192, 64, NEXFS_FLASH_NAND);
	memset(&o, 0, sizeof(o));
	o.features = NEXFS_FEAT_COMPAT_DEDUP | NEXFS_FEAT_COMPAT_PACK;	/* lowest free block first */
	(void)nexfs_format(&t.cfg, &o);
	(void)nexfs_mount(&t.fs, &t.cfg);
	memset(ff, 0xff, sizeof(ff));
	for (size_t k = 0; k < sizeof(r); k++)
		r[k] = (uint8_t)tfs_xorshift(&x);
	tap_ok(tfs_put(&t, "/a", r, sizeof(r)) == 0 && tfs_put(&t, "/f", ff, sizeof(ff)) == 0,
	    "a small file, then one of 300 bytes 0xFF");
	f = root_of(&t, "/f");
	tap_ok(f.unit != 0, "packed at unit %u of block %u", f.unit, f.block);
	/* Both go, the remount closes the pack block: it is free. */
	(void)nexfs_remove(&t.fs, "/a");
	(void)nexfs_remove(&t.fs, "/f");
	remount(&t);
	/* Small files (not recorded by dedup) until one opens that block again. */
	(void)nexfs_tune(&t.fs, 0, NEXFS_FEAT_COMPAT_DEDUP);
	for (i = 0; i < 2000 && !again; i++) {
		memcpy(r, &i, sizeof(i));
		snprintf(p, sizeof(p), "/r%d", i);
		(void)tfs_put(&t, p, r, sizeof(r));
		h = root_of(&t, p);
		again = h.block == f.block && h.unit < f.unit;
		if (!again && i % 4 != 0)
			(void)nexfs_remove(&t.fs, p);
	}
	tap_ok(again, "block %u is the open pack block again (%s at unit %u)", f.block, p,
	    h.unit);
	next = nexfs_st(&t.fs)->pack_next;
	tap_ok(nexfs_tune(&t.fs, NEXFS_FEAT_COMPAT_DEDUP, 0) == 0 &&
	    tfs_put(&t, "/g", ff, sizeof(ff)) == 0, "with dedup, another file of 300 bytes 0xFF");
	g = root_of(&t, "/g");
	tap_ok(!(g.block == f.block && g.unit > next) &&
	    !(g.block == f.block && g.unit == next && nexfs_st(&t.fs)->pack_next == next),
	    "it does not share the erased units of the open pack block (block %u, unit %u; "
	    "next free unit was %u)", g.block, g.unit, next);
	r[0] = 0xee;
	(void)tfs_put(&t, "/h", r, sizeof(r));
	h = root_of(&t, "/h");
	tap_diag("the next piece: block %u, unit %u", h.block, h.unit);
	remount(&t);
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/g", back, sizeof(back), &got) == 0 && got == sizeof(ff) &&
	    memcmp(back, ff, sizeof(ff)) == 0, "after the next piece and a remount it reads back");
	tap_ok(nexfs_check(&t.fs) == 0, "reference counts and pieces consistent");
	(void)nexfs_unmount(&t.fs);
	tfs_free(&t);
}

int
main(void)
{
	erased_hint();
	damaged_piece();
	tune_and_memory();
	many_small_files();
	nearly_full();
	overlap();
	return tap_done();
}
