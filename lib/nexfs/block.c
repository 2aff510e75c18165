/*
 * block.c: blocks: allocation, reference counts, verified reads and writes,
 * and the on-flash allocation index.
 *
 * The unit of allocation is one erase block.  Every block is erased right
 * before it is programmed, and programmed once, so a block whose erase or
 * program a power cut may have torn is never trusted: it is simply free in
 * the last commit and is erased again when it is next used.
 *
 * Every block has a 16-bit reference count in RAM (s->rc), saved at each
 * commit into the allocation index (tables of counts plus one root block
 * listing them, SPEC.md section 5).  A block freed in the running
 * transaction that was part of the last commit goes to s->pending and is
 * not reused before the next commit is on flash, so the last commit stays
 * intact whatever happens; a block both allocated and freed within the
 * transaction is reusable at once.
 *
 * Small file chunks are *packed* (feature PACK, SPEC.md section 1): a DATA
 * piece whose programmed length is at most half a block goes at the next
 * free unit of the open pack block, a block kept in RAM only, and the
 * block's count is the number of pointers into it, as for any block.  The
 * allocator never hands the open block out, and an abort or a remount
 * forgets it, so nothing is ever appended to a block after a power cut or
 * a failed call could have torn a program in it (DESIGN.md, "Packing").
 *
 * Allocation is next-fit from a cursor that persists in the commit record,
 * which spreads erases over every free block (dynamic wear levelling).
 * Every erase is counted per block (s->wear), and the counts are saved in
 * wear tables beside the allocation tables, lazily (nexfs_alloc_save);
 * wear.c uses them to move cold data and worn replicas (static levelling).
 */
#include "nexfs_internal.h"

#include <crypto/blake3.h>
#include <crypto/xxh3.h>

static bool
bit_get(const uint8_t *map, uint32_t i)
{
	return (map[i / 8] >> (i % 8)) & 1u;
}

static void
bit_set(uint8_t *map, uint32_t i, bool v)
{
	if (v)
		map[i / 8] |= (uint8_t)(1u << (i % 8));
	else
		map[i / 8] &= (uint8_t)~(1u << (i % 8));
}

void
nexfs_hash(uint8_t csum, const void *buf, size_t len, uint8_t out[32])
{
	uint64_t x;

	memset(out, 0, 32);
	switch (csum) {
	case NEXFS_CSUM_BLAKE3_128:
		crypto_blake3(out, 16, buf, len);
		break;
	case NEXFS_CSUM_XXH3_64:
		x = crypto_xxh3_64(buf, len, 0);
		memcpy(out, &x, sizeof(x));
		break;
	default:
		crypto_blake3(out, 32, buf, len);
		break;
	}
}

bool
nexfs_pack_on(struct nexfs_state *s)
{
	return (s->sb.features & NEXFS_FEAT_COMPAT_PACK) != 0;
}

/* Units a stored piece of n bytes takes when packed; 0: too large to pack. */
static uint32_t
units_of(struct nexfs_state *s, uint32_t n)
{
	uint32_t k = (n + s->unit - 1) / s->unit;

	return n != 0 && 2 * (uint64_t)k * s->unit <= s->bsize ? k : 0;
}

/*
 * Units of the DATA piece p points at when it is small enough to share a
 * block (whether or not it does), else 0.
 */
uint32_t
nexfs_piece_units(struct nexfs_state *s, const struct nexfs_bptr *p)
{
	if (p->type != NEXFS_BT_DATA || p->size == 0)
		return 0;
	return units_of(s, (p->flags & NEXFS_BF_ZSTD) ? p->len : p->size);
}

static void
rc_set(struct nexfs_state *s, uint32_t b, uint16_t v)
{
	uint16_t old = s->rc[b];

	if (old == v)
		return;
	if (old == 0)
		s->free_blocks--;
	if (v == 0)
		s->free_blocks++;
	s->rc[b] = v;
	if (s->tdirty[b / s->per_table] == 0)
		s->tdirty[b / s->per_table] = 1;
	s->dirty = true;
}

void
nexfs_ref_inc(struct nexfs_state *s, uint32_t block)
{
	uint16_t v = s->rc[block];

	if (v >= NEXFS_RC_STICKY || v == 0)
		return;
	rc_set(s, block, (uint16_t)(v + 1));
}

/* Turns a block just allocated into a reserved one (a superblock replica). */
void
nexfs_blk_reserve(struct nexfs_state *s, uint32_t block)
{
	bit_set(s->fresh, block, false);
	rc_set(s, block, NEXFS_RC_BAD);
}

/*
 * Drops one reference without looking at the block's children: the caller
 * has accounted for them.  At zero the block is free, at once when it was
 * allocated in this transaction, else after the next commit.
 */
void
nexfs_ref_free1(struct nexfs_state *s, uint32_t block)
{
	uint16_t v = s->rc[block];

	if (v >= NEXFS_RC_STICKY || v == 0)
		return;
	rc_set(s, block, (uint16_t)(v - 1));
	if (v == 1) {
		if (bit_get(s->fresh, block))
			bit_set(s->fresh, block, false);
		else {
			bit_set(s->pending, block, true);
			s->npending++;
		}
	}
}

/*
 * Counts an erase of block b: its wear table changes, and the erases not
 * yet saved (block.c saves the tables lazily, see nexfs_alloc_save) and
 * since the last levelling check (wear.c) grow.
 */
void
nexfs_wear_note(struct nexfs_state *s, uint32_t b)
{
	if (s->wear[b] < UINT16_MAX)
		s->wear[b]++;
	if (s->wear[b] > s->wear_max)
		s->wear_max = s->wear[b];
	if (s->wdirty[b / s->per_table] == 0)
		s->wdirty[b / s->per_table] = 1;
	s->wear_unsaved++;
	s->wl_allocs++;
}

/*
 * Takes block b when it is free: erases it (a block that fails to erase is
 * marked bad and *got stays false) and gives it count 1.
 */
/*
 * Retires block b, whose erase or program just failed: marks it bad on the
 * device (when the device can) and in the counts, with a log line.
 */
void
nexfs_blk_retire(struct nexfs_state *s, uint32_t b, const char *why)
{
	nexfs_log(s, NEXFS_LOG_WARN, why);
	if (s->cfg->flash->mark_bad != NULL)
		(void)s->cfg->flash->mark_bad(s->cfg->flash_ctx, b);
	bit_set(s->fresh, b, false);
	rc_set(s, b, NEXFS_RC_BAD);
}

static int
alloc_try(struct nexfs_state *s, uint32_t b, bool *got)
{
	int err;

	*got = false;
	if (s->rc[b] != 0 || bit_get(s->pending, b) || b == s->pack_blk)
		return 0;
	err = s->cfg->flash->erase(s->cfg->flash_ctx, b);
	if (err == NEXFS_ERR_BADBLOCK) {
		nexfs_blk_retire(s, b, "erase failed: block retired");
		return 0;
	}
	if (err) {
		s->broken = true;
		return err;
	}
	nexfs_wear_note(s, b);
	rc_set(s, b, 1);
	bit_set(s->fresh, b, true);
	*got = true;
	return 0;
}

static bool
alloc_reserve_hit(struct nexfs_state *s)
{
	return !s->use_reserve && s->free_blocks - s->npending <= s->reserve;
}

/*
 * Allocates and erases a free block.  Blocks that fail to erase are marked
 * bad and skipped.  Fails with NEXFS_ERR_NOSPC when only the reserve is left
 * and the operation does not free space.
 */
int
nexfs_blk_alloc(struct nexfs_state *s, uint32_t *block)
{
	uint32_t n = s->geo.block_count;
	uint32_t b = (s->sb.features & NEXFS_FEAT_COMPAT_WEAR_LEVEL) ? s->sb.alloc_cursor % n : 0;
	bool got;
	int err;

	for (uint32_t tried = 0; tried < n; tried++, b = (b + 1) % n) {
		if (s->rc[b] != 0 || bit_get(s->pending, b) || b == s->pack_blk)
			continue;
		if (alloc_reserve_hit(s))
			return NEXFS_ERR_NOSPC;
		err = alloc_try(s, b, &got);
		if (err)
			return err;
		if (!got)
			continue;
		s->sb.alloc_cursor = (b + 1) % n;
		*block = b;
		return 0;
	}
	return NEXFS_ERR_NOSPC;
}

/*
 * Like nexfs_blk_alloc, but takes block want when it is free (wear.c
 * chooses it); the cursor does not move then.
 */
int
nexfs_blk_alloc_near(struct nexfs_state *s, uint32_t want, uint32_t *block)
{
	bool got = false;
	int err;

	if (want < s->geo.block_count && !alloc_reserve_hit(s)) {
		err = alloc_try(s, want, &got);
		if (err)
			return err;
	}
	if (got) {
		*block = want;
		return 0;
	}
	return nexfs_blk_alloc(s, block);
}

/*
 * Gives back a reserved block (a superblock replica that moved for wear):
 * free once the commit that stops listing it is on flash.
 */
void
nexfs_blk_unreserve(struct nexfs_state *s, uint32_t block)
{
	rc_set(s, block, 0);
	bit_set(s->pending, block, true);
	s->npending++;
}

/* Pages to program for len bytes of content (0: the whole block). */
uint32_t
nexfs_prog_len(struct nexfs_state *s, uint32_t len)
{
	uint32_t ps = s->geo.page_size;

	return len == 0 ? s->bsize : (len + ps - 1) / ps * ps;
}

static void
bptr_fill(struct nexfs_state *s, uint32_t b, uint8_t unit, const void *buf, uint32_t len,
    uint8_t type, uint8_t csum, const uint8_t *hash, struct nexfs_bptr *out)
{
	memset(out, 0, sizeof(*out));
	out->block = b;
	out->unit = unit;
	out->type = type;
	out->csum = csum;
	out->size = len;
	if (hash != NULL)
		memcpy(out->hash, hash, 32);
	else
		nexfs_hash(csum, buf, len != 0 ? len : s->bsize, out->hash);
}

/* One more piece in the open pack block, which may have had none left. */
static void
pack_ref(struct nexfs_state *s, uint32_t b)
{
	if (s->rc[b] != 0) {
		nexfs_ref_inc(s, b);
		return;
	}
	/*
	 * Every piece in it was dropped: it is in use again.  When the last
	 * commit counted pieces in it, it stays as it is on flash but for the
	 * pages programmed now; else it was free in the last commit, and is
	 * like a block allocated in this transaction.
	 */
	if (bit_get(s->pending, b)) {
		bit_set(s->pending, b, false);
		s->npending--;
	} else {
		bit_set(s->fresh, b, true);
	}
	rc_set(s, b, 1);
}

/*
 * Programs a piece of n stored bytes (buf holds its pages whole, padded
 * with 0xFF) at the next free unit of the open pack block, opening a new
 * block when it does not fit, and sets *packed.  A piece larger than half
 * a block, or any piece with PACK off, is left to the caller (*packed
 * false).  The piece's reference is the block's new count (or the count 1
 * of a new block).  A program that fails in the open block closes it (its
 * other pieces stay); a new block that fails is retired.
 */
static int
pack_prog(struct nexfs_state *s, const void *buf, uint32_t n, uint32_t *block, uint8_t *unit,
    bool *packed)
{
	uint32_t k = units_of(s, n), b;
	int err;

	*packed = false;
	if (!nexfs_pack_on(s) || k == 0)
		return 0;
	for (int tries = 0; tries < 8; tries++) {
		bool opened = false;

		if (s->pack_blk == NEXFS_NOBLOCK || s->pack_next + k > s->units) {
			s->pack_blk = NEXFS_NOBLOCK;
			err = nexfs_blk_alloc(s, &b);
			if (err)
				return err;
			s->pack_blk = b;
			s->pack_next = 0;
			opened = true;
		}
		b = s->pack_blk;
		err = s->cfg->flash->prog(s->cfg->flash_ctx, b, s->pack_next * s->unit, buf,
		    nexfs_prog_len(s, n));
		if (err == NEXFS_ERR_BADBLOCK) {
			s->pack_blk = NEXFS_NOBLOCK;
			if (opened)
				nexfs_blk_retire(s, b, "program failed: pack block retired");
			else
				nexfs_log(s, NEXFS_LOG_WARN, "program failed: pack block closed");
			continue;
		}
		if (err) {
			s->broken = true;
			return err;
		}
		if (!opened)
			pack_ref(s, b);
		*block = b;
		*unit = (uint8_t)s->pack_next;
		s->pack_next += k;
		*packed = true;
		return 0;
	}
	return NEXFS_ERR_IO;
}

/*
 * Programs buf into an allocated, erased block and fills *out.  len is the
 * content's length for a file chunk (1..block_size: only the pages holding
 * it are programmed, and buf holds them whole, padded with 0xFF), or 0 for a
 * whole block.
 */
static int
blk_prog_hashed(struct nexfs_state *s, uint32_t b, const void *buf, uint32_t len, uint8_t type,
    uint8_t csum, const uint8_t *hash, struct nexfs_bptr *out)
{
	int err;

	err = s->cfg->flash->prog(s->cfg->flash_ctx, b, 0, buf, nexfs_prog_len(s, len));
	if (err) {
		if (err == NEXFS_ERR_BADBLOCK) {
			nexfs_log(s, NEXFS_LOG_WARN, "program failed: block retired");
			if (s->cfg->flash->mark_bad != NULL)
				(void)s->cfg->flash->mark_bad(s->cfg->flash_ctx, b);
		} else {
			s->broken = true;
		}
		return err;
	}
	bptr_fill(s, b, 0, buf, len, type, csum, hash, out);
	return 0;
}

/* Programs a whole block of metadata (BLAKE3-256) into allocated block b. */
int
nexfs_blk_prog(struct nexfs_state *s, uint32_t b, const void *buf, uint8_t type,
    struct nexfs_bptr *out)
{
	return blk_prog_hashed(s, b, buf, 0, type, NEXFS_CSUM_BLAKE3_256, NULL, out);
}

/*
 * Writes one block of content (len bytes of a file chunk, or a whole block
 * when len is 0; see blk_prog_hashed) to a newly allocated block.  A block
 * that fails to program is retired and another one tried.  hash, when not
 * NULL, is the content's check already computed by the caller.
 */
int
nexfs_blk_write_hashed(struct nexfs_state *s, const void *buf, uint32_t len, uint8_t type,
    uint8_t csum, const uint8_t *hash, struct nexfs_bptr *out)
{
	uint32_t b;
	uint8_t u;
	bool packed;
	int err;

	if (csum == NEXFS_CSUM_DEFAULT)
		csum = NEXFS_CSUM_BLAKE3_256;
	if (type == NEXFS_BT_DATA && len != 0) {
		err = pack_prog(s, buf, len, &b, &u, &packed);
		if (err)
			return err;
		if (packed) {
			bptr_fill(s, b, u, buf, len, type, csum, hash, out);
			return 0;
		}
	}
	for (int tries = 0; tries < 8; tries++) {
		err = nexfs_blk_alloc(s, &b);
		if (err)
			return err;
		err = blk_prog_hashed(s, b, buf, len, type, csum, hash, out);
		if (err != NEXFS_ERR_BADBLOCK)
			return err;
		bit_set(s->fresh, b, false);
		rc_set(s, b, NEXFS_RC_BAD);
	}
	return NEXFS_ERR_IO;
}

/*
 * Programs the first len bytes of buf into a newly allocated block (want
 * when it is free, else the next one) and sets *block; or, when src is not
 * NULL, copies the piece src names there through the window (stream.c).
 * A block that fails to program is retired and another one tried; a copy
 * whose source fails its check, or cannot be read, gives its block back.
 */
static int
blk_prog_new(struct nexfs_state *s, uint32_t want, const void *buf, uint32_t len,
    const struct nexfs_bptr *src, uint32_t *block)
{
	uint32_t b;
	bool rd = false;
	int err;

	for (int tries = 0; tries < 8; tries++) {
		err = nexfs_blk_alloc_near(s, want, &b);
		if (err)
			return err;
		err = src != NULL ? nexfs_stream_copy(s, src, b, &rd) :
		    s->cfg->flash->prog(s->cfg->flash_ctx, b, 0, buf, len);
		if (err == NEXFS_ERR_BADBLOCK && !rd) {
			nexfs_blk_retire(s, b, "program failed: block retired");
			continue;
		}
		if (err == NEXFS_ERR_CORRUPT || rd) {
			nexfs_ref_free1(s, b);	/* never linked: erased when next taken */
			return err;
		}
		if (err) {
			s->broken = true;
			return err;
		}
		*block = b;
		return 0;
	}
	return NEXFS_ERR_IO;
}

/*
 * Copies the block p points at, verified, to a newly allocated block (want
 * when it is free): the stored bytes as they are, so *out is *p with
 * another block number.  Uses buf_a (the window in the lean layout).  A damaged block is not copied
 * (NEXFS_ERR_CORRUPT).
 */
int
nexfs_blk_copy(struct nexfs_state *s, const struct nexfs_bptr *p, uint32_t want,
    struct nexfs_bptr *out)
{
	uint32_t n, plen, b;
	uint8_t u = 0;
	bool packed = false;
	int err;

	/* The lean layout streams the piece to a block of its own, never packed. */
	if (s->lean) {
		err = blk_prog_new(s, want, NULL, 0, p, &b);
		if (err)
			return err;
		*out = *p;
		out->block = b;
		out->unit = 0;
		return 0;
	}
	if (p->flags & NEXFS_BF_ZSTD) {
		if (p->type != NEXFS_BT_DATA || p->len == 0 || p->len > s->bsize ||
		    p->block >= s->geo.block_count ||
		    (uint64_t)p->unit * s->unit + p->len > s->bsize)
			return NEXFS_ERR_CORRUPT;
		n = p->len;
		nexfs_cache_drop(s);	/* buf_a gets stored bytes, maybe damaged */
		err = s->cfg->flash->read(s->cfg->flash_ctx, p->block, p->unit * s->unit, s->buf_a,
		    n);
		if (err)
			return err;
		if (crypto_xxh3_64(s->buf_a, n, 0) != p->zcheck)
			return NEXFS_ERR_CORRUPT;
	} else {
		n = p->type == NEXFS_BT_DATA && p->size != 0 ? p->size : s->bsize;
		err = nexfs_blk_read(s, p, s->buf_a);
		if (err)
			return err;
	}
	plen = n == s->bsize ? n : nexfs_prog_len(s, n);
	memset(s->buf_a + n, 0xff, plen - n);
	nexfs_cache_drop(s);	/* buf_a holds stored bytes, padded */
	/* Compaction (want NEXFS_NOBLOCK) packs small pieces; levelling does not. */
	if (want == NEXFS_NOBLOCK && p->type == NEXFS_BT_DATA && n < s->bsize) {
		err = pack_prog(s, s->buf_a, n, &b, &u, &packed);
		if (err)
			return err;
	}
	if (!packed) {
		err = blk_prog_new(s, want, s->buf_a, plen, NULL, &b);
		if (err)
			return err;
	}
	*out = *p;
	out->block = b;
	out->unit = u;
	return 0;
}

/*
 * Tries to store a DATA block (len bytes, 0: a whole block) compressed:
 * only when the codec saves at least one page.  Sets *done when it did.
 */
static int
blk_write_z(struct nexfs_state *s, const void *buf, uint32_t len, uint8_t csum, uint8_t level,
    struct nexfs_bptr *out, bool *done)
{
	uint32_t ps = s->geo.page_size, n = len != 0 ? len : s->bsize, b;
	size_t zlen = 0, plen, cap = nexfs_prog_len(s, len) - ps;
	uint8_t u = 0;
	bool packed;
	int err;

	*done = false;
	if (cap == 0)
		return 0;	/* one page: nothing to save */
	err = s->cfg->codec->compress(s->cfg->codec_ctx, level, buf, n, s->buf_z, cap, &zlen);
	if (err || zlen == 0 || zlen > cap)
		return 0;	/* incompressible: store it as it is */
	plen = (zlen + ps - 1) / ps * ps;
	memset(s->buf_z + zlen, 0xff, plen - zlen);
	err = pack_prog(s, s->buf_z, (uint32_t)zlen, &b, &u, &packed);
	if (!err && !packed)
		err = blk_prog_new(s, NEXFS_NOBLOCK, s->buf_z, (uint32_t)plen, NULL, &b);
	if (err)
		return err;
	bptr_fill(s, b, u, buf, len, NEXFS_BT_DATA, csum, NULL, out);
	out->flags = NEXFS_BF_ZSTD;
	out->len = (uint32_t)zlen;
	out->zcheck = crypto_xxh3_64(s->buf_z, zlen, 0);
	*done = true;
	return 0;
}

int
nexfs_blk_write(struct nexfs_state *s, const void *buf, uint32_t len, uint8_t type, uint8_t csum,
    uint8_t compress, struct nexfs_bptr *out)
{
	bool done;
	int err;

	if (compress != 0 && type == NEXFS_BT_DATA && s->buf_z != NULL) {
		if (csum == NEXFS_CSUM_DEFAULT)
			csum = NEXFS_CSUM_BLAKE3_256;
		err = blk_write_z(s, buf, len, csum, compress, out, &done);
		if (err || done)
			return err;
	}
	return nexfs_blk_write_hashed(s, buf, len, type, csum, NULL, out);
}

static int blk_read(struct nexfs_state *s, const struct nexfs_bptr *p, void *buf, uint32_t n,
    uint32_t off);

/*
 * Reads the block p points at into buf (block_size bytes) and checks it
 * against p's hash.  A hole reads as zeros; so do the bytes after a file
 * chunk's size.  Returns NEXFS_ERR_CORRUPT on a mismatch; buf then holds no
 * data the caller may use.  What is read into buf_a is tagged as cached
 * (stream.c).
 */
int
nexfs_blk_read(struct nexfs_state *s, const struct nexfs_bptr *p, void *buf)
{
	uint32_t n = p->type == NEXFS_BT_DATA && p->size != 0 ? p->size : s->bsize;
	uint32_t off = p->unit * s->unit;
	int err;

	if (buf == s->buf_a) {
		nexfs_cache_drop(s);
		err = blk_read(s, p, buf, n, off);
		if (!err && !nexfs_bptr_null(p))
			nexfs_cache_set(s, p, 0, s->bsize);
		return err;
	}
	return blk_read(s, p, buf, n, off);
}

static int
blk_read(struct nexfs_state *s, const struct nexfs_bptr *p, void *buf, uint32_t n, uint32_t off)
{
	uint8_t h[32];
	int err;

	if (nexfs_bptr_null(p)) {
		memset(buf, 0, s->bsize);
		return 0;
	}
	/* A piece lies inside its block; only DATA pieces are packed. */
	if (p->block >= s->geo.block_count || n > s->bsize ||
	    (p->unit != 0 && p->type != NEXFS_BT_DATA) ||
	    (uint64_t)off + ((p->flags & NEXFS_BF_ZSTD) ? p->len : n) > s->bsize)
		return NEXFS_ERR_CORRUPT;
	if (p->flags & NEXFS_BF_ZSTD) {
		size_t dlen = 0;

		/* Check the stored bytes before the decompressor sees them. */
		if (s->buf_z == NULL)
			return NEXFS_ERR_UNSUPPORTED;
		if (p->type != NEXFS_BT_DATA || p->len == 0 || p->len > s->bsize)
			return NEXFS_ERR_CORRUPT;
		err = s->cfg->flash->read(s->cfg->flash_ctx, p->block, off, s->buf_z, p->len);
		if (err)
			return err;
		if (crypto_xxh3_64(s->buf_z, p->len, 0) != p->zcheck)
			return NEXFS_ERR_CORRUPT;
		err = s->cfg->codec->decompress(s->cfg->codec_ctx, s->buf_z, p->len, buf, n,
		    &dlen);
		if (err || dlen != n) {
			memset(buf, 0, s->bsize);
			return NEXFS_ERR_CORRUPT;
		}
	} else {
		err = s->cfg->flash->read(s->cfg->flash_ctx, p->block, off, buf, n);
		if (err)
			return err;
	}
	memset((uint8_t *)buf + n, 0, s->bsize - n);
	nexfs_hash(p->csum, buf, n, h);
	if (memcmp(h, p->hash, 32) != 0) {
		memset(buf, 0, s->bsize);
		return NEXFS_ERR_CORRUPT;
	}
	return 0;
}

uint32_t
nexfs_rec_per_leaf(struct nexfs_state *s)
{
	return s->bsize / 128;
}

/*
 * Calls fn for each child bptr inside a block of the given type.  Children
 * live in interior nodes (every slot), inode-table leaves (each inode's data
 * root) and snapshot-table leaves (each snapshot's inode-table root).
 */
static uint32_t
child_count(struct nexfs_state *s, uint8_t type)
{
	switch (type) {
	case NEXFS_BT_NODE:
		return s->fanout;
	case NEXFS_BT_INODES:
	case NEXFS_BT_SNAPS:
		return nexfs_rec_per_leaf(s);
	default:
		return 0;
	}
}

static struct nexfs_bptr *
child_at(uint8_t *buf, uint8_t type, uint32_t i)
{
	switch (type) {
	case NEXFS_BT_NODE:
		return (struct nexfs_bptr *)(void *)(buf + (size_t)i * sizeof(struct nexfs_bptr));
	case NEXFS_BT_INODES:
		return (struct nexfs_bptr *)(void *)(buf + (size_t)i * 128 +
		    offsetof(struct nexfs_inode, root));
	case NEXFS_BT_SNAPS:
		return (struct nexfs_bptr *)(void *)(buf + (size_t)i * 128 +
		    offsetof(struct nexfs_snaprec, itab));
	default:
		return NULL;
	}
}

void
nexfs_children_inc(struct nexfs_state *s, const uint8_t *buf, uint8_t type, int skip)
{
	uint32_t n = child_count(s, type);

	for (uint32_t i = 0; i < n; i++) {
		struct nexfs_bptr c;

		if ((int)i == skip)
			continue;
		memcpy(&c, child_at((uint8_t *)(uintptr_t)buf, type, i), sizeof(c));
		if (!nexfs_bptr_null(&c) && c.block < s->geo.block_count)
			nexfs_ref_inc(s, c.block);
	}
}

/*
 * Notes a packed piece dropped from a block that stays in use: dead space
 * that compaction could reclaim (pack.c starts a pass on it).
 */
static void
drop_note(struct nexfs_state *s, const struct nexfs_bptr *c)
{
	uint32_t k = nexfs_piece_units(s, c), i;

	if (c->type != NEXFS_BT_DATA || s->rc[c->block] <= 1 || s->rc[c->block] >= NEXFS_RC_STICKY ||
	    k == 0)
		return;
	s->pack_dead += k;
	i = s->ndropped++ % NEXFS_DROPPED;
	s->dropped[i].block = c->block;
	s->dropped[i].unit = c->unit;
	memcpy(s->dropped[i].hash, c->hash, sizeof(s->dropped[i].hash));
}

/*
 * Drops one reference to the block p points at; when that was the last,
 * drops the block's children too (depth first, each child looked up in
 * the parent again with nexfs_blk_child, so no buffer is held across the
 * walk).  A child that cannot be read is leaked, with a log line,
 * rather than making the parent impossible to delete.
 */
int
nexfs_bptr_drop(struct nexfs_state *s, const struct nexfs_bptr *p)
{
	struct nexfs_bptr c;
	uint32_t n;
	int err;

	if (nexfs_bptr_null(p) || p->block >= s->geo.block_count)
		return 0;
	if (s->rc[p->block] != 1 || (n = child_count(s, p->type)) == 0) {
		drop_note(s, p);
		nexfs_ref_free1(s, p->block);
		return 0;
	}
	for (uint32_t i = 0; i < n; i++) {
		err = nexfs_blk_child(s, p, i, &c);
		if (err == NEXFS_ERR_CORRUPT) {
			nexfs_log(s, NEXFS_LOG_ERROR,
			    "damaged block while freeing: its children leak");
			break;
		}
		if (err)
			return err;
		if (nexfs_bptr_null(&c) || c.block >= s->geo.block_count)
			continue;
		if (s->rc[c.block] != 1 || child_count(s, c.type) == 0) {
			drop_note(s, &c);
			nexfs_ref_free1(s, c.block);
			continue;
		}
		err = nexfs_bptr_drop(s, &c);
		if (err)
			return err;
	}
	nexfs_ref_free1(s, p->block);
	return 0;
}

/* The range of blocks table t (of counts or of erase counts) covers. */
static uint32_t
table_range(struct nexfs_state *s, uint32_t t, uint32_t *first)
{
	*first = t * s->per_table;
	return *first + s->per_table > s->geo.block_count ? s->geo.block_count - *first :
	    s->per_table;
}

/* Whether the table p points at holds exactly the cnt counts at mem. */
static bool
table_same(struct nexfs_state *s, const struct nexfs_bptr *p, uint8_t type,
    const uint16_t *mem, uint32_t cnt)
{
	struct nexfs_patch pt = { 0, cnt * 2, mem };
	uint8_t h[32];

	if (p->type != type)
		return false;
	if (!s->lean)
		return nexfs_blk_read(s, p, s->buf_a) == 0 &&
		    memcmp(s->buf_a, mem, (size_t)cnt * 2) == 0;
	/* Lean: the counts' check against the table's, and the table read. */
	nexfs_hash_patched(s, &pt, 1, h);
	return memcmp(h, p->hash, 32) == 0 && nexfs_blk_check(s, p) == 0;
}

/* Moves the table *p to a newly allocated block (written later). */
static int
table_move(struct nexfs_state *s, struct nexfs_bptr *p, uint8_t type)
{
	uint32_t b;
	int err;

	err = nexfs_blk_alloc(s, &b);
	if (err)
		return err;
	if (!nexfs_bptr_null(p))
		nexfs_ref_free1(s, p->block);
	nexfs_bptr_clear(p);
	p->block = b;
	p->type = type;
	return 0;
}

/* Programs the cnt counts at mem as a table into the block *p names. */
static int
table_prog(struct nexfs_state *s, struct nexfs_bptr *p, uint8_t type, const uint16_t *mem,
    uint32_t cnt)
{
	struct nexfs_patch pt = { 0, cnt * 2, mem };
	int err;

	err = nexfs_blk_compose(s, NULL, &pt, 1, type, p->block, false, p);
	return err == NEXFS_ERR_BADBLOCK ? NEXFS_ERR_IO : err;
}

/*
 * Rebases the erase counts when every good block has been erased at least
 * 0x8000 times more than the base, so that 16 bits keep holding them.
 */
static void
wear_rebase(struct nexfs_state *s)
{
	uint16_t lo = UINT16_MAX;

	for (uint32_t b = 0; b < s->geo.block_count; b++)
		if ((s->rc[b] != NEXFS_RC_BAD || nexfs_block_is_home(s, b)) && s->wear[b] < lo)
			lo = s->wear[b];
	if (lo < 0x8000u)
		return;
	for (uint32_t b = 0; b < s->geo.block_count; b++)
		s->wear[b] = s->wear[b] > 0x4000u ? (uint16_t)(s->wear[b] - 0x4000u) : 0;
	s->wear_base += 0x4000u;
	s->wear_max = (uint16_t)(s->wear_max - 0x4000u);
	s->wl_idle_max = s->wl_idle_max > 0x4000u ? (uint16_t)(s->wl_idle_max - 0x4000u) : 0;
	s->wl_floor = s->wl_floor > 0x4000u ? (uint16_t)(s->wl_floor - 0x4000u) : 0;
	for (uint32_t t = 0; t < s->ntables; t++)
		s->wdirty[t] = 1;
}

/*
 * Saves the reference counts: every table block that changed moves to a
 * new block (which changes counts, so this runs to a fixed point; each
 * table moves at most once), then the index block listing the tables.
 * Fills s->sb.aidx.  When NEXFS_WEAR_SAVE erases have happened since the
 * last save (or s->wear_force is set), the changed wear tables and the
 * wear index move the same way, in the same fixed point (their own
 * erases count too) and s->sb.wear names the new index.
 */
int
nexfs_alloc_save(struct nexfs_state *s)
{
	bool wear = s->wear_force || s->wear_unsaved >= NEXFS_WEAR_SAVE;
	bool moved_idx = false, moved_widx = !wear, changed;
	struct nexfs_patch pt = { 0, 0, s->tables };
	uint32_t first, cnt;
	int err;

	/*
	 * Counts that went up and back down (chunk.c pins a file's old tree
	 * while it writes) leave a table as it is on flash: it need not move.
	 */
	for (uint32_t t = 0; t < s->ntables; t++) {
		cnt = table_range(s, t, &first);
		if (s->tdirty[t] == 1 &&
		    table_same(s, &s->tables[t], NEXFS_BT_ALLOC, s->rc + first, cnt))
			s->tdirty[t] = 0;
	}
	if (wear)
		wear_rebase(s);
	for (uint32_t t = 0; wear && t < s->ntables; t++) {
		cnt = table_range(s, t, &first);
		if (s->wdirty[t] == 1 &&
		    table_same(s, &s->wtables[t], NEXFS_BT_WEAR, s->wear + first, cnt))
			s->wdirty[t] = 0;
	}
	do {
		changed = false;
		for (uint32_t t = 0; t < s->ntables; t++) {
			if (s->tdirty[t] != 1)
				continue;
			err = table_move(s, &s->tables[t], NEXFS_BT_ALLOC);
			if (err)
				return err;
			s->tdirty[t] = 2;
			changed = true;
		}
		for (uint32_t t = 0; wear && t < s->ntables; t++) {
			if (s->wdirty[t] != 1)
				continue;
			err = table_move(s, &s->wtables[t], NEXFS_BT_WEAR);
			if (err)
				return err;
			s->wdirty[t] = 2;
			changed = true;
		}
		if (!moved_widx) {
			err = table_move(s, &s->sb.wear, NEXFS_BT_WIDX);
			if (err)
				return err;
			moved_widx = true;
			changed = true;
		}
		if (!moved_idx) {
			err = table_move(s, &s->sb.aidx, NEXFS_BT_AIDX);
			if (err)
				return err;
			moved_idx = true;
			changed = true;
		}
	} while (changed);

	for (uint32_t t = 0; wear && t < s->ntables; t++) {
		if (s->wdirty[t] != 2)
			continue;
		cnt = table_range(s, t, &first);
		err = table_prog(s, &s->wtables[t], NEXFS_BT_WEAR, s->wear + first, cnt);
		if (err)
			return err;
		s->wdirty[t] = 0;
	}
	if (wear) {
		struct nexfs_patch wp[2] = {
			{ 0, s->ntables * (uint32_t)sizeof(struct nexfs_bptr), s->wtables },
			{ s->bsize - 8, sizeof(s->wear_base), &s->wear_base },
		};

		err = nexfs_blk_compose(s, NULL, wp, 2, NEXFS_BT_WIDX, s->sb.wear.block, false,
		    &s->sb.wear);
		if (err)
			return err == NEXFS_ERR_BADBLOCK ? NEXFS_ERR_IO : err;
		s->wear_unsaved = 0;
		s->wear_force = false;
	}
	for (uint32_t t = 0; t < s->ntables; t++) {
		if (s->tdirty[t] != 2)
			continue;
		cnt = table_range(s, t, &first);
		err = table_prog(s, &s->tables[t], NEXFS_BT_ALLOC, s->rc + first, cnt);
		if (err)
			return err;
		s->tdirty[t] = 0;
	}
	pt.len = s->ntables * (uint32_t)sizeof(struct nexfs_bptr);
	err = nexfs_blk_compose(s, NULL, &pt, 1, NEXFS_BT_AIDX, s->sb.aidx.block, false,
	    &s->sb.aidx);
	if (err)
		return err == NEXFS_ERR_BADBLOCK ? NEXFS_ERR_IO : err;
	return 0;
}

/*
 * Loads the wear index of the commit in s->sb: the table pointers, and
 * with counts set the erase counts too.  Erase counts only guide wear
 * levelling, so a damaged wear index or table is not fatal: its counts
 * start again from zero (logged), and the
 * table is rewritten at the next save.  Without counts (after an abort)
 * the counts in RAM, which saw every erase, are kept and every table is
 * compared again at the next save.
 */
int
nexfs_wear_load(struct nexfs_state *s, bool counts)
{
	uint32_t first, cnt;
	bool lost = false;
	int err;

	err = s->sb.wear.type != NEXFS_BT_WIDX ? NEXFS_ERR_CORRUPT :
	    nexfs_blk_get(s, &s->sb.wear, 0, s->wtables,
	    s->ntables * (uint32_t)sizeof(struct nexfs_bptr));
	if (!err && counts)
		err = nexfs_blk_get(s, &s->sb.wear, s->bsize - 8, &s->wear_base,
		    sizeof(s->wear_base));
	if (err && err != NEXFS_ERR_CORRUPT)
		return err;
	if (err) {
		/* The tables are lost (their blocks leak until scrub rebuilds the index). */
		memset(s->wtables, 0, (size_t)s->ntables * sizeof(struct nexfs_bptr));
		s->wear_force = true;
		lost = true;
	}
	for (uint32_t t = 0; t < s->ntables; t++) {
		s->wdirty[t] = counts ? 0 : 1;
		if (!counts)
			continue;
		cnt = table_range(s, t, &first);
		err = s->wtables[t].type != NEXFS_BT_WEAR ? NEXFS_ERR_CORRUPT :
		    nexfs_blk_get(s, &s->wtables[t], 0, s->wear + first, cnt * 2);
		if (err && err != NEXFS_ERR_CORRUPT)
			return err;
		if (err) {
			memset(s->wear + first, 0, (size_t)cnt * 2);
			s->wdirty[t] = 1;
			s->wear_force = true;
			lost = true;
			continue;
		}
	}
	if (lost)
		nexfs_log(s, NEXFS_LOG_WARN, "erase counts damaged: wear levelling starts them again");
	if (counts) {
		s->wear_max = 0;
		for (uint32_t b = 0; b < s->geo.block_count; b++)
			if (s->wear[b] > s->wear_max &&
			    (s->rc[b] != NEXFS_RC_BAD || nexfs_block_is_home(s, b)))
				s->wear_max = s->wear[b];
		s->wear_unsaved = 0;
	}
	return 0;
}

/*
 * Loads the reference counts of the commit in s->sb from flash and resets
 * the transaction maps.
 */
int
nexfs_alloc_load(struct nexfs_state *s)
{
	int err;

	if (s->sb.aidx.type != NEXFS_BT_AIDX)
		return NEXFS_ERR_CORRUPT;
	err = nexfs_blk_get(s, &s->sb.aidx, 0, s->tables,
	    s->ntables * (uint32_t)sizeof(struct nexfs_bptr));
	if (err)
		return err;
	for (uint32_t t = 0; t < s->ntables; t++) {
		uint32_t first = t * s->per_table, cnt = s->per_table;

		if (s->tables[t].type != NEXFS_BT_ALLOC)
			return NEXFS_ERR_CORRUPT;
		if (first + cnt > s->geo.block_count)
			cnt = s->geo.block_count - first;
		err = nexfs_blk_get(s, &s->tables[t], 0, s->rc + first, cnt * 2);
		if (err)
			return err;
		s->tdirty[t] = 0;
	}
	s->free_blocks = 0;
	for (uint32_t b = 0; b < s->geo.block_count; b++)
		if (s->rc[b] == 0)
			s->free_blocks++;
	memset(s->pending, 0, (s->geo.block_count + 7) / 8);
	memset(s->fresh, 0, (s->geo.block_count + 7) / 8);
	s->npending = 0;
	return 0;
}

/*
 * Rebuilding the reference counts from the tree, when the allocation index
 * is damaged: the tree is the authority (SPEC.md section 10), the index a
 * summary of it.  rebuild_visit adds the reference p makes and, the first
 * time it meets a block (s->fresh marks those), the references of its
 * children, depth first, each looked up in the parent again
 * (nexfs_blk_child).  A damaged block's children are not counted:
 * nothing can reach them, so they become free.
 */
/*
 * Where the block pointers inside a block of the given type are: *n of
 * them, *stride bytes apart, the first at *off (none for other types).
 */
void
nexfs_child_shape(struct nexfs_state *s, uint8_t type, uint32_t *n, uint32_t *stride,
    uint32_t *off)
{
	*n = 0;
	*stride = sizeof(struct nexfs_bptr);
	*off = 0;
	switch (type) {
	case NEXFS_BT_NODE:
		*n = s->fanout;
		break;
	case NEXFS_BT_WIDX:
		*n = s->ntables;
		break;
	case NEXFS_BT_INODES:
	case NEXFS_BT_SNAPS:
		*n = nexfs_rec_per_leaf(s);
		*stride = 128;
		*off = type == NEXFS_BT_INODES ? offsetof(struct nexfs_inode, root) :
		    offsetof(struct nexfs_snaprec, itab);
		break;
	default:
		break;
	}
}

static int
rebuild_visit(struct nexfs_state *s, const struct nexfs_bptr *p, int depth)
{
	uint32_t n, stride, off;
	struct nexfs_bptr c;
	int err;

	if (nexfs_bptr_null(p) || p->block >= s->geo.block_count ||
	    depth > 4 * (NEXFS_MAX_HEIGHT + 2))
		return 0;
	if (s->rc[p->block] < NEXFS_RC_STICKY)
		s->rc[p->block]++;
	if (bit_get(s->fresh, p->block))
		return 0;
	bit_set(s->fresh, p->block, true);
	nexfs_child_shape(s, p->type, &n, &stride, &off);
	for (uint32_t i = 0; i < n; i++) {
		err = nexfs_blk_child(s, p, i, &c);
		if (err == NEXFS_ERR_CORRUPT) {
			nexfs_log(s, NEXFS_LOG_ERROR, "damaged block while rebuilding the "
			    "allocation index: what only it points at becomes free");
			return 0;
		}
		if (err)
			return err;
		if (nexfs_bptr_null(&c))
			continue;
		err = rebuild_visit(s, &c, depth + 1);
		if (err)
			return err;
	}
	return 0;
}

/*
 * Recomputes every reference count from the roots of the record in s->sb
 * (inode table, snapshots, dedup index, wear index; superblock blocks and
 * the device's bad blocks reserved) and marks every allocation table for
 * rewriting; the index itself is written by the next commit.  Logged.
 */
int
nexfs_alloc_rebuild(struct nexfs_state *s)
{
	uint32_t n = s->geo.block_count;
	int err;

	nexfs_log(s, NEXFS_LOG_WARN, "allocation index damaged: rebuilding it from the tree");
	memset(s->rc, 0, (size_t)n * 2);
	memset(s->pending, 0, (n + 7) / 8);
	memset(s->fresh, 0, (n + 7) / 8);
	s->npending = 0;
	for (uint32_t b = 0; b < n; b++) {
		bool bad = false;

		if (s->cfg->flash->is_bad != NULL &&
		    s->cfg->flash->is_bad(s->cfg->flash_ctx, b, &bad) != 0)
			bad = false;
		if (bad || nexfs_block_is_home(s, b))
			s->rc[b] = NEXFS_RC_BAD;
	}
	err = rebuild_visit(s, &s->sb.itab, 0);
	if (!err)
		err = rebuild_visit(s, &s->sb.snaps, 0);
	if (!err)
		err = rebuild_visit(s, &s->sb.ddt, 0);
	if (!err)
		err = rebuild_visit(s, &s->sb.wear, 0);
	memset(s->fresh, 0, (n + 7) / 8);
	if (err)
		return err;
	/* The old index is not counted: the next commit writes a new one. */
	memset(s->tables, 0, (size_t)s->ntables * sizeof(struct nexfs_bptr));
	nexfs_bptr_clear(&s->sb.aidx);
	s->free_blocks = 0;
	for (uint32_t b = 0; b < n; b++)
		if (s->rc[b] == 0)
			s->free_blocks++;
	for (uint32_t t = 0; t < s->ntables; t++)
		s->tdirty[t] = 1;
	s->dirty = true;
	s->alloc_rebuilt = true;
	return 0;
}
