/*
 * pack.c: compaction of packed blocks (feature PACK).
 *
 * Small file chunks share blocks (block.c, pack_prog): a block holding
 * several pieces keeps a count of the pointers into it and is free only
 * when every piece is dropped, so deleting most small files can leave many
 * blocks holding one or two live pieces each.  Compaction moves those
 * pieces into the open pack block, so that their old blocks become free:
 *
 *   1. One walk of every root (inode table and files' trees, snapshots,
 *      dedup index), reading only nodes and inode-table and snapshot
 *      leaves, sums the units of the pointers into each block (s->live, 2
 *      bytes a block; a piece two pointers share counts twice, so shared
 *      pieces make their block look fuller, never emptier).  A block that
 *      holds anything but small DATA pieces, or a piece that a snapshot
 *      holds or that lies below a block with a count above one, is not a
 *      candidate: the sweep would not move that piece, so moving the
 *      others would only copy them.
 *   2. The candidates are the blocks whose live units are at most half
 *      the block, as many as the free space can take the pieces of.
 *   3. wear.c's sweep (nexfs_wear_sweep) visits every file's tree and
 *      copies each piece that lies in a candidate block, below blocks with
 *      one reference only, to the open pack block; the path above is
 *      copied on write as for any change and the dedup index learns where
 *      the chunks went.  Pieces below a shared block (a snapshot's, or a
 *      file's that dedup shares) stay: their block stays in use.
 *   4. One commit.  The emptied blocks are free from then on.
 *
 * Cost: the walk reads every node, inode-table leaf and snapshot leaf once
 * (no data), and the sweep reads each inode and each file's level-1 nodes
 * again, so a pass is O(metadata blocks); it runs when an allocation fails
 * with NEXFS_ERR_NOSPC (nexfs_pack_retry, then the call runs once more),
 * after a commit once enough packed units were dropped (nexfs_pack_auto),
 * and on request (nexfs_gc).
 */
#include "nexfs_internal.h"

#define LIVE_NONE 0xffffu	/* not a candidate */

static bool
seen(struct nexfs_state *s, uint32_t b)
{
	bool was = (s->fresh[b / 8] >> (b % 8)) & 1u;

	s->fresh[b / 8] |= (uint8_t)(1u << (b % 8));
	return was;
}

static bool
has_children(uint8_t type)
{
	return type == NEXFS_BT_NODE || type == NEXFS_BT_INODES || type == NEXFS_BT_SNAPS;
}

/*
 * Adds the pointer p to the live units of its block, and the first time a
 * parent block is met, its children (depth first, re-reading the parent
 * into buf_a after each child with children of its own).  s->fresh marks
 * the parents seen (the transaction is empty: it holds nothing else).
 * pinned: p lies below a block with a count above one, or in a snapshot's
 * tree: the sweep will not move it, so its block is no candidate (moving
 * the block's other pieces would only copy them).
 */
static int
live_visit(struct nexfs_state *s, const struct nexfs_bptr *p, int depth, bool pinned)
{
	uint32_t n, stride, off, b = p->block, k;
	struct nexfs_bptr c;
	int err;

	if (nexfs_bptr_null(p) || b >= s->geo.block_count || depth > 4 * (NEXFS_MAX_HEIGHT + 2))
		return 0;
	if (p->type == NEXFS_BT_DATA) {
		k = nexfs_piece_units(s, p);
		if (k == 0 || pinned)
			s->live[b] = LIVE_NONE;
		else if (s->live[b] != LIVE_NONE)
			s->live[b] = (uint16_t)(s->live[b] + k < LIVE_NONE - 1 ? s->live[b] + k :
			    LIVE_NONE - 1);
		return 0;
	}
	s->live[b] = LIVE_NONE;
	pinned = pinned || s->rc[b] != 1;
	if (!has_children(p->type) || seen(s, b))
		return 0;
	if (p->type == NEXFS_BT_NODE) {
		n = s->fanout;
		stride = sizeof(struct nexfs_bptr);
		off = 0;
	} else {
		n = nexfs_rec_per_leaf(s);
		stride = 128;
		off = p->type == NEXFS_BT_INODES ? offsetof(struct nexfs_inode, root) :
		    offsetof(struct nexfs_snaprec, itab);
	}
	err = nexfs_blk_read(s, p, s->buf_a);
	if (err == NEXFS_ERR_CORRUPT)
		return 0;	/* scrub reports it; what is below it stays */
	if (err)
		return err;
	for (uint32_t i = 0; i < n; i++) {
		memcpy(&c, s->buf_a + (size_t)i * stride + off, sizeof(c));
		if (nexfs_bptr_null(&c))
			continue;
		err = live_visit(s, &c, depth + 1, pinned);
		if (err)
			return err;
		if (has_children(c.type) && (err = nexfs_blk_read(s, p, s->buf_a)) != 0)
			return err;
	}
	return 0;
}

/*
 * One compaction pass (see the top of the file), with no transaction
 * under way.  Blocks erased at most cold times (less the base; wear.c
 * levels with them) are candidates whatever their live units.  Commits when it moved anything; on failure the pass is
 * thrown away (back to the last commit) and the error returned.
 */
int
nexfs_pack_compact(struct nexfs_state *s, int32_t cold, bool full, struct nexfs_gc_report *rep)
{
	uint32_t n = s->geo.block_count;
	uint64_t avail, budget, before, moved = 0;
	uint32_t ncold = 0;
	int err;

	memset(rep, 0, sizeof(*rep));
	if (s->live == NULL)
		return NEXFS_ERR_UNSUPPORTED;
	if (s->dirty)
		return NEXFS_ERR_BUSY;
	memset(s->live, 0, (size_t)n * 2);
	memset(s->fresh, 0, (n + 7) / 8);
	/* The snapshots first: what they share with the live tree is pinned. */
	err = live_visit(s, &s->sb.snaps, 0, true);
	if (!err)
		err = live_visit(s, &s->sb.itab, 0, false);
	if (!err)
		err = live_visit(s, &s->sb.ddt, 0, true);
	memset(s->fresh, 0, (n + 7) / 8);
	if (err)
		return err;
	/*
	 * Room for the moved pieces (in new pack blocks) and the paths above
	 * them, keeping 8 blocks for the paths and the commit: outside the
	 * reserve, but for a pass that runs because the volume is full (full),
	 * which must gain (below).
	 */
	avail = s->free_blocks - s->npending;
	if (!full)
		avail = avail > s->reserve ? avail - s->reserve : 0;
	budget = avail > 8 ? (avail - 8) * s->units : 0;
	for (uint32_t b = 0; b < n; b++) {
		uint16_t v = s->live[b];

		if (v == 0 || v >= 0x8000u || (v >= s->units && (int32_t)s->wear[b] > cold) ||
		    s->rc[b] == 0 || s->rc[b] >= NEXFS_RC_STICKY || b == s->pack_blk)
			s->live[b] = LIVE_NONE;
	}
	/*
	 * The emptiest blocks first: those at most an eighth live, then a
	 * quarter, a half; when an allocation failed (full), any block with
	 * dead space; cold blocks (levelling) whatever they hold.  The top
	 * bit marks the chosen blocks (their live units are below 0x8000).
	 */
	for (uint32_t lim = s->units / 8 > 1 ? s->units / 8 : 1; ; lim *= 2) {
		uint32_t top = full ? s->units - 1 : s->units / 2;

		if (lim > top)
			lim = top;
		for (uint32_t b = 0; b < n; b++) {
			uint16_t v = s->live[b];

			if (v == LIVE_NONE || (v & 0x8000u) || v > budget ||
			    (v > lim && ((int32_t)s->wear[b] > cold || ncold >= NEXFS_WEAR_MOVES)))
				continue;
			if (v > lim)
				ncold++;	/* levelling: a few blocks a pass, as it moves */
			budget -= v;
			s->live[b] = (uint16_t)(v | 0x8000u);
			rep->blocks_examined++;
		}
		if (lim == top)
			break;
	}
	for (uint32_t b = 0; b < n; b++)
		s->live[b] = (s->live[b] & 0x8000u) && s->live[b] != LIVE_NONE ?
		    (uint16_t)(s->live[b] & 0x7fffu) : LIVE_NONE;
	if (rep->blocks_examined == 0) {
		s->pack_dead = 0;
		return 0;
	}
	s->use_reserve = full;
	s->gc_running = true;
	s->gc_moved = s->gc_bytes = 0;
	before = s->free_blocks;
	/*
	 * A pass that is not for a full volume moves at most a piece per
	 * three blocks of room, as levelling does (each move may copy the
	 * path above it, the old blocks being free only after the commit):
	 * pieces spread over many files would otherwise run it out of room
	 * every time.  What it leaves, the next pass moves.
	 */
	err = nexfs_wear_sweep(s, full ? UINT64_MAX : (avail > 8 ? (avail - 8) / 3 : 0), &moved);
	/*
	 * A pass for a full volume must not lose blocks: the paths it copies
	 * may outnumber the blocks it empties (a snapshot holding the inode
	 * table, say), and such a pass would eat the reserve.  (One that
	 * breaks even has room left in the new pack block.)
	 */
	if (!err && full && s->free_blocks < before) {
		s->gc_running = false;
		s->use_reserve = false;
		memset(rep, 0, sizeof(*rep));
		s->pack_dead = 0;
		return nexfs_abort(s);
	}
	if (!err && s->dirty)
		err = nexfs_commit(s);
	s->gc_running = false;
	s->use_reserve = false;
	if (err) {
		nexfs_log(s, NEXFS_LOG_WARN, "compaction of packed blocks failed: thrown away");
		if (!s->broken)
			(void)nexfs_abort(s);
		return err;
	}
	for (uint32_t b = 0; b < n; b++)
		if (s->live[b] != LIVE_NONE && s->rc[b] == 0)
			rep->blocks_freed++;
	rep->pieces_moved = s->gc_moved;
	rep->bytes_moved = s->gc_bytes;
	s->pack_dead = 0;
	return 0;
}

/*
 * After a call failed with err: when it is NEXFS_ERR_NOSPC and packed
 * blocks hold dead space, throws the call away, compacts (committing),
 * and returns true when that freed blocks, so that the caller runs the
 * call once more.  Not in batch mode, where the failure has thrown away
 * every change since the last sync already.
 */
bool
nexfs_pack_retry(struct nexfs_state *s, int err)
{
	struct nexfs_gc_report r;
	uint64_t freed = 0;

	if (err != NEXFS_ERR_NOSPC || s->batch || s->live == NULL || !nexfs_pack_on(s) ||
	    s->broken || s->gc_running)
		return false;
	if (nexfs_abort(s) != 0)
		return false;
	/*
	 * Each pass can move only what the free blocks hold (the blocks it
	 * empties are free after its commit): a few passes, while they gain.
	 */
	for (int pass = 0; pass < 8; pass++) {
		if (nexfs_pack_compact(s, NEXFS_NOCOLD, true, &r) != 0 || r.blocks_freed == 0)
			break;
		freed += r.blocks_freed;
		if (s->free_blocks - s->npending >= s->reserve + 8)
			break;
	}
	s->use_reserve = false;
	return freed != 0;
}

/*
 * After a commit: a pass once the packed units dropped since the last one
 * (an estimate: block.c counts pieces dropped from blocks that stay in
 * use) reach a sixteenth of the volume, or two blocks' worth when less
 * than an eighth of the volume is free.  A failed pass is thrown away.
 */
void
nexfs_pack_auto(struct nexfs_state *s)
{
	uint64_t n = s->geo.block_count, free = s->free_blocks - s->npending, dead = s->pack_dead;
	struct nexfs_gc_report r;

	if (s->live == NULL || !nexfs_pack_on(s) || s->rdonly || s->broken || s->dirty ||
	    s->batch || s->gc_running)
		return;
	if (dead < 2ull * s->units || (dead < n / 16 * s->units && free >= n / 8))
		return;
	/* Below the reserve (calls that free space took it): a pass for space. */
	if (nexfs_pack_compact(s, NEXFS_NOCOLD, free <= s->reserve + 8, &r) != 0)
		s->pack_dead = 0;	/* not again before more is dropped */
}

int
nexfs_gc(struct nexfs *fs, struct nexfs_gc_report *rep)
{
	struct nexfs_state *s = nexfs_st(fs);
	struct nexfs_gc_report r;
	int err;

	err = nexfs_op_begin(s, true);
	if (err)
		return err;
	if (rep == NULL)
		rep = &r;
	memset(rep, 0, sizeof(*rep));
	if (s->live == NULL)
		return NEXFS_ERR_UNSUPPORTED;
	if (s->dirty) {
		err = nexfs_commit(s);
		if (err) {
			if (!s->broken)
				(void)nexfs_abort(s);
			return err;
		}
	}
	return nexfs_pack_compact(s, NEXFS_NOCOLD, false, rep);
}
