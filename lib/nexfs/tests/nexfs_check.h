/*
 * nexfs_check.h: a test-only consistency checker.  It walks every block
 * reachable from the mounted commit (inode table, data trees, snapshot
 * table, dedup index, allocation index, wear index), verifying each (and that a node's span is the
 * sum of its children's, and that a file's chunks continue (CONT) by the rules of SPEC.md
 * section 10), counts the references each block receives, and
 * compares the counts with the allocator's.  A leak or a double free shows
 * up as a mismatch.  Packed pieces (SPEC.md section 10): every piece is
 * verified, only DATA pieces have a non-zero unit, each lies inside its
 * block, and no piece straddles the end of another.  Host memory, test
 * use only.
 */
#pragma once

#include "../nexfs_internal.h"

#include <stdio.h>
#include <stdlib.h>

struct nck_piece {
	uint32_t block, start, end;	/* bytes [start, end) of the block */
};

struct nck {
	struct nexfs_state *s;
	uint32_t *refs;
	uint8_t *buf;		/* one block buffer per level */
	uint64_t blocks;
	int bad;
	struct nck_piece *pieces;
	size_t npieces, cap;
};

/* Notes where the DATA piece p lies, for the overlap check. */
static void
nck_piece(struct nck *c, const struct nexfs_bptr *p)
{
	struct nexfs_state *s = c->s;
	uint32_t n = (p->flags & NEXFS_BF_ZSTD) ? p->len : (p->size != 0 ? p->size : s->bsize);
	uint32_t start = p->unit * s->unit, end = start + nexfs_prog_len(s, n);

	if (end > s->bsize) {
		printf("# check: piece at unit %u of block %u ends past the block\n", p->unit,
		    p->block);
		c->bad++;
	}
	if (c->npieces == c->cap) {
		c->cap = c->cap != 0 ? 2 * c->cap : 256;
		c->pieces = realloc(c->pieces, c->cap * sizeof(*c->pieces));
	}
	c->pieces[c->npieces++] = (struct nck_piece){ p->block, start, end };
}

static int
nck_piece_cmp(const void *a, const void *b)
{
	const struct nck_piece *x = a, *y = b;

	if (x->block != y->block)
		return x->block < y->block ? -1 : 1;
	return x->start < y->start ? -1 : x->start > y->start ? 1 : 0;
}

/*
 * Pieces of one block do not straddle each other: a pointer may name a
 * prefix of a piece, or bytes inside one (dedup confirms a hint by its
 * bytes alone, SPEC.md section 10), but never bytes past the end of a
 * piece it starts inside.
 */
static void
nck_overlaps(struct nck *c)
{
	uint32_t blk = UINT32_MAX, cs = 0, ce = 0;

	if (c->npieces < 2)
		return;
	qsort(c->pieces, c->npieces, sizeof(*c->pieces), nck_piece_cmp);
	for (size_t i = 0; i < c->npieces; i++) {
		const struct nck_piece *b = &c->pieces[i];

		if (b->block != blk || b->start >= ce) {
			blk = b->block;
			cs = b->start;
			ce = b->end;
			continue;
		}
		if (b->end > ce && b->start != cs) {
			printf("# check: pieces [%u, %u) and [%u, %u) of block %u overlap\n",
			    cs, ce, b->start, b->end, blk);
			c->bad++;
		}
		if (b->end > ce)
			ce = b->end;
	}
}

/* CONT pieces the checker has seen, for tests that want chunks spanning blocks. */
static uint64_t nck_cont_seen;

/* A walk over a file's extents in order: where the current chunk stands. */
struct nck_file {
	uint64_t ino, entries, i;	/* the file, its extents, the next leaf */
	uint64_t pieces;		/* pieces of the current chunk so far */
	bool cont;			/* the previous extent had CONT */
};

static void
nck_ext(struct nck *c, struct nck_file *f, const struct nexfs_bptr *p)
{
	struct nexfs_state *s = c->s;
	uint64_t maxp = (s->sb.cdc_max + s->bsize - 1) / s->bsize;
	const char *why = NULL;

	if (f->i >= f->entries) {
		f->i++;
		return;
	}
	if (f->cont && p->type != NEXFS_BT_DATA)
		why = "a CONT piece followed by a hole";
	else if ((p->flags & NEXFS_BF_CONT) && (p->type != NEXFS_BT_DATA || p->size != s->bsize))
		why = "a CONT piece that is not a whole DATA block";
	else if ((p->flags & NEXFS_BF_CONT) && f->i + 1 == f->entries)
		why = "CONT on the last extent";
	f->pieces = f->cont ? f->pieces + 1 : 1;
	if (!why && f->pieces > maxp)
		why = "a chunk of more pieces than cdc_max allows";
	f->cont = (p->flags & NEXFS_BF_CONT) != 0;
	nck_cont_seen += f->cont ? 1 : 0;
	if (why) {
		printf("# check: inode %llu, extent %llu: %s\n", (unsigned long long)f->ino,
		    (unsigned long long)f->i, why);
		c->bad++;
	}
	f->i++;
}

/* Walks the extents below p (a subtree of level l) in order. */
static void
nck_file_walk(struct nck *c, struct nck_file *f, const struct nexfs_bptr *p, int l, int depth)
{
	struct nexfs_state *s = c->s;
	uint8_t *buf = c->buf + (size_t)depth * s->bsize;

	if (l == 0) {
		nck_ext(c, f, p);
		return;
	}
	if (nexfs_bptr_null(p)) {
		uint64_t n = 1;

		for (int k = 0; k < l; k++)
			n *= s->fanout;
		f->i += n;
		return;
	}
	if (depth >= 41 || p->type != NEXFS_BT_NODE || nexfs_blk_read(s, p, buf) != 0)
		return;		/* reported by nck_visit */
	for (uint32_t j = 0; j < s->fanout && f->i < f->entries; j++) {
		struct nexfs_bptr ch;

		memcpy(&ch, buf + (size_t)j * sizeof(ch), sizeof(ch));
		nck_file_walk(c, f, &ch, l - 1, depth + 1);
	}
}

static void
nck_visit(struct nck *c, const struct nexfs_bptr *p, int depth)
{
	struct nexfs_state *s = c->s;
	uint8_t *buf = c->buf + (size_t)depth * s->bsize;
	uint32_t n = 0, stride = 0, off = 0;

	if (nexfs_bptr_null(p))
		return;
	if (p->block >= s->geo.block_count || depth > 40) {
		c->bad++;
		return;
	}
	if (p->unit != 0 && p->type != NEXFS_BT_DATA) {
		printf("# check: block %u of type %u has unit %u\n", p->block, p->type, p->unit);
		c->bad++;
	}
	if (p->type == NEXFS_BT_DATA) {
		/* Each piece is verified: a block may hold several. */
		nck_piece(c, p);
		if (c->refs[p->block]++ == 0)
			c->blocks++;
		if (nexfs_blk_read(s, p, buf) != 0) {
			printf("# check: piece at unit %u of block %u unreadable\n", p->unit,
			    p->block);
			c->bad++;
		}
		return;
	}
	if (c->refs[p->block]++ != 0)
		return;		/* children counted at the first visit */
	c->blocks++;
	if (nexfs_blk_read(s, p, buf) != 0) {
		printf("# check: block %u unreadable\n", p->block);
		c->bad++;
		return;
	}
	switch (p->type) {
	case NEXFS_BT_NODE:
		n = s->fanout; stride = 56; off = 0;
		break;
	case NEXFS_BT_INODES:
		n = s->bsize / 128; stride = 128; off = offsetof(struct nexfs_inode, root);
		for (uint32_t i = 0; i < n; i++) {
			struct nexfs_inode in;

			/* A file's extents cover at most its size. */
			memcpy(&in, buf + (size_t)i * 128, sizeof(in));
			if (in.type == NEXFS_TYPE_FILE && nexfs_bptr_span(&in.root) > in.size) {
				printf("# check: inode %llu: extents of %llu bytes, size %llu\n",
				    (unsigned long long)in.ino,
				    (unsigned long long)nexfs_bptr_span(&in.root),
				    (unsigned long long)in.size);
				c->bad++;
			}
			if (in.type == NEXFS_TYPE_FILE && in.entries > 0) {
				struct nck_file f = { in.ino, in.entries, 0, 0, false };

				nck_file_walk(c, &f, &in.root, in.height, depth + 1);
			}
		}
		break;
	case NEXFS_BT_SNAPS:
		n = s->bsize / 128; stride = 128; off = offsetof(struct nexfs_snaprec, itab);
		break;
	case NEXFS_BT_AIDX:
	case NEXFS_BT_WIDX:
		n = s->ntables; stride = 56; off = 0;
		break;
	default:
		return;
	}
	if (p->type == NEXFS_BT_NODE) {
		/* A node's span is the sum of its children's (0 outside files). */
		uint64_t sum = 0;

		for (uint32_t i = 0; i < n; i++)
			sum += nexfs_bptr_span((const struct nexfs_bptr *)(const void *)(buf +
			    (size_t)i * stride));
		if (sum != p->span) {
			printf("# check: node %u spans %llu, its children %llu\n", p->block,
			    (unsigned long long)p->span, (unsigned long long)sum);
			c->bad++;
		}
	}
	for (uint32_t i = 0; i < n; i++) {
		struct nexfs_bptr ch;

		memcpy(&ch, buf + (size_t)i * stride + off, sizeof(ch));
		nck_visit(c, &ch, depth + 1);
	}
}

/* Returns the number of problems found (0: consistent). */
static int
nexfs_check(struct nexfs *fs)
{
	struct nexfs_state *s = nexfs_st(fs);
	struct nck c = { s, calloc(s->geo.block_count, 4), malloc((size_t)s->bsize * 42), 0, 0,
	    NULL, 0, 0 };
	int bad;

	nck_visit(&c, &s->sb.itab, 0);
	nck_visit(&c, &s->sb.snaps, 0);
	nck_visit(&c, &s->sb.aidx, 0);
	nck_visit(&c, &s->sb.ddt, 0);
	nck_visit(&c, &s->sb.wear, 0);
	nck_overlaps(&c);
	for (uint32_t b = 0; b < s->geo.block_count; b++) {
		uint32_t want = c.refs[b], have = s->rc[b];

		if (have == NEXFS_RC_BAD || have == NEXFS_RC_STICKY)
			continue;
		if (want != have) {
			if (c.bad < 5)
				printf("# check: block %u refcount %u, references %u\n", b, have, want);
			c.bad++;
		}
	}
	bad = c.bad;
	free(c.refs);
	free(c.buf);
	free(c.pieces);
	return bad;
}
