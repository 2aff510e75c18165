/*
 * snap.c: TimeWarp snapshots, diff, scrub and usage statistics.
 *
 * A snapshot is a 128-byte record in the snapshot table (an object whose
 * leaves hold records, record i at offset i * 128, SPEC.md section 7) that
 * names an inode-table root and holds one reference on it.  Since every
 * block pointer carries the hash of what it points at, that root's hash is
 * the Merkle root of the whole tree the snapshot captured.  Creating one
 * costs a record; the live tree then copies shared blocks on write
 * (tree.c).  Rolling back points the live inode table at the snapshot's
 * and drops the old one, in one commit.
 */
#include "nexfs_internal.h"

#include <base/fmt.h>

static void
snaps_obj(struct nexfs_state *s, struct nexfs_obj *o)
{
	memset(o, 0, sizeof(*o));
	o->root = s->sb.snaps;
	o->height = s->sb.snap_height;
	o->leaf_type = NEXFS_BT_SNAPS;
}

/* Reads snapshot id's record; NEXFS_ERR_NOENT when there is none. */
static int
snap_get(struct nexfs_state *s, nexfs_snap_t id, struct nexfs_snaprec *rec)
{
	uint32_t per = nexfs_rec_per_leaf(s);
	struct nexfs_obj o;
	bool hole;
	int err;

	if (id == NEXFS_LIVE || id >= s->sb.next_snap)
		return NEXFS_ERR_NOENT;
	snaps_obj(s, &o);
	err = nexfs_obj_read_leaf(s, &o, id / per, s->buf_b, &hole);
	if (err)
		return err;
	memcpy(rec, s->buf_b + (id % per) * 128, sizeof(*rec));
	if (rec->id != id)
		return NEXFS_ERR_NOENT;
	if (rec->itab_height > NEXFS_MAX_HEIGHT)
		return NEXFS_ERR_CORRUPT;
	return 0;
}

/* Stores rec (or clears slot id when rec is NULL). */
static int
snap_put(struct nexfs_state *s, nexfs_snap_t id, const struct nexfs_snaprec *rec,
    const struct nexfs_bptr *removed)
{
	uint32_t per = nexfs_rec_per_leaf(s);
	struct nexfs_obj o;
	bool hole;
	int err;

	snaps_obj(s, &o);
	err = nexfs_obj_read_leaf(s, &o, id / per, s->buf_b, &hole);
	if (err)
		return err;
	if (rec != NULL)
		memcpy(s->buf_b + (id % per) * 128, rec, sizeof(*rec));
	else
		memset(s->buf_b + (id % per) * 128, 0, 128);
	err = nexfs_obj_write_leaf(s, &o, id / per, s->buf_b, false, removed,
	    rec != NULL ? (int)(id % per) : -1);
	if (err)
		return err;
	s->sb.snaps = o.root;
	s->sb.snap_height = o.height;
	return 0;
}

int
nexfs_snap_view(struct nexfs_state *s, nexfs_snap_t snap, struct nexfs_bptr *itab, uint8_t *ih)
{
	struct nexfs_snaprec rec;
	int err;

	if (snap == NEXFS_LIVE) {
		*itab = s->sb.itab;
		*ih = s->sb.itab_height;
		return 0;
	}
	err = snap_get(s, snap, &rec);
	if (err)
		return err;
	*itab = rec.itab;
	*ih = rec.itab_height;
	return 0;
}

static int
snap_create(struct nexfs_state *s, const char *name, nexfs_snap_t *id)
{
	struct nexfs_snaprec rec;
	size_t n = name != NULL ? base_strnlen(name, NEXFS_SNAP_NAME_MAX + 1) : 0;
	int err;

	if (n > NEXFS_SNAP_NAME_MAX)
		return NEXFS_ERR_NAMETOOLONG;
	memset(&rec, 0, sizeof(rec));
	rec.id = s->sb.next_snap;
	rec.seq = s->durable.seq + 1;
	rec.time_ns = nexfs_now(s);
	rec.next_ino = s->sb.next_ino;
	rec.itab = s->sb.itab;
	rec.itab_height = s->sb.itab_height;
	rec.files = s->sb.files;
	if (n > 0)
		memcpy(rec.name, name, n);
	/* The record's own reference on the tree it captures. */
	if (!nexfs_bptr_null(&rec.itab))
		nexfs_ref_inc(s, rec.itab.block);
	err = snap_put(s, rec.id, &rec, NULL);
	if (err)
		return err;
	s->sb.next_snap++;
	s->dirty = true;
	*id = rec.id;
	return 0;
}

int
nexfs_snapshot_create(struct nexfs *fs, const char *name, nexfs_snap_t *id)
{
	struct nexfs_state *s = nexfs_st(fs);
	int err;

	err = nexfs_op_begin(s, true);
	if (err)
		return err;
	err = snap_create(s, name, id);
	if (nexfs_pack_retry(s, err))
		err = snap_create(s, name, id);
	return nexfs_op_end(s, err);
}

int
nexfs_snapshot_list(struct nexfs *fs, struct nexfs_snapshot_info *out, size_t cap,
    size_t *count)
{
	struct nexfs_state *s = nexfs_st(fs);
	struct nexfs_snaprec rec;
	int err;

	*count = 0;
	err = nexfs_op_begin(s, false);
	if (err)
		return err;
	for (nexfs_snap_t id = 1; id < s->sb.next_snap; id++) {
		err = snap_get(s, id, &rec);
		if (err == NEXFS_ERR_NOENT)
			continue;
		if (err)
			return err;
		if (*count < cap) {
			struct nexfs_snapshot_info *i = &out[*count];

			memset(i, 0, sizeof(*i));
			i->id = rec.id;
			i->seq = rec.seq;
			i->time_ns = rec.time_ns;
			memcpy(i->root_hash, rec.itab.hash, 32);
			memcpy(i->name, rec.name, NEXFS_SNAP_NAME_MAX);
		}
		(*count)++;
	}
	return 0;
}

static int
snap_delete(struct nexfs_state *s, nexfs_snap_t id)
{
	struct nexfs_snaprec rec;
	int err;

	err = snap_get(s, id, &rec);
	if (err)
		return err;
	return snap_put(s, id, NULL, &rec.itab);
}

int
nexfs_snapshot_delete(struct nexfs *fs, nexfs_snap_t id)
{
	struct nexfs_state *s = nexfs_st(fs);
	int err;

	err = nexfs_op_begin(s, true);
	if (err)
		return err;
	s->use_reserve = true;
	err = snap_delete(s, id);
	if (nexfs_pack_retry(s, err)) {
		s->use_reserve = true;
		err = snap_delete(s, id);
	}
	return nexfs_op_end(s, err);
}

static int
snap_rollback(struct nexfs_state *s, nexfs_snap_t id)
{
	struct nexfs_snaprec rec;
	struct nexfs_bptr old = s->sb.itab;
	int err;

	if (s->open_files != 0)
		return NEXFS_ERR_BUSY;
	err = snap_get(s, id, &rec);
	if (err)
		return err;
	if (!nexfs_bptr_null(&rec.itab))
		nexfs_ref_inc(s, rec.itab.block);
	s->sb.itab = rec.itab;
	s->sb.itab_height = rec.itab_height;
	s->sb.files = rec.files;
	if (rec.next_ino > s->sb.next_ino)
		s->sb.next_ino = rec.next_ino;
	s->dirty = true;
	return nexfs_bptr_drop(s, &old);
}

int
nexfs_snapshot_rollback(struct nexfs *fs, nexfs_snap_t id)
{
	struct nexfs_state *s = nexfs_st(fs);
	int err;

	err = nexfs_op_begin(s, true);
	if (err)
		return err;
	s->use_reserve = true;
	err = snap_rollback(s, id);
	if (nexfs_pack_retry(s, err)) {
		s->use_reserve = true;
		err = snap_rollback(s, id);
	}
	return nexfs_op_end(s, err);
}

/* --- Diff --------------------------------------------------------------- */

/*
 * Builds the path of inode ino in the tree (itab, ih) into buf.
 */
static int
path_of(struct nexfs_state *s, const struct nexfs_bptr *itab, uint8_t ih, uint64_t ino,
    char *buf, size_t cap)
{
	struct nexfs_inode in, dir;
	struct nexfs_dent d;
	size_t pos = cap - 1;
	int err;

	buf[pos] = '\0';
	for (int depth = 0; ino != 1; depth++) {
		if (depth > 512)
			return NEXFS_ERR_CORRUPT;
		err = nexfs_inode_get(s, itab, ih, ino, &in);
		if (err)
			return err;
		err = nexfs_inode_get(s, itab, ih, in.parent, &dir);
		if (err)
			return err;
		err = nexfs_dir_find_ino(s, itab, ih, &dir, ino, &d);
		if (err)
			return err;
		if (d.name_len > NEXFS_NAME_MAX || (size_t)d.name_len + 1 > pos)
			return NEXFS_ERR_NAMETOOLONG;
		pos -= d.name_len;
		memcpy(buf + pos, d.name, d.name_len);
		buf[--pos] = '/';
		ino = in.parent;
	}
	if (pos == cap - 1)
		buf[--pos] = '/';
	memmove(buf, buf + pos, cap - pos);
	return 0;
}

static int
report(struct nexfs_state *s, const struct nexfs_bptr *itab, uint8_t ih, uint64_t ino,
    enum nexfs_diff_kind kind, nexfs_diff_fn fn, void *ctx)
{
	char path[NEXFS_PATH_MAX + 1];
	int err;

	err = path_of(s, itab, ih, ino, path, sizeof(path));
	if (err)
		return err;
	return fn(ctx, path, kind);
}

int
nexfs_snapshot_diff(struct nexfs *fs, nexfs_snap_t a, nexfs_snap_t b, nexfs_diff_fn fn,
    void *ctx)
{
	struct nexfs_state *s = nexfs_st(fs);
	uint32_t per = nexfs_rec_per_leaf(s);
	struct nexfs_bptr ta, tb, la, lb;
	struct nexfs_obj oa, ob;
	uint8_t ha, hb;
	uint64_t nleaves;
	int err;

	err = nexfs_op_begin(s, false);
	if (err)
		return err;
	err = nexfs_snap_view(s, a, &ta, &ha);
	if (!err)
		err = nexfs_snap_view(s, b, &tb, &hb);
	if (err)
		return err;
	memset(&oa, 0, sizeof(oa));
	oa.root = ta;
	oa.height = ha;
	oa.leaf_type = NEXFS_BT_INODES;
	ob = oa;
	ob.root = tb;
	ob.height = hb;
	nleaves = (s->sb.next_ino + per - 1) / per;
	for (uint64_t leaf = 0; leaf < nleaves; leaf++) {
		err = nexfs_obj_leaf_bptr(s, &oa, leaf, &la);
		if (!err)
			err = nexfs_obj_leaf_bptr(s, &ob, leaf, &lb);
		if (err)
			return err;
		/* Equal hashes: the whole leaf (and every file in it) is equal. */
		if (nexfs_bptr_null(&la) && nexfs_bptr_null(&lb))
			continue;
		if (!nexfs_bptr_null(&la) && !nexfs_bptr_null(&lb) &&
		    memcmp(la.hash, lb.hash, 32) == 0)
			continue;
		for (uint32_t i = 0; i < per; i++) {
			uint64_t ino = leaf * per + i;
			struct nexfs_inode ia, ib;
			int ea, eb;

			if (ino == 0)
				continue;
			ea = nexfs_inode_get(s, &ta, ha, ino, &ia);
			eb = nexfs_inode_get(s, &tb, hb, ino, &ib);
			if ((ea && ea != NEXFS_ERR_NOENT) || (eb && eb != NEXFS_ERR_NOENT))
				return ea && ea != NEXFS_ERR_NOENT ? ea : eb;
			if (ea && eb)
				continue;
			if (ea)
				err = report(s, &tb, hb, ino, NEXFS_DIFF_ADDED, fn, ctx);
			else if (eb)
				err = report(s, &ta, ha, ino, NEXFS_DIFF_REMOVED, fn, ctx);
			else if (ia.type != ib.type ||
			    (ia.type == NEXFS_TYPE_FILE && (ia.size != ib.size ||
			    memcmp(ia.root.hash, ib.root.hash, 32) != 0)))
				err = report(s, &tb, hb, ino, NEXFS_DIFF_MODIFIED, fn, ctx);
			else if (ia.parent != ib.parent) {
				/* Moved: gone from the old place, present at the new one. */
				err = report(s, &ta, ha, ino, NEXFS_DIFF_REMOVED, fn, ctx);
				if (!err)
					err = report(s, &tb, hb, ino, NEXFS_DIFF_ADDED, fn, ctx);
			}
			if (err)
				return err;
		}
	}
	return 0;
}

/* --- Scrub ---------------------------------------------------------------- */

struct scrub_ctx {
	struct nexfs_state *s;
	struct nexfs_scrub_report *rep;
	nexfs_scrub_fn fn;
	void *ctx;
	uint64_t total;
};

static void
scrub_damage(struct scrub_ctx *c, const char *what, uint32_t block)
{
	char msg[96];

	c->rep->errors++;
	base_snprintf(msg, sizeof(msg), "%s: block %u fails its checksum", what, block);
	nexfs_log(c->s, NEXFS_LOG_ERROR, msg);
	if (c->fn != NULL)
		c->fn(c->ctx, c->rep->blocks_checked, c->total, msg);
}

static void
scrub_visit(void *ctx, const struct nexfs_bptr *p, int err)
{
	struct scrub_ctx *c = ctx;

	c->rep->blocks_checked++;
	c->rep->bytes_checked += c->s->bsize;
	if (err)
		scrub_damage(c, p->type == NEXFS_BT_DATA ? "data" : "metadata", p->block);
	if (c->fn != NULL && (c->rep->blocks_checked & 255) == 0)
		c->fn(c->ctx, c->rep->blocks_checked, c->total, NULL);
}

/* Verifies one inode table: its nodes, leaves, and every file's tree. */
static int
scrub_itab(struct scrub_ctx *c, const struct nexfs_bptr *itab, uint8_t ih, uint64_t next_ino)
{
	struct nexfs_state *s = c->s;
	uint32_t per = nexfs_rec_per_leaf(s);
	struct nexfs_obj o;
	struct nexfs_bptr leaf;
	int err;

	memset(&o, 0, sizeof(o));
	o.root = *itab;
	o.height = ih;
	o.leaf_type = NEXFS_BT_INODES;
	/* Interior nodes of the table (leaves are checked below). */
	if (ih > 0) {
		err = nexfs_tree_walk(s, itab, false, scrub_visit, c, 0);
		if (err)
			return err;
	}
	for (uint64_t l = 0; l < (next_ino + per - 1) / per; l++) {
		err = nexfs_obj_leaf_bptr(s, &o, l, &leaf);
		if (err == NEXFS_ERR_CORRUPT)
			continue;	/* reported by the walk */
		if (err)
			return err;
		if (nexfs_bptr_null(&leaf))
			continue;
		err = nexfs_blk_read(s, &leaf, s->buf_b);
		if (ih == 0)
			scrub_visit(c, &leaf, err);
		if (err == NEXFS_ERR_CORRUPT)
			continue;
		if (err)
			return err;
		for (uint32_t i = 0; i < per; i++) {
			struct nexfs_inode in;

			err = nexfs_inode_get(s, itab, ih, l * per + i, &in);
			if (err == NEXFS_ERR_NOENT)
				continue;
			if (err == NEXFS_ERR_CORRUPT) {
				scrub_damage(c, "inode", leaf.block);
				continue;
			}
			if (err)
				return err;
			err = nexfs_tree_walk(s, &in.root, true, scrub_visit, c, 0);
			if (err)
				return err;
		}
	}
	return 0;
}

/*
 * The dedup index: each bucket leaf is read; a damaged leaf is reported
 * and, when repair is allowed, replaced by an empty one (the index holds
 * hints only, so nothing is lost but the chance to share).  A damaged node
 * sets *node_bad: its leaves cannot be reached one by one.
 */
static int
scrub_ddt(struct scrub_ctx *c, bool repair, bool *node_bad)
{
	struct nexfs_state *s = c->s;
	struct nexfs_bptr leaf;
	struct nexfs_obj o;
	int err;

	*node_bad = false;
	for (uint64_t b = 0; b < s->sb.ddt_buckets; b++) {
		memset(&o, 0, sizeof(o));
		o.root = s->sb.ddt;
		o.height = s->sb.ddt_height;
		o.leaf_type = NEXFS_BT_DDT;
		err = nexfs_obj_leaf_bptr(s, &o, b, &leaf);
		if (err == NEXFS_ERR_CORRUPT) {
			scrub_damage(c, "dedup index node", s->sb.ddt.block);
			*node_bad = true;
			return 0;
		}
		if (err)
			return err;
		if (nexfs_bptr_null(&leaf))
			continue;
		err = nexfs_blk_read(s, &leaf, s->buf_b);
		if (err && err != NEXFS_ERR_CORRUPT)
			return err;
		scrub_visit(c, &leaf, err);
		if (!err || !repair)
			continue;
		err = nexfs_obj_write_leaf(s, &o, b, NULL, true, NULL, -1);
		if (err)
			return err;
		s->sb.ddt = o.root;
		s->sb.ddt_height = o.height;
		c->rep->repaired++;
	}
	return 0;
}

/*
 * One index root (allocation or wear) and its tables: *bad gets whether
 * any failed, and dirty[t] is set for each damaged table so that the next
 * commit writes it again from the counts in RAM, which saw every change.
 */
static int
scrub_index(struct scrub_ctx *c, const struct nexfs_bptr *root, const struct nexfs_bptr *tables,
    uint8_t *dirty, bool repair, bool *bad)
{
	struct nexfs_state *s = c->s;
	int err;

	*bad = false;
	err = nexfs_blk_read(s, root, s->buf_b);
	if (err && err != NEXFS_ERR_CORRUPT)
		return err;
	scrub_visit(c, root, err);
	*bad = err != 0;
	for (uint32_t t = 0; t < s->ntables; t++) {
		err = nexfs_blk_read(s, &tables[t], s->buf_b);
		if (err && err != NEXFS_ERR_CORRUPT)
			return err;
		scrub_visit(c, &tables[t], err);
		if (err) {
			*bad = true;
			if (repair)
				dirty[t] = 1;
		}
	}
	return 0;
}

int
nexfs_scrub(struct nexfs *fs, struct nexfs_scrub_report *rep, nexfs_scrub_fn fn, void *ctx)
{
	struct nexfs_state *s = nexfs_st(fs);
	struct scrub_ctx c = { s, rep, fn, ctx, 0 };
	struct nexfs_snaprec rec;
	bool repair, ddt_bad, alloc_bad, wear_bad;
	uint64_t before, e0, r0;
	int err;

	memset(rep, 0, sizeof(rep[0]));
	err = nexfs_op_begin(s, false);
	if (err)
		return err;
	/* Repairs commit: not on a read-only mount, nor over pending batch changes. */
	repair = !s->rdonly && !s->dirty;
	c.total = s->geo.block_count - s->free_blocks;
	err = scrub_itab(&c, &s->sb.itab, s->sb.itab_height, s->sb.next_ino);
	if (err)
		return err;
	if (!nexfs_bptr_null(&s->sb.snaps)) {
		err = nexfs_tree_walk(s, &s->sb.snaps, false, scrub_visit, &c, 0);
		if (err)
			return err;
	}
	for (nexfs_snap_t id = 1; id < s->sb.next_snap; id++) {
		err = snap_get(s, id, &rec);
		if (err == NEXFS_ERR_NOENT)
			continue;
		if (err == NEXFS_ERR_CORRUPT)
			continue;
		if (err)
			return err;
		err = scrub_itab(&c, &rec.itab, rec.itab_height, rec.next_ino);
		if (err)
			return err;
	}
	e0 = rep->errors;
	r0 = rep->repaired;
	err = scrub_ddt(&c, repair, &ddt_bad);
	if (err)
		goto fail;
	if (s->alloc_rebuilt) {
		/* Damaged at mount; a read-only mount holds the rebuilt counts in RAM. */
		c.rep->blocks_checked++;
		scrub_damage(&c, "allocation index (rebuilt from the tree at mount)",
		    s->durable.aidx.block);
	}
	err = scrub_index(&c, &s->sb.aidx, s->tables, s->tdirty, repair, &alloc_bad);
	if (!err)
		err = scrub_index(&c, &s->sb.wear, s->wtables, s->wdirty, repair, &wear_bad);
	if (err)
		goto fail;
	if (repair && (ddt_bad || alloc_bad || wear_bad)) {
		/* Every damaged index block found since e0 is written anew. */
		before = (rep->errors - e0) - (rep->repaired - r0);
		if (ddt_bad) {
			/*
			 * A damaged node of the dedup index: start an empty
			 * index, and count references again so that the blocks
			 * of the old one are freed.
			 */
			nexfs_bptr_clear(&s->sb.ddt);
			s->sb.ddt_height = 0;
			err = nexfs_alloc_rebuild(s);
			if (err)
				goto fail;
		}
		if (wear_bad)
			s->wear_force = true;
		s->dirty = true;
		err = nexfs_commit(s);
		if (err)
			goto fail;
		rep->repaired += before;
	} else if (repair && s->dirty) {
		err = nexfs_commit(s);	/* damaged dedup leaves replaced */
		if (err)
			goto fail;
	}
	if (repair) {
		err = nexfs_replicas_check(s, rep);
		if (err)
			return err;
	}
	if (fn != NULL)
		fn(ctx, rep->blocks_checked, rep->blocks_checked, NULL);
	return 0;
fail:
	if (repair && !s->broken)
		(void)nexfs_abort(s);
	return err;
}

/* --- Usage ---------------------------------------------------------------- */

struct du_ctx;
static int du_pass(struct nexfs_state *s, const struct nexfs_inode *top, struct du_ctx *c);

struct du_ctx {
	struct nexfs_state *s;
	struct nexfs_du *du;
	bool count;		/* first pass: pointers into each block, in s->live */
};

/*
 * A block holding one piece is the subtree's own when its count is 1; a
 * block of packed pieces when every pointer into it is in the subtree
 * (counted by a first pass in s->live, when the mount has it).
 */
static void
du_visit(void *ctx, const struct nexfs_bptr *p, int err)
{
	struct du_ctx *c = ctx;
	struct nexfs_state *s = c->s;

	(void)err;
	if (p->type != NEXFS_BT_DATA || p->block >= s->geo.block_count)
		return;
	if (c->count) {
		if (s->live[p->block] < UINT16_MAX)
			s->live[p->block]++;
		return;
	}
	c->du->referenced_blocks++;
	if (s->rc[p->block] == 1 || (s->live != NULL && nexfs_piece_units(s, p) != 0 &&
	    s->rc[p->block] == s->live[p->block]))
		c->du->unique_blocks++;
}

int
nexfs_du(struct nexfs *fs, const char *path, struct nexfs_du *du)
{
	struct nexfs_state *s = nexfs_st(fs);
	struct du_ctx c = { s, du, s->live != NULL };
	struct nexfs_inode top;
	int err;

	err = nexfs_op_begin(s, false);
	if (err)
		return err;
	err = nexfs_path_lookup(s, &s->sb.itab, s->sb.itab_height, path, &top);
	if (err)
		return err;
	if (c.count) {
		memset(s->live, 0, (size_t)s->geo.block_count * 2);
		err = du_pass(s, &top, &c);
		if (err)
			return err;
		c.count = false;
	}
	return du_pass(s, &top, &c);
}

/* One pass of du over the inodes below top. */
static int
du_pass(struct nexfs_state *s, const struct nexfs_inode *top, struct du_ctx *c)
{
	uint32_t per = nexfs_rec_per_leaf(s);
	struct nexfs_du *du = c->du;
	struct nexfs_inode in, up;
	int err;

	memset(du, 0, sizeof(*du));
	for (uint64_t ino = 1; ino < s->sb.next_ino; ino++) {
		bool below = false;

		if (ino % per == 0) {
			struct nexfs_obj o;
			struct nexfs_bptr leaf;

			memset(&o, 0, sizeof(o));
			o.root = s->sb.itab;
			o.height = s->sb.itab_height;
			o.leaf_type = NEXFS_BT_INODES;
			err = nexfs_obj_leaf_bptr(s, &o, ino / per, &leaf);
			if (err)
				return err;
			if (nexfs_bptr_null(&leaf)) {
				ino += per - 1;
				continue;
			}
		}
		err = nexfs_inode_get(s, &s->sb.itab, s->sb.itab_height, ino, &in);
		if (err == NEXFS_ERR_NOENT)
			continue;
		if (err)
			return err;
		/* Is it top or below top? */
		up = in;
		for (int depth = 0; depth < 4096; depth++) {
			if (up.ino == top->ino) {
				below = true;
				break;
			}
			if (up.ino == 1)
				break;
			err = nexfs_inode_get(s, &s->sb.itab, s->sb.itab_height, up.parent, &up);
			if (err)
				return err;
		}
		if (!below)
			continue;
		if (in.type == NEXFS_TYPE_DIR) {
			du->dirs++;
			continue;
		}
		du->files++;
		du->logical_bytes += in.size;
		err = nexfs_tree_walk(s, &in.root, false, du_visit, c, 0);
		if (err)
			return err;
	}
	return 0;
}

int
nexfs_dedup_stats(struct nexfs *fs, struct nexfs_dedup_stats *st)
{
	struct nexfs_state *s = nexfs_st(fs);
	int err;

	err = nexfs_op_begin(s, false);
	if (err)
		return err;
	*st = s->dd;
	st->blocks_shared = 0;
	for (uint32_t b = 0; b < s->geo.block_count; b++)
		if (s->rc[b] > 1 && s->rc[b] < NEXFS_RC_STICKY)
			st->blocks_shared++;
	return 0;
}
