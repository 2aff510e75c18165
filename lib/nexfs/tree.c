/*
 * tree.c: objects, the copy-on-write radix trees everything is made of.
 *
 * An object (a file's bytes, a directory's entries, the inode table, the
 * snapshot table) is a tree of blocks: leaves hold block_size bytes each,
 * interior nodes hold fanout block pointers, and a tree of height h holds
 * fanout^h leaves.  Missing subtrees are holes that read as zeros, so
 * sparse objects cost nothing.  A file's tree differs (chunk.c): its leaves
 * are extents of 1..block_size bytes (or holes of any length) and every
 * node pointer carries its span, the bytes below it, which obj_update keeps
 * when o->ext is set.  A leaf is replaced by writing it to a new
 * block and then each ancestor, bottom up, to a new block too: nothing on
 * flash is ever overwritten, and the old tree stays valid until the commit
 * record that names the new one is written.
 *
 * Sharing.  A block may be referenced from several parents (a snapshot
 * shares the whole tree; dedup shares leaves).  A block is "effectively
 * shared" when its own count exceeds one or any ancestor is effectively
 * shared.  When such a block is copied, the copy takes a new reference on
 * every child it keeps and the original keeps its own; when an unshared
 * block is copied, the references simply move to the copy and the original
 * is freed.  This is the scheme of Rodeh's copy-on-write B-trees applied to
 * radix trees.  Interior nodes are read and written through stream.c
 * (nexfs_blk_get, nexfs_blk_compose: buf_a, or the window of the lean
 * layout); besides them only the caller's leaf is used (and buf_b, where
 * nexfs_obj_move_leaves builds a node).
 */
#include "nexfs_internal.h"

uint64_t
nexfs_obj_capacity(struct nexfs_state *s, uint8_t height)
{
	uint64_t c = 1;

	for (uint8_t i = 0; i < height; i++) {
		if (c > UINT64_MAX / s->fanout)
			return UINT64_MAX;
		c *= s->fanout;
	}
	return c;
}

static uint32_t
slot_of(struct nexfs_state *s, uint64_t idx, uint8_t level)
{
	for (uint8_t l = 1; l < level; l++)
		idx /= s->fanout;
	return (uint32_t)(idx % s->fanout);
}

/* Slot i of interior node p (checked against p's hash). */
static int
node_get(struct nexfs_state *s, const struct nexfs_bptr *p, uint32_t i, struct nexfs_bptr *c)
{
	if (p->type != NEXFS_BT_NODE)
		return NEXFS_ERR_CORRUPT;
	return nexfs_blk_get(s, p, i * (uint32_t)sizeof(*c), c, sizeof(*c));
}

uint64_t
nexfs_bptr_span(const struct nexfs_bptr *p)
{
	return p->type == NEXFS_BT_NODE ? p->span : p->size;
}

/*
 * Takes a reference on every child of node p but slot skip (-1: none):
 * the node is a copy of one that keeps its own.
 */
static int
node_inc(struct nexfs_state *s, const struct nexfs_bptr *p, int skip)
{
	struct nexfs_bptr c;
	int err;

	for (uint32_t i = 0; i < s->fanout; i++) {
		if ((int)i == skip)
			continue;
		err = node_get(s, p, i, &c);
		if (err)
			return err;
		if (!nexfs_bptr_null(&c) && c.block < s->geo.block_count)
			nexfs_ref_inc(s, c.block);
	}
	return 0;
}

/* Whether all n bytes at buf are v (0: zeros; 0xFF: erased flash). */
bool
nexfs_is_fill(const void *buf, size_t n, uint8_t v)
{
	const uint8_t *p = buf;

	for (size_t i = 0; i < n; i++)
		if (p[i] != v)
			return false;
	return true;
}

bool
nexfs_is_zero(const void *buf, size_t n)
{
	return nexfs_is_fill(buf, n, 0);
}

/*
 * Reads leaf idx of o into buf (block_size bytes); a hole reads as zeros
 * and sets *hole.  Interior nodes go through buf too.
 */
int
nexfs_obj_read_leaf(struct nexfs_state *s, const struct nexfs_obj *o, uint64_t idx,
    void *buf, bool *hole)
{
	struct nexfs_bptr p = o->root;
	int err;

	*hole = true;
	if (o->height > NEXFS_MAX_HEIGHT)
		return NEXFS_ERR_CORRUPT;
	if (idx >= nexfs_obj_capacity(s, o->height) || nexfs_bptr_null(&p)) {
		memset(buf, 0, s->bsize);
		return 0;
	}
	for (uint8_t l = o->height; l > 0; l--) {
		if (p.type != NEXFS_BT_NODE)
			return NEXFS_ERR_CORRUPT;
		err = nexfs_blk_read(s, &p, buf);
		if (err)
			return err;
		memcpy(&p, (uint8_t *)buf + (size_t)slot_of(s, idx, l) * sizeof(p), sizeof(p));
		if (nexfs_bptr_null(&p)) {
			memset(buf, 0, s->bsize);
			return 0;
		}
	}
	if (p.type != o->leaf_type)
		return NEXFS_ERR_CORRUPT;
	*hole = false;
	return nexfs_blk_read(s, &p, buf);
}

/* Adds a level on top of o, so that o can hold more leaves. */
static int
obj_grow(struct nexfs_state *s, struct nexfs_obj *o)
{
	int err;

	if (o->height >= NEXFS_MAX_HEIGHT)
		return NEXFS_ERR_FBIG;
	/* A file's root may be a hole extent: no block, but bytes. */
	if (!nexfs_bptr_null(&o->root) || o->root.size != 0) {
		/* A shared owner keeps its reference; the new node takes one. */
		if (o->owner_shared)
			nexfs_ref_inc(s, o->root.block);
		struct nexfs_bptr old = o->root;
		struct nexfs_patch pt = { 0, sizeof(old), &old };

		o->owner_shared = false;
		o->touched = true;
		err = nexfs_blk_compose(s, NULL, &pt, 1, NEXFS_BT_NODE, NEXFS_NOBLOCK, false,
		    &o->root);
		if (err)
			return err;
		if (o->ext)
			o->root.span = nexfs_bptr_span(&old);
	}
	o->height++;
	return 0;
}

/*
 * Replaces leaf idx of o by the block_size bytes at leaf (all zeros when
 * zero is set, or when leaf is all zeros: the leaf becomes a hole).
 *
 * For leaves with children (inode and snapshot tables), removed is the
 * child bptr the new content no longer holds (or NULL) and installed the
 * index of the record whose child is new and already carries its own
 * reference (or -1); every other child is carried over.  o->root and
 * o->height are updated; the caller stores them in the record that owns o,
 * passing no removed child for the old root, whose release happens here.
 *
 * given, when not NULL, is the new leaf, already on flash with a reference
 * of its own.  With drop_old, the leaf it replaces is released with its
 * children (given holds references of its own to all of its children);
 * else only that block's reference is released, its children's moving on.
 */
static int
obj_update(struct nexfs_state *s, struct nexfs_obj *o, uint64_t idx,
    const void *leaf, bool zero, const struct nexfs_bptr *removed, int installed,
    const struct nexfs_bptr *given, bool drop_old)
{
	struct nexfs_bptr path[NEXFS_MAX_HEIGHT + 1], child;
	bool eff[NEXFS_MAX_HEIGHT + 2];
	uint8_t h;
	int err;

	while (idx >= nexfs_obj_capacity(s, o->height)) {
		err = obj_grow(s, o);
		if (err)
			return err;
	}
	h = o->height;
	/* Walk down, recording the path. */
	path[h] = o->root;
	for (uint8_t l = h; l > 0; l--) {
		if (nexfs_bptr_null(&path[l])) {
			nexfs_bptr_clear(&path[l - 1]);
			continue;
		}
		err = node_get(s, &path[l], slot_of(s, idx, l), &path[l - 1]);
		if (err)
			return err;
		if (!nexfs_bptr_null(&path[l - 1]) && path[l - 1].block >= s->geo.block_count)
			return NEXFS_ERR_CORRUPT;
	}
	if (!nexfs_bptr_null(&path[h]) && path[h].block >= s->geo.block_count)
		return NEXFS_ERR_CORRUPT;
	eff[h + 1] = o->owner_shared;
	for (int l = h; l >= 0; l--)
		eff[l] = eff[l + 1] || (!nexfs_bptr_null(&path[l]) &&
		    s->rc[path[l].block] > 1);

	/* The leaf. */
	if (given != NULL) {
		child = *given;
	} else if (zero || nexfs_is_zero(leaf, s->bsize)) {
		nexfs_bptr_clear(&child);
	} else {
		err = nexfs_blk_write(s, leaf, 0, o->leaf_type,
		    o->leaf_type == NEXFS_BT_DATA ? o->csum : NEXFS_CSUM_BLAKE3_256,
		    o->compress, &child);
		if (err)
			return err;
		if (!nexfs_bptr_null(&path[0]) && eff[0])
			nexfs_children_inc(s, leaf, o->leaf_type, installed);
	}
	if (!eff[0] && removed != NULL) {
		err = nexfs_bptr_drop(s, removed);
		if (err)
			return err;
	}
	if (!nexfs_bptr_null(&path[0]) && !eff[1]) {
		if (drop_old) {
			err = nexfs_bptr_drop(s, &path[0]);
			if (err)
				return err;
		} else {
			nexfs_ref_free1(s, path[0].block);
		}
	}

	/* The ancestors, bottom up. */
	for (uint8_t l = 1; l <= h; l++) {
		uint32_t i = slot_of(s, idx, l);
		struct nexfs_patch pt = { i * (uint32_t)sizeof(child), sizeof(child), &child };
		uint64_t span = nexfs_bptr_span(&child);

		/* The node's bytes, less the old child's, plus the new one's. */
		if (!nexfs_bptr_null(&path[l])) {
			if (o->ext && path[l].span < nexfs_bptr_span(&path[l - 1]))
				return NEXFS_ERR_CORRUPT;
			span += path[l].span - nexfs_bptr_span(&path[l - 1]);
		}
		err = nexfs_blk_compose(s, &path[l], &pt, 1, NEXFS_BT_NODE, NEXFS_NOBLOCK, true,
		    &child);
		if (err)
			return err;
		if (!nexfs_bptr_null(&child)) {
			if (!nexfs_bptr_null(&path[l]) && eff[l]) {
				err = node_inc(s, &child, (int)i);
				if (err)
					return err;
			}
			if (o->ext)
				child.span = span;
		}
		if (!nexfs_bptr_null(&path[l]) && !eff[l + 1])
			nexfs_ref_free1(s, path[l].block);
	}
	o->root = child;
	/* The new root belongs to the caller's record alone. */
	o->owner_shared = false;
	o->touched = true;
	return 0;
}

int
nexfs_obj_write_leaf(struct nexfs_state *s, struct nexfs_obj *o, uint64_t idx,
    const void *leaf, bool zero, const struct nexfs_bptr *removed, int installed)
{
	return obj_update(s, o, idx, leaf, zero, removed, installed, NULL, false);
}

/*
 * Like nexfs_obj_write_leaf, for a DATA leaf already on flash: leaf is its
 * bptr and carries a reference of its own, which moves into the tree.
 */
int
nexfs_obj_put_leaf(struct nexfs_state *s, struct nexfs_obj *o, uint64_t idx,
    const struct nexfs_bptr *leaf)
{
	return obj_update(s, o, idx, NULL, false, NULL, -1, leaf, false);
}

/*
 * Sets leaves [dst, dst + count) of o to leaves [src, src + count) of from
 * (each taking a new reference) and clears leaves [dst + count, clear_end),
 * rewriting each level-1 node of o once rather than once per leaf.  The
 * caller keeps from readable (chunk.c pins it) and o's leaves before dst
 * in place.
 */
int
nexfs_obj_move_leaves(struct nexfs_state *s, struct nexfs_obj *o, const struct nexfs_obj *from,
    uint64_t src, uint64_t dst, uint64_t count, uint64_t clear_end)
{
	uint64_t end = dst + count > clear_end ? dst + count : clear_end;
	struct nexfs_bptr nb, lp;
	struct nexfs_obj v;
	int err;

	if (end <= dst)
		return 0;
	while (o->height == 0 || end > nexfs_obj_capacity(s, o->height)) {
		err = obj_grow(s, o);
		if (err)
			return err;
	}
	for (uint64_t g = dst / s->fanout; g * s->fanout < end; g++) {
		/* The level-1 nodes of o are the leaves of a tree one level lower. */
		v = *o;
		v.height = (uint8_t)(o->height - 1);
		v.leaf_type = NEXFS_BT_NODE;
		err = nexfs_obj_leaf_bptr(s, &v, g, &nb);
		if (!err && !nexfs_bptr_null(&nb) && nb.type != NEXFS_BT_NODE)
			err = NEXFS_ERR_CORRUPT;
		if (!err)
			err = nexfs_blk_read(s, &nb, s->buf_b);
		for (uint32_t i = 0; !err && i < s->fanout; i++) {
			uint64_t t = g * s->fanout + i;
			uint8_t *slot = s->buf_b + (size_t)i * sizeof(lp);

			if (t >= dst && t < dst + count) {
				err = nexfs_obj_leaf_bptr(s, from, src + (t - dst), &lp);
				memcpy(slot, &lp, sizeof(lp));
			} else if (t >= dst + count && t < clear_end) {
				memset(slot, 0, sizeof(lp));
			}
		}
		if (err)
			return err;
		/* The new node holds a reference of its own on each child. */
		nexfs_children_inc(s, s->buf_b, NEXFS_BT_NODE, -1);
		nexfs_bptr_clear(&nb);
		if (!nexfs_is_zero(s->buf_b, s->bsize)) {
			err = nexfs_blk_write(s, s->buf_b, 0, NEXFS_BT_NODE, NEXFS_CSUM_BLAKE3_256, 0,
			    &nb);
			if (err)
				return err;
			for (uint32_t i = 0; o->ext && i < s->fanout; i++)
				nb.span += nexfs_bptr_span((const struct nexfs_bptr *)(const void *)
				    (s->buf_b + (size_t)i * sizeof(lp)));
		}
		err = obj_update(s, &v, g, NULL, false, NULL, -1, &nb, true);
		if (err)
			return err;
		o->root = v.root;
		o->height = (uint8_t)(v.height + 1);
		o->owner_shared = v.owner_shared;
		o->touched = v.touched;
	}
	return 0;
}

/*
 * Sets *leaf to the bptr of leaf idx of o (a hole when absent), reading
 * interior nodes through stream.c.
 */
int
nexfs_obj_leaf_bptr(struct nexfs_state *s, const struct nexfs_obj *o, uint64_t idx,
    struct nexfs_bptr *leaf)
{
	struct nexfs_bptr p = o->root;
	int err;

	nexfs_bptr_clear(leaf);
	if (o->height > NEXFS_MAX_HEIGHT)
		return NEXFS_ERR_CORRUPT;
	if (idx >= nexfs_obj_capacity(s, o->height))
		return 0;
	for (uint8_t l = o->height; l > 0; l--) {
		if (nexfs_bptr_null(&p))
			return 0;
		err = node_get(s, &p, slot_of(s, idx, l), &p);
		if (err)
			return err;
	}
	*leaf = p;
	return 0;
}

/*
 * Visits every block of the tree under p (p included, leaves included),
 * calling fn with each block's bptr and whether it verified.  Interior
 * nodes are checked (nexfs_blk_check), then each child looked up in them
 * (nexfs_blk_child); leaves are read into buf_b when read_leaves is set.
 */
int
nexfs_tree_walk(struct nexfs_state *s, const struct nexfs_bptr *p, bool read_leaves,
    nexfs_walk_fn fn, void *ctx, int depth)
{
	struct nexfs_bptr c;
	int err;

	if (nexfs_bptr_null(p))
		return 0;
	if (p->block >= s->geo.block_count || depth > NEXFS_MAX_HEIGHT + 2) {
		fn(ctx, p, NEXFS_ERR_CORRUPT);
		return 0;
	}
	if (p->type != NEXFS_BT_NODE) {
		err = read_leaves ? nexfs_blk_read(s, p, s->buf_b) : 0;
		if (err && err != NEXFS_ERR_CORRUPT)
			return err;
		fn(ctx, p, err);
		return 0;
	}
	err = nexfs_blk_check(s, p);
	if (err && err != NEXFS_ERR_CORRUPT)
		return err;
	fn(ctx, p, err);
	if (err)
		return 0;
	for (uint32_t i = 0; i < s->fanout; i++) {
		err = nexfs_blk_child(s, p, i, &c);
		if (err)
			return err;
		if (nexfs_bptr_null(&c))
			continue;
		err = nexfs_tree_walk(s, &c, read_leaves, fn, ctx, depth + 1);
		if (err)
			return err;
	}
	return 0;
}
