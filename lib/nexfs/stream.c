/*
 * stream.c: blocks read and written a window at a time.
 *
 * Two working layouts (super.c chooses by the size of the caller's
 * buffer; nexfs_mem_required gives both).  The full layout has a node
 * buffer, buf_a, of a whole block: a block is read into it, checked, and
 * then used in place; it stays there, tagged with the bptr it was checked
 * against, so the next look at the same block costs a memcpy.  The lean
 * layout has no node buffer, only a window of rec_bytes (one page, at
 * least 512 bytes) and a slot cache of NEXFS_SCACHE bytes: a block is read
 * window by window into the hash, and only the bytes the caller asked for
 * (and those after them, up to the slot cache's size) are kept.  Nothing
 * read is used before the whole block has checked: a caller gets the bytes
 * only when nexfs_blk_get returns 0.  Writing a node or a table streams
 * too (nexfs_blk_compose): the new content is the old block's, window by
 * window, with the caller's patches applied, each window programmed as it
 * is made; when the old block fails its check at the end, the new block
 * is freed and the write fails.
 *
 * The lean layout trades reads for memory: each look at a node that is
 * not in the slot cache reads and hashes the whole node.  The leaf buffer,
 * buf_b, is whole in both layouts (a directory leaf, an inode-table leaf
 * and a piece of a chunk are edited in place).  Compression needs the full
 * layout (the codec works on whole blocks), and so does compaction of
 * packed blocks (super.c gives neither to a lean buffer).
 */
#include "nexfs_internal.h"

#include <crypto/blake3.h>
#include <crypto/xxh3.h>

/* A block's check, computed as the bytes go by. */
struct hasher {
	uint8_t csum;
	union {
		struct crypto_blake3 b;
		struct crypto_xxh3 x;
	} u;
};

static void
h_init(struct hasher *h, uint8_t csum)
{
	h->csum = csum;
	if (csum == NEXFS_CSUM_XXH3_64)
		crypto_xxh3_init(&h->u.x);
	else
		crypto_blake3_init(&h->u.b);
}

static void
h_update(struct hasher *h, const void *buf, size_t n)
{
	if (h->csum == NEXFS_CSUM_XXH3_64)
		crypto_xxh3_update(&h->u.x, buf, n);
	else
		crypto_blake3_update(&h->u.b, buf, n);
}

/* The check as nexfs_hash gives it. */
static void
h_final(const struct hasher *h, uint8_t out[32])
{
	uint64_t x;

	memset(out, 0, 32);
	switch (h->csum) {
	case NEXFS_CSUM_BLAKE3_128:
		crypto_blake3_final(&h->u.b, out, 16);
		break;
	case NEXFS_CSUM_XXH3_64:
		x = crypto_xxh3_final(&h->u.x);
		memcpy(out, &x, sizeof(x));
		break;
	default:
		crypto_blake3_final(&h->u.b, out, 32);
		break;
	}
}

/*
 * Whether the cache holds bytes [off, off + len) of the block p names, as
 * checked against p's hash.
 */
static bool
cache_hit(struct nexfs_state *s, const struct nexfs_bptr *p, uint32_t off, uint32_t len)
{
	return s->c_ok && s->c_block == p->block && s->c_unit == p->unit &&
	    s->c_size == p->size && s->c_csum == p->csum && s->c_flags == p->flags &&
	    memcmp(s->c_hash, p->hash, 32) == 0 && off >= s->c_off &&
	    (uint64_t)off + len <= (uint64_t)s->c_off + s->c_len;
}

void
nexfs_cache_set(struct nexfs_state *s, const struct nexfs_bptr *p, uint32_t off, uint32_t len)
{
	s->c_ok = true;
	s->c_block = p->block;
	s->c_unit = p->unit;
	s->c_size = p->size;
	s->c_csum = p->csum;
	s->c_flags = p->flags;
	memcpy(s->c_hash, p->hash, 32);
	s->c_off = off;
	s->c_len = len;
}

void
nexfs_cache_drop(struct nexfs_state *s)
{
	s->c_ok = false;
}

/*
 * Where the content of p lies: *at, its offset in the block, and *n, its
 * length (bytes after it, up to a block, read as zeros).  The checks of
 * nexfs_blk_read.  A compressed piece needs the full layout.
 */
static int
piece_where(struct nexfs_state *s, const struct nexfs_bptr *p, uint32_t *at, uint32_t *n)
{
	*n = p->type == NEXFS_BT_DATA && p->size != 0 ? p->size : s->bsize;
	*at = p->unit * s->unit;
	if (p->block >= s->geo.block_count || *n > s->bsize ||
	    (p->unit != 0 && p->type != NEXFS_BT_DATA) || (uint64_t)*at + *n > s->bsize)
		return NEXFS_ERR_CORRUPT;
	if (p->flags & NEXFS_BF_ZSTD)
		return NEXFS_ERR_UNSUPPORTED;
	return 0;
}

/*
 * Reads the content of p through the window and checks it; copies bytes
 * [off, off + len) of it (zeros past its length) to out, when out is not
 * NULL.  On a mismatch or a failed read out is zeroed.
 */
static int
stream_get(struct nexfs_state *s, const struct nexfs_bptr *p, uint32_t off, uint8_t *out,
    uint32_t len)
{
	struct hasher h;
	uint32_t at, n;
	uint8_t hash[32];
	int err;

	err = piece_where(s, p, &at, &n);
	if (err)
		return err;
	if (out != NULL && (uint64_t)off + len > s->bsize)
		return NEXFS_ERR_INVAL;
	h_init(&h, p->csum);
	for (uint32_t k = 0; k < n; k += s->wsize) {
		uint32_t w = n - k < s->wsize ? n - k : s->wsize;

		err = s->cfg->flash->read(s->cfg->flash_ctx, p->block, at + k, s->win, w);
		if (err) {
			if (out != NULL)
				memset(out, 0, len);	/* what came before is unchecked */
			return err;
		}
		h_update(&h, s->win, w);
		/* The part of [off, off + len) in this window. */
		if (out != NULL && off < k + w && off + len > k) {
			uint32_t lo = off > k ? off : k;
			uint32_t hi = off + len < k + w ? off + len : k + w;

			memcpy(out + (lo - off), s->win + (lo - k), hi - lo);
		}
	}
	if (out != NULL && off + len > n) {
		uint32_t lo = off > n ? off : n;

		memset(out + (lo - off), 0, off + len - lo);
	}
	h_final(&h, hash);
	if (memcmp(hash, p->hash, 32) != 0) {
		if (out != NULL)
			memset(out, 0, len);
		return NEXFS_ERR_CORRUPT;
	}
	return 0;
}

/*
 * Bytes [off, off + len) of the block p names (zeros past a piece's
 * length, and for a hole), checked against p's hash: the whole block is
 * read and hashed, unless the cache holds them.  Returns NEXFS_ERR_CORRUPT
 * on a mismatch, with out zeroed.  out may be the leaf buffer, never the
 * node buffer.
 */
int
nexfs_blk_get(struct nexfs_state *s, const struct nexfs_bptr *p, uint32_t off, void *out,
    uint32_t len)
{
	struct nexfs_bptr q = *p;	/* out may be *p */
	uint32_t keep;
	int err;

	p = &q;
	if ((uint64_t)off + len > s->bsize)
		return NEXFS_ERR_INVAL;
	if (nexfs_bptr_null(p)) {
		memset(out, 0, len);
		return 0;
	}
	if (!s->lean) {
		if (!cache_hit(s, p, off, len)) {
			err = nexfs_blk_read(s, p, s->buf_a);
			if (err) {
				memset(out, 0, len);
				return err;
			}
		}
		memcpy(out, s->buf_a + off, len);
		return 0;
	}
	if (cache_hit(s, p, off, len)) {
		memcpy(out, s->scache + (off - s->c_off), len);
		return 0;
	}
	if (len > NEXFS_SCACHE)
		return stream_get(s, p, off, out, len);
	/* Keep what follows too: walks look at the next slots soon. */
	keep = s->bsize - off < NEXFS_SCACHE ? s->bsize - off : NEXFS_SCACHE;
	nexfs_cache_drop(s);
	err = stream_get(s, p, off, s->scache, keep);
	if (err) {
		memset(out, 0, len);
		return err;
	}
	nexfs_cache_set(s, p, off, keep);
	memcpy(out, s->scache, len);
	return 0;
}

/*
 * Reads the block p names and checks it, without the cache: what scrub
 * and the dedup index's confirmation use.
 */
int
nexfs_blk_check(struct nexfs_state *s, const struct nexfs_bptr *p)
{
	if (nexfs_bptr_null(p))
		return 0;
	if (!s->lean || (p->flags & NEXFS_BF_ZSTD))
		return s->buf_a != NULL ? nexfs_blk_read(s, p, s->buf_a) : NEXFS_ERR_UNSUPPORTED;
	return stream_get(s, p, 0, NULL, 0);
}

/* Block pointer i of a block of the given type (see nexfs_child_shape). */
int
nexfs_blk_child(struct nexfs_state *s, const struct nexfs_bptr *p, uint32_t i,
    struct nexfs_bptr *c)
{
	uint32_t n, stride, off;

	nexfs_child_shape(s, p->type, &n, &stride, &off);
	if (i >= n)
		return NEXFS_ERR_INVAL;
	return nexfs_blk_get(s, p, i * stride + off, c, sizeof(*c));
}

/* The window at k of a composed block: base's bytes (or zeros), patched. */
static void
compose_window(uint8_t *w, uint32_t k, uint32_t n, const struct nexfs_patch *pt, int npt)
{
	for (int i = 0; i < npt; i++) {
		uint32_t lo = pt[i].off > k ? pt[i].off : k;
		uint32_t hi = pt[i].off + pt[i].len < k + n ? pt[i].off + pt[i].len : k + n;

		if (lo < hi)
			memcpy(w + (lo - k), (const uint8_t *)pt[i].src + (lo - pt[i].off), hi - lo);
	}
}

/*
 * One pass of a lean compose: streams base (when not NULL) through the
 * window, patches each window and, when b is a block, programs it there;
 * sets *zero when the new content is all zeros and fills hash with its
 * check.  Fails with NEXFS_ERR_CORRUPT when base does not check; *rd is
 * set when a read of base failed (the device is not to blame for b).
 */
static int
compose_pass(struct nexfs_state *s, const struct nexfs_bptr *base, const struct nexfs_patch *pt,
    int npt, uint32_t b, bool *zero, uint8_t hash[32], bool *rd)
{
	struct hasher hb, hn;
	uint8_t bh[32];
	int err;

	*rd = false;
	if (base != NULL)
		h_init(&hb, base->csum);
	h_init(&hn, NEXFS_CSUM_BLAKE3_256);
	*zero = true;
	for (uint32_t k = 0; k < s->bsize; k += s->wsize) {
		if (base != NULL) {
			err = s->cfg->flash->read(s->cfg->flash_ctx, base->block, k, s->win, s->wsize);
			if (err) {
				*rd = true;
				return err;
			}
			h_update(&hb, s->win, s->wsize);
		} else {
			memset(s->win, 0, s->wsize);
		}
		compose_window(s->win, k, s->wsize, pt, npt);
		if (*zero && !nexfs_is_zero(s->win, s->wsize))
			*zero = false;
		h_update(&hn, s->win, s->wsize);
		if (b != NEXFS_NOBLOCK) {
			err = s->cfg->flash->prog(s->cfg->flash_ctx, b, k, s->win, s->wsize);
			if (err)
				return err;
		}
	}
	if (base != NULL) {
		h_final(&hb, bh);
		if (memcmp(bh, base->hash, 32) != 0)
			return NEXFS_ERR_CORRUPT;
	}
	h_final(&hn, hash);
	return 0;
}

/*
 * Writes a whole block (a node, a table or an index; BLAKE3-256) whose
 * content is base's (zeros when base is NULL or a hole) with the patches
 * applied, in that order.  to is the block to program (already allocated)
 * or NEXFS_NOBLOCK for a new one (a block that fails to program is then
 * retired and another tried).  With skip_zero, content that comes out all
 * zeros is not written: *out is cleared.  The new block is left in the
 * cache (full layout).
 */
int
nexfs_blk_compose(struct nexfs_state *s, const struct nexfs_bptr *base,
    const struct nexfs_patch *pt, int npt, uint8_t type, uint32_t to, bool skip_zero,
    struct nexfs_bptr *out)
{
	uint8_t hash[32];
	bool zero, rd;
	int err;

	if (base != NULL && nexfs_bptr_null(base))
		base = NULL;
	if (base != NULL && (base->type == NEXFS_BT_DATA || base->unit != 0 ||
	    base->block >= s->geo.block_count))
		return NEXFS_ERR_CORRUPT;
	if (!s->lean) {
		if (base != NULL) {
			if (!cache_hit(s, base, 0, s->bsize)) {
				err = nexfs_blk_read(s, base, s->buf_a);
				if (err)
					return err;
			}
		} else {
			memset(s->buf_a, 0, s->bsize);
		}
		nexfs_cache_drop(s);
		compose_window(s->buf_a, 0, s->bsize, pt, npt);
		if (skip_zero && nexfs_is_zero(s->buf_a, s->bsize)) {
			nexfs_bptr_clear(out);
			return 0;
		}
		if (to == NEXFS_NOBLOCK)
			err = nexfs_blk_write(s, s->buf_a, 0, type, NEXFS_CSUM_BLAKE3_256, 0, out);
		else
			err = nexfs_blk_prog(s, to, s->buf_a, type, out);
		if (!err)
			nexfs_cache_set(s, out, 0, s->bsize);
		return err;
	}
	/* Lean: a dry pass first when the content may come out empty. */
	if (skip_zero) {
		bool patches_zero = true;

		for (int i = 0; i < npt && patches_zero; i++)
			patches_zero = nexfs_is_zero(pt[i].src, pt[i].len);
		if (patches_zero) {
			err = compose_pass(s, base, pt, npt, NEXFS_NOBLOCK, &zero, hash, &rd);
			if (err)
				return err;
			if (zero) {
				nexfs_bptr_clear(out);
				return 0;
			}
		}
	}
	for (int tries = 0; tries < 8; tries++) {
		uint32_t b = to;

		if (to == NEXFS_NOBLOCK) {
			err = nexfs_blk_alloc(s, &b);
			if (err)
				return err;
		}
		err = compose_pass(s, base, pt, npt, b, &zero, hash, &rd);
		if (err == NEXFS_ERR_BADBLOCK && !rd && to == NEXFS_NOBLOCK) {
			nexfs_blk_retire(s, b, "program failed: block retired");
			continue;
		}
		if (err == NEXFS_ERR_BADBLOCK) {
			nexfs_log(s, NEXFS_LOG_WARN, "program failed: block retired");
			if (s->cfg->flash->mark_bad != NULL)
				(void)s->cfg->flash->mark_bad(s->cfg->flash_ctx, b);
			return err;
		}
		if (err) {
			if (to == NEXFS_NOBLOCK)
				nexfs_ref_free1(s, b);	/* never linked: erased when next taken */
			/* A failed program leaves the device in doubt; a failed read of base does not. */
			if (err != NEXFS_ERR_CORRUPT && !rd)
				s->broken = true;
			return err;
		}
		memset(out, 0, sizeof(*out));
		out->block = b;
		out->type = type;
		out->csum = NEXFS_CSUM_BLAKE3_256;
		memcpy(out->hash, hash, 32);
		return 0;
	}
	return NEXFS_ERR_IO;
}

/*
 * Copies the stored bytes of the piece p names (a whole block, a piece,
 * or a compressed piece), checked, to the start of block b, which is
 * allocated and erased, through the window (lean layout).  A failed check
 * gives NEXFS_ERR_CORRUPT; *rd is set when a read of p failed.
 */
int
nexfs_stream_copy(struct nexfs_state *s, const struct nexfs_bptr *p, uint32_t b, bool *rd)
{
	uint32_t at = p->unit * s->unit, n, plen;
	struct hasher h;
	struct crypto_xxh3 x;
	uint8_t hash[32];
	bool z = (p->flags & NEXFS_BF_ZSTD) != 0;
	int err;

	*rd = false;
	n = z ? p->len : p->type == NEXFS_BT_DATA && p->size != 0 ? p->size : s->bsize;
	if (p->block >= s->geo.block_count || n == 0 || n > s->bsize ||
	    (uint64_t)at + n > s->bsize || (p->unit != 0 && p->type != NEXFS_BT_DATA))
		return NEXFS_ERR_CORRUPT;
	plen = n == s->bsize ? n : nexfs_prog_len(s, n);
	if (z)
		crypto_xxh3_init(&x);
	else
		h_init(&h, p->csum);
	for (uint32_t k = 0; k < plen; k += s->wsize) {
		uint32_t w = plen - k < s->wsize ? plen - k : s->wsize;
		uint32_t r = k >= n ? 0 : n - k < w ? n - k : w;

		memset(s->win + r, 0xff, w - r);
		if (r != 0) {
			err = s->cfg->flash->read(s->cfg->flash_ctx, p->block, at + k, s->win, r);
			if (err) {
				*rd = true;
				return err;
			}
			if (z)
				crypto_xxh3_update(&x, s->win, r);
			else
				h_update(&h, s->win, r);
		}
		err = s->cfg->flash->prog(s->cfg->flash_ctx, b, k, s->win, w);
		if (err)
			return err;
	}
	if (z)
		return crypto_xxh3_final(&x) == p->zcheck ? 0 : NEXFS_ERR_CORRUPT;
	h_final(&h, hash);
	return memcmp(hash, p->hash, 32) == 0 ? 0 : NEXFS_ERR_CORRUPT;
}

/* The BLAKE3-256 check of a whole block of zeros with the patches applied. */
void
nexfs_hash_patched(struct nexfs_state *s, const struct nexfs_patch *pt, int npt, uint8_t out[32])
{
	struct hasher h;
	uint8_t w[64];

	h_init(&h, NEXFS_CSUM_BLAKE3_256);
	for (uint32_t k = 0; k < s->bsize; k += sizeof(w)) {
		memset(w, 0, sizeof(w));
		compose_window(w, k, sizeof(w), pt, npt);
		h_update(&h, w, sizeof(w));
	}
	h_final(&h, out);
}

/* Whether buf_a holds the whole block p names, checked (full layout). */
bool
nexfs_cache_holds(struct nexfs_state *s, const struct nexfs_bptr *p)
{
	return !s->lean && !nexfs_bptr_null(p) && cache_hit(s, p, 0, s->bsize);
}
