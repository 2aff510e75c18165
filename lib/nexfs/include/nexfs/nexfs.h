/*
 * nexfs/nexfs.h: the public interface of NexFS, the flash-native,
 * copy-on-write, verified filesystem of Nexus.
 *
 * The library is freestanding: it allocates nothing and calls nothing but
 * memcpy/memmove/memset/memcmp, lib/base and lib/crypto.  Everything from
 * the environment (the flash device, a clock, a compression codec, a log
 * sink) reaches it through an ops struct with a context pointer in
 * struct nexfs_config, and all state lives in caller-owned memory: the
 * struct nexfs itself plus one working buffer whose size
 * nexfs_mem_required() reports.
 *
 * Start reading at nexfs_format() and nexfs_mount(); the on-flash format is
 * in lib/nexfs/SPEC.md and the design (commit protocol, what a sync
 * promises) in lib/nexfs/DESIGN.md.
 *
 * Every function returns 0 or a negative NEXFS_ERR_* code, except where its
 * comment says otherwise.  Paths are absolute, '/'-separated, at most
 * NEXFS_PATH_MAX bytes; each component at most NEXFS_NAME_MAX bytes.
 *
 * Atomicity in one sentence: every mutating call is applied completely or
 * not at all, and it is durable when the call returns 0 (each mutating call
 * ends with a commit); nexfs_sync() exists for callers that batch with
 * NEXFS_MOUNT_BATCH, where changes become durable only at the next sync.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define NEXFS_NODISCARD __attribute__((warn_unused_result))

/* Version of the on-flash format this library writes (see SPEC.md). */
#define NEXFS_FORMAT_VERSION 4

#define NEXFS_NAME_MAX 110
#define NEXFS_PATH_MAX 1024
#define NEXFS_REPLICAS_MAX 10
#define NEXFS_SNAP_NAME_MAX 31

typedef uint32_t nexfs_block_t;	/* erase-block number on the device */
typedef uint64_t nexfs_ino_t;	/* inode number, never reused */
typedef uint32_t nexfs_snap_t;	/* snapshot id; NEXFS_LIVE is the live tree */

#define NEXFS_LIVE ((nexfs_snap_t)0)

/*
 * Errors.  Where a POSIX errno exists the value is its negation (Linux
 * numbering), so host tools and the FUSE mount can pass them on; the rest
 * are NexFS's own and lie below -1000.
 */
enum nexfs_error {
	NEXFS_OK = 0,
	NEXFS_ERR_NOENT = -2,		/* no such file, directory or snapshot */
	NEXFS_ERR_IO = -5,		/* the device reported an error */
	NEXFS_ERR_BADF = -9,		/* handle not open or wrong mode */
	NEXFS_ERR_NOMEM = -12,		/* working buffer too small */
	NEXFS_ERR_BUSY = -16,		/* object in use (e.g. rollback with open files) */
	NEXFS_ERR_EXIST = -17,		/* entry exists */
	NEXFS_ERR_NOTDIR = -20,		/* a path component is not a directory */
	NEXFS_ERR_ISDIR = -21,		/* is a directory */
	NEXFS_ERR_INVAL = -22,		/* invalid argument */
	NEXFS_ERR_FBIG = -27,		/* file would exceed the maximum size */
	NEXFS_ERR_NOSPC = -28,		/* volume full; nothing was changed */
	NEXFS_ERR_ROFS = -30,		/* mounted read-only, or snapshot view */
	NEXFS_ERR_NAMETOOLONG = -36,	/* name or path too long */
	NEXFS_ERR_NOTEMPTY = -39,	/* directory not empty */
	NEXFS_ERR_CORRUPT = -74,	/* checksum mismatch or malformed metadata (EBADMSG) */
	NEXFS_ERR_UNSUPPORTED = -95,	/* not implemented in this version (EOPNOTSUPP) */
	NEXFS_ERR_NOFS = -1001,		/* no valid superblock found */
	NEXFS_ERR_INCOMPAT = -1002,	/* unknown incompatible feature flag: refuse to mount */
	NEXFS_ERR_VERSION = -1003,	/* format version not understood */
	NEXFS_ERR_BADBLOCK = -1004,	/* device: block is bad (program/erase failed) */
	NEXFS_ERR_POWERCUT = -1005,	/* device (emulated): power was cut */
	NEXFS_ERR_GEOMETRY = -1006,	/* device geometry unsupported or mismatch */
};

/* A short English description of err ("checksum mismatch", ...). */
const char *nexfs_strerror(int err);

/* --- Flash device -------------------------------------------------------- */

/*
 * Flash rules the device follows (and the emulator enforces):
 *   - erase sets every byte of a block to 0xFF;
 *   - program writes whole pages (offset and length multiples of page_size)
 *     and can only clear bits (1 -> 0);
 *   - on NAND (NEXFS_FLASH_NAND) a page may be programmed only once between
 *     erases; on NOR a page may be programmed again, still only clearing bits.
 * NexFS itself programs each page at most once per erase and erases every
 * block before it writes to it, so it runs on either kind.
 */
#define NEXFS_FLASH_NOR  0x0u
#define NEXFS_FLASH_NAND 0x1u

struct nexfs_flash_geometry {
	uint32_t page_size;	/* program unit in bytes: power of two, >= 64 */
	uint32_t block_size;	/* erase unit in bytes: power of two multiple of page_size, >= 512 */
	uint32_t block_count;	/* erase blocks on the device, >= 16 */
	uint32_t flags;		/* NEXFS_FLASH_* */
};

struct nexfs_flash_ops {
	/* Fills *geo.  Must not fail. */
	void (*geometry)(void *ctx, struct nexfs_flash_geometry *geo);
	/* Reads len bytes at off in block.  Any alignment. */
	int (*read)(void *ctx, nexfs_block_t block, uint32_t off, void *buf, uint32_t len);
	/*
	 * Programs len bytes at off in block; page-aligned.  Returns
	 * NEXFS_ERR_BADBLOCK when the device reports the program failed.
	 */
	int (*prog)(void *ctx, nexfs_block_t block, uint32_t off, const void *buf, uint32_t len);
	/* Erases block to 0xFF; NEXFS_ERR_BADBLOCK when the erase failed. */
	int (*erase)(void *ctx, nexfs_block_t block);
	/* Makes earlier programs and erases durable.  May be NULL. */
	int (*sync)(void *ctx);
	/* Sets *bad when the block is marked bad (factory or grown).  May be NULL. */
	int (*is_bad)(void *ctx, nexfs_block_t block, bool *bad);
	/* Marks the block bad so it is never used again.  May be NULL. */
	int (*mark_bad)(void *ctx, nexfs_block_t block);
};

/* --- Other injected services --------------------------------------------- */

/* Wall-clock time for inode times, in nanoseconds since 1970 (UTC). */
struct nexfs_clock_ops {
	uint64_t (*now_ns)(void *ctx);
};

/*
 * A compression codec (zstd on the host).  compress returns
 * NEXFS_ERR_NOSPC when the output would not fit in dst_cap, in which case
 * NexFS stores the data uncompressed.
 */
struct nexfs_codec_ops {
	int (*compress)(void *ctx, int level, const void *src, size_t src_len,
	    void *dst, size_t dst_cap, size_t *dst_len);
	int (*decompress)(void *ctx, const void *src, size_t src_len,
	    void *dst, size_t dst_cap, size_t *dst_len);
};

#define NEXFS_LOG_ERROR 0
#define NEXFS_LOG_WARN  1
#define NEXFS_LOG_INFO  2
#define NEXFS_LOG_DEBUG 3

/* Receives one complete message (no trailing newline) at a time. */
struct nexfs_log_ops {
	void (*log)(void *ctx, int level, const char *msg);
};

/* --- Configuration -------------------------------------------------------- */

/* Mount flags. */
#define NEXFS_MOUNT_RDONLY 0x1u	/* never write to the device */
#define NEXFS_MOUNT_BATCH  0x2u	/* mutating calls commit only at nexfs_sync() */

struct nexfs_config {
	const struct nexfs_flash_ops *flash;	/* required */
	void *flash_ctx;
	const struct nexfs_clock_ops *clock;	/* optional: times are 0 without it */
	void *clock_ctx;
	const struct nexfs_codec_ops *codec;	/* optional: no compression without it */
	void *codec_ctx;
	const struct nexfs_log_ops *log;	/* optional */
	void *log_ctx;
	/*
	 * Working memory owned by the caller for the life of the mount (and
	 * during nexfs_format()); at least nexfs_mem_required() bytes, 16-byte
	 * aligned.
	 */
	void *buffer;
	size_t buffer_size;
	uint32_t mount_flags;			/* NEXFS_MOUNT_* */
};

/* Checksum kinds; a file's data blocks use its own, metadata BLAKE3-256. */
enum nexfs_csum {
	NEXFS_CSUM_DEFAULT = 0,		/* the volume default (BLAKE3-256 unless formatted otherwise) */
	NEXFS_CSUM_BLAKE3_256 = 1,
	NEXFS_CSUM_BLAKE3_128 = 2,
	NEXFS_CSUM_XXH3_64 = 3,
};

/* Feature flags (superblock).  See SPEC.md for which class each is in. */
#define NEXFS_FEAT_COMPAT_DEDUP       0x0000000000000001ull	/* write path deduplicates */
#define NEXFS_FEAT_COMPAT_WEAR_LEVEL  0x0000000000000002ull	/* allocator levels wear */
#define NEXFS_FEAT_COMPAT_PACK        0x0000000000000004ull	/* small chunks share blocks */
#define NEXFS_FEAT_INCOMPAT_COMPRESS  0x0000000100000000ull	/* compressed blocks may exist */
#define NEXFS_FEAT_INCOMPAT_MASK      0xffffffff00000000ull

struct nexfs_format_options {
	uint32_t replicas;		/* superblock replicas, 2..NEXFS_REPLICAS_MAX (0: 3) */
	uint8_t default_csum;		/* enum nexfs_csum (0: BLAKE3-256) */
	uint32_t cdc_min;		/* FastCDC chunk sizes in bytes, max at most */
	uint32_t cdc_avg;		/*   255 blocks (avg 0: 16/64/256 KiB, less */
	uint32_t cdc_max;		/*   below 64 MiB); else NEXFS_ERR_INVAL */
	uint64_t features;		/* NEXFS_FEAT_* (0: DEDUP | WEAR_LEVEL | PACK) */
	char label[16];			/* volume label, NUL-padded */
};

/*
 * Caller-owned mount state.  Opaque: the real layout is private to the
 * library, which checks at compile time that it fits.
 */
struct nexfs {
	uint64_t opaque[200];
};

struct nexfs_file {
	uint64_t opaque[16];
};

struct nexfs_dir {
	uint64_t opaque[16];
};

/* --- Memory ------------------------------------------------------------- */

struct nexfs_mem_report {
	size_t state_bytes;	/* sizeof(struct nexfs) */
	size_t buffer_bytes;	/* what config.buffer must hold */
	size_t block_buffers;	/* of which: block-sized buffers */
	size_t alloc_index;	/* of which: the allocation index (refcounts) */
	size_t total;		/* state_bytes + buffer_bytes */
	/*
	 * buffer_bytes plus pack_bytes plus one more block buffer: with a codec configured,
	 * a buffer of at least this size enables per-file compression (with
	 * less, NEXFS_ATTR_COMPRESS fails with NEXFS_ERR_UNSUPPORTED).
	 */
	size_t buffer_bytes_codec;
	/*
	 * Live units per block (2 bytes a block) that compaction of packed
	 * blocks needs (feature PACK; see nexfs_gc()).  A buffer of
	 * buffer_bytes plus pack_bytes (or buffer_bytes_codec) enables it;
	 * without them small chunks are still packed, but blocks holding
	 * dead pieces are freed only when every piece in them is dropped.
	 */
	size_t pack_bytes;
	/*
	 * The least buffer a mount takes: the lean layout, with no node
	 * buffer (blocks other than the leaf being edited are read through a
	 * window of one page, at least 512 bytes, and checked as they
	 * stream; see DESIGN.md "Memory").  It reads more, and has neither
	 * compression nor compaction.  A buffer of buffer_bytes or more gets
	 * the full layout.  lean_total is state_bytes + lean_bytes.
	 */
	size_t lean_bytes;
	size_t lean_total;
};

/*
 * Reports the memory a mount of a device with this geometry needs.
 * Returns NEXFS_ERR_GEOMETRY for an unsupported geometry.
 */
NEXFS_NODISCARD int nexfs_mem_required(const struct nexfs_flash_geometry *geo,
    struct nexfs_mem_report *rep);

/* --- Volume ------------------------------------------------------------- */

/*
 * Writes an empty volume to the device in cfg.  opt may be NULL for the
 * defaults.  Blocks the device reports bad are skipped.
 */
NEXFS_NODISCARD int nexfs_format(const struct nexfs_config *cfg,
    const struct nexfs_format_options *opt);

/*
 * Mounts the newest valid commit on the device.  Fails with NEXFS_ERR_NOFS
 * when no superblock replica is valid, NEXFS_ERR_INCOMPAT when the volume
 * uses an incompatible feature this library does not know (a message goes
 * to the log), NEXFS_ERR_VERSION for an unknown format version.
 * cfg must stay valid until nexfs_unmount().
 */
NEXFS_NODISCARD int nexfs_mount(struct nexfs *fs, const struct nexfs_config *cfg);

/* Commits anything pending and releases fs. */
NEXFS_NODISCARD int nexfs_unmount(struct nexfs *fs);

/* Makes every change made so far durable (one commit). */
NEXFS_NODISCARD int nexfs_sync(struct nexfs *fs);

struct nexfs_info {
	struct nexfs_flash_geometry geo;
	uint32_t version;
	uint32_t replicas;
	nexfs_block_t replica_blocks[NEXFS_REPLICAS_MAX];	/* where commits go (they move) */
	nexfs_block_t anchor_blocks[NEXFS_REPLICAS_MAX];	/* fixed: where mount starts */
	uint64_t features;
	uint64_t seq;			/* sequence number of the mounted commit */
	uint64_t blocks_total;		/* usable blocks (not bad, not superblock) */
	uint64_t blocks_free;		/* exact */
	uint64_t blocks_bad;
	uint64_t bytes_total;
	uint64_t bytes_free;
	uint64_t files;			/* inodes in use */
	uint32_t snapshots;
	uint32_t max_erase_count;	/* erase counts of the good blocks, as saved */
	uint32_t min_erase_count;	/*   by the volume (plus those since mount) */
	uint32_t mean_erase_count;
	uint64_t wear_moves;		/* blocks moved by static wear levelling since mount */
	uint8_t root_hash[32];		/* Merkle root of the live tree */
	uint8_t default_csum;
	uint32_t cdc_min, cdc_avg, cdc_max;
	char label[16];
};

NEXFS_NODISCARD int nexfs_info(struct nexfs *fs, struct nexfs_info *info);

/*
 * Turns features on (set) and off (clear) without reformatting, where that
 * is safe: NEXFS_ERR_INVAL for an unknown bit, NEXFS_ERR_BUSY when turning
 * off COMPRESS once set (compressed blocks may exist).  DEDUP,
 * WEAR_LEVEL and PACK can be switched freely (without PACK, small chunks
 * take a block each; blocks packed before stay readable).
 */
NEXFS_NODISCARD int nexfs_tune(struct nexfs *fs, uint64_t set, uint64_t clear);

/* --- Names and files --------------------------------------------------- */

#define NEXFS_TYPE_FILE 1
#define NEXFS_TYPE_DIR  2

struct nexfs_stat {
	nexfs_ino_t ino;
	uint32_t type;		/* NEXFS_TYPE_* */
	uint32_t nlink;
	uint64_t size;		/* bytes */
	uint64_t blocks;	/* size in blocks, rounded up (holes included) */
	uint64_t ctime_ns;	/* creation */
	uint64_t mtime_ns;	/* last data or entry change */
	uint8_t csum;		/* enum nexfs_csum in effect */
	uint8_t compress;	/* zstd level, 0 = off */
};

/* stat on the live tree. */
NEXFS_NODISCARD int nexfs_stat(struct nexfs *fs, const char *path, struct nexfs_stat *st);
/* stat in a snapshot (snap == NEXFS_LIVE is the live tree). */
NEXFS_NODISCARD int nexfs_stat_at(struct nexfs *fs, nexfs_snap_t snap, const char *path,
    struct nexfs_stat *st);

/* Creates a directory; its parent must exist. */
NEXFS_NODISCARD int nexfs_mkdir(struct nexfs *fs, const char *path);

/* Removes a file, or an empty directory. */
NEXFS_NODISCARD int nexfs_remove(struct nexfs *fs, const char *path);

/*
 * Atomically renames from to to, replacing to if it is a file (or an empty
 * directory when from is a directory).  After a power cut exactly one of
 * the two names refers to the object (see DESIGN.md).
 */
NEXFS_NODISCARD int nexfs_rename(struct nexfs *fs, const char *from, const char *to);

/*
 * Per-file policy, applied to data written after the call.  A compression
 * level needs a codec and buffer_bytes_codec of working memory, else
 * NEXFS_ERR_UNSUPPORTED; setting one marks the volume COMPRESS.
 */
struct nexfs_attr {
	uint8_t csum;		/* enum nexfs_csum */
	uint8_t compress;	/* zstd level 1..19, 0 = off */
	uint64_t mtime_ns;
};
#define NEXFS_ATTR_CSUM     0x1u
#define NEXFS_ATTR_COMPRESS 0x2u
#define NEXFS_ATTR_MTIME    0x4u

NEXFS_NODISCARD int nexfs_setattr(struct nexfs *fs, const char *path,
    const struct nexfs_attr *attr, uint32_t mask);

/* Open flags. */
#define NEXFS_O_RDONLY 0x0u
#define NEXFS_O_WRONLY 0x1u
#define NEXFS_O_RDWR   0x2u
#define NEXFS_O_ACCMODE 0x3u
#define NEXFS_O_CREAT  0x100u
#define NEXFS_O_EXCL   0x200u
#define NEXFS_O_TRUNC  0x400u
#define NEXFS_O_APPEND 0x800u

/*
 * Opens a file of the live tree.  The handle remembers the inode, so it
 * stays valid across renames of the file; after the file is removed its
 * calls fail with NEXFS_ERR_NOENT.  Any number of handles may be open.
 */
NEXFS_NODISCARD int nexfs_file_open(struct nexfs *fs, struct nexfs_file *f,
    const char *path, uint32_t flags);
/* Opens a file of a snapshot, read-only. */
NEXFS_NODISCARD int nexfs_file_open_at(struct nexfs *fs, struct nexfs_file *f,
    nexfs_snap_t snap, const char *path);
NEXFS_NODISCARD int nexfs_file_close(struct nexfs *fs, struct nexfs_file *f);

/*
 * Reads up to len bytes at off into buf; *done gets the count, which is
 * less than len only at the end of the file.  A block whose checksum does
 * not match fails the whole call with NEXFS_ERR_CORRUPT.
 */
NEXFS_NODISCARD int nexfs_file_read(struct nexfs *fs, struct nexfs_file *f, uint64_t off,
    void *buf, size_t len, size_t *done);
/* Writes len bytes at off, growing the file (with a hole) as needed. */
NEXFS_NODISCARD int nexfs_file_write(struct nexfs *fs, struct nexfs_file *f, uint64_t off,
    const void *buf, size_t len);
/* Writes len bytes at the current end of the file. */
NEXFS_NODISCARD int nexfs_file_append(struct nexfs *fs, struct nexfs_file *f,
    const void *buf, size_t len);
NEXFS_NODISCARD int nexfs_file_truncate(struct nexfs *fs, struct nexfs_file *f, uint64_t size);
NEXFS_NODISCARD int nexfs_file_stat(struct nexfs *fs, struct nexfs_file *f, struct nexfs_stat *st);
/* Same as nexfs_sync(): commits are per volume, not per file. */
NEXFS_NODISCARD int nexfs_file_sync(struct nexfs *fs, struct nexfs_file *f);

/* --- Directories --------------------------------------------------------- */

struct nexfs_dirent {
	nexfs_ino_t ino;
	uint32_t type;			/* NEXFS_TYPE_* */
	char name[NEXFS_NAME_MAX + 1];	/* NUL-terminated */
};

NEXFS_NODISCARD int nexfs_dir_open(struct nexfs *fs, struct nexfs_dir *d, const char *path);
NEXFS_NODISCARD int nexfs_dir_open_at(struct nexfs *fs, struct nexfs_dir *d, nexfs_snap_t snap,
    const char *path);
/*
 * Reads the next entry ("." and ".." are not listed).  Returns 1 with *ent
 * filled, 0 at the end, or a negative error.  Entries added or removed
 * while iterating may or may not be seen.
 */
NEXFS_NODISCARD int nexfs_dir_read(struct nexfs *fs, struct nexfs_dir *d, struct nexfs_dirent *ent);
NEXFS_NODISCARD int nexfs_dir_close(struct nexfs *fs, struct nexfs_dir *d);

/* --- TimeWarp snapshots ------------------------------------------------ */

struct nexfs_snapshot_info {
	nexfs_snap_t id;		/* 1, 2, ...; never reused */
	uint64_t seq;			/* commit sequence it captured */
	uint64_t time_ns;
	uint8_t root_hash[32];		/* Merkle root of the tree it captured */
	char name[NEXFS_SNAP_NAME_MAX + 1];
};

/* Captures the live tree (after committing it); *id gets the new id. */
NEXFS_NODISCARD int nexfs_snapshot_create(struct nexfs *fs, const char *name, nexfs_snap_t *id);
/*
 * Fills out[0..cap) with snapshots, oldest first; *count gets the total
 * number of snapshots (which may exceed cap).
 */
NEXFS_NODISCARD int nexfs_snapshot_list(struct nexfs *fs, struct nexfs_snapshot_info *out,
    size_t cap, size_t *count);
NEXFS_NODISCARD int nexfs_snapshot_delete(struct nexfs *fs, nexfs_snap_t id);
/*
 * Atomically replaces the live tree by the snapshot's tree (the snapshot is
 * kept).  NEXFS_ERR_BUSY while files are open.
 */
NEXFS_NODISCARD int nexfs_snapshot_rollback(struct nexfs *fs, nexfs_snap_t id);

enum nexfs_diff_kind {
	NEXFS_DIFF_ADDED = 1,		/* in b, not in a */
	NEXFS_DIFF_REMOVED = 2,		/* in a, not in b */
	NEXFS_DIFF_MODIFIED = 3,	/* in both, content or type differs */
};

/* Called once per differing path; a non-zero return stops the diff with it. */
typedef int (*nexfs_diff_fn)(void *ctx, const char *path, enum nexfs_diff_kind kind);

/*
 * Reports the paths that differ between snapshot a and snapshot b (either
 * may be NEXFS_LIVE).  Subtrees with equal Merkle hashes are skipped, so
 * the cost follows the size of the difference.
 */
NEXFS_NODISCARD int nexfs_snapshot_diff(struct nexfs *fs, nexfs_snap_t a, nexfs_snap_t b,
    nexfs_diff_fn fn, void *ctx);

/* --- Maintenance and statistics ----------------------------------------- */

struct nexfs_scrub_report {
	uint64_t blocks_checked;
	uint64_t bytes_checked;
	uint64_t errors;		/* damaged blocks found */
	uint64_t repaired;		/* of which rewritten from a good copy */
	uint64_t replicas_bad;		/* superblock replicas found damaged */
	uint64_t replicas_repaired;
};

/*
 * Called during scrub: progress (done of total blocks) and, for each
 * damaged item, a description (path is NULL for progress calls).
 */
typedef void (*nexfs_scrub_fn)(void *ctx, uint64_t done, uint64_t total, const char *damaged);

/*
 * Reads and verifies every reachable block of the live tree and every
 * snapshot and every superblock replica, repairing what a good copy exists
 * for.  Returns 0 even when damage is found; the report says what.
 */
NEXFS_NODISCARD int nexfs_scrub(struct nexfs *fs, struct nexfs_scrub_report *rep,
    nexfs_scrub_fn fn, void *ctx);

struct nexfs_gc_report {
	uint64_t blocks_examined;	/* packed blocks with dead space found by the walk */
	uint64_t blocks_freed;		/* of which now free */
	uint64_t pieces_moved;		/* packed pieces copied to the open pack block */
	uint64_t bytes_moved;		/* their programmed bytes */
};

/*
 * Compacts packed blocks (feature PACK): the live pieces of blocks whose
 * live units are at most half of the block move to the open pack block,
 * so those blocks become free, in one commit (pending batch changes are
 * committed first).  Pieces below a shared block (snapshots, dedup) stay.
 * NEXFS_ERR_UNSUPPORTED without the working memory of pack_bytes.  rep
 * may be NULL.  The library runs the same pass by itself when an
 * allocation fails with dead packed space left, and after commits once
 * enough pieces were dropped.
 */
NEXFS_NODISCARD int nexfs_gc(struct nexfs *fs, struct nexfs_gc_report *rep);

struct nexfs_du {
	uint64_t files;
	uint64_t dirs;
	uint64_t logical_bytes;		/* sum of file sizes */
	uint64_t referenced_blocks;	/* data blocks the files point at (holes not counted) */
	uint64_t unique_blocks;		/* of which in blocks the subtree alone uses: a count
					   of 1 (not shared by dedup; sharing through snapshots
					   is not visible here), or, for packed pieces, every
					   pointer into the block in the subtree */
};

/* Disk usage of the subtree at path (live tree). */
NEXFS_NODISCARD int nexfs_du(struct nexfs *fs, const char *path, struct nexfs_du *du);

struct nexfs_dedup_stats {
	uint64_t chunks_written;	/* chunks the write path produced */
	uint64_t chunks_deduped;	/* of which found already stored */
	uint64_t bytes_written;		/* logical bytes the write path received */
	uint64_t bytes_deduped;		/* of which not stored again */
	uint64_t blocks_shared;		/* blocks now referenced more than once */
};

/* Dedup counters since mount plus the current sharing on the volume. */
NEXFS_NODISCARD int nexfs_dedup_stats(struct nexfs *fs, struct nexfs_dedup_stats *st);
