/*
 * super.c: format, mount, the commit protocol and volume-wide calls.
 *
 * A commit record (struct nexfs_super, SPEC.md section 3) names the roots
 * of everything: the inode table, the snapshot table and the allocation
 * index.  Records are appended to superblock replica blocks spread over
 * the volume (replica i of R lives near block i * N / R); commit number
 * seq goes to replicas seq % R and (seq + 1) % R, in that order, so the
 * newest commit always exists in two places and the previous one survives
 * the erase of a full replica block.  Mount reads every slot of every
 * replica and takes the valid record with the highest seq.
 *
 * The commit order is what makes power cuts harmless: every block of the
 * new tree and the new allocation index is programmed first (into blocks
 * that were free in the last commit), then the record; until the record is
 * complete and its checksum matches, mount finds the previous commit,
 * whose blocks nothing has touched.
 *
 * Start at nexfs_commit().
 */
#include "nexfs_internal.h"

#include <nexfs/cdc.h>

#include <crypto/blake3.h>

/* Where each part of the working buffer lives. */
struct nexfs_layout {
	size_t a, b, rc, pending, fresh, tdirty, tables, wear, wdirty, wtables, total;
	uint32_t ntables, per_table, fanout, slots, rec_bytes;
};

static bool
is_pow2(uint32_t x)
{
	return x != 0 && (x & (x - 1)) == 0;
}

static size_t
up8(size_t x)
{
	return (x + 15) & ~(size_t)15;
}

/*
 * The working buffer's parts: the full layout has a node buffer of a
 * block (a), the lean one a window of rec_bytes and the slot cache there
 * instead (stream.c).
 */
static int
layout_of(const struct nexfs_flash_geometry *geo, bool lean, struct nexfs_layout *L)
{
	size_t n = geo->block_count, off = 0;

	if (!is_pow2(geo->page_size) || geo->page_size < 64 || !is_pow2(geo->block_size) ||
	    geo->block_size < 512 || geo->block_size < geo->page_size ||
	    geo->block_count < 16 || geo->block_size > (1u << 24))
		return NEXFS_ERR_GEOMETRY;
	memset(L, 0, sizeof(*L));
	L->fanout = geo->block_size / (uint32_t)sizeof(struct nexfs_bptr);
	L->per_table = geo->block_size / 2;
	L->ntables = (uint32_t)((n + L->per_table - 1) / L->per_table);
	if (L->ntables > L->fanout)
		return NEXFS_ERR_GEOMETRY;
	L->rec_bytes = geo->page_size > NEXFS_REC_SIZE ? geo->page_size : NEXFS_REC_SIZE;
	L->slots = geo->block_size / L->rec_bytes;
	L->a = off;
	off = up8(off + (lean ? L->rec_bytes + NEXFS_SCACHE : geo->block_size));
	L->b = off;
	off = up8(off + geo->block_size);
	L->rc = off;
	off = up8(off + n * 2);
	L->pending = off;
	off = up8(off + (n + 7) / 8);
	L->fresh = off;
	off = up8(off + (n + 7) / 8);
	L->tdirty = off;
	off = up8(off + L->ntables);
	L->tables = off;
	off = up8(off + (size_t)L->ntables * sizeof(struct nexfs_bptr));
	L->wear = off;
	off = up8(off + n * 2);
	L->wdirty = off;
	off = up8(off + L->ntables);
	L->wtables = off;
	off = up8(off + (size_t)L->ntables * sizeof(struct nexfs_bptr));
	L->total = off;
	return 0;
}

int
nexfs_mem_required(const struct nexfs_flash_geometry *geo, struct nexfs_mem_report *rep)
{
	struct nexfs_layout L;
	int err;

	err = layout_of(geo, false, &L);
	if (err)
		return err;
	rep->state_bytes = sizeof(struct nexfs);
	rep->buffer_bytes = L.total;
	rep->block_buffers = 2 * (size_t)geo->block_size;
	rep->alloc_index = L.total - L.rc;
	rep->total = rep->state_bytes + rep->buffer_bytes;
	rep->pack_bytes = up8((size_t)geo->block_count * 2);
	rep->buffer_bytes_codec = L.total + rep->pack_bytes + up8(geo->block_size);
	err = layout_of(geo, true, &L);
	if (err)
		return err;
	rep->lean_bytes = L.total;
	rep->lean_total = rep->state_bytes + L.total;
	return 0;
}

const char *
nexfs_strerror(int err)
{
	switch (err) {
	case 0: return "success";
	case NEXFS_ERR_NOENT: return "no such file, directory or snapshot";
	case NEXFS_ERR_IO: return "device I/O error";
	case NEXFS_ERR_BADF: return "bad handle";
	case NEXFS_ERR_NOMEM: return "working buffer too small";
	case NEXFS_ERR_BUSY: return "busy";
	case NEXFS_ERR_EXIST: return "already exists";
	case NEXFS_ERR_NOTDIR: return "not a directory";
	case NEXFS_ERR_ISDIR: return "is a directory";
	case NEXFS_ERR_INVAL: return "invalid argument";
	case NEXFS_ERR_FBIG: return "file too large";
	case NEXFS_ERR_NOSPC: return "no space left on volume";
	case NEXFS_ERR_ROFS: return "read-only";
	case NEXFS_ERR_NAMETOOLONG: return "name too long";
	case NEXFS_ERR_NOTEMPTY: return "directory not empty";
	case NEXFS_ERR_CORRUPT: return "checksum mismatch or damaged metadata";
	case NEXFS_ERR_UNSUPPORTED: return "not supported by this version";
	case NEXFS_ERR_NOFS: return "no valid NexFS superblock";
	case NEXFS_ERR_INCOMPAT: return "volume uses an unknown incompatible feature";
	case NEXFS_ERR_VERSION: return "unknown format version";
	case NEXFS_ERR_BADBLOCK: return "bad block";
	case NEXFS_ERR_POWERCUT: return "power cut (emulated device)";
	case NEXFS_ERR_GEOMETRY: return "unsupported or mismatched geometry";
	default: return "unknown error";
	}
}

void
nexfs_log(struct nexfs_state *s, int level, const char *msg)
{
	if (s->cfg != NULL && s->cfg->log != NULL && s->cfg->log->log != NULL)
		s->cfg->log->log(s->cfg->log_ctx, level, msg);
}

uint64_t
nexfs_now(struct nexfs_state *s)
{
	if (s->cfg->clock != NULL && s->cfg->clock->now_ns != NULL)
		return s->cfg->clock->now_ns(s->cfg->clock_ctx);
	return 0;
}

void
nexfs_bptr_clear(struct nexfs_bptr *p)
{
	memset(p, 0, sizeof(*p));
}

/* Points the state's arrays into the caller's buffer. */
static int
state_setup(struct nexfs_state *s, const struct nexfs_config *cfg)
{
	struct nexfs_layout L;
	uint8_t *m = cfg->buffer;
	size_t off;
	int err;

	if (cfg->flash == NULL || cfg->flash->read == NULL || cfg->flash->prog == NULL ||
	    cfg->flash->erase == NULL || cfg->flash->geometry == NULL)
		return NEXFS_ERR_INVAL;
	memset(s, 0, sizeof(*s));
	s->cfg = cfg;
	cfg->flash->geometry(cfg->flash_ctx, &s->geo);
	err = layout_of(&s->geo, false, &L);
	if (!err && cfg->buffer_size < L.total) {
		s->lean = true;
		err = layout_of(&s->geo, true, &L);
	}
	if (err)
		return err;
	if (m == NULL || cfg->buffer_size < L.total || ((uintptr_t)m & 15) != 0)
		return NEXFS_ERR_NOMEM;
	s->bsize = s->geo.block_size;
	s->fanout = L.fanout;
	s->slots = L.slots;
	s->rec_bytes = L.rec_bytes;
	s->buf_a = s->lean ? NULL : m + L.a;
	s->buf_b = m + L.b;
	s->buf_z = NULL;
	s->win = m + L.a;
	s->wsize = s->lean ? L.rec_bytes : s->bsize;
	s->scache = s->lean ? m + L.a + L.rec_bytes : NULL;
	/* Compaction's live units, then the codec buffer, when there is room. */
	off = L.total + up8((size_t)s->geo.block_count * 2);
	s->live = NULL;
	if (!s->lean && cfg->buffer_size >= off)
		s->live = (uint16_t *)(void *)(m + L.total);
	if (!s->lean && cfg->codec != NULL && cfg->codec->compress != NULL &&
	    cfg->codec->decompress != NULL &&
	    cfg->buffer_size >= off + up8(s->geo.block_size))
		s->buf_z = m + off;
	s->unit = s->bsize / 256 > s->geo.page_size ? s->bsize / 256 : s->geo.page_size;
	s->units = s->bsize / s->unit;
	s->pack_blk = NEXFS_NOBLOCK;
	s->rc = (uint16_t *)(void *)(m + L.rc);
	s->pending = m + L.pending;
	s->fresh = m + L.fresh;
	s->tdirty = m + L.tdirty;
	s->tables = (struct nexfs_bptr *)(void *)(m + L.tables);
	s->wear = (uint16_t *)(void *)(m + L.wear);
	s->wdirty = m + L.wdirty;
	s->wtables = (struct nexfs_bptr *)(void *)(m + L.wtables);
	s->ntables = L.ntables;
	s->per_table = L.per_table;
	s->reserve = 2 * (L.ntables + 1) + 8;
	memset(m, 0, L.total);
	return 0;
}

static uint32_t
replica_home(uint32_t i, uint32_t r, uint32_t n)
{
	return (uint32_t)((uint64_t)i * n / r);
}

static void
super_seal(struct nexfs_super *sb)
{
	crypto_blake3(sb->check, 32, sb, offsetof(struct nexfs_super, check));
}

/* Whether rec is a well-formed, intact commit record. */
static bool
super_valid(const struct nexfs_super *sb)
{
	uint8_t h[32];

	if (sb->magic != NEXFS_MAGIC || sb->rec_size != NEXFS_REC_SIZE)
		return false;
	crypto_blake3(h, 32, sb, offsetof(struct nexfs_super, check));
	if (memcmp(h, sb->check, 32) != 0)
		return false;
	if (sb->replicas < 1 || sb->replicas > NEXFS_REPLICAS_MAX)
		return false;
	for (uint32_t i = 0; i < sb->replicas; i++)
		if (sb->replica_block[i] >= sb->block_count ||
		    sb->anchor_block[i] >= sb->block_count)
			return false;
	return true;
}

/*
 * Appends the record in s->sb to block b at slot *next, erasing the block
 * first when it is full.  Returns NEXFS_ERR_BADBLOCK (after marking it)
 * when the block failed to erase or program.
 */
static int
rec_append(struct nexfs_state *s, uint32_t b, uint32_t *next)
{
	int err;

	if (*next >= s->slots) {
		err = s->cfg->flash->erase(s->cfg->flash_ctx, b);
		if (err)
			goto fail;
		nexfs_wear_note(s, b);
		*next = 0;
	}
	nexfs_cache_drop(s);
	memset(s->win, 0xff, s->rec_bytes);
	memcpy(s->win, &s->sb, sizeof(s->sb));
	err = s->cfg->flash->prog(s->cfg->flash_ctx, b, *next * s->rec_bytes, s->win,
	    s->rec_bytes);
	(*next)++;
	if (err)
		goto fail;
	return 0;
fail:
	if (err == NEXFS_ERR_BADBLOCK) {
		nexfs_log(s, NEXFS_LOG_WARN, "superblock block went bad");
		if (s->cfg->flash->mark_bad != NULL)
			(void)s->cfg->flash->mark_bad(s->cfg->flash_ctx, b);
	}
	return err;
}

static int
replica_append(struct nexfs_state *s, uint32_t r)
{
	return rec_append(s, s->sb.replica_block[r], &s->rep_next[r]);
}

/*
 * Moves the replicas marked in s->relocate to other blocks (reserved in the
 * allocation index saved by this commit; the record lists them): a bad one
 * to any free block, a worn one to the least worn free block, giving its
 * old block back.
 */
static int
replicas_relocate(struct nexfs_state *s)
{
	uint32_t nb, old;
	int err;

	for (uint32_t r = 0; r < s->sb.replicas; r++) {
		if ((s->relocate & (1u << r)) == 0)
			continue;
		old = s->sb.replica_block[r];
		err = nexfs_blk_alloc_near(s, nexfs_wear_coldest_free(s), &nb);
		if (err)
			return err;
		nexfs_blk_reserve(s, nb);
		s->sb.replica_block[r] = nb;
		s->rep_next[r] = 0;
		s->relocate &= (uint16_t)~(1u << r);
		if (!nexfs_block_is_home(s, old)) {
			bool bad = false;

			if (s->cfg->flash->is_bad != NULL &&
			    s->cfg->flash->is_bad(s->cfg->flash_ctx, old, &bad) != 0)
				bad = true;
			if (!bad)
				nexfs_blk_unreserve(s, old);
		}
	}
	return 0;
}

static int
flash_sync(struct nexfs_state *s)
{
	if (s->cfg->flash->sync == NULL)
		return 0;
	return s->cfg->flash->sync(s->cfg->flash_ctx);
}

/*
 * Appends the record of a commit that moves replicas to two anchors,
 * starting at anchor seq mod r (the next ones when one is bad), each
 * followed by a device sync.  Anchors are erased only when full, and the
 * previous anchor record is in two anchors, so one of them always holds
 * the newest list of replicas.  Fails when no anchor took the record.
 */
static int
anchors_append(struct nexfs_state *s)
{
	uint32_t r = s->sb.replicas, done = 0;
	int err;

	for (uint32_t k = 0; k < r && done < 2; k++) {
		uint32_t a = (uint32_t)((s->sb.seq + k) % r);

		err = rec_append(s, s->sb.anchor_block[a], &s->anc_next[a]);
		if (!err)
			err = flash_sync(s);
		if (err == NEXFS_ERR_BADBLOCK)
			continue;
		if (err)
			return err;
		done++;
	}
	return done > 0 ? 0 : NEXFS_ERR_IO;
}

/*
 * Makes the running transaction durable: the allocation index, then the
 * record to two replicas (to two anchors first, when replicas moved).  On
 * failure the caller aborts.
 */
int
nexfs_commit(struct nexfs_state *s)
{
	uint32_t r = s->sb.replicas, t1, t2;
	bool moved;
	int err, err2;

	if (!s->dirty && s->relocate == 0)
		return 0;
	s->use_reserve = true;
	/* A full replica that is worn moves instead of being erased again. */
	t1 = (uint32_t)((s->durable.seq + 1) % r);
	t2 = (uint32_t)((s->durable.seq + 2) % r);
	if (s->rep_next[t1] >= s->slots && nexfs_wear_replica_moves(s, t1))
		s->relocate |= (uint16_t)(1u << t1);
	if (s->rep_next[t2] >= s->slots && nexfs_wear_replica_moves(s, t2))
		s->relocate |= (uint16_t)(1u << t2);
	moved = s->relocate != 0;
	if (moved) {
		err = replicas_relocate(s);
		if (err)
			return err;
	}
	err = nexfs_alloc_save(s);
	if (err)
		return err;
	err = flash_sync(s);
	if (err)
		return err;
	s->sb.seq = s->durable.seq + 1;
	s->sb.time_ns = nexfs_now(s);
	s->sb.blocks_free = s->free_blocks;
	super_seal(&s->sb);
	/*
	 * Mount finds the replicas through the newest anchor record: a commit
	 * that moves one is durable once an anchor holds it.
	 */
	if (moved) {
		err = anchors_append(s);
		if (err)
			goto broken;
	}
	err = replica_append(s, t1);
	if (!err)
		err = flash_sync(s);
	if (err == NEXFS_ERR_BADBLOCK)
		s->relocate |= (uint16_t)(1u << t1);
	else if (err)
		goto broken;
	err2 = replica_append(s, t2);
	if (!err2)
		err2 = flash_sync(s);
	if (err2 == NEXFS_ERR_BADBLOCK)
		s->relocate |= (uint16_t)(1u << t2);
	else if (err2) {
		err = err2;
		goto broken;
	}
	if (err && err2 && !moved) {
		err = NEXFS_ERR_IO;	/* neither replica took the record */
		goto broken;
	}
	s->durable = s->sb;
	s->alloc_rebuilt = false;
	memset(s->pending, 0, (s->geo.block_count + 7) / 8);
	memset(s->fresh, 0, (s->geo.block_count + 7) / 8);
	s->npending = 0;
	s->dirty = false;
	s->use_reserve = false;
	return 0;
broken:
	s->broken = true;
	return err;
}

/* Throws the running transaction away: back to the last commit. */
int
nexfs_abort(struct nexfs_state *s)
{
	int err;

	s->sb = s->durable;
	s->use_reserve = false;
	s->dirty = false;
	/* A program in the open pack block may have failed: never append to it again. */
	s->pack_blk = NEXFS_NOBLOCK;
	err = nexfs_alloc_load(s);
	if (!err)
		err = nexfs_wear_load(s, false);
	if (err)
		s->broken = true;
	return err;
}

int
nexfs_op_begin(struct nexfs_state *s, bool write)
{
	if (!s->mounted)
		return NEXFS_ERR_BADF;
	if (s->broken)
		return NEXFS_ERR_IO;
	if (write && s->rdonly)
		return NEXFS_ERR_ROFS;
	s->use_reserve = false;
	return 0;
}

/*
 * Ends a mutating call: aborts on error, else commits (unless batching).
 */
int
nexfs_op_end(struct nexfs_state *s, int err)
{
	if (err) {
		(void)nexfs_abort(s);
		return err;
	}
	if (s->batch)
		return 0;
	err = nexfs_commit(s);
	if (err && !s->broken)
		(void)nexfs_abort(s);
	if (!err)
		nexfs_wear_level(s);
	return err;
}

/*
 * Whether FastCDC sizes suit this volume: valid for the chunker (at the
 * frozen level), and no chunk of more than 255 blocks, which bounds the
 * pieces a writer walks back over to find a chunk's start.
 */
static bool
cdc_valid(struct nexfs_state *s, uint32_t min, uint32_t avg, uint32_t max)
{
	struct nexfs_cdc_params p = { min, avg, max, NEXFS_CDC_DEFAULT_LEVEL };

	return nexfs_cdc_params_check(&p) == 0 && max <= NEXFS_CDC_MAX_LIMIT &&
	    (uint64_t)max <= (uint64_t)NEXFS_CHUNK_PIECES_MAX * s->bsize;
}

/*
 * The format's chunk sizes for a volume of this size: 16/64/256 KiB from
 * 64 MiB up.  Below, the average is the largest power of two at most 1/1024
 * of the volume, but at least a block (up to 64 KiB: smaller chunks would give
 * the file trees and the dedup index more pointers than the data has blocks,
 * and without PACK each chunk's last piece takes a whole block) and 256 B; the
 * minimum is a quarter of it and the maximum four times it, the three
 * halved while the maximum exceeds 255 blocks.
 */
static void
cdc_default(struct nexfs_state *s, struct nexfs_format_options *o)
{
	uint64_t vol = (uint64_t)s->geo.block_count * s->bsize;
	uint32_t avg = NEXFS_CDC_DEFAULT_AVG;

	while (avg > NEXFS_CDC_AVG_LIMIT && avg > vol / 1024 && avg > s->bsize)
		avg /= 2;
	while (avg > NEXFS_CDC_AVG_LIMIT &&
	    (uint64_t)avg * 4 > (uint64_t)NEXFS_CHUNK_PIECES_MAX * s->bsize)
		avg /= 2;
	o->cdc_min = avg / 4 > NEXFS_CDC_MIN_LIMIT ? avg / 4 : NEXFS_CDC_MIN_LIMIT;
	o->cdc_avg = avg;
	o->cdc_max = avg * 4;
}

int
nexfs_format(const struct nexfs_config *cfg, const struct nexfs_format_options *opt)
{
	struct nexfs fsmem;
	struct nexfs_state *s = nexfs_st(&fsmem);
	struct nexfs_format_options o;
	struct nexfs_inode root;
	struct nexfs_obj itab;
	uint32_t n;
	int err;

	err = state_setup(s, cfg);
	if (err)
		return err;
	n = s->geo.block_count;
	if (opt != NULL)
		o = *opt;
	else
		memset(&o, 0, sizeof(o));
	if (o.replicas == 0)
		o.replicas = 3;
	if (o.replicas < 2 || o.replicas > NEXFS_REPLICAS_MAX || o.replicas * 4 > n)
		return NEXFS_ERR_INVAL;
	if (o.default_csum == NEXFS_CSUM_DEFAULT)
		o.default_csum = NEXFS_CSUM_BLAKE3_256;
	if (o.default_csum > NEXFS_CSUM_XXH3_64)
		return NEXFS_ERR_INVAL;
	if (o.features == 0)
		o.features = NEXFS_FEAT_COMPAT_DEDUP | NEXFS_FEAT_COMPAT_WEAR_LEVEL |
		    NEXFS_FEAT_COMPAT_PACK;
	if (o.features & ~(NEXFS_FEAT_COMPAT_DEDUP | NEXFS_FEAT_COMPAT_WEAR_LEVEL |
	    NEXFS_FEAT_COMPAT_PACK | NEXFS_FEAT_INCOMPAT_COMPRESS))
		return NEXFS_ERR_UNSUPPORTED;
	if (o.cdc_avg == 0)
		cdc_default(s, &o);
	if (!cdc_valid(s, o.cdc_min, o.cdc_avg, o.cdc_max))
		return NEXFS_ERR_INVAL;

	s->sb.magic = NEXFS_MAGIC;
	s->sb.version = NEXFS_FORMAT_VERSION;
	s->sb.rec_size = NEXFS_REC_SIZE;
	s->sb.page_size = s->geo.page_size;
	s->sb.block_size = s->geo.block_size;
	s->sb.block_count = n;
	s->sb.flash_flags = s->geo.flags;
	s->sb.features = o.features;
	s->sb.replicas = (uint8_t)o.replicas;
	s->sb.default_csum = o.default_csum;
	s->sb.cdc_min = o.cdc_min;
	s->sb.cdc_avg = o.cdc_avg;
	s->sb.cdc_max = o.cdc_max;
	memcpy(s->sb.label, o.label, sizeof(s->sb.label));
	s->free_blocks = n;

	/* Factory-bad blocks, then the replica blocks, are never allocated. */
	for (uint32_t b = 0; b < n; b++) {
		bool bad = false;

		if (cfg->flash->is_bad != NULL) {
			err = cfg->flash->is_bad(cfg->flash_ctx, b, &bad);
			if (err)
				return err;
		}
		if (bad) {
			s->rc[b] = NEXFS_RC_BAD;
			s->free_blocks--;
		}
	}
	/*
	 * Anchor i at its home or the first good block of the three after it;
	 * replica i at the first good block after its anchor.
	 */
	for (uint32_t pass = 0; pass < 2; pass++) {
		for (uint32_t i = 0; i < o.replicas; i++) {
			uint32_t b = pass == 0 ? replica_home(i, o.replicas, n) :
			    s->sb.anchor_block[i] + 1;
			uint32_t tries;

			for (tries = 0; tries < (pass == 0 ? 4u : n); tries++, b = (b + 1) % n) {
				if (s->rc[b] != 0)
					continue;
				err = cfg->flash->erase(cfg->flash_ctx, b);
				if (err == 0)
					break;
				if (err != NEXFS_ERR_BADBLOCK)
					return err;
				s->rc[b] = NEXFS_RC_BAD;
				s->free_blocks--;
			}
			if (tries == (pass == 0 ? 4u : n))
				return NEXFS_ERR_IO;
			s->wear[b]++;
			s->rc[b] = NEXFS_RC_BAD;
			s->free_blocks--;
			if (pass == 0)
				s->sb.anchor_block[i] = b;
			else
				s->sb.replica_block[i] = b;
		}
	}
	s->sb.alloc_cursor = 0;
	s->sb.ddt_buckets = 1;
	while ((uint64_t)s->sb.ddt_buckets * (s->bsize / 32) < 2ull * n)
		s->sb.ddt_buckets *= 2;
	for (uint32_t t = 0; t < s->ntables; t++)
		s->tdirty[t] = s->wdirty[t] = 1;
	s->wear_force = true;
	s->use_reserve = true;

	/* The inode table with the root directory, inode 1. */
	memset(&itab, 0, sizeof(itab));
	itab.leaf_type = NEXFS_BT_INODES;
	memset(s->buf_b, 0, s->bsize);
	memset(&root, 0, sizeof(root));
	root.ino = 1;
	root.type = NEXFS_TYPE_DIR;
	root.csum = o.default_csum;
	root.nlink = 1;
	root.parent = 1;
	root.ctime_ns = root.mtime_ns = nexfs_now(s);
	memcpy(s->buf_b + 128, &root, sizeof(root));
	err = nexfs_obj_write_leaf(s, &itab, 0, s->buf_b, false, NULL, -1);
	if (err)
		return err;
	s->sb.itab = itab.root;
	s->sb.itab_height = itab.height;
	s->sb.next_ino = 2;
	s->sb.next_snap = 1;
	s->sb.files = 1;
	s->dirty = true;

	err = nexfs_alloc_save(s);
	if (err)
		return err;
	s->sb.seq = 1;
	s->sb.time_ns = nexfs_now(s);
	s->sb.blocks_free = s->free_blocks;
	super_seal(&s->sb);
	for (uint32_t i = 0; i < o.replicas; i++) {
		err = replica_append(s, i);
		if (!err)
			err = rec_append(s, s->sb.anchor_block[i], &s->anc_next[i]);
		if (err)
			return err == NEXFS_ERR_BADBLOCK ? NEXFS_ERR_IO : err;
	}
	return flash_sync(s);
}

/* Reads slot k of block b as a record; true when it is valid. */
static int
read_slot(struct nexfs_state *s, uint32_t b, uint32_t k, struct nexfs_super *out, bool *valid,
    bool *erased)
{
	int err;

	err = s->cfg->flash->read(s->cfg->flash_ctx, b, k * s->rec_bytes, out, sizeof(*out));
	if (err)
		return err;
	*erased = nexfs_is_fill(out, sizeof(*out), 0xff);
	*valid = super_valid(out);
	return 0;
}

/* Finds any valid record by probing the replica homes for every R. */
static int
probe_any(struct nexfs_state *s, struct nexfs_super *found)
{
	uint32_t n = s->geo.block_count;
	bool valid, erased;
	int err;

	for (uint32_t pass = 0; pass < 2; pass++) {
		for (uint32_t r = 2; r <= NEXFS_REPLICAS_MAX; r++) {
			for (uint32_t i = 0; i < r; i++) {
				for (uint32_t d = 0; d < 4; d++) {
					uint32_t b = replica_home(i, r, n) + d;
					uint32_t kmax = pass == 0 ? 1 : s->slots;

					if (b >= n)
						break;
					for (uint32_t k = 0; k < kmax; k++) {
						err = read_slot(s, b, k, found, &valid, &erased);
						if (err)
							return err;
						if (valid)
							return 0;
					}
				}
			}
		}
	}
	/*
	 * Replicas that moved (bad blocks, wear) may all have left the homes:
	 * look at every block.  This costs a read per block, and happens only
	 * when the homes hold nothing valid.
	 */
	for (uint32_t b = 0; b < n; b++) {
		for (uint32_t k = 0; k < s->slots; k++) {
			err = read_slot(s, b, k, found, &valid, &erased);
			if (err)
				return err;
			if (valid)
				return 0;
			if (erased)
				break;
		}
	}
	return NEXFS_ERR_NOFS;
}

/* Fills next[i] with the slot after the last one in use in block b[i]. */
static int
next_slots(struct nexfs_state *s, const uint32_t *b, uint32_t n, uint32_t *next)
{
	struct nexfs_super rec;
	bool valid, erased;
	int err;

	for (uint32_t r = 0; r < n; r++) {
		next[r] = 0;
		for (uint32_t k = 0; k < s->slots; k++) {
			err = read_slot(s, b[r], k, &rec, &valid, &erased);
			if (err)
				return err;
			if (!erased)
				next[r] = k + 1;
		}
	}
	return 0;
}

int
nexfs_mount(struct nexfs *fs, const struct nexfs_config *cfg)
{
	struct nexfs_state *s = nexfs_st(fs);
	struct nexfs_super any, rec, best;
	bool valid, erased, have = false;
	int err;

	err = state_setup(s, cfg);
	if (err)
		return err;
	err = probe_any(s, &any);
	if (err) {
		nexfs_log(s, NEXFS_LOG_ERROR, "no valid superblock replica found");
		return err;
	}
	/*
	 * Scan every slot of every anchor and replica the record names: the
	 * newest anchor record lists the replicas as of the last move, and
	 * every later commit is in those replicas.  A newer record may list
	 * blocks not read yet, so scan again until the list is stable.
	 */
	{
		uint32_t scanned[6 * NEXFS_REPLICAS_MAX], nscanned = 0;
		struct nexfs_super list = any;

		for (int round = 0; round < 3; round++) {
			bool fresh_block = false;

			for (uint32_t r = 0; r < 2 * list.replicas; r++) {
				uint32_t b = r < list.replicas ? list.anchor_block[r] :
				    list.replica_block[r - list.replicas];
				bool seen = false;

				for (uint32_t k = 0; k < nscanned; k++)
					seen = seen || scanned[k] == b;
				if (seen || nscanned == 6 * NEXFS_REPLICAS_MAX)
					continue;
				scanned[nscanned++] = b;
				fresh_block = true;
				for (uint32_t k = 0; k < s->slots; k++) {
					err = read_slot(s, b, k, &rec, &valid, &erased);
					if (err)
						return err;
					if (valid && (!have || rec.seq > best.seq)) {
						best = rec;
						have = true;
					}
				}
			}
			if (!fresh_block || !have)
				break;
			list = best;
		}
	}
	if (have) {
		err = next_slots(s, best.replica_block, best.replicas, s->rep_next);
		if (!err)
			err = next_slots(s, best.anchor_block, best.replicas, s->anc_next);
		if (err)
			return err;
	}
	if (!have)
		return NEXFS_ERR_NOFS;
	if (best.version != NEXFS_FORMAT_VERSION) {
		nexfs_log(s, NEXFS_LOG_ERROR, best.version == 1 ?
		    "volume has NexFS format version 1 (block-aligned files); this NexFS reads "
		    "version 4 only: copy the files to a new volume with a version-1 tool" :
		    best.version == 2 ?
		    "volume has NexFS format version 2 (no erase counts, replicas at fixed "
		    "places); this NexFS reads version 4 only: copy the files to a new volume "
		    "with a version-2 tool" :
		    best.version == 3 ?
		    "volume has NexFS format version 3 (chunks of at most one block, no "
		    "multi-block chunks); this NexFS reads version 4 only: copy the files to a "
		    "new volume with a version-3 tool" :
		    "unknown NexFS format version");
		return NEXFS_ERR_VERSION;
	}
	if (best.features & NEXFS_FEAT_INCOMPAT_MASK & ~NEXFS_FEAT_INCOMPAT_COMPRESS) {
		nexfs_log(s, NEXFS_LOG_ERROR,
		    "volume uses an incompatible feature this NexFS does not know: not mounting");
		return NEXFS_ERR_INCOMPAT;
	}
	if (best.page_size != s->geo.page_size || best.block_size != s->geo.block_size ||
	    best.block_count != s->geo.block_count) {
		nexfs_log(s, NEXFS_LOG_ERROR, "volume geometry differs from the device's");
		return NEXFS_ERR_GEOMETRY;
	}
	if (best.itab_height > NEXFS_MAX_HEIGHT || best.snap_height > NEXFS_MAX_HEIGHT ||
	    best.ddt_height > NEXFS_MAX_HEIGHT || best.ddt_buckets == 0 ||
	    (best.ddt_buckets & (best.ddt_buckets - 1)) != 0)
		return NEXFS_ERR_CORRUPT;
	if (!cdc_valid(s, best.cdc_min, best.cdc_avg, best.cdc_max)) {
		nexfs_log(s, NEXFS_LOG_ERROR, "chunk sizes in the commit record are invalid");
		return NEXFS_ERR_CORRUPT;
	}
	s->sb = best;
	s->durable = best;
	/*
	 * A damaged allocation index is rebuilt from the tree (and, on a
	 * writable mount, written by a commit before mount returns).
	 */
	err = nexfs_alloc_load(s);
	if (err == NEXFS_ERR_CORRUPT)
		err = nexfs_alloc_rebuild(s);
	if (err)
		return err;
	for (uint32_t r = 0; r < best.replicas; r++)
		s->rc[best.replica_block[r]] = s->rc[best.anchor_block[r]] = NEXFS_RC_BAD;
	err = nexfs_wear_load(s, true);
	if (err)
		return err;
	nexfs_wear_scan(s);
	if (s->dirty && !(cfg->mount_flags & NEXFS_MOUNT_RDONLY)) {
		err = nexfs_commit(s);
		if (err)
			return err;
	}
	s->rdonly = (cfg->mount_flags & NEXFS_MOUNT_RDONLY) != 0;
	s->batch = (cfg->mount_flags & NEXFS_MOUNT_BATCH) != 0;
	s->mounted = true;
	return 0;
}

int
nexfs_sync(struct nexfs *fs)
{
	struct nexfs_state *s = nexfs_st(fs);
	int err;

	err = nexfs_op_begin(s, false);
	if (err)
		return err;
	if (s->rdonly)
		return 0;
	err = nexfs_commit(s);
	if (err && !s->broken)
		(void)nexfs_abort(s);
	if (!err)
		nexfs_wear_level(s);
	return err;
}

int
nexfs_unmount(struct nexfs *fs)
{
	struct nexfs_state *s = nexfs_st(fs);
	int err = 0;

	if (!s->mounted)
		return NEXFS_ERR_BADF;
	if (!s->rdonly && !s->broken) {
		/* Erase counts not saved yet go with a last commit. */
		if (s->wear_unsaved != 0) {
			s->wear_force = true;
			s->dirty = true;
		}
		err = nexfs_commit(s);
	}
	s->mounted = false;
	return err;
}

int
nexfs_info(struct nexfs *fs, struct nexfs_info *info)
{
	struct nexfs_state *s = nexfs_st(fs);
	uint64_t bad = 0;
	int err;

	err = nexfs_op_begin(s, false);
	if (err)
		return err;
	memset(info, 0, sizeof(*info));
	info->geo = s->geo;
	info->version = s->sb.version;
	info->replicas = s->sb.replicas;
	memcpy(info->replica_blocks, s->sb.replica_block, sizeof(info->replica_blocks));
	memcpy(info->anchor_blocks, s->sb.anchor_block, sizeof(info->anchor_blocks));
	info->features = s->sb.features;
	info->seq = s->durable.seq;
	for (uint32_t b = 0; b < s->geo.block_count; b++)
		if (s->rc[b] == NEXFS_RC_BAD)
			bad++;
	info->blocks_bad = bad - 2u * s->sb.replicas;
	info->blocks_total = s->geo.block_count - bad;
	info->blocks_free = s->free_blocks;
	info->bytes_total = info->blocks_total * s->bsize;
	info->bytes_free = info->blocks_free * s->bsize;
	info->files = s->sb.files;
	{
		size_t nsnap = 0;

		err = nexfs_snapshot_list(fs, NULL, 0, &nsnap);
		if (err)
			return err;
		info->snapshots = (uint32_t)nsnap;
	}
	{
		uint64_t sum = 0, good = 0;
		uint32_t lo = UINT32_MAX, hi = 0;

		for (uint32_t b = 0; b < s->geo.block_count; b++) {
			uint32_t w = s->wear[b] + s->wear_base;

			if (s->rc[b] == NEXFS_RC_BAD && !nexfs_block_is_home(s, b))
				continue;
			sum += w;
			good++;
			lo = w < lo ? w : lo;
			hi = w > hi ? w : hi;
		}
		info->max_erase_count = hi;
		info->min_erase_count = good != 0 ? lo : 0;
		info->mean_erase_count = good != 0 ? (uint32_t)(sum / good) : 0;
		info->wear_moves = s->wl_moves;
	}
	memcpy(info->root_hash, s->sb.itab.hash, 32);
	info->default_csum = s->sb.default_csum;
	info->cdc_min = s->sb.cdc_min;
	info->cdc_avg = s->sb.cdc_avg;
	info->cdc_max = s->sb.cdc_max;
	memcpy(info->label, s->sb.label, sizeof(info->label));
	return 0;
}

int
nexfs_tune(struct nexfs *fs, uint64_t set, uint64_t clear)
{
	struct nexfs_state *s = nexfs_st(fs);
	const uint64_t known = NEXFS_FEAT_COMPAT_DEDUP | NEXFS_FEAT_COMPAT_WEAR_LEVEL |
	    NEXFS_FEAT_COMPAT_PACK | NEXFS_FEAT_INCOMPAT_COMPRESS;
	int err;

	if ((set | clear) & ~known)
		return NEXFS_ERR_INVAL;
	/* Compressed blocks may exist anywhere: only a full scan could say. */
	if ((clear & NEXFS_FEAT_INCOMPAT_COMPRESS) &&
	    (nexfs_st(fs)->sb.features & NEXFS_FEAT_INCOMPAT_COMPRESS))
		return NEXFS_ERR_BUSY;
	err = nexfs_op_begin(s, true);
	if (err)
		return err;
	s->sb.features = (s->sb.features | set) & ~clear;
	s->dirty = true;
	return nexfs_op_end(s, 0);
}

/*
 * Scrub's part: each anchor and each replica must hold a valid record, and
 * the two replicas that the mounted commit went to must hold it.  Those
 * that fail get the mounted commit appended again (for an anchor that is
 * a valid anchor record: it lists the replicas of the mounted commit).
 */
int
nexfs_replicas_check(struct nexfs_state *s, struct nexfs_scrub_report *rep)
{
	uint32_t r = s->durable.replicas;
	struct nexfs_super rec;
	bool valid, erased;
	int err;

	for (uint32_t i = 0; i < 2 * r; i++) {
		bool anchor = i >= r, any = false, has = false;
		uint32_t j = anchor ? i - r : i;
		uint32_t b = anchor ? s->durable.anchor_block[j] : s->durable.replica_block[j];
		bool target = !anchor && (j == s->durable.seq % r || j == (s->durable.seq + 1) % r);

		for (uint32_t k = 0; k < s->slots; k++) {
			err = read_slot(s, b, k, &rec, &valid, &erased);
			if (err)
				return err;
			if (valid) {
				any = true;
				if (rec.seq == s->durable.seq)
					has = true;
			}
		}
		if (any && (has || !target))
			continue;
		rep->replicas_bad++;
		nexfs_log(s, NEXFS_LOG_WARN, anchor ? "superblock anchor damaged: rewriting it" :
		    "superblock replica damaged: rewriting it");
		s->sb = s->durable;
		err = rec_append(s, b, anchor ? &s->anc_next[j] : &s->rep_next[j]);
		if (!err)
			err = flash_sync(s);
		if (err == NEXFS_ERR_BADBLOCK && !anchor) {
			s->relocate |= (uint16_t)(1u << j);	/* the next commit moves it */
			continue;
		}
		if (err == NEXFS_ERR_BADBLOCK)
			continue;	/* an anchor stays where it is; the others serve */
		if (err)
			return err;
		rep->replicas_repaired++;
	}
	return 0;
}
