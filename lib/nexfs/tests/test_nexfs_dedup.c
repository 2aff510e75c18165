/*
 * test_nexfs_dedup.c: identical chunks are stored once, reference-counted
 * and freed when unused; the dedup feature can be tuned off; ten versions
 * of a tree with a few percent changed cost little more than one.
 * Compressed files share chunks too: with each other, and with files
 * stored as they are in one direction only (a file that did not ask for
 * compression never gets a compressed copy); a damaged compressed copy is
 * not shared; a mount without the codec keeps plain files working; moved
 * by compaction, compressed pieces stay shared and findable.
 */
#include "nexfs_test.h"
#include "nexfs_check.h"
#include "nexfs_zstd.h"

static uint32_t rng = 12345;

static uint32_t
rnd(void)
{
	return tfs_xorshift(&rng);
}

#define ZMAX 256	/* extents of a test file, at most */

/* Compressible bytes: a four-letter alphabet, 2 bits of entropy a byte. */
static void
gen(uint32_t seed, uint8_t *p, size_t len)
{
	uint32_t x = seed * 2654435761u + 1;

	for (size_t i = 0; i < len; i++)
		p[i] = (uint8_t)"acgt"[tfs_xorshift(&x) & 3];
}

/* The extents of path into e (at most ZMAX): their number, -1 on failure. */
static int
extents(struct tfs *t, const char *path, struct nexfs_bptr *e)
{
	struct nexfs_state *s = nexfs_st(&t->fs);
	struct nexfs_inode in;
	struct nexfs_obj o;

	if (nexfs_path_lookup(s, &s->sb.itab, s->sb.itab_height, path, &in) != 0 ||
	    in.entries == 0 || in.entries > ZMAX)
		return -1;
	nexfs_inode_obj(s, &in, &o);
	for (uint64_t i = 0; i < in.entries; i++)
		if (nexfs_obj_leaf_bptr(s, &o, i, &e[i]) != 0)
			return -1;
	return (int)in.entries;
}

/*
 * Whether files a and b have the same extents, pointer for pointer (the
 * same pieces, stored the same way); *nz gets how many are compressed.
 */
static bool
same_pieces(struct tfs *t, const char *a, const char *b, int *nz)
{
	static struct nexfs_bptr x[ZMAX], y[ZMAX];
	int n = extents(t, a, x), m = extents(t, b, y);

	*nz = 0;
	if (n <= 0 || n != m)
		return false;
	for (int i = 0; i < n; i++) {
		if (memcmp(&x[i], &y[i], sizeof(x[i])) != 0)
			return false;
		if (x[i].flags & NEXFS_BF_ZSTD)
			(*nz)++;
	}
	return true;
}

/*
 * How many DATA extents of b lie in a piece of a (the same block and
 * unit); *nb gets b's DATA extents, *nz how many of them are compressed,
 * *na how many of a's DATA extents are stored as they are.
 */
static int
shared_with(struct tfs *t, const char *a, const char *b, int *nb, int *nz, int *na)
{
	static struct nexfs_bptr x[ZMAX], y[ZMAX];
	int n = extents(t, a, x), m = extents(t, b, y), k = 0;

	*nb = *nz = *na = 0;
	for (int i = 0; i < n; i++)
		if (x[i].type == NEXFS_BT_DATA && !(x[i].flags & NEXFS_BF_ZSTD))
			(*na)++;
	for (int j = 0; j < m; j++) {
		if (y[j].type != NEXFS_BT_DATA)
			continue;
		(*nb)++;
		if (y[j].flags & NEXFS_BF_ZSTD)
			(*nz)++;
		for (int i = 0; i < n; i++)
			if (x[i].type == NEXFS_BT_DATA && x[i].block == y[j].block &&
			    x[i].unit == y[j].unit) {
				k++;
				break;
			}
	}
	return n < 0 || m < 0 ? -1 : k;
}

/*
 * The blocks of path's DATA extents, each once: how many there are, and in
 * *one how many have a single reference.
 */
static uint64_t
data_blocks(struct tfs *t, const char *path, uint64_t *one)
{
	static struct nexfs_bptr x[ZMAX];
	int n = extents(t, path, x);
	uint64_t k = 0;

	*one = 0;
	for (int i = 0; i < n; i++) {
		int j;

		for (j = 0; j < i && (x[j].type != NEXFS_BT_DATA || x[j].block != x[i].block); j++)
			;
		if (x[i].type != NEXFS_BT_DATA || j != i)
			continue;
		k++;
		if (nexfs_st(&t->fs)->rc[x[i].block] == 1)
			(*one)++;
	}
	return k;
}

static bool
reads(struct tfs *t, const char *path, const uint8_t *want, size_t len)
{
	static uint8_t back[256 * 1024];
	size_t got = 0;

	return tfs_get(t, NEXFS_LIVE, path, back, sizeof(back), &got) == 0 && got == len &&
	    memcmp(back, want, len) == 0;
}

static uint64_t
free_blocks(struct tfs *t)
{
	struct nexfs_info info;

	return nexfs_info(&t->fs, &info) == 0 ? info.blocks_free : 0;
}

/* Creates path with zstd level 3, then writes len bytes to it. */
static int
zput(struct tfs *t, const char *path, const void *data, size_t len)
{
	struct nexfs_attr attr = { 0, 3, 0 };
	int err = tfs_put(t, path, "", 0);

	if (!err)
		err = nexfs_setattr(&t->fs, path, &attr, NEXFS_ATTR_COMPRESS);
	return err ? err : tfs_put(t, path, data, len);
}

/* A volume with the codec and the memory it needs (compaction's too). */
static void
zinit(struct tfs *t, uint32_t page, uint32_t block, uint32_t count)
{
	struct nexfs_mem_report rep;

	tfs_init(t, page, block, count, NEXFS_FLASH_NOR);
	(void)nexfs_mem_required(&t->geo, &rep);
	free(t->buf);
	t->buf = aligned_alloc(16, rep.buffer_bytes_codec);
	t->cfg.buffer = t->buf;
	t->cfg.buffer_size = rep.buffer_bytes_codec;
	t->cfg.codec = &zops;
}

/* Compressed files and dedup: sharing, its direction, damage, no codec. */
static void
compressed(void)
{
	static uint8_t a[128 * 1024], b[64 * 1024], c[64 * 1024], d[16 * 1024];
	struct nexfs_dedup_stats d0, d1;
	struct nexfs_du du1, du2;
	struct nexfs_bptr e[ZMAX];
	struct tfs t;
	uint64_t f0, f1, f2, nblk, one0, one1;
	int n, nb, nz, na, k = -1;

	gen(1, a, sizeof(a));
	gen(2, b, sizeof(b));
	gen(3, c, sizeof(c));
	gen(4, d, sizeof(d));
	zinit(&t, 256, 4096, 256);
	tap_ok(nexfs_format(&t.cfg, NULL) == 0 && nexfs_mount(&t.fs, &t.cfg) == 0,
	    "compressed: format and mount with the codec");
	(void)nexfs_mkdir(&t.fs, "/d1");
	(void)nexfs_mkdir(&t.fs, "/d2");

	/* Two compressed files with the same bytes share every piece. */
	f0 = free_blocks(&t);
	tap_ok(zput(&t, "/d1/za", a, sizeof(a)) == 0, "a compressed file of 128 KiB");
	f1 = free_blocks(&t);
	(void)nexfs_dedup_stats(&t.fs, &d0);
	nblk = data_blocks(&t, "/d1/za", &one0);
	tap_ok(zput(&t, "/d2/zb", a, sizeof(a)) == 0, "another with the same bytes");
	f2 = free_blocks(&t);
	(void)nexfs_dedup_stats(&t.fs, &d1);
	n = extents(&t, "/d1/za", e);
	tap_ok(same_pieces(&t, "/d1/za", "/d2/zb", &nz) && nz * 4 >= n * 3,
	    "the copy points at the same pieces (%d extents, %d compressed)", n, nz);
	tap_diag("compressed copy: the first took %llu blocks, the copy %llu",
	    (unsigned long long)(f0 - f1), (unsigned long long)(f1 - f2));
	tap_ok(f0 - f1 >= 8 && f1 - f2 <= 2, "the copy costs no data blocks");
	tap_ok(d1.chunks_deduped - d0.chunks_deduped == d1.chunks_written - d0.chunks_written &&
	    d1.chunks_deduped > d0.chunks_deduped && d1.bytes_deduped - d0.bytes_deduped ==
	    sizeof(a) && data_blocks(&t, "/d1/za", &one1) == nblk && one0 > 0 && one1 == 0 &&
	    d1.blocks_shared - d0.blocks_shared == one0,
	    "stats: %llu chunks deduplicated, %llu bytes; the %llu blocks of single pieces "
	    "shared now", (unsigned long long)(d1.chunks_deduped - d0.chunks_deduped),
	    (unsigned long long)(d1.bytes_deduped - d0.bytes_deduped), (unsigned long long)one0);
	tap_ok(nexfs_du(&t.fs, "/d1", &du1) == 0 && nexfs_du(&t.fs, "/", &du2) == 0 &&
	    du1.referenced_blocks == (uint64_t)n && du1.unique_blocks == 0 &&
	    du2.referenced_blocks == 2ull * (uint64_t)n && du2.unique_blocks == du2.referenced_blocks,
	    "du: /d1's %llu pieces all shared, / holds both copies (%llu, %llu its own)",
	    (unsigned long long)du1.referenced_blocks, (unsigned long long)du2.referenced_blocks,
	    (unsigned long long)du2.unique_blocks);
	tap_ok(nexfs_check(&t.fs) == 0, "refcounts consistent");

	/* Compressed, then plain: the plain file keeps its own copy. */
	f1 = free_blocks(&t);
	tap_ok(tfs_put(&t, "/pa", a, sizeof(a)) == 0 && reads(&t, "/pa", a, sizeof(a)),
	    "a plain file with the same bytes");
	f2 = free_blocks(&t);
	k = shared_with(&t, "/d1/za", "/pa", &nb, &nz, &na);
	tap_ok(k == na && nz == 0 && nb > k && f1 - f2 >= 30,
	    "it shares only the pieces stored as they are (%d of %d; %llu blocks)", k, nb,
	    (unsigned long long)(f1 - f2));
	tap_ok(zput(&t, "/zc", a, sizeof(a)) == 0 && same_pieces(&t, "/pa", "/zc", &nz) && nz == 0,
	    "a compressed file written after it shares the plain copy (the index names it now)");

	/* Plain, then compressed: the compressed file shares the plain copy. */
	(void)nexfs_dedup_stats(&t.fs, &d0);
	tap_ok(tfs_put(&t, "/pb", b, sizeof(b)) == 0, "a plain file of 64 KiB");
	f1 = free_blocks(&t);
	tap_ok(zput(&t, "/zb2", b, sizeof(b)) == 0 && reads(&t, "/zb2", b, sizeof(b)),
	    "then a compressed one with the same bytes");
	f2 = free_blocks(&t);
	(void)nexfs_dedup_stats(&t.fs, &d1);
	tap_ok(same_pieces(&t, "/pb", "/zb2", &nz) && nz == 0 && f1 - f2 <= 2 &&
	    d1.bytes_deduped - d0.bytes_deduped == sizeof(b),
	    "it points at the plain pieces (%llu blocks)", (unsigned long long)(f1 - f2));

	/* A damaged compressed copy is not shared: the chunk is written again. */
	tap_ok(zput(&t, "/zd1", c, sizeof(c)) == 0, "a compressed file of 64 KiB");
	n = extents(&t, "/zd1", e);
	for (k = 0; k < n && !(e[k].flags & NEXFS_BF_ZSTD); k++)
		;
	tap_ok(k < n, "its extent %d is compressed (block %u, unit %u, %u bytes stored)", k,
	    e[k].block, e[k].unit, e[k].len);
	nexfs_emu_flip(&t.emu, e[k].block, e[k].unit * nexfs_st(&t.fs)->unit + e[k].len / 2, 5);
	tap_ok(reads(&t, "/zd1", c, sizeof(c)) == false, "a stored byte of it flipped: it fails");
	tap_ok(zput(&t, "/zd2", c, sizeof(c)) == 0 && reads(&t, "/zd2", c, sizeof(c)),
	    "a second compressed file with the same bytes reads back");
	{
		int m = shared_with(&t, "/zd1", "/zd2", &nb, &nz, &na);
		struct nexfs_bptr x[ZMAX];

		tap_ok(extents(&t, "/zd2", x) == n && m == nb - 1 &&
		    (x[k].block != e[k].block || x[k].unit != e[k].unit),
		    "every piece shared but the damaged one, which was written again (%d of %d)",
		    m, nb);
	}
	nexfs_emu_flip(&t.emu, e[k].block, e[k].unit * nexfs_st(&t.fs)->unit + e[k].len / 2, 5);
	tap_ok(reads(&t, "/zd1", c, sizeof(c)) && nexfs_check(&t.fs) == 0,
	    "the flip undone, the first reads again; refcounts consistent");

	/* Remount and read everything. */
	(void)nexfs_unmount(&t.fs);
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0 && reads(&t, "/d1/za", a, sizeof(a)) &&
	    reads(&t, "/d2/zb", a, sizeof(a)) && reads(&t, "/pa", a, sizeof(a)) &&
	    reads(&t, "/zc", a, sizeof(a)) && reads(&t, "/pb", b, sizeof(b)) &&
	    reads(&t, "/zb2", b, sizeof(b)) && reads(&t, "/zd1", c, sizeof(c)) &&
	    reads(&t, "/zd2", c, sizeof(c)) && nexfs_check(&t.fs) == 0,
	    "remount: every file reads back, refcounts consistent");
	tap_ok(zput(&t, "/zd3", d, sizeof(d)) == 0, "a last compressed file, recorded");
	(void)nexfs_unmount(&t.fs);

	/* Without the codec: the compressed entries are never used. */
	t.cfg.codec = NULL;
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0, "mount without a codec");
	tap_ok(tfs_put(&t, "/nc1", d, sizeof(d)) == 0 && reads(&t, "/nc1", d, sizeof(d)),
	    "a plain file with the bytes of a compressed one: written and read");
	k = shared_with(&t, "/zd3", "/nc1", &nb, &nz, &na);
	tap_ok(k == na && nz == 0 && nb > k,
	    "it shares only the pieces stored as they are (%d of %d)", k, nb);
	tap_ok(tfs_put(&t, "/nc2", d, sizeof(d)) == 0 && same_pieces(&t, "/nc1", "/nc2", &nz) &&
	    nz == 0 && reads(&t, "/nc2", d, sizeof(d)), "a second one shares the first's pieces");
	tap_ok(tfs_put(&t, "/nc3", b, sizeof(b)) == 0 && same_pieces(&t, "/pb", "/nc3", &nz) &&
	    reads(&t, "/nc3", b, sizeof(b)), "and a copy of a plain file shares its pieces");
	{
		static uint8_t back[16];
		size_t got;

		tap_ok(tfs_get(&t, NEXFS_LIVE, "/zd3", back, sizeof(back), &got) ==
		    NEXFS_ERR_UNSUPPORTED, "a compressed file: NEXFS_ERR_UNSUPPORTED");
	}
	tap_ok(nexfs_remove(&t.fs, "/nc2") == 0 && reads(&t, "/nc1", d, sizeof(d)),
	    "remove one: the other still reads");
	(void)nexfs_unmount(&t.fs);
	t.cfg.codec = &zops;
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0 && reads(&t, "/d1/za", a, sizeof(a)) &&
	    reads(&t, "/zd3", d, sizeof(d)) && reads(&t, "/nc1", d, sizeof(d)) &&
	    reads(&t, "/nc3", b, sizeof(b)) && reads(&t, "/zb2", b, sizeof(b)) &&
	    nexfs_check(&t.fs) == 0,
	    "with the codec again: everything reads back, refcounts consistent");
	(void)nexfs_unmount(&t.fs);
	tfs_free(&t);
}

/*
 * Compaction moves a compressed piece two files share: they still share
 * it, and the index entry, moved with it, keeps its stored length, so a
 * third compressed copy finds it.
 */
static void
compressed_moved(void)
{
	static uint8_t g[1000], fill[600];
	struct nexfs_gc_report gr;
	struct nexfs_bptr before[ZMAX], after[ZMAX];
	struct tfs t;
	uint32_t x = 4242;
	char p[16];
	int nz = 0, nb, na, k;
	bool ok = true;

	gen(5, g, sizeof(g));
	zinit(&t, 256, 4096, 128);
	(void)nexfs_format(&t.cfg, NULL);
	(void)nexfs_mount(&t.fs, &t.cfg);
	/* Plain fillers around them in the same pack block. */
	for (int i = 0; i < 6 && ok; i++) {
		for (size_t j = 0; j < sizeof(fill); j++)
			fill[j] = (uint8_t)tfs_xorshift(&x);
		snprintf(p, sizeof(p), "/f%d", i);
		ok = tfs_put(&t, p, fill, sizeof(fill)) == 0;
		if (i == 2)
			ok = ok && zput(&t, "/g1", g, sizeof(g)) == 0 &&
			    zput(&t, "/g2", g, sizeof(g)) == 0;
	}
	tap_ok(ok && extents(&t, "/g1", before) == 1 && (before[0].flags & NEXFS_BF_ZSTD) &&
	    same_pieces(&t, "/g1", "/g2", &nz) && nz == 1,
	    "moved: two compressed files of one chunk share a piece (block %u, unit %u, %u "
	    "bytes stored)", before[0].block, before[0].unit, before[0].len);
	for (int i = 0; i < 6 && ok; i++) {
		snprintf(p, sizeof(p), "/f%d", i);
		ok = nexfs_remove(&t.fs, p) == 0;
	}
	(void)nexfs_unmount(&t.fs);	/* closes the pack block */
	tap_ok(ok && nexfs_mount(&t.fs, &t.cfg) == 0 && nexfs_gc(&t.fs, &gr) == 0 &&
	    gr.pieces_moved >= 1, "fillers removed, compacted: %llu pieces moved, %llu blocks freed",
	    (unsigned long long)gr.pieces_moved, (unsigned long long)gr.blocks_freed);
	tap_ok(extents(&t, "/g1", after) == 1 && after[0].block != before[0].block &&
	    (after[0].flags & NEXFS_BF_ZSTD) && after[0].len == before[0].len &&
	    same_pieces(&t, "/g1", "/g2", &nz) && nz == 1,
	    "the piece moved (block %u, unit %u), both files still share it", after[0].block,
	    after[0].unit);
	tap_ok(zput(&t, "/g3", g, sizeof(g)) == 0 && same_pieces(&t, "/g1", "/g3", &nz) && nz == 1,
	    "a third compressed copy finds it where it moved");
	tap_ok(tfs_put(&t, "/gu", g, sizeof(g)) == 0 &&
	    (k = shared_with(&t, "/g1", "/gu", &nb, &nz, &na)) == 0 && nz == 0,
	    "a plain copy does not share it");
	(void)nexfs_unmount(&t.fs);
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0 && reads(&t, "/g1", g, sizeof(g)) &&
	    reads(&t, "/g2", g, sizeof(g)) && reads(&t, "/g3", g, sizeof(g)) &&
	    reads(&t, "/gu", g, sizeof(g)) && nexfs_check(&t.fs) == 0,
	    "remount: all four read back, refcounts consistent");
	(void)nexfs_unmount(&t.fs);
	tfs_free(&t);
}

/*
 * A compressed piece that fails its check when copied (wear levelling,
 * compaction) leaves the node buffer as it found it to the cache: the
 * block cached there before still reads as itself.
 */
static void
compressed_copy_damaged(void)
{
	static uint8_t c[64 * 1024];
	struct nexfs_bptr e[ZMAX], nb, q;
	struct nexfs_state *s;
	uint8_t want[56], got[56];
	struct tfs t;
	int n, k;

	gen(6, c, sizeof(c));
	zinit(&t, 256, 4096, 256);
	(void)nexfs_format(&t.cfg, NULL);
	(void)nexfs_mount(&t.fs, &t.cfg);
	s = nexfs_st(&t.fs);
	n = zput(&t, "/zc", c, sizeof(c)) == 0 ? extents(&t, "/zc", e) : -1;
	for (k = 0; k < n && !(e[k].flags & NEXFS_BF_ZSTD); k++)
		;
	tap_ok(k < n, "copy damaged: a compressed extent (block %u, unit %u, %u bytes stored)",
	    k < n ? e[k].block : 0, k < n ? e[k].unit : 0, k < n ? e[k].len : 0);
	if (k >= n) {
		tfs_free(&t);
		return;
	}
	/* The allocation index in the cache (buf_a), then the copy fails. */
	q = s->sb.aidx;
	tap_ok(nexfs_blk_get(s, &q, 0, want, sizeof(want)) == 0 && nexfs_cache_holds(s, &q),
	    "the allocation index read: it is in the cache");
	nexfs_emu_flip(&t.emu, e[k].block, e[k].unit * s->unit + e[k].len / 2, 5);
	tap_ok(nexfs_blk_copy(s, &e[k], NEXFS_NOBLOCK, &nb) == NEXFS_ERR_CORRUPT,
	    "copying the piece with a stored byte flipped: CORRUPT");
	tap_ok(nexfs_blk_get(s, &q, 0, got, sizeof(got)) == 0 && memcmp(got, want, sizeof(got)) == 0,
	    "the allocation index still reads as itself, not as the piece's stored bytes");
	nexfs_emu_flip(&t.emu, e[k].block, e[k].unit * s->unit + e[k].len / 2, 5);
	(void)nexfs_unmount(&t.fs);
	tfs_free(&t);
}

int
main(void)
{
	struct tfs t;
	struct nexfs_info info;
	struct nexfs_dedup_stats dd;
	struct nexfs_attr attr = { NEXFS_CSUM_XXH3_64, 0, 0 };
	static uint8_t a[64 * 1024], back[64 * 1024], tree[20][16 * 1024];
	uint64_t f0, f1, f2, written0, dedup0, chunks1;
	size_t got;

	for (size_t i = 0; i < sizeof(a); i++)
		a[i] = (uint8_t)rnd();
	tfs_init(&t, 256, 4096, 512, NEXFS_FLASH_NOR);
	(void)nexfs_format(&t.cfg, NULL);
	(void)nexfs_mount(&t.fs, &t.cfg);

	(void)nexfs_info(&t.fs, &info);
	f0 = info.blocks_free;
	tap_ok(tfs_put(&t, "/one", a, sizeof(a)) == 0, "write 64 KiB");
	(void)nexfs_info(&t.fs, &info);
	f1 = info.blocks_free;
	(void)nexfs_dedup_stats(&t.fs, &dd);
	chunks1 = dd.chunks_written;
	tap_ok(tfs_put(&t, "/two", a, sizeof(a)) == 0, "write the same 64 KiB again");
	(void)nexfs_info(&t.fs, &info);
	f2 = info.blocks_free;
	tap_ok(f0 - f1 >= 16 && f1 - f2 < 8, "second copy costs no data blocks (%llu then %llu)",
	    (unsigned long long)(f0 - f1), (unsigned long long)(f1 - f2));
	tap_ok(nexfs_dedup_stats(&t.fs, &dd) == 0 && dd.chunks_written == 2 * chunks1 &&
	    dd.chunks_deduped == chunks1 && dd.blocks_shared >= chunks1 &&
	    dd.blocks_shared <= f0 - f1,
	    "stats: all %llu chunks of the copy deduplicated, each block shared",
	    (unsigned long long)chunks1);
	tap_ok(nexfs_check(&t.fs) == 0, "refcounts consistent");
	tap_ok(nexfs_remove(&t.fs, "/one") == 0, "remove the first copy");
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/two", back, sizeof(back), &got) == 0 &&
	    got == sizeof(a) && memcmp(back, a, sizeof(a)) == 0, "second copy intact");
	tap_ok(nexfs_check(&t.fs) == 0, "refcounts consistent after remove");
	tap_ok(nexfs_remove(&t.fs, "/two") == 0, "remove the second copy");
	(void)nexfs_info(&t.fs, &info);
	tap_ok(info.blocks_free + 12 >= f0 && nexfs_check(&t.fs) == 0,
	    "blocks freed when no file uses them (the index keeps a few)");

	/* Not for files with a 64-bit check, nor when tuned off. */
	tap_ok(tfs_put(&t, "/x", a, 8192) == 0 &&
	    nexfs_setattr(&t.fs, "/x", &attr, NEXFS_ATTR_CSUM) == 0, "file with XXH3-64");
	(void)nexfs_dedup_stats(&t.fs, &dd);
	dedup0 = dd.chunks_deduped;
	{
		struct nexfs_file f;

		(void)nexfs_file_open(&t.fs, &f, "/x", NEXFS_O_RDWR);
		tap_ok(nexfs_file_write(&t.fs, &f, 8192, a, 8192) == 0, "write to it");
		(void)nexfs_file_close(&t.fs, &f);
	}
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/x", back, sizeof(back), &got) == 0 && got == 16384 &&
	    memcmp(back + 8192, a, 8192) == 0, "XXH3-64 file reads back");
	(void)nexfs_dedup_stats(&t.fs, &dd);
	tap_ok(dd.chunks_deduped == dedup0, "no dedup for a 64-bit check");
	tap_ok(nexfs_tune(&t.fs, 0, NEXFS_FEAT_COMPAT_DEDUP) == 0, "tune dedup off");
	(void)tfs_put(&t, "/y", a, 8192);
	(void)nexfs_dedup_stats(&t.fs, &dd);
	tap_ok(dd.chunks_deduped == dedup0, "no dedup when tuned off");
	tap_ok(nexfs_tune(&t.fs, NEXFS_FEAT_COMPAT_DEDUP, 0) == 0, "tune dedup on");
	tap_ok(nexfs_tune(&t.fs, 1ull << 20, 0) == NEXFS_ERR_INVAL, "unknown feature refused");
	(void)nexfs_remove(&t.fs, "/x");
	(void)nexfs_remove(&t.fs, "/y");

	/* Rewriting a block with its own content under a snapshot: dedup hands
	 * back the very block being replaced (a bug once counted it twice). */
	{
		struct nexfs_file f;
		nexfs_snap_t id;

		(void)tfs_put(&t, "/z", a, 3000);
		(void)nexfs_snapshot_create(&t.fs, "z", &id);
		(void)nexfs_file_open(&t.fs, &f, "/z", NEXFS_O_RDWR);
		tap_ok(nexfs_file_write(&t.fs, &f, 100, a + 100, 50) == 0, "rewrite same bytes");
		(void)nexfs_file_close(&t.fs, &f);
		tap_ok(nexfs_check(&t.fs) == 0, "refcounts consistent after identical rewrite");
		(void)nexfs_snapshot_delete(&t.fs, id);
		(void)nexfs_remove(&t.fs, "/z");
		tap_ok(nexfs_check(&t.fs) == 0, "and after cleanup");
	}

	/* Ten versions of a 20-file tree, each version changing ~3% in place. */
	for (int f = 0; f < 20; f++)
		for (size_t i = 0; i < sizeof(tree[0]); i++)
			tree[f][i] = (uint8_t)rnd();
	(void)nexfs_dedup_stats(&t.fs, &dd);
	written0 = dd.bytes_written;
	dedup0 = dd.bytes_deduped;
	for (int v = 0; v < 10; v++) {
		char dir[32], path[48];

		snprintf(dir, sizeof(dir), "/v%d", v);
		(void)nexfs_mkdir(&t.fs, dir);
		for (int k = 0; k < 3 && v > 0; k++) {
			uint8_t *p = tree[rnd() % 20];

			for (int j = 0; j < 300; j++)
				p[rnd() % sizeof(tree[0])] ^= 0xff;
		}
		for (int f = 0; f < 20; f++) {
			snprintf(path, sizeof(path), "%s/f%d", dir, f);
			if (tfs_put(&t, path, tree[f], sizeof(tree[f])) != 0)
				break;
		}
	}
	(void)nexfs_dedup_stats(&t.fs, &dd);
	{
		uint64_t w = dd.bytes_written - written0, d = dd.bytes_deduped - dedup0;
		uint64_t repeated = w - w / 10;

		tap_diag("ten versions: %llu bytes written, %llu not stored again (%llu%% of the "
		    "repeated bytes)", (unsigned long long)w, (unsigned long long)d,
		    (unsigned long long)(d * 100 / repeated));
		tap_ok(d * 100 / repeated >= 80, "ten versions: most repeated bytes saved");
	}
	tap_ok(nexfs_check(&t.fs) == 0, "refcounts consistent after the versions");
	(void)nexfs_unmount(&t.fs);
	tfs_free(&t);
	compressed();
	compressed_moved();
	compressed_copy_damaged();
	return tap_done();
}
