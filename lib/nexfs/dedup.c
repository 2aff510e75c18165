/*
 * dedup.c: storing a data block once: the content-addressed write path.
 *
 * Every chunk written by a file whose check kind is BLAKE3-256 is named by
 * the hash of its bytes (a chunk is one DATA piece holding 1..block_size
 * bytes: chunk.c cuts files with FastCDC).  The dedup index (an object of DDT leaves, SPEC.md
 * section 8) maps the first 24 bytes of a hash to a piece (block and unit): leaf
 * (bucket) h mod ddt_buckets, any of its B/32 entries.  The index holds no
 * references; it is a set of hints.  A hint is used only when the block
 * still has a live count and its content, read and hashed again, has the
 * full 32-byte hash over the chunk's length: then the block gets one more
 * reference instead of a copy.  Stale hints (block freed, or reused for other content) are simply
 * overwritten, so the index never needs to be told about frees.
 *
 * Compressed files share too: the key is the hash of the chunk's own
 * (uncompressed) bytes, and an entry also gives the stored length of a
 * piece kept as a zstd frame.  A compressed file shares a copy in either
 * form; a file that did not ask for compression shares only copies stored
 * as they are, so that it stays readable without the codec.  A compressed
 * candidate is confirmed by decompressing it (through nexfs_blk_read) and
 * hashing the result.
 *
 * Buffers: the leaf to store may be buf_b or the caller's memory; the
 * bucket's entries and the candidate are read through stream.c
 * (nexfs_blk_get, nexfs_blk_check; a compressed candidate through buf_z
 * and buf_a, which only the full layout has); once the new block is
 * written, the bucket is edited in buf_b.
 */
#include "nexfs_internal.h"

#include <crypto/xxh3.h>

static void
ddt_obj(struct nexfs_state *s, struct nexfs_obj *o)
{
	memset(o, 0, sizeof(*o));
	o->root = s->sb.ddt;
	o->height = s->sb.ddt_height;
	o->leaf_type = NEXFS_BT_DDT;
}

static uint64_t
ddt_bucket(struct nexfs_state *s, const uint8_t hash[32])
{
	uint64_t h;

	memcpy(&h, hash, sizeof(h));
	return h & (s->sb.ddt_buckets - 1);
}

/* The bptr of bucket leaf i of the index (a hole when it has none). */
static int
ddt_leaf(struct nexfs_state *s, const struct nexfs_obj *o, uint64_t i, struct nexfs_bptr *lp)
{
	int err = nexfs_obj_leaf_bptr(s, o, i, lp);

	if (!err && !nexfs_bptr_null(lp) && lp->type != NEXFS_BT_DDT)
		err = NEXFS_ERR_CORRUPT;
	return err;
}

/* The stored length an entry gives (bytes 29..31): 0 for a piece stored as it is. */
static uint32_t
entry_zlen(const struct nexfs_ddt_entry *e)
{
	return e->zlen[0] | (uint32_t)e->zlen[1] << 8 | (uint32_t)e->zlen[2] << 16;
}

/* Sets it (n < 2^24: a frame is shorter than its block). */
static void
entry_set_zlen(struct nexfs_ddt_entry *e, uint32_t n)
{
	e->zlen[0] = (uint8_t)n;
	e->zlen[1] = (uint8_t)(n >> 8);
	e->zlen[2] = (uint8_t)(n >> 16);
}

static bool
entry_empty(const struct nexfs_ddt_entry *e)
{
	static const uint8_t zero[sizeof(*e)];

	return memcmp(e, zero, sizeof(*e)) == 0;
}

/*
 * Whether entry e names a piece lately dropped from a block that stays in
 * use (block.c remembers a few): such an entry looks live, but is stale
 * unless another file holds the same piece, and is replaced first.
 */
static bool
entry_dropped(struct nexfs_state *s, const struct nexfs_ddt_entry *e)
{
	uint32_t n = s->ndropped < NEXFS_DROPPED ? s->ndropped : NEXFS_DROPPED;

	for (uint32_t i = 0; i < n; i++)
		if (s->dropped[i].block == e->block && s->dropped[i].unit == e->unit &&
		    memcmp(s->dropped[i].hash, e->hash, sizeof(s->dropped[i].hash)) == 0)
			return true;
	return false;
}

/*
 * Whether the piece at unit u of block b is live data whose first len
 * bytes have this hash; zlen, when not 0, is its stored length: a zstd
 * frame that decompresses to those len bytes (never confirmed without the
 * codec).  When it is, *p points at it (its zcheck the XXH3-64 of the
 * stored bytes read), without a reference.
 */
static int
ddt_confirm(struct nexfs_state *s, uint32_t b, uint32_t u, uint32_t len, uint32_t zlen,
    const uint8_t hash[32], struct nexfs_bptr *p, bool *same)
{
	uint32_t stored = zlen != 0 ? zlen : len;
	int err;

	*same = false;
	if (b >= s->geo.block_count || s->rc[b] == 0 || s->rc[b] >= NEXFS_RC_STICKY ||
	    u >= s->units)
		return 0;
	/* A frame lies inside its block and is a page shorter (SPEC.md section 2). */
	if (zlen != 0 && (s->buf_z == NULL || (uint64_t)u * s->unit + zlen > s->bsize ||
	    zlen + s->geo.page_size > nexfs_prog_len(s, len)))
		return 0;
	/*
	 * The open pack block's units from pack_next on are erased, and a hint
	 * from the block's life before its last erase may name them: 0xFF
	 * bytes read there hash like a chunk of 0xFF, but the next piece is
	 * programmed over them.
	 */
	if (b == s->pack_blk && (uint64_t)u * s->unit + stored > (uint64_t)s->pack_next * s->unit)
		return 0;
	memset(p, 0, sizeof(*p));
	p->block = b;
	p->unit = (uint8_t)u;
	p->type = NEXFS_BT_DATA;
	p->csum = NEXFS_CSUM_BLAKE3_256;
	p->size = len;
	memcpy(p->hash, hash, 32);
	if (zlen != 0) {
		/*
		 * The stored bytes' check is whatever they are: the hash of what
		 * they decompress to decides (nexfs_blk_read reads them again).
		 */
		err = s->cfg->flash->read(s->cfg->flash_ctx, b, u * s->unit, s->buf_z, zlen);
		if (err)
			return err;
		p->flags = NEXFS_BF_ZSTD;
		p->len = zlen;
		p->zcheck = crypto_xxh3_64(s->buf_z, zlen, 0);
		err = nexfs_blk_read(s, p, s->buf_a);
	} else {
		err = nexfs_blk_check(s, p);
	}
	if (err == NEXFS_ERR_CORRUPT)
		return 0;
	if (err)
		return err;
	*same = true;
	return 0;
}

/*
 * Writes a new chunk: through the codec when compress (a zstd level) is
 * set, else as it is, with the hash already computed.
 */
static int
ddt_write(struct nexfs_state *s, const void *leaf, uint32_t len, uint8_t compress,
    const uint8_t hash[32], struct nexfs_bptr *out)
{
	if (compress != 0)
		return nexfs_blk_write(s, leaf, len, NEXFS_BT_DATA, NEXFS_CSUM_BLAKE3_256, compress,
		    out);
	return nexfs_blk_write_hashed(s, leaf, len, NEXFS_BT_DATA, NEXFS_CSUM_BLAKE3_256, hash, out);
}

/*
 * Stores one chunk (len bytes at leaf, BLAKE3-256; leaf holds the pages of
 * the chunk whole, padded with 0xFF) and fills *out with a bptr that carries
 * one reference: an existing identical block when the index knows one, else
 * a new block, which is then recorded.  An all-zero chunk gives a hole of
 * len bytes.  logical is how many of the bytes are new from the caller (the
 * rest were re-chunked), for the statistics.  compress is the file's zstd
 * level (0: none): a new block is compressed when it is, and a compressed
 * copy is shared only then.
 */
int
nexfs_dedup_store(struct nexfs_state *s, const void *leaf, uint32_t len, size_t logical,
    uint8_t compress, struct nexfs_bptr *out)
{
	uint32_t per = s->bsize / (uint32_t)sizeof(struct nexfs_ddt_entry);
	uint8_t hash[32];
	struct nexfs_ddt_entry *e, ent;
	struct nexfs_bptr lp;
	struct nexfs_obj o;
	uint64_t bucket;
	uint32_t victim = UINT32_MAX;
	bool hole, same;
	int err;

	if (s->buf_z == NULL)
		compress = 0;	/* no codec: stored as it is, and reads need none */
	if (nexfs_is_zero(leaf, len)) {
		nexfs_bptr_clear(out);	/* a hole */
		out->size = len;
		return 0;
	}
	nexfs_hash(NEXFS_CSUM_BLAKE3_256, leaf, len, hash);
	if (nexfs_is_fill(leaf, len, 0xff)) {
		/*
		 * Erased-looking bytes are never shared: a stale hint could
		 * name erased units that belong to no piece (SPEC.md
		 * section 8), or a page a power cut tore to 0xFF.
		 */
		return ddt_write(s, leaf, len, compress, hash, out);
	}
	bucket = ddt_bucket(s, hash);
	ddt_obj(s, &o);
	err = ddt_leaf(s, &o, bucket, &lp);
	if (err && err != NEXFS_ERR_CORRUPT)
		return err;
	for (uint32_t i = 0; !err && !nexfs_bptr_null(&lp) && i < per; i++) {
		err = nexfs_blk_get(s, &lp, i * (uint32_t)sizeof(ent), &ent, sizeof(ent));
		if (err == NEXFS_ERR_CORRUPT)
			break;
		if (err)
			return err;
		{
			uint32_t cand = ent.block, cu = ent.unit, cz = entry_zlen(&ent);

			if (memcmp(ent.hash, hash, sizeof(ent.hash)) != 0)
				continue;
			/*
			 * A compressed copy goes only into a compressed file:
			 * the others must read without the codec.  The copy
			 * written below takes over the entry.
			 */
			if (cz != 0 && compress == 0)
				break;
			err = ddt_confirm(s, cand, cu, len, cz, hash, out, &same);
			if (err)
				return err;
			if (same) {
				nexfs_ref_inc(s, cand);
				s->dd.chunks_deduped++;
				s->dd.bytes_deduped += logical;
				return 0;
			}
			break;
		}
	}

	err = ddt_write(s, leaf, len, compress, hash, out);
	if (err)
		return err;

	/*
	 * Record the new block: reuse a matching, empty or stale slot.  The
	 * bucket may still be in buf_a (full layout) unless a candidate was
	 * read there; leaf (possibly buf_b) is no longer needed.
	 */
	if (nexfs_cache_holds(s, &lp)) {
		memcpy(s->buf_b, s->buf_a, s->bsize);
	} else {
		err = nexfs_obj_read_leaf(s, &o, bucket, s->buf_b, &hole);
		if (err == NEXFS_ERR_CORRUPT)
			memset(s->buf_b, 0, s->bsize);	/* a damaged bucket is rebuilt */
		else if (err)
			return err;
	}
	for (uint32_t i = 0; i < per; i++) {
		e = (struct nexfs_ddt_entry *)(void *)(s->buf_b + (size_t)i * sizeof(*e));
		if (memcmp(e->hash, hash, sizeof(e->hash)) == 0 ||
		    e->block >= s->geo.block_count || s->rc[e->block] == 0 ||
		    entry_empty(e)) {
			victim = i;
			break;
		}
	}
	for (uint32_t i = 0; i < per && victim == UINT32_MAX; i++)
		if (entry_dropped(s, (struct nexfs_ddt_entry *)(void *)(s->buf_b +
		    (size_t)i * sizeof(*e))))
			victim = i;
	if (victim == UINT32_MAX)
		victim = (uint32_t)(hash[8] | (uint32_t)hash[9] << 8) % per;
	e = (struct nexfs_ddt_entry *)(void *)(s->buf_b + (size_t)victim * sizeof(*e));
	memcpy(e->hash, hash, sizeof(e->hash));
	e->block = out->block;
	e->unit = out->unit;
	entry_set_zlen(e, (out->flags & NEXFS_BF_ZSTD) ? out->len : 0);
	err = nexfs_obj_write_leaf(s, &o, bucket, s->buf_b, false, NULL, -1);
	if (err)
		return err;
	s->sb.ddt = o.root;
	s->sb.ddt_height = o.height;
	return 0;
}

/*
 * Points the index entries of chunks that wear levelling moved (mv[0..n))
 * at their new blocks (and stored lengths), so that dedup keeps finding
 * them: one rewrite per bucket concerned.  Entries that no longer name the
 * old block are left alone; a damaged bucket is left to scrub.
 */
int
nexfs_dedup_rehint(struct nexfs_state *s, struct nexfs_rehint *mv, uint32_t n)
{
	uint32_t per = s->bsize / (uint32_t)sizeof(struct nexfs_ddt_entry);
	struct nexfs_ddt_entry *e;
	struct nexfs_obj o;
	bool hole, changed;
	int err;

	for (uint32_t i = 0; i < n; i++) {
		uint64_t bucket = ddt_bucket(s, mv[i].hash);

		if (mv[i].from == NEXFS_NOBLOCK)
			continue;	/* done with an earlier one of its bucket */
		ddt_obj(s, &o);
		err = nexfs_obj_read_leaf(s, &o, bucket, s->buf_b, &hole);
		if (err == NEXFS_ERR_CORRUPT || (!err && hole))
			continue;
		if (err)
			return err;
		changed = false;
		for (uint32_t j = i; j < n; j++) {
			if (mv[j].from == NEXFS_NOBLOCK || ddt_bucket(s, mv[j].hash) != bucket)
				continue;
			for (uint32_t k = 0; k < per; k++) {
				e = (struct nexfs_ddt_entry *)(void *)(s->buf_b +
				    (size_t)k * sizeof(*e));
				if (e->block == mv[j].from && e->unit == mv[j].from_unit &&
				    memcmp(e->hash, mv[j].hash, sizeof(e->hash)) == 0) {
					e->block = mv[j].to;
					e->unit = mv[j].to_unit;
					entry_set_zlen(e, mv[j].to_len);
					changed = true;
					break;
				}
			}
			mv[j].from = NEXFS_NOBLOCK;
		}
		if (!changed)
			continue;
		err = nexfs_obj_write_leaf(s, &o, bucket, s->buf_b, false, NULL, -1);
		if (err)
			return err;
		s->sb.ddt = o.root;
		s->sb.ddt_height = o.height;
	}
	return 0;
}

/*
 * Compaction (pack.c): whether the index names a live copy of the chunk p
 * points at outside the blocks being emptied (one moved earlier in the
 * pass, or another file's); then *out is p pointing at it, with one more
 * reference, so that compaction keeps chunks that files share shared.  A
 * piece stored as it is takes only a copy stored as it is (as
 * nexfs_dedup_store); a compressed one either.
 */
int
nexfs_dedup_moved(struct nexfs_state *s, const struct nexfs_bptr *p, struct nexfs_bptr *out,
    bool *found)
{
	uint32_t per = s->bsize / (uint32_t)sizeof(struct nexfs_ddt_entry), b, u, z;
	struct nexfs_ddt_entry ent;
	struct nexfs_bptr lp, c;
	struct nexfs_obj o;
	bool same;
	int err;

	*found = false;
	if (p->type != NEXFS_BT_DATA || p->csum != NEXFS_CSUM_BLAKE3_256 || p->size == 0)
		return 0;
	ddt_obj(s, &o);
	err = ddt_leaf(s, &o, ddt_bucket(s, p->hash), &lp);
	if (err == NEXFS_ERR_CORRUPT || (!err && nexfs_bptr_null(&lp)))
		return 0;
	if (err)
		return err;
	for (uint32_t i = 0; i < per; i++) {
		err = nexfs_blk_get(s, &lp, i * (uint32_t)sizeof(ent), &ent, sizeof(ent));
		if (err == NEXFS_ERR_CORRUPT)
			return 0;
		if (err)
			return err;
		if (memcmp(ent.hash, p->hash, sizeof(ent.hash)) != 0)
			continue;
		b = ent.block;
		u = ent.unit;
		z = entry_zlen(&ent);
		if (b >= s->geo.block_count || s->live[b] != 0xffffu ||
		    (b == p->block && u == p->unit) || (z != 0 && !(p->flags & NEXFS_BF_ZSTD)))
			return 0;
		err = ddt_confirm(s, b, u, p->size, z, p->hash, &c, &same);
		if (err || !same)
			return err;
		*out = *p;
		out->block = b;
		out->unit = (uint8_t)u;
		out->flags = (uint8_t)((p->flags & ~NEXFS_BF_ZSTD) | c.flags);
		out->len = c.len;
		out->zcheck = c.zcheck;
		nexfs_ref_inc(s, b);
		*found = true;
		return 0;
	}
	return 0;
}
