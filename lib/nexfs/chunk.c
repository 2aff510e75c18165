/*
 * chunk.c: a file's bytes, cut into content-defined chunks.
 *
 * A file is a sequence of extents stored as the leaves of its object
 * (tree.c): extent i is leaf i, for i below the inode's extent count.  An
 * extent is either a piece of a chunk (a DATA block holding `size` bytes,
 * 1..B) or a hole (no block, `size` bytes of zeros).  A chunk longer than a
 * block is stored as consecutive pieces: every piece but its last holds
 * exactly B bytes and carries NEXFS_BF_CONT; a chunk of at most B bytes is
 * one extent without it.  Every node pointer of a file's tree carries its
 * span, the bytes below it, so a byte offset is found by walking down and
 * summing spans (ext_find).  Bytes past the last extent and before the file
 * size read as zeros.  Readers ignore CONT: it only tells writers where
 * the chunks end.
 *
 * Writes cut the bytes with FastCDC (cdc.c, parameters from the commit
 * record): a write re-chunks from the start of the chunk holding its first
 * byte (the last one, for an append) and goes on past its last byte until
 * a cut lands on an old chunk boundary, where the old chunking resumes
 * unchanged.  So an insertion changes the chunks around it and shifts the
 * later extents to new leaf numbers, while their blocks stay the same: with
 * the dedup index (dedup.c) a file that differs from another by an
 * insertion stores only the chunks near it.  A long hole or the end of the
 * old bytes also ends the re-chunking (a forced cut).
 *
 * While a write runs, the tree as it was is pinned by one extra reference
 * on its root: the copy-on-write updates then copy instead of freeing, so
 * the old extents stay readable until the pin is dropped at the end.
 *
 * Buffers: no chunk is ever held whole.  A chunk is cut in two passes:
 * the first streams its bytes through buf_b, a block at a time, into the
 * chunker (40 bytes of state) to find the cut; the second streams them
 * again piece by piece and stores each piece.  The old pieces and the
 * nodes are read through stream.c (nexfs_blk_get: buf_a, or the window of
 * the lean layout); dedup.c and tree.c clobber buf_b, so the stream is
 * re-read from the caller's bytes and the old tree for each piece.
 */
#include "nexfs_internal.h"

#include <nexfs/cdc.h>

/* The longest hole one extent describes. */
#define HOLE_MAX 0x80000000u

/*
 * Finds the extent of file tree o holding byte pos, which must be below the
 * span of o's root: *idx gets its leaf number, *start its first byte, *leaf
 * its bptr; *l1 gets the level-1 node's bptr (a hole when the tree has
 * no nodes).
 */
static int
ext_find(struct nexfs_state *s, const struct nexfs_obj *o, uint64_t pos, uint64_t *idx,
    uint64_t *start, struct nexfs_bptr *leaf, struct nexfs_bptr *l1)
{
	struct nexfs_bptr p = o->root;
	uint64_t base = 0, i = 0;
	int err;

	nexfs_bptr_clear(l1);
	if (o->height > NEXFS_MAX_HEIGHT)
		return NEXFS_ERR_CORRUPT;
	for (uint8_t l = o->height; l > 0; l--) {
		uint32_t j;

		struct nexfs_bptr node = p;

		if (node.type != NEXFS_BT_NODE)
			return NEXFS_ERR_CORRUPT;
		*l1 = node;
		for (j = 0; j < s->fanout; j++) {
			err = nexfs_blk_get(s, &node, j * (uint32_t)sizeof(p), &p, sizeof(p));
			if (err)
				return err;
			if (pos - base < nexfs_bptr_span(&p))
				break;
			base += nexfs_bptr_span(&p);
		}
		if (j == s->fanout)
			return NEXFS_ERR_CORRUPT;
		i = i * s->fanout + j;
	}
	if ((p.type != NEXFS_BT_DATA && p.type != 0) || pos - base >= p.size)
		return NEXFS_ERR_CORRUPT;
	*idx = i;
	*start = base;
	*leaf = p;
	return 0;
}

/* The bytes a file's extents cover. */
static uint64_t
ext_total(const struct nexfs_obj *o)
{
	return nexfs_bptr_span(&o->root);
}

int
nexfs_chunk_read(struct nexfs_state *s, const struct nexfs_inode *in, uint64_t off,
    uint8_t *out, size_t len)
{
	struct nexfs_bptr leaf, l1;
	struct nexfs_obj o;
	uint64_t total, idx = 0, start = 0;
	bool found = false;
	size_t got = 0;
	int err;

	nexfs_inode_obj(s, in, &o);
	total = ext_total(&o);
	while (got < len) {
		uint64_t pos = off + got, n;

		if (pos >= total) {
			memset(out + got, 0, len - got);
			break;
		}
		if (found && pos - start >= leaf.size) {
			/* The next extent: from the same level-1 node. */
			start += leaf.size;
			idx++;
			found = o.height > 0 && idx % s->fanout != 0;
			if (found) {
				err = nexfs_blk_get(s, &l1, (uint32_t)(idx % s->fanout) *
				    (uint32_t)sizeof(leaf), &leaf, sizeof(leaf));
				if (err)
					return err;
				if (leaf.size == 0 || (leaf.type != NEXFS_BT_DATA && leaf.type != 0))
					return NEXFS_ERR_CORRUPT;
			}
		}
		if (!found) {
			err = ext_find(s, &o, pos, &idx, &start, &leaf, &l1);
			if (err)
				return err;
			found = true;
		}
		n = leaf.size - (pos - start);
		if (n > len - got)
			n = len - got;
		if (leaf.type == NEXFS_BT_DATA) {
			err = nexfs_blk_read(s, &leaf, s->buf_b);
			if (err)
				return err;
			memcpy(out + got, s->buf_b + (pos - start), (size_t)n);
		} else {
			memset(out + got, 0, (size_t)n);
		}
		got += (size_t)n;
	}
	return 0;
}

/* A write in progress: the old tree, the new one, and the caller's bytes. */
struct cw {
	struct nexfs_state *s;
	struct nexfs_obj *o;		/* the tree being written */
	struct nexfs_obj old;		/* the tree before the write, pinned */
	uint64_t n_old;			/* extents of old */
	uint64_t total;			/* bytes old's extents cover */
	uint64_t slot;			/* next leaf of o to write */
	const uint8_t *src;
	uint64_t off, end;		/* the caller's bytes are [off, end) */
	uint64_t lim;			/* the stream stops here (UINT64_MAX: not found yet) */
	uint64_t lim_idx;		/* the old extent that starts at lim */
	uint64_t head, head_pos;	/* the old chunk re-chunking starts with: */
	uint64_t head_n;		/*   its first leaf, byte, CONT pieces before off */
};

/* Puts extent bp (which carries its own reference) at the next leaf. */
static int
cw_emit(struct cw *w, const struct nexfs_bptr *bp)
{
	return nexfs_obj_put_leaf(w->s, w->o, w->slot++, bp);
}

/* Emits holes covering len bytes. */
static int
cw_hole(struct cw *w, uint64_t len)
{
	struct nexfs_bptr h;
	int err;

	while (len > 0) {
		nexfs_bptr_clear(&h);
		h.size = len > HOLE_MAX ? HOLE_MAX : (uint32_t)len;
		err = cw_emit(w, &h);
		if (err)
			return err;
		len -= h.size;
	}
	return 0;
}

/*
 * Stores the piece of len bytes in buf_b as a DATA block of o and fills
 * *bp with a bptr carrying one reference; when hole_ok and the piece is all
 * zeros, *bp is a hole instead (a piece of a longer chunk is always DATA).
 * fresh is how many of its bytes the caller gave (the statistics count
 * those).
 */
static int
piece_store(struct nexfs_state *s, const struct nexfs_obj *o, uint32_t len, size_t fresh,
    bool hole_ok, struct nexfs_bptr *bp)
{
	uint32_t ps = s->geo.page_size, padded = (len + ps - 1) / ps * ps;
	bool zero = nexfs_is_zero(s->buf_b, len);

	if (zero && hole_ok) {
		nexfs_bptr_clear(bp);
		bp->size = len;
		return 0;
	}
	memset(s->buf_b + len, 0xff, padded - len);
	/* The index would make an all-zero piece a hole: store it plainly. */
	if (!zero && (s->sb.features & NEXFS_FEAT_COMPAT_DEDUP) &&
	    o->csum == NEXFS_CSUM_BLAKE3_256)
		return nexfs_dedup_store(s, s->buf_b, len, fresh, o->compress, bp);
	return nexfs_blk_write(s, s->buf_b, len, NEXFS_BT_DATA, o->csum, o->compress, bp);
}

/* The most pieces a chunk may have. */
static uint64_t
max_pieces(struct nexfs_state *s)
{
	return (s->sb.cdc_max + s->bsize - 1) / s->bsize;
}

/*
 * Sets *prev to extent j - 1 of o (j > 0), which ends where extent j
 * starts, at sj; *l1 is the level-1 node of extent j (from ext_find), and
 * that of extent j - 1 afterwards.  A CONT
 * extent that is not a DATA block of B bytes is corrupt.
 */
static int
ext_prev(struct nexfs_state *s, const struct nexfs_obj *o, struct nexfs_bptr *l1, uint64_t j,
    uint64_t sj, struct nexfs_bptr *prev)
{
	uint64_t k, sk;
	int err;

	if (o->height > 0 && j % s->fanout != 0) {
		err = nexfs_blk_get(s, l1, (uint32_t)((j - 1) % s->fanout) * (uint32_t)sizeof(*prev),
		    prev, sizeof(*prev));
		if (err)
			return err;
		if (prev->size == 0 || prev->size > sj ||
		    (prev->type != NEXFS_BT_DATA && prev->type != 0))
			return NEXFS_ERR_CORRUPT;
	} else {
		if (sj == 0)
			return NEXFS_ERR_CORRUPT;
		err = ext_find(s, o, sj - 1, &k, &sk, prev, l1);
		if (err)
			return err;
		if (k + 1 != j || sk + prev->size != sj)
			return NEXFS_ERR_CORRUPT;
	}
	if ((prev->flags & NEXFS_BF_CONT) &&
	    (prev->type != NEXFS_BT_DATA || prev->size != s->bsize))
		return NEXFS_ERR_CORRUPT;
	return 0;
}

/*
 * Moves extent *j of o (starting at *sj, its level-1 node *l1) back to
 * the first piece of its chunk: over the CONT pieces before it, each B
 * bytes, looking at that node and at the previous one only when the walk
 * crosses into it.
 */
static int
chunk_head(struct nexfs_state *s, const struct nexfs_obj *o, struct nexfs_bptr *l1, uint64_t *j,
    uint64_t *sj)
{
	struct nexfs_bptr prev;
	uint64_t n = 0;
	int err;

	while (*j > 0) {
		err = ext_prev(s, o, l1, *j, *sj, &prev);
		if (err)
			return err;
		if (!(prev.flags & NEXFS_BF_CONT))
			return 0;
		if (++n >= max_pieces(s))
			return NEXFS_ERR_CORRUPT;
		(*j)--;
		*sj -= s->bsize;
	}
	return 0;
}

/*
 * Copies the stream's bytes from p into buf_b, at most want of them:
 * the caller's bytes in [off, end), the old file's elsewhere.  Stops early
 * at the end of the stream: past end, the start of an old hole or the end
 * of the old extents (which sets lim).  Returns the count in *got.
 */
static int
cw_fill(struct cw *w, uint64_t p, uint32_t want, uint32_t *got)
{
	struct nexfs_state *s = w->s;
	struct nexfs_bptr leaf, l1;
	uint64_t j, sj, n;
	int err;

	*got = 0;
	while (*got < want) {
		uint64_t q = p + *got;

		if (q >= w->lim)
			break;
		if (q >= w->off && q < w->end) {
			n = w->end - q;
			if (n > want - *got)
				n = want - *got;
			memcpy(s->buf_b + *got, w->src + (q - w->off), (size_t)n);
			*got += (uint32_t)n;
			continue;
		}
		if (q >= w->total) {
			w->lim = q;
			w->lim_idx = w->n_old;
			break;
		}
		err = ext_find(s, &w->old, q, &j, &sj, &leaf, &l1);
		if (err)
			return err;
		if (leaf.type != NEXFS_BT_DATA) {
			/* Only past end, at a hole's start: the old extents go on. */
			if (q < w->end || q != sj)
				return NEXFS_ERR_CORRUPT;
			w->lim = q;
			w->lim_idx = j;
			break;
		}
		if ((leaf.flags & NEXFS_BF_CONT) && (leaf.size != s->bsize || j + 1 >= w->n_old))
			return NEXFS_ERR_CORRUPT;
		n = sj + leaf.size - q;
		if (n > want - *got)
			n = want - *got;
		if (q < w->off && n > w->off - q)
			n = w->off - q;
		err = nexfs_blk_get(s, &leaf, (uint32_t)(q - sj), s->buf_b + *got, (uint32_t)n);
		if (err)
			return err;
		*got += (uint32_t)n;
	}
	return 0;
}

/*
 * Moves the old extents from index e on to the leaves after the new ones,
 * then clears the leaves the file no longer uses.  Each moved extent takes
 * a new reference: the old tree keeps its own until the pin is dropped.
 */
static int
cw_shift(struct cw *w, uint64_t e)
{
	uint64_t dst = w->slot;

	if (dst == e) {
		w->slot = w->n_old;	/* the extents after e stay where they are */
		return 0;
	}
	w->slot = dst + (w->n_old - e);
	return nexfs_obj_move_leaves(w->s, w->o, &w->old, e, dst, w->n_old - e, w->n_old);
}

static int
cdc_setup(struct nexfs_state *s, struct nexfs_cdc *cdc)
{
	struct nexfs_cdc_params p = { s->sb.cdc_min, s->sb.cdc_avg, s->sb.cdc_max,
	    NEXFS_CDC_DEFAULT_LEVEL };

	return nexfs_cdc_init(cdc, &p) != 0 ? NEXFS_ERR_CORRUPT : 0;
}

/*
 * Where re-chunking starts (the start of the chunk holding off, or off in a
 * hole); emits the part of a hole before off.
 */
static int
cw_begin(struct cw *w, uint64_t *pos0)
{
	struct nexfs_bptr leaf, l1;
	uint64_t j, sj;
	int err;

	if (w->off > w->total) {
		w->slot = w->n_old;
		*pos0 = w->off;
		return cw_hole(w, w->off - w->total);
	}
	if (w->off == w->total) {
		w->slot = w->n_old;
		*pos0 = w->off;
		if (w->total == 0)
			return 0;
		/* An append re-chunks the last chunk, cut by the end of file. */
		err = ext_find(w->s, &w->old, w->total - 1, &j, &sj, &leaf, &l1);
		if (err || leaf.type != NEXFS_BT_DATA)
			return err;
	} else {
		err = ext_find(w->s, &w->old, w->off, &j, &sj, &leaf, &l1);
		if (err)
			return err;
		if (leaf.type != NEXFS_BT_DATA) {
			w->slot = j;
			*pos0 = w->off;
			return cw_hole(w, w->off - sj);
		}
	}
	if ((leaf.flags & NEXFS_BF_CONT) && j + 1 >= w->n_old)
		return NEXFS_ERR_CORRUPT;	/* the last extent ends its chunk */
	w->head_n = j;
	err = chunk_head(w->s, &w->old, &l1, &j, &sj);
	if (err)
		return err;
	w->head = j;
	w->head_pos = sj;
	w->head_n -= j;
	w->slot = j;
	*pos0 = sj;
	return 0;
}

/*
 * Where the stream ends when the caller's last byte falls in an old hole
 * (or at or past the old end): sets lim, lim_idx and *tail, the bytes of
 * that hole after end.
 */
static int
cw_plan_end(struct cw *w, uint64_t *tail)
{
	struct nexfs_bptr leaf, l1;
	uint64_t j, sj;
	int err;

	*tail = 0;
	w->lim = UINT64_MAX;
	if (w->end >= w->total) {
		w->lim = w->end;
		w->lim_idx = w->n_old;
		return 0;
	}
	err = ext_find(w->s, &w->old, w->end, &j, &sj, &leaf, &l1);
	if (err || leaf.type == NEXFS_BT_DATA)
		return err;
	w->lim = w->end;
	w->lim_idx = j;
	if (sj < w->end) {
		w->lim_idx = j + 1;
		*tail = sj + leaf.size - w->end;
	}
	return 0;
}

/*
 * After a cut at c, at or past the caller's last byte: sets *e to the old
 * extent that starts at c when c is an old chunk boundary (the old chunks
 * go on from there unchanged), else leaves it.
 */
static int
cw_resync(struct cw *w, uint64_t c, uint64_t *e)
{
	struct nexfs_bptr leaf, l1;
	uint64_t j, sj;
	int err;

	if (c == w->lim) {
		*e = w->lim_idx;
		return 0;
	}
	if (c >= w->total) {
		*e = w->n_old;
		return 0;
	}
	err = ext_find(w->s, &w->old, c, &j, &sj, &leaf, &l1);
	if (err || sj != c)
		return err;
	if (j > 0) {
		/* A boundary between two pieces of one chunk is no cut. */
		err = ext_prev(w->s, &w->old, &l1, j, sj, &leaf);
		if (err || (leaf.flags & NEXFS_BF_CONT))
			return err;
	}
	*e = j;
	return 0;
}

/*
 * Pass 1 of the chunk that starts at p: feeds the stream to the chunker a
 * block at a time (through buf_b) up to its cut, the end of the stream or
 * cdc_max.  Sets *len, the chunk's length, and *zero, whether it is all
 * zeros.  Leaves cdc ready for the next chunk.
 */
static int
cw_cut(struct cw *w, struct nexfs_cdc *cdc, uint64_t p, uint32_t *len, bool *zero)
{
	struct nexfs_state *s = w->s;
	uint64_t q = p;
	int err;

	*zero = true;
	for (;;) {
		uint32_t got, want = s->sb.cdc_max - (uint32_t)(q - p);
		size_t used;
		bool cut;

		if (want > s->bsize)
			want = s->bsize;
		err = cw_fill(w, q, want, &got);
		if (err)
			return err;
		if (got == 0)
			break;
		cut = nexfs_cdc_scan(cdc, s->buf_b, got, &used);
		if (*zero && !nexfs_is_zero(s->buf_b, used))
			*zero = false;
		q += used;
		if (cut) {
			*len = (uint32_t)(q - p);
			return 0;
		}
	}
	nexfs_cdc_reset(cdc);
	*len = (uint32_t)(q - p);
	return *len == 0 ? NEXFS_ERR_CORRUPT : 0;	/* cannot be: the stream ended at p */
}

/* The bytes of [a, b) that the caller gave. */
static uint64_t
cw_fresh(const struct cw *w, uint64_t a, uint64_t b)
{
	uint64_t lo = a > w->off ? a : w->off, hi = b < w->end ? b : w->end;

	return hi > lo ? hi - lo : 0;
}

/*
 * Whether the piece [q, q + len) of old bytes, with CONT as cont, is the
 * old extent at leaf slot (not rewritten yet): then it stays as it is.
 */
static int
cw_same(struct cw *w, uint64_t q, uint32_t len, bool cont, bool *same)
{
	struct nexfs_bptr leaf, l1;
	uint64_t j, sj;
	int err;

	*same = false;
	if (w->slot >= w->n_old || q >= w->total)
		return 0;
	err = ext_find(w->s, &w->old, q, &j, &sj, &leaf, &l1);
	if (err)
		return err;
	*same = j == w->slot && sj == q && leaf.type == NEXFS_BT_DATA && leaf.size == len &&
	    ((leaf.flags & NEXFS_BF_CONT) != 0) == cont;
	return 0;
}

/*
 * Pass 2: stores the chunk of len bytes at p (zero: all zeros, a hole) as
 * its pieces, re-reading the stream a piece at a time.  A piece made of old
 * bytes only that is the old extent at its leaf is left in place.
 */
static int
cw_store(struct cw *w, uint64_t p, uint32_t len, bool zero)
{
	struct nexfs_state *s = w->s;
	uint64_t dd0 = s->dd.chunks_deduped, pieces = 0;
	struct nexfs_bptr bp;
	uint32_t off, got, n;
	int err = 0;

	s->dd.chunks_written++;
	if (zero)
		return cw_hole(w, len);
	for (off = 0; !err && off < len; off += n) {
		uint64_t fresh;
		bool cont, same = false;

		n = len - off > s->bsize ? s->bsize : len - off;
		cont = off + n < len;
		fresh = cw_fresh(w, p + off, p + off + n);
		pieces++;
		if (p == w->head_pos && off / s->bsize < w->head_n && cont && n == s->bsize) {
			/*
			 * A whole piece before the piece holding off, in the
			 * chunk cw_begin walked back over: the same CONT piece
			 * as before, at the same leaf.
			 */
			same = true;
		} else if (fresh == 0) {
			err = cw_same(w, p + off, n, cont, &same);
			if (err)
				break;
		}
		if (same) {
			w->slot++;
			s->dd.chunks_deduped++;
			continue;
		}
		err = cw_fill(w, p + off, n, &got);
		if (!err && got != n)
			err = NEXFS_ERR_CORRUPT;
		if (err)
			break;
		err = piece_store(s, w->o, n, (size_t)fresh, false, &bp);
		if (err)
			break;
		if (cont)
			bp.flags |= NEXFS_BF_CONT;
		err = cw_emit(w, &bp);
	}
	/* The counters count chunks: deduped when every piece was. */
	s->dd.chunks_deduped = dd0 + (s->dd.chunks_deduped - dd0 == pieces ? 1 : 0);
	return err;
}

/*
 * The body of a write of [off, off + len) to the file tree o of inode in,
 * whose old extents o holds; on return o and in->entries describe the new
 * file.
 */
static int
chunk_write(struct cw *w, struct nexfs_inode *in)
{
	struct nexfs_state *s = w->s;
	struct nexfs_cdc cdc;
	uint64_t p, tail, e = UINT64_MAX;
	int err;

	err = cdc_setup(s, &cdc);
	if (!err)
		err = cw_plan_end(w, &tail);
	if (!err)
		err = cw_begin(w, &p);
	while (!err && e == UINT64_MAX) {
		uint32_t len;
		bool zero;

		err = cw_cut(w, &cdc, p, &len, &zero);
		if (!err)
			err = cw_store(w, p, len, zero);
		p += len;
		if (!err && p >= w->end)
			err = cw_resync(w, p, &e);
	}
	if (!err)
		err = cw_hole(w, tail);
	if (!err)
		err = cw_shift(w, e);
	if (!err)
		in->entries = w->slot;
	return err;
}

int
nexfs_chunk_write(struct nexfs_state *s, struct nexfs_inode *in, struct nexfs_obj *o,
    uint64_t off, const uint8_t *src, size_t len)
{
	struct cw w;
	int err, err2;

	memset(&w, 0, sizeof(w));
	w.s = s;
	w.o = o;
	w.old = *o;
	w.n_old = in->entries;
	w.total = ext_total(o);
	w.src = src;
	w.off = off;
	w.end = off + len;
	if (len == 0)
		return 0;
	if (w.total > in->size || (w.n_old == 0) != (w.total == 0))
		return NEXFS_ERR_CORRUPT;
	/* Pin the old tree: see the top of the file. */
	if (!nexfs_bptr_null(&w.old.root))
		nexfs_ref_inc(s, w.old.root.block);
	err = chunk_write(&w, in);
	err2 = nexfs_bptr_drop(s, &w.old.root);
	return err ? err : err2;
}

/*
 * Cuts the file tree o of inode in down to size bytes of extents (size is
 * below their span): the extent holding byte size is shortened (a piece is
 * stored again with its first bytes), the later ones are cleared, and the
 * new last extent ends its chunk (no CONT).
 */
int
nexfs_chunk_truncate(struct nexfs_state *s, struct nexfs_inode *in, struct nexfs_obj *o,
    uint64_t size)
{
	struct nexfs_bptr leaf, prev, bp, l1;
	uint64_t j, sj, keep;
	bool piece = false;
	int err;

	if (in->entries == 0)
		return NEXFS_ERR_CORRUPT;
	err = ext_find(s, o, size, &j, &sj, &leaf, &l1);
	if (err)
		return err;
	keep = sj == size ? j : j + 1;
	if (j > 0) {
		err = ext_prev(s, o, &l1, j, sj, &prev);
		if (err)
			return err;
		piece = (prev.flags & NEXFS_BF_CONT) != 0;
	}
	if (sj < size) {
		if (leaf.type == NEXFS_BT_DATA) {
			s->dd.chunks_written++;
			err = nexfs_blk_read(s, &leaf, s->buf_b);
			if (!err)
				err = piece_store(s, o, (uint32_t)(size - sj), 0, !piece, &bp);
		} else {
			nexfs_bptr_clear(&bp);
			bp.size = (uint32_t)(size - sj);
		}
		if (!err)
			err = nexfs_obj_put_leaf(s, o, j, &bp);
	} else if (piece) {
		/* The new end is a piece boundary: the piece before it ends the chunk. */
		prev.flags &= (uint8_t)~NEXFS_BF_CONT;
		nexfs_ref_inc(s, prev.block);
		err = nexfs_obj_put_leaf(s, o, j - 1, &prev);
	}
	if (err)
		return err;
	err = nexfs_obj_move_leaves(s, o, o, 0, keep, 0, in->entries);
	if (err)
		return err;
	in->entries = keep;
	return 0;
}
