/*
 * wear.c: static wear levelling: cold data and worn replicas move.
 *
 * Next-fit allocation (block.c) spreads erases over the blocks that are
 * free, but a block holding data that never changes is never erased, so
 * the free blocks wear for it.  block.c counts every erase per block and
 * saves the counts beside the allocation index; this file uses them:
 *
 *   - After a commit, once every max(16, N/16) erases, a levelling round
 *     runs when some block in use has been erased NEXFS_WEAR_DELTA times
 *     fewer than the most worn block.  It sweeps the live trees (the inode
 *     table, each inode's data, the dedup index, the snapshot table) from
 *     where the last round stopped, a level-1 node at a time, and copies
 *     each cold leaf (and the node itself, when cold) to the most worn
 *     free block, where cold data lets it rest; the little-worn block goes
 *     back to the free blocks.  The path above is copied on write as for
 *     any change, and the round ends with a commit of its own, after the
 *     caller's, so a power cut during it leaves the caller's commit.
 *     Only blocks with one reference and no shared ancestor move (blocks
 *     shared with a snapshot or by dedup stay where they are).  A sweep
 *     that moves nothing goes idle until the most worn block has gained
 *     NEXFS_WEAR_DELTA / 2 more erases.
 *   - A superblock replica that is full and worn NEXFS_WEAR_DELTA / 2
 *     above the mean moves to the least worn free block instead of being
 *     erased again (super.c, nexfs_commit); mount finds it through the
 *     anchors (SPEC.md section 4).
 *
 * The same sweep compacts packed blocks (pack.c): with s->gc_on set, the
 * leaves that move are the small DATA pieces in the blocks pack.c chose
 * (s->live), and they go to the open pack block instead of a worn block.
 *
 * Start at nexfs_wear_level().
 */
#include "nexfs_internal.h"

#define WL_EXAMINE 64u	/* level-1 nodes (or single leaves) looked at per round */

/* Whether block b is a superblock anchor or replica of the running commit. */
bool
nexfs_block_is_home(struct nexfs_state *s, uint32_t b)
{
	for (uint32_t i = 0; i < s->sb.replicas && i < NEXFS_REPLICAS_MAX; i++)
		if (s->sb.replica_block[i] == b || s->sb.anchor_block[i] == b)
			return true;
	return false;
}

static bool
is_pending(struct nexfs_state *s, uint32_t b)
{
	return (s->pending[b / 8] >> (b % 8)) & 1u;
}

/*
 * The spread of erase counts levelling tolerates: NEXFS_WEAR_DELTA, or a
 * quarter of the mean once that is larger.  A spread relative to the wear
 * keeps the cost of moving cold data small over the life of the flash
 * (each block moves about 4 ln(mean / NEXFS_WEAR_DELTA) times once the
 * mean passes 4 NEXFS_WEAR_DELTA) while max stays within 1.25 mean plus
 * NEXFS_WEAR_DELTA.
 */
static uint32_t
wear_delta(struct nexfs_state *s)
{
	return s->wl_mean / 4 > NEXFS_WEAR_DELTA ? s->wl_mean / 4 : NEXFS_WEAR_DELTA;
}

/*
 * Refreshes the lowest count of a block in use, the mean and the maximum.
 * Blocks in use below wl_floor are left out of the lowest count: a lap of
 * the sweep found nothing it could move among them (a snapshot or a second
 * file shares them), and levelling must go on with the rest rather than
 * wait for them.  They still move when they can, being colder than cold.
 */
void
nexfs_wear_scan(struct nexfs_state *s)
{
	uint64_t sum = 0, good = 0;
	uint16_t lo = UINT16_MAX, hi = 0;

	for (uint32_t b = 0; b < s->geo.block_count; b++) {
		uint16_t rc = s->rc[b], w = s->wear[b];

		if (rc == NEXFS_RC_BAD && !nexfs_block_is_home(s, b))
			continue;
		sum += w;
		good++;
		if (w > hi)
			hi = w;
		if (rc != 0 && rc < NEXFS_RC_STICKY && w >= s->wl_floor && w < lo)
			lo = w;
	}
	s->wear_max = hi;
	s->wl_min_used = lo == UINT16_MAX ? hi : lo;
	s->wl_mean = good != 0 ? (uint16_t)(sum / good) : 0;
}

/* The free block erased least (NEXFS_NOBLOCK when none is free). */
uint32_t
nexfs_wear_coldest_free(struct nexfs_state *s)
{
	uint32_t best = NEXFS_NOBLOCK;

	for (uint32_t b = 0; b < s->geo.block_count; b++)
		if (s->rc[b] == 0 && !is_pending(s, b) &&
		    (best == NEXFS_NOBLOCK || s->wear[b] < s->wear[best]))
			best = b;
	return best;
}

/* The free block erased most: where cold data goes to let it rest. */
static uint32_t
hottest_free(struct nexfs_state *s)
{
	uint32_t best = NEXFS_NOBLOCK;

	for (uint32_t b = 0; b < s->geo.block_count; b++)
		if (s->rc[b] == 0 && !is_pending(s, b) &&
		    (best == NEXFS_NOBLOCK || s->wear[b] > s->wear[best]))
			best = b;
	return best;
}

/*
 * Whether full replica r should move rather than be erased in place: it is
 * worn NEXFS_WEAR_DELTA / 2 above the mean and a free block is less worn.
 */
bool
nexfs_wear_replica_moves(struct nexfs_state *s, uint32_t r)
{
	uint32_t b = s->sb.replica_block[r], c;

	if (!(s->sb.features & NEXFS_FEAT_COMPAT_WEAR_LEVEL) ||
	    s->wear[b] < s->wl_mean + wear_delta(s) / 2)
		return false;
	c = nexfs_wear_coldest_free(s);
	return c != NEXFS_NOBLOCK && s->wear[c] + wear_delta(s) / 2 <= s->wear[b];
}

/* Whether a small piece p points at goes to the open pack block when it moves. */
static bool
packs(struct nexfs_state *s, const struct nexfs_bptr *p)
{
	return nexfs_pack_on(s) && nexfs_piece_units(s, p) != 0 && p->block != s->pack_blk;
}

/*
 * Whether block b, pointed at by p, may move and is cold.  A block of
 * several packed pieces moves as a whole, by compaction (pack.c), when a
 * lap finds nothing else to move.
 */
static bool
movable(struct nexfs_state *s, const struct nexfs_bptr *p, uint16_t cold)
{
	if (nexfs_bptr_null(p) || p->block >= s->geo.block_count)
		return false;
	if (s->gc_on)
		return s->live[p->block] != 0xffffu && packs(s, p);
	if (s->wear[p->block] > cold)
		return false;
	if (s->rc[p->block] > 1 && s->rc[p->block] < NEXFS_RC_STICKY && packs(s, p))
		s->wl_cold_packed = true;	/* for compaction, at the end of the round */
	return s->rc[p->block] == 1;
}

/*
 * Where a moving leaf goes: a small piece to the open pack block, anything
 * else to the most worn free block.
 */
static uint32_t
move_target(struct nexfs_state *s, const struct nexfs_bptr *p)
{
	return packs(s, p) ? NEXFS_NOBLOCK : hottest_free(s);
}

/*
 * Copies the leaf p to where it moves (move_target); when compacting, a
 * chunk whose copy the pass made already (or that another file holds
 * outside the blocks being emptied) is shared instead.
 */
static int
move_leaf(struct nexfs_state *s, const struct nexfs_bptr *p, struct nexfs_bptr *nb)
{
	bool found = false;
	int err;

	if (s->gc_on) {
		err = nexfs_dedup_moved(s, p, nb, &found);
		if (err || found)
			return err;
	}
	return nexfs_blk_copy(s, p, move_target(s, p), nb);
}

/* Counts a move, and records a chunk's for the dedup index. */
static void
moved_one(struct nexfs_state *s, const struct nexfs_obj *o, const struct nexfs_bptr *c,
    const struct nexfs_bptr *nb, struct nexfs_rehint *mv, uint32_t *nmv)
{
	if (s->gc_on) {
		s->gc_moved++;
		s->gc_bytes += (uint64_t)nexfs_piece_units(s, c) * s->unit;
	}
	if (o->ext && c->type == NEXFS_BT_DATA && c->csum == NEXFS_CSUM_BLAKE3_256 &&
	    *nmv < NEXFS_WEAR_MOVES) {
		memcpy(mv[*nmv].hash, c->hash, 32);
		mv[*nmv].from = c->block;
		mv[*nmv].from_unit = c->unit;
		mv[*nmv].to = nb->block;
		mv[*nmv].to_unit = nb->unit;
		mv[*nmv].to_len = (nb->flags & NEXFS_BF_ZSTD) ? nb->len : 0;
		(*nmv)++;
	}
}

/*
 * Moves the cold leaves below level-1 node g of object o (g: the leaf
 * itself for a tree of height 0) and the node when it is cold; the moves
 * of chunks go into mv[*nmv], for the dedup index.  o's root changes; the caller stores it.
 * Blocks with more than one reference, or below one, stay.
 */
static int
wl_group(struct nexfs_state *s, struct nexfs_obj *o, uint64_t g, uint16_t cold,
    uint64_t budget, struct nexfs_rehint *mv, uint32_t *nmv, uint32_t *moved)
{
	struct nexfs_bptr p = o->root, c, nb;
	struct nexfs_obj v;
	bool changed;
	int err;

	if (o->owner_shared || nexfs_bptr_null(&p))
		return 0;
	if (o->height == 0) {
		if (!movable(s, &p, cold))
			return 0;
		err = move_leaf(s, &p, &nb);
		if (err)
			return err;
		nexfs_ref_free1(s, p.block);
		moved_one(s, o, &p, &nb, mv, nmv);
		o->root = nb;
		(*moved)++;
		return 0;
	}
	/*
	 * Down to the level-1 node (into buf_b), through blocks with one
	 * reference only.
	 */
	for (uint8_t l = o->height; ; l--) {
		uint64_t d = g;

		if (nexfs_bptr_null(&p))
			return 0;
		if (p.type != NEXFS_BT_NODE || p.block >= s->geo.block_count)
			return NEXFS_ERR_CORRUPT;
		if (s->rc[p.block] != 1)
			return 0;
		if (l == 1) {
			err = nexfs_blk_read(s, &p, s->buf_b);
			if (err)
				return err;
			break;
		}
		for (uint8_t k = 2; k < l; k++)
			d /= s->fanout;
		err = nexfs_blk_get(s, &p, (uint32_t)(d % s->fanout) * (uint32_t)sizeof(p), &p,
		    sizeof(p));
		if (err)
			return err;
	}
	changed = !s->gc_on && s->wear[p.block] <= cold;
	for (uint32_t i = 0; i < s->fanout && *moved < budget; i++) {
		uint8_t *slot = s->buf_b + (size_t)i * sizeof(c);

		memcpy(&c, slot, sizeof(c));
		if (!movable(s, &c, cold))
			continue;
		err = move_leaf(s, &c, &nb);
		/*
		 * A damaged leaf stays where it is (scrub reports it): leaves
		 * moved before it in this node are already counted at their new
		 * places, so giving up the node now would leave their old blocks
		 * short of the reference the node on flash still holds.
		 */
		if (err == NEXFS_ERR_CORRUPT)
			continue;
		if (err)
			return err;
		memcpy(slot, &nb, sizeof(nb));
		nexfs_ref_free1(s, c.block);
		moved_one(s, o, &c, &nb, mv, nmv);
		(*moved)++;
		changed = true;
	}
	if (!changed)
		return 0;
	if (!s->gc_on && s->wear[p.block] <= cold)
		(*moved)++;
	/* The new node: the same pointers (and span), some to moved blocks. */
	err = nexfs_blk_write(s, s->buf_b, 0, NEXFS_BT_NODE, NEXFS_CSUM_BLAKE3_256, 0, &nb);
	if (err)
		return err;
	nb.span = p.span;
	v = *o;
	v.height = (uint8_t)(o->height - 1);
	v.leaf_type = NEXFS_BT_NODE;
	err = nexfs_obj_put_leaf(s, &v, g, &nb);
	if (err)
		return err;
	o->root = v.root;
	o->height = (uint8_t)(v.height + 1);
	return 0;
}

/* Level-1 nodes of an object of height h with this many leaves. */
static uint64_t
groups_of(struct nexfs_state *s, uint8_t h, uint64_t leaves)
{
	if (h == 0)
		return 1;
	return (leaves + s->fanout - 1) / s->fanout;
}

/*
 * Looks at the next level-1 node of the sweep and moves what is cold
 * there; advances the sweep, and sets *lap at the end of a whole sweep.
 */
static int
wl_step(struct nexfs_state *s, uint16_t cold, uint64_t budget, struct nexfs_rehint *mv,
    uint32_t *nmv, uint32_t *moved, bool *lap)
{
	uint32_t per = nexfs_rec_per_leaf(s);
	struct nexfs_bptr before;
	struct nexfs_inode in;
	struct nexfs_obj o;
	uint64_t leaves = 0;
	uint32_t moved0 = *moved;
	uint8_t hb;
	int err;

	memset(&o, 0, sizeof(o));
	memset(&in, 0, sizeof(in));
	switch (s->wl_phase) {
	case 0:
		o.root = s->sb.itab;
		o.height = s->sb.itab_height;
		o.leaf_type = NEXFS_BT_INODES;
		leaves = (s->sb.next_ino + per - 1) / per;
		break;
	case 1:
		if (s->wl_ino == 0)
			s->wl_ino = 1;
		if (s->wl_ino >= s->sb.next_ino)
			goto next_phase;
		err = nexfs_inode_get(s, &s->sb.itab, s->sb.itab_height, s->wl_ino, &in);
		if (err == NEXFS_ERR_NOENT || err == NEXFS_ERR_CORRUPT)
			goto next_object;
		if (err)
			return err;
		err = nexfs_inode_obj_live(s, &in, &o);
		if (err == NEXFS_ERR_CORRUPT)
			goto next_object;
		if (err)
			return err;
		leaves = o.ext ? in.entries : (in.size + s->bsize - 1) / s->bsize;
		break;
	case 2:
		o.root = s->sb.ddt;
		o.height = s->sb.ddt_height;
		o.leaf_type = NEXFS_BT_DDT;
		leaves = s->sb.ddt_buckets;
		break;
	default:
		o.root = s->sb.snaps;
		o.height = s->sb.snap_height;
		o.leaf_type = NEXFS_BT_SNAPS;
		leaves = (s->sb.next_snap + per - 1) / per;
		break;
	}
	if (s->wl_group >= groups_of(s, o.height, leaves))
		goto next_object;
	before = o.root;
	hb = o.height;
	err = wl_group(s, &o, s->wl_group, cold, budget, mv, nmv, moved);
	/*
	 * A damaged block met before anything moved: scrub reports it; the
	 * sweep goes on after it.  Once something moved (wl_group counts
	 * each move as it makes it, and the node's before rewriting it), a
	 * failure, say a read of a node going wrong as the path above it is
	 * rewritten, leaves half a move in the counts: the round must be
	 * thrown away, not committed.
	 */
	if (err == NEXFS_ERR_CORRUPT && *moved == moved0)
		err = 0;
	else if (err)
		return err;
	else if (memcmp(&o.root, &before, sizeof(before)) != 0 || o.height != hb) {
		switch (s->wl_phase) {
		case 0:
			s->sb.itab = o.root;
			s->sb.itab_height = o.height;
			break;
		case 1:
			in.root = o.root;
			in.height = o.height;
			err = nexfs_inode_put(s, &in, NULL);
			break;
		case 2:
			s->sb.ddt = o.root;
			s->sb.ddt_height = o.height;
			break;
		default:
			s->sb.snaps = o.root;
			s->sb.snap_height = o.height;
			break;
		}
		if (err)
			return err;
	}
	s->wl_group++;
	return 0;
next_object:
	s->wl_group = 0;
	if (s->wl_phase == 1) {
		s->wl_ino++;
		return 0;
	}
next_phase:
	s->wl_group = 0;
	s->wl_ino = 1;
	if (++s->wl_phase > 3) {
		s->wl_phase = 0;
		*lap = true;
	}
	return 0;
}

/*
 * One levelling round, after a successful commit (see the top of the
 * file).  Its own failures are not the caller's: the round is thrown away
 * (back to the caller's commit) and logged.
 */
void
nexfs_wear_level(struct nexfs_state *s)
{
	uint32_t n = s->geo.block_count, period = n / 16 > 16 ? n / 16 : 16;
	uint32_t nmv = 0, moved = 0;
	uint64_t room, budget;
	struct nexfs_rehint mv[NEXFS_WEAR_MOVES];
	uint16_t cold;
	bool lap = false;
	int err = 0;

	nexfs_pack_auto(s);
	if (!(s->sb.features & NEXFS_FEAT_COMPAT_WEAR_LEVEL) || s->rdonly || s->broken ||
	    s->dirty || s->wl_allocs < period)
		return;
	s->wl_allocs = 0;
	nexfs_wear_scan(s);
	if (s->wear_max < s->wl_min_used + wear_delta(s))
		return;
	if (s->wl_idle && s->wear_max < s->wl_idle_max + wear_delta(s) / 2)
		return;
	s->wl_idle = false;
	/*
	 * Room for the copies and the paths above them (about three blocks a
	 * move, the old blocks being free only after the commit), outside the
	 * reserve; a round that runs out of room anyway is thrown away.
	 */
	room = s->free_blocks - s->npending;
	if (room < s->reserve + 12)
		return;
	budget = (room - s->reserve - 8) / 3;
	if (budget > NEXFS_WEAR_MOVES)
		budget = NEXFS_WEAR_MOVES;
	cold = (uint16_t)(s->wl_min_used + wear_delta(s) / 4);
	for (uint32_t k = 0; k < WL_EXAMINE && moved < budget && !lap && !err; k++)
		err = wl_step(s, cold, budget, mv, &nmv, &moved, &lap);
	if (!err && nmv != 0)
		err = nexfs_dedup_rehint(s, mv, nmv);
	if (!err && s->dirty)
		err = nexfs_commit(s);
	if (err) {
		nexfs_log(s, NEXFS_LOG_WARN, "wear levelling round failed: thrown away");
		if (!s->broken)
			(void)nexfs_abort(s);
		return;
	}
	s->wl_moves += moved;
	s->wl_lap_moves += moved;
	/*
	 * Cold blocks of packed pieces (count above one) that the sweep met
	 * are moved by compaction at the end of its lap, all the pieces of a
	 * few blocks at once (a pass walks every tree: once a lap).
	 */
	if (lap && s->wl_cold_packed) {
		struct nexfs_gc_report r;

		s->wl_cold_packed = false;
		if (nexfs_pack_compact(s, cold, false, &r) == 0 && r.pieces_moved != 0) {
			s->wl_moves += r.pieces_moved;
			s->wl_lap_moves += r.pieces_moved;
		}
	}
	if (lap) {
		if (s->wl_lap_moves == 0) {
			/*
			 * Nothing at most cold could move: next time the
			 * lowest count in use is taken above it.
			 */
			s->wl_idle = true;
			s->wl_idle_max = s->wear_max;
			s->wl_floor = (uint16_t)(cold + 1);
		}
		s->wl_lap_moves = 0;
	}
}

/*
 * Compaction's sweep (pack.c chose the blocks in s->live): every file's
 * tree once, from the first inode, moving the pieces in those blocks to
 * the open pack block, through blocks with one reference only (what a
 * snapshot or another file shares stays), until max pieces have moved.
 * The levelling sweep's place is kept.  Sets *moved; the caller commits or
 * aborts.
 */
int
nexfs_wear_sweep(struct nexfs_state *s, uint64_t max, uint64_t *moved)
{
	uint8_t phase = s->wl_phase;
	uint64_t ino = s->wl_ino, group = s->wl_group;
	struct nexfs_rehint mv[NEXFS_WEAR_MOVES];
	uint32_t nmv, n = 0;
	bool lap = false;
	int err = 0;

	s->wl_phase = 1;
	s->wl_ino = 1;
	s->wl_group = 0;
	s->gc_on = true;
	while (!err && s->wl_phase == 1 && n < max) {
		nmv = 0;
		err = wl_step(s, 0, max, mv, &nmv, &n, &lap);
		if (!err && nmv != 0)
			err = nexfs_dedup_rehint(s, mv, nmv);
	}
	s->gc_on = false;
	s->wl_phase = phase;
	s->wl_ino = ino;
	s->wl_group = group;
	*moved = n;
	return err;
}
