/*
 * nexfs_internal.h: private declarations shared by the NexFS sources.
 *
 * The on-flash structures here are the ones SPEC.md describes; every field
 * is little-endian and naturally aligned, and the static_asserts below pin
 * their sizes and offsets.  The library stores them with memcpy, which is
 * why it refuses to build on a big-endian target.
 *
 * Source map: block.c (allocation, refcounts, verified block I/O, the
 * allocation index), tree.c (objects: copy-on-write radix trees of blocks),
 * super.c (format, mount, commit, replicas, info, tune, memory), fs.c
 * (inodes, directories, files, paths), chunk.c (a file's bytes in FastCDC
 * chunks), dedup.c (the chunk store's index), snap.c (snapshots, diff,
 * scrub, du), wear.c (static wear levelling), pack.c (compaction of packed
 * blocks).
 */
#pragma once

#include <nexfs/nexfs.h>

#include <base/mem.h>
#include <stdalign.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "NexFS stores its little-endian structures directly; port the codecs first"
#endif

/* Assertions that stay cheap; the argument must have no side effects. */
#ifndef NEXFS_ASSERT
#define NEXFS_ASSERT(x) ((void)0)
#endif

#define NEXFS_MAGIC 0x5346584eu	/* "NXFS" */
#define NEXFS_REC_SIZE 512u	/* commit record bytes */
#define NEXFS_NOBLOCK 0xffffffffu
#define NEXFS_MAX_HEIGHT 12
/* The most blocks (pieces) one chunk of a file may span (SPEC.md section 8). */
#define NEXFS_CHUNK_PIECES_MAX 255u

/* Block types, in the bptr that points at the block. */
#define NEXFS_BT_DATA   1	/* file or directory bytes: no children */
#define NEXFS_BT_NODE   2	/* interior node: an array of bptrs */
#define NEXFS_BT_INODES 3	/* inode-table leaf: inodes, each with a root bptr */
#define NEXFS_BT_SNAPS  4	/* snapshot-table leaf: records, each with a root bptr */
#define NEXFS_BT_ALLOC  5	/* allocation-index table: u16 refcounts */
#define NEXFS_BT_AIDX   6	/* allocation-index root: bptrs of the tables */
#define NEXFS_BT_DDT    7	/* dedup-index leaf: hash -> block hints, no references */
#define NEXFS_BT_WEAR   8	/* wear table: u16 erase counts */
#define NEXFS_BT_WIDX   9	/* wear index root: bptrs of the wear tables, the base */

#define NEXFS_BF_ZSTD 0x1	/* stored bytes are a zstd frame */
#define NEXFS_BF_CONT 0x2	/* file extent: its chunk goes on in the next extent */

/*
 * Wear levelling (wear.c).  Static levelling moves data off blocks erased
 * NEXFS_WEAR_DELTA times fewer than the most worn block; a superblock
 * replica that is full and worn NEXFS_WEAR_DELTA / 2 above the mean moves to
 * a little-worn block instead of being erased in place.  Erase counts are
 * saved with the commit after NEXFS_WEAR_SAVE erases (and at unmount), so a
 * power cut forgets at most that many.
 */
#define NEXFS_WEAR_DELTA 16u
#define NEXFS_WEAR_SAVE  64u
#define NEXFS_WEAR_MOVES 8u	/* blocks moved per levelling round, at most */

/*
 * Packed pieces dropped from blocks that stay in use, remembered so that
 * the dedup index reuses their entries first (dedup.c): such an entry
 * still names a live block, so it does not look stale.
 */
#define NEXFS_DROPPED 8u

/* Refcount values with a meaning of their own. */
#define NEXFS_RC_BAD      0xffffu	/* bad or reserved (superblock) block */
#define NEXFS_RC_STICKY   0xfffeu	/* saturated: never freed again */

/*
 * A block pointer: where a block is and what it must hash to.  The hash
 * covers the whole stored block (block_size bytes; a file chunk's size
 * bytes, which may be a piece packed at unit * the packing unit; checked
 * after decompression when compressed), so a parent vouches for its
 * children and the commit record for everything: the Merkle tree of
 * SPEC.md.
 */
struct nexfs_bptr {
	uint32_t block;
	uint8_t type;		/* NEXFS_BT_*; 0: a hole (reads as zeros) */
	uint8_t csum;		/* enum nexfs_csum of hash[] */
	uint8_t flags;		/* NEXFS_BF_* */
	uint8_t unit;		/* DATA: the piece starts at unit * pack unit (SPEC.md section 2) */
	uint32_t len;		/* stored bytes when compressed, else 0 */
	uint32_t size;		/* DATA and holes in a file: the extent's bytes (0: block_size) */
	union {
		uint64_t zcheck;	/* compressed DATA: XXH3-64 of the stored bytes */
		uint64_t span;		/* NODE: file bytes below it (0 outside files) */
	};
	uint8_t hash[32];	/* check of the block's logical content */
};
_Static_assert(sizeof(struct nexfs_bptr) == 56, "bptr size");
_Static_assert(offsetof(struct nexfs_bptr, unit) == 7, "bptr.unit");
_Static_assert(offsetof(struct nexfs_bptr, len) == 8, "bptr.len");
_Static_assert(offsetof(struct nexfs_bptr, size) == 12, "bptr.size");
_Static_assert(offsetof(struct nexfs_bptr, zcheck) == 16, "bptr.zcheck");
_Static_assert(offsetof(struct nexfs_bptr, span) == 16, "bptr.span");
_Static_assert(offsetof(struct nexfs_bptr, hash) == 24, "bptr.hash");

/* An inode: 128 bytes in the inode table at offset ino * 128. */
struct nexfs_inode {
	uint64_t ino;		/* equals its index; 0 in an unused slot */
	uint16_t type;		/* NEXFS_TYPE_*, 0 when unused */
	uint8_t csum;		/* data checksum kind */
	uint8_t compress;	/* zstd level, 0 off */
	uint32_t nlink;
	uint64_t size;
	uint64_t ctime_ns;
	uint64_t mtime_ns;
	uint8_t height;		/* of the data tree */
	uint8_t rsvd0[7];
	struct nexfs_bptr root;	/* data tree root */
	uint64_t parent;	/* directory holding the entry */
	uint64_t entries;	/* directories: live entries; files: extents */
	uint64_t dead;		/* directories: deleted slots (tombstones) */
};
_Static_assert(sizeof(struct nexfs_inode) == 128, "inode size");
_Static_assert(offsetof(struct nexfs_inode, root) == 48, "inode.root");
_Static_assert(offsetof(struct nexfs_inode, parent) == 104, "inode.parent");

/*
 * A directory entry: 128 bytes in the directory's data, a hash table with
 * linear probing (SPEC.md section 6).  A deleted slot keeps type
 * NEXFS_DENT_DEAD so that probes go on past it.
 */
#define NEXFS_DENT_DEAD 0xff
struct nexfs_dent {
	uint64_t ino;		/* 0: free slot */
	uint8_t type;
	uint8_t name_len;
	uint8_t rsvd[8];
	char name[NEXFS_NAME_MAX];
};
_Static_assert(sizeof(struct nexfs_dent) == 128, "dent size");
_Static_assert(offsetof(struct nexfs_dent, name) == 18, "dent.name");

/* A snapshot record: 128 bytes in the snapshot table at id * 128. */
struct nexfs_snaprec {
	uint32_t id;		/* 0: unused slot */
	uint8_t itab_height;
	uint8_t rsvd0[3];
	uint64_t seq;
	uint64_t time_ns;
	uint64_t next_ino;
	struct nexfs_bptr itab;	/* inode-table root it captured */
	char name[NEXFS_SNAP_NAME_MAX + 1];
	uint64_t files;
};
_Static_assert(sizeof(struct nexfs_snaprec) == 128, "snaprec size");
_Static_assert(offsetof(struct nexfs_snaprec, itab) == 32, "snaprec.itab");

/* The commit record (superblock), NEXFS_REC_SIZE bytes in a replica slot. */
struct nexfs_super {
	uint32_t magic;
	uint16_t version;
	uint16_t rec_size;
	uint64_t seq;
	uint32_t page_size;
	uint32_t block_size;
	uint32_t block_count;
	uint32_t flash_flags;
	uint64_t features;
	uint8_t replicas;
	uint8_t default_csum;
	uint8_t itab_height;
	uint8_t snap_height;
	uint32_t cdc_min;
	uint32_t cdc_avg;
	uint32_t cdc_max;
	uint32_t replica_block[NEXFS_REPLICAS_MAX];
	struct nexfs_bptr itab;		/* inode table */
	struct nexfs_bptr snaps;	/* snapshot table */
	struct nexfs_bptr aidx;		/* allocation index */
	uint64_t next_ino;
	uint64_t time_ns;
	uint32_t next_snap;
	uint32_t alloc_cursor;		/* wear levelling: next block to try */
	uint64_t files;			/* inodes in use */
	uint64_t blocks_free;
	char label[16];
	struct nexfs_bptr ddt;		/* dedup index */
	uint32_t ddt_buckets;		/* leaves of the dedup index, a power of two */
	uint8_t ddt_height;
	uint8_t rsvd[3];
	struct nexfs_bptr wear;		/* wear index: erase counts (SPEC.md section 5) */
	uint32_t anchor_block[NEXFS_REPLICAS_MAX];	/* fixed homes: records of replica moves */
	uint8_t check[32];		/* BLAKE3-256 of bytes 0..479 */
};
_Static_assert(sizeof(struct nexfs_super) == NEXFS_REC_SIZE, "super size");
_Static_assert(offsetof(struct nexfs_super, replica_block) == 56, "super.replica_block");
_Static_assert(offsetof(struct nexfs_super, itab) == 96, "super.itab");
_Static_assert(offsetof(struct nexfs_super, next_ino) == 264, "super.next_ino");
_Static_assert(offsetof(struct nexfs_super, ddt) == 320, "super.ddt");
_Static_assert(offsetof(struct nexfs_super, wear) == 384, "super.wear");
_Static_assert(offsetof(struct nexfs_super, anchor_block) == 440, "super.anchor_block");
_Static_assert(offsetof(struct nexfs_super, check) == 480, "super.check");

/* A dedup-index entry: 32 bytes, B/32 per leaf (SPEC.md section 8). */
struct nexfs_ddt_entry {
	uint8_t hash[24];	/* first 24 bytes of the block's BLAKE3-256 */
	uint32_t block;
	uint8_t unit;		/* the piece's unit in the block (0 unpacked) */
	uint8_t zlen[3];	/* its stored length, little-endian, when compressed; else 0 */
};
_Static_assert(sizeof(struct nexfs_ddt_entry) == 32, "ddt entry size");
_Static_assert(offsetof(struct nexfs_ddt_entry, unit) == 28, "ddt entry unit");
_Static_assert(offsetof(struct nexfs_ddt_entry, zlen) == 29, "ddt entry zlen");

/* An object: a byte stream in a copy-on-write radix tree of blocks. */
struct nexfs_obj {
	struct nexfs_bptr root;
	uint8_t height;		/* 0: root is the single leaf */
	uint8_t leaf_type;	/* NEXFS_BT_DATA, _INODES or _SNAPS */
	uint8_t csum;		/* checksum kind of DATA leaves */
	uint8_t compress;	/* zstd level of DATA leaves */
	bool ext;		/* a file: leaves are extents, nodes carry spans */
	bool owner_shared;	/* the record holding root is in a shared block */
	bool touched;		/* root now carries a new reference (tree.c changed it) */
};

/* Mount state behind struct nexfs. */
struct nexfs_state {
	const struct nexfs_config *cfg;
	struct nexfs_flash_geometry geo;
	uint32_t bsize;			/* block size */
	uint32_t fanout;		/* bptrs per node */
	uint32_t slots;			/* commit records per replica block */
	uint32_t rec_bytes;		/* bytes a record occupies (page multiple) */
	uint8_t *buf_a;			/* node buffer */
	uint8_t *buf_b;			/* leaf buffer */
	uint8_t *buf_z;			/* compression buffer, NULL without codec */
	uint16_t *rc;			/* refcount per block */
	uint8_t *pending;		/* freed since the last commit: not reusable */
	uint8_t *fresh;			/* allocated since the last commit */
	uint8_t *tdirty;		/* per table block: 0 clean, 1 changed, 2 relocated */
	struct nexfs_bptr *tables;	/* bptrs of the allocation tables */
	uint32_t ntables;
	uint32_t per_table;		/* refcounts per table block */
	struct nexfs_super sb;		/* the commit being built */
	struct nexfs_super durable;	/* the last commit on flash */
	uint32_t rep_next[NEXFS_REPLICAS_MAX];	/* next free slot per replica */
	uint32_t anc_next[NEXFS_REPLICAS_MAX];	/* next free slot per anchor */
	uint16_t relocate;		/* replicas whose block went bad: move at next commit */
	uint32_t open_files;
	bool mounted;
	bool rdonly;
	bool batch;
	bool dirty;			/* changes since the last commit */
	bool broken;			/* device failed mid-way: remount needed */
	bool use_reserve;		/* this operation frees space: may dip into the reserve */
	uint32_t reserve;		/* blocks kept for operations that free space */
	uint64_t free_blocks;		/* refcount 0 (pending included) */
	uint64_t npending;		/* of which pending */
	struct nexfs_dedup_stats dd;
	/* Wear (block.c keeps the counts, wear.c levels). */
	uint16_t *wear;			/* erases per block, less wear_base */
	uint8_t *wdirty;		/* per wear table: 0 clean, 1 changed, 2 relocated */
	struct nexfs_bptr *wtables;	/* bptrs of the wear tables */
	uint32_t wear_base;		/* a block's erase count is wear[b] + wear_base */
	uint32_t wear_unsaved;		/* erases since the wear tables were saved */
	bool wear_force;		/* save the wear tables at the next commit */
	bool alloc_rebuilt;		/* the counts were rebuilt, not yet committed */
	bool wl_idle;			/* a whole sweep found nothing to move */
	uint8_t wl_phase;		/* sweep: 0 inode table, 1 inodes, 2 dedup index, 3 snapshots */
	uint16_t wear_max;		/* highest count of a good block (an upper bound) */
	uint16_t wl_idle_max;		/* wear_max when the sweep went idle */
	uint16_t wl_floor;		/* blocks in use below it did not move: not the lowest */
	uint16_t wl_min_used;		/* last scan: lowest count of a block in use */
	uint16_t wl_mean;		/* last scan: mean count of the good blocks */
	uint32_t wl_allocs;		/* erases since the last levelling check */
	uint64_t wl_ino;		/* sweep: inode whose tree is next */
	uint64_t wl_group;		/* sweep: level-1 node (or leaf) next in that object */
	uint64_t wl_moves;		/* blocks moved for wear since mount */
	uint64_t wl_lap_moves;		/* of which during the current sweep */
	/* Packing (block.c writes pieces, pack.c compacts). */
	uint32_t unit;			/* packing unit: max(page, block / 256) bytes */
	uint32_t units;			/* units per block */
	uint32_t pack_blk;		/* the open pack block (RAM only), NEXFS_NOBLOCK: none */
	uint32_t pack_next;		/* its next free unit */
	uint16_t *live;			/* compaction: live units per block, NULL without memory */
	bool gc_on;			/* the sweep compacts instead of levelling */
	bool gc_running;		/* a compaction pass is under way */
	bool wl_cold_packed;		/* levelling met a cold block of packed pieces */
	uint64_t pack_dead;		/* packed units dropped since the last compaction */
	uint64_t gc_moved;		/* this pass: pieces moved */
	uint64_t gc_bytes;		/* this pass: their bytes */
	struct {			/* packed pieces dropped lately: stale dedup hints */
		uint32_t block;
		uint8_t unit;
		uint8_t hash[3];
	} dropped[NEXFS_DROPPED];
	uint32_t ndropped;		/* pieces noted so far (the ring's next slot, mod) */
	/* Streaming (stream.c). */
	bool lean;			/* no node buffer: blocks stream through win */
	uint8_t *win;			/* the window: buf_a, or rec_bytes of its own */
	uint32_t wsize;			/* its size */
	uint8_t *scache;		/* lean: NEXFS_SCACHE bytes of the last block read */
	bool c_ok;			/* the cache (buf_a, or scache) holds checked bytes: */
	uint8_t c_unit, c_csum, c_flags;
	uint32_t c_block, c_size;	/* ...of the block this bptr names */
	uint32_t c_off, c_len;		/* ...bytes [c_off, c_off + c_len) of its content */
	uint8_t c_hash[32];
};
_Static_assert(sizeof(struct nexfs_state) <= sizeof(struct nexfs), "struct nexfs too small");
_Static_assert(alignof(struct nexfs_state) <= alignof(struct nexfs), "struct nexfs alignment");

/* What a file or directory handle holds. */
struct nexfs_handle {
	uint64_t ino;
	uint32_t flags;
	uint32_t magic;
	nexfs_snap_t snap;
	uint32_t rsvd;
	uint64_t pos;			/* directories: next slot */
	struct nexfs_bptr itab;		/* snapshot views: the tree they read */
	uint8_t itab_height;
};
#define NEXFS_HANDLE_FILE 0x46494c45u
#define NEXFS_HANDLE_DIR  0x44495220u
_Static_assert(sizeof(struct nexfs_handle) <= sizeof(struct nexfs_file), "file handle");
_Static_assert(sizeof(struct nexfs_handle) <= sizeof(struct nexfs_dir), "dir handle");

static inline struct nexfs_state *
nexfs_st(struct nexfs *fs)
{
	return (struct nexfs_state *)(void *)fs;
}

static inline bool
nexfs_bptr_null(const struct nexfs_bptr *p)
{
	return p->type == 0;
}

void nexfs_bptr_clear(struct nexfs_bptr *p);
bool nexfs_is_zero(const void *buf, size_t n);
bool nexfs_is_fill(const void *buf, size_t n, uint8_t v);
void nexfs_log(struct nexfs_state *s, int level, const char *msg);
uint64_t nexfs_now(struct nexfs_state *s);

/* block.c */
int nexfs_blk_read(struct nexfs_state *s, const struct nexfs_bptr *p, void *buf)
    NEXFS_NODISCARD;
int nexfs_blk_write(struct nexfs_state *s, const void *buf, uint32_t len, uint8_t type,
    uint8_t csum, uint8_t compress, struct nexfs_bptr *out) NEXFS_NODISCARD;
int nexfs_blk_write_hashed(struct nexfs_state *s, const void *buf, uint32_t len, uint8_t type,
    uint8_t csum, const uint8_t *hash, struct nexfs_bptr *out) NEXFS_NODISCARD;
int nexfs_blk_alloc(struct nexfs_state *s, uint32_t *block) NEXFS_NODISCARD;
void nexfs_ref_inc(struct nexfs_state *s, uint32_t block);
void nexfs_blk_reserve(struct nexfs_state *s, uint32_t block);
void nexfs_ref_free1(struct nexfs_state *s, uint32_t block);
int nexfs_bptr_drop(struct nexfs_state *s, const struct nexfs_bptr *p) NEXFS_NODISCARD;
void nexfs_children_inc(struct nexfs_state *s, const uint8_t *buf, uint8_t type, int skip);
void nexfs_hash(uint8_t csum, const void *buf, size_t len, uint8_t out[32]);
int nexfs_blk_alloc_near(struct nexfs_state *s, uint32_t want, uint32_t *block) NEXFS_NODISCARD;
void nexfs_blk_unreserve(struct nexfs_state *s, uint32_t block);
int nexfs_blk_prog(struct nexfs_state *s, uint32_t b, const void *buf, uint8_t type,
    struct nexfs_bptr *out) NEXFS_NODISCARD;
void nexfs_blk_retire(struct nexfs_state *s, uint32_t b, const char *why);
void nexfs_child_shape(struct nexfs_state *s, uint8_t type, uint32_t *n, uint32_t *stride,
    uint32_t *off);
int nexfs_blk_copy(struct nexfs_state *s, const struct nexfs_bptr *p, uint32_t want,
    struct nexfs_bptr *out) NEXFS_NODISCARD;
uint32_t nexfs_prog_len(struct nexfs_state *s, uint32_t len);
int nexfs_alloc_save(struct nexfs_state *s) NEXFS_NODISCARD;
int nexfs_alloc_load(struct nexfs_state *s) NEXFS_NODISCARD;
int nexfs_alloc_rebuild(struct nexfs_state *s) NEXFS_NODISCARD;
void nexfs_wear_note(struct nexfs_state *s, uint32_t block);
int nexfs_wear_load(struct nexfs_state *s, bool counts) NEXFS_NODISCARD;
uint32_t nexfs_rec_per_leaf(struct nexfs_state *s);
uint32_t nexfs_piece_units(struct nexfs_state *s, const struct nexfs_bptr *p);
bool nexfs_pack_on(struct nexfs_state *s);

/* stream.c: blocks through a window (the lean layout) or buf_a (the full one) */
#define NEXFS_SCACHE 448u	/* lean: bytes kept of a block read for a few of them */
struct nexfs_patch {
	uint32_t off, len;
	const void *src;
};
int nexfs_blk_get(struct nexfs_state *s, const struct nexfs_bptr *p, uint32_t off, void *out,
    uint32_t len) NEXFS_NODISCARD;
int nexfs_blk_check(struct nexfs_state *s, const struct nexfs_bptr *p) NEXFS_NODISCARD;
int nexfs_blk_child(struct nexfs_state *s, const struct nexfs_bptr *p, uint32_t i,
    struct nexfs_bptr *c) NEXFS_NODISCARD;
int nexfs_blk_compose(struct nexfs_state *s, const struct nexfs_bptr *base,
    const struct nexfs_patch *pt, int npt, uint8_t type, uint32_t to, bool skip_zero,
    struct nexfs_bptr *out) NEXFS_NODISCARD;
int nexfs_stream_copy(struct nexfs_state *s, const struct nexfs_bptr *p, uint32_t b, bool *rd)
    NEXFS_NODISCARD;
void nexfs_hash_patched(struct nexfs_state *s, const struct nexfs_patch *pt, int npt,
    uint8_t out[32]);
void nexfs_cache_set(struct nexfs_state *s, const struct nexfs_bptr *p, uint32_t off,
    uint32_t len);
void nexfs_cache_drop(struct nexfs_state *s);
bool nexfs_cache_holds(struct nexfs_state *s, const struct nexfs_bptr *p);

/* tree.c */
int nexfs_obj_read_leaf(struct nexfs_state *s, const struct nexfs_obj *o, uint64_t idx,
    void *buf, bool *hole) NEXFS_NODISCARD;
int nexfs_obj_write_leaf(struct nexfs_state *s, struct nexfs_obj *o, uint64_t idx,
    const void *leaf, bool zero, const struct nexfs_bptr *removed, int installed)
    NEXFS_NODISCARD;
int nexfs_obj_put_leaf(struct nexfs_state *s, struct nexfs_obj *o, uint64_t idx,
    const struct nexfs_bptr *leaf) NEXFS_NODISCARD;
int nexfs_obj_move_leaves(struct nexfs_state *s, struct nexfs_obj *o,
    const struct nexfs_obj *from, uint64_t src, uint64_t dst, uint64_t count,
    uint64_t clear_end) NEXFS_NODISCARD;
int nexfs_dedup_store(struct nexfs_state *s, const void *leaf, uint32_t len, size_t logical,
    uint8_t compress, struct nexfs_bptr *out) NEXFS_NODISCARD;
uint64_t nexfs_obj_capacity(struct nexfs_state *s, uint8_t height);
uint64_t nexfs_bptr_span(const struct nexfs_bptr *p);
int nexfs_obj_leaf_bptr(struct nexfs_state *s, const struct nexfs_obj *o, uint64_t idx,
    struct nexfs_bptr *leaf) NEXFS_NODISCARD;
/* Called for each block of a walk; err is 0 or NEXFS_ERR_CORRUPT. */
typedef void (*nexfs_walk_fn)(void *ctx, const struct nexfs_bptr *p, int err);
int nexfs_tree_walk(struct nexfs_state *s, const struct nexfs_bptr *p, bool read_leaves,
    nexfs_walk_fn fn, void *ctx, int depth) NEXFS_NODISCARD;

/* chunk.c: a file's bytes as FastCDC chunks (in: the file's inode, o: its tree) */
int nexfs_chunk_read(struct nexfs_state *s, const struct nexfs_inode *in, uint64_t off,
    uint8_t *out, size_t len) NEXFS_NODISCARD;
int nexfs_chunk_write(struct nexfs_state *s, struct nexfs_inode *in, struct nexfs_obj *o,
    uint64_t off, const uint8_t *src, size_t len) NEXFS_NODISCARD;
int nexfs_chunk_truncate(struct nexfs_state *s, struct nexfs_inode *in, struct nexfs_obj *o,
    uint64_t size) NEXFS_NODISCARD;

/* super.c */
int nexfs_commit(struct nexfs_state *s) NEXFS_NODISCARD;
int nexfs_abort(struct nexfs_state *s) NEXFS_NODISCARD;
int nexfs_op_end(struct nexfs_state *s, int err) NEXFS_NODISCARD;
int nexfs_op_begin(struct nexfs_state *s, bool write) NEXFS_NODISCARD;
int nexfs_replicas_check(struct nexfs_state *s, struct nexfs_scrub_report *rep)
    NEXFS_NODISCARD;

/* wear.c */
bool nexfs_block_is_home(struct nexfs_state *s, uint32_t block);
void nexfs_wear_scan(struct nexfs_state *s);
uint32_t nexfs_wear_coldest_free(struct nexfs_state *s);
bool nexfs_wear_replica_moves(struct nexfs_state *s, uint32_t r);
void nexfs_wear_level(struct nexfs_state *s);
int nexfs_wear_sweep(struct nexfs_state *s, uint64_t max, uint64_t *moved) NEXFS_NODISCARD;

/* pack.c: compaction of packed blocks */
#define NEXFS_NOCOLD (-1)	/* compaction by live units only */
int nexfs_pack_compact(struct nexfs_state *s, int32_t cold, bool full,
    struct nexfs_gc_report *rep)
    NEXFS_NODISCARD;
bool nexfs_pack_retry(struct nexfs_state *s, int err);
void nexfs_pack_auto(struct nexfs_state *s);

/* dedup.c: the index hints of chunks whose blocks moved (wear.c). */
struct nexfs_rehint {
	uint8_t hash[32];
	uint32_t from, to;
	uint8_t from_unit, to_unit;
	uint32_t to_len;	/* stored length at to when compressed, else 0 */
};
int nexfs_dedup_rehint(struct nexfs_state *s, struct nexfs_rehint *mv, uint32_t n)
    NEXFS_NODISCARD;
int nexfs_dedup_moved(struct nexfs_state *s, const struct nexfs_bptr *p, struct nexfs_bptr *out,
    bool *found) NEXFS_NODISCARD;

/* snap.c: the inode table a snapshot id names (NEXFS_LIVE: the live one). */
int nexfs_snap_view(struct nexfs_state *s, nexfs_snap_t snap, struct nexfs_bptr *itab,
    uint8_t *ih) NEXFS_NODISCARD;

/* fs.c */
int nexfs_inode_get(struct nexfs_state *s, const struct nexfs_bptr *itab, uint8_t ih,
    uint64_t ino, struct nexfs_inode *in) NEXFS_NODISCARD;
int nexfs_inode_put(struct nexfs_state *s, const struct nexfs_inode *in,
    const struct nexfs_bptr *removed) NEXFS_NODISCARD;
int nexfs_path_lookup(struct nexfs_state *s, const struct nexfs_bptr *itab, uint8_t ih,
    const char *path, struct nexfs_inode *in) NEXFS_NODISCARD;
int nexfs_dir_find_ino(struct nexfs_state *s, const struct nexfs_bptr *itab, uint8_t ih,
    const struct nexfs_inode *dir, uint64_t ino, struct nexfs_dent *out) NEXFS_NODISCARD;
void nexfs_inode_obj(struct nexfs_state *s, const struct nexfs_inode *in, struct nexfs_obj *o);
int nexfs_inode_obj_live(struct nexfs_state *s, const struct nexfs_inode *in, struct nexfs_obj *o)
    NEXFS_NODISCARD;
