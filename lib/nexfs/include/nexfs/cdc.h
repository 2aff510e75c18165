/*
 * nexfs/cdc.h: FastCDC content-defined chunking for the NexFS chunk store.
 *
 * A file's bytes are cut into chunks at positions chosen by the content, so
 * that inserting or deleting bytes moves only the cut points near the edit
 * and the other chunks keep their names (their BLAKE3 hashes) and are stored
 * once.  The algorithm is FastCDC (Xia et al., USENIX ATC 2016 and IEEE TPDS
 * 2020): a Gear rolling hash, cut-point skipping below the minimum size, and
 * normalized chunking with two masks, a strict one before the average size
 * and a loose one after it.
 *
 * Usage: fill a struct nexfs_cdc_params (nexfs_cdc_params_default gives
 * 16/64/256 KiB), call nexfs_cdc_init, then feed the stream in pieces of any
 * size to nexfs_cdc_scan.  Each call reports whether the current chunk ends
 * inside the piece and how many of its bytes belong to that chunk; after a
 * cut the state is ready for the next chunk, and the caller scans the rest of
 * the piece.  At the end of the stream the bytes still pending
 * (nexfs_cdc_pending) form the last chunk, which may be shorter than the
 * minimum.  Feeding the stream in different pieces gives the same cuts.
 *
 * On random data the mean chunk comes out somewhat above avg_size, since no
 * chunk is cut before min_size: about 73 KiB for the defaults and 4.6 KiB
 * for 1/4/16 KiB (measured by tests/test_cdc.c and `make bench`).
 *
 * Everything here is part of the on-disk format, because the cut points
 * decide which chunks exist: the Gear table, the placement of the mask bits,
 * the normalization rule and the exact cut test (see cdc.c for all four, and
 * the frozen test vectors in lib/nexfs/tests/test_cdc.c).  Changing any of
 * them requires a new format version.
 *
 * Freestanding: no allocation, no state outside the caller's struct, no
 * calls outside this file.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Returned for a configuration that is out of range (negative EINVAL). */
#define NEXFS_CDC_EINVAL (-22)

/* Defaults for volumes of ordinary size. */
#define NEXFS_CDC_DEFAULT_MIN   (16u * 1024u)
#define NEXFS_CDC_DEFAULT_AVG   (64u * 1024u)
#define NEXFS_CDC_DEFAULT_MAX   (256u * 1024u)
#define NEXFS_CDC_DEFAULT_LEVEL 2u

/*
 * Limits a configuration must respect.  The minimum is at least the 64-byte
 * window of the hash; the average is a power of two no smaller than 256 B so
 * that the loose mask keeps at least five bits; chunks never exceed 64 MiB.
 */
#define NEXFS_CDC_MIN_LIMIT   64u
#define NEXFS_CDC_AVG_LIMIT   256u
#define NEXFS_CDC_MAX_LIMIT   (64u * 1024u * 1024u)
#define NEXFS_CDC_LEVEL_LIMIT 3u

/*
 * Chunking parameters, stored in the superblock.  Valid when
 * NEXFS_CDC_MIN_LIMIT <= min_size <= avg_size <= max_size <=
 * NEXFS_CDC_MAX_LIMIT, min_size < max_size, avg_size is a power of two and at
 * least NEXFS_CDC_AVG_LIMIT, and level <= NEXFS_CDC_LEVEL_LIMIT.
 */
struct nexfs_cdc_params {
	uint32_t min_size;	/* no chunk is shorter but a stream's last */
	uint32_t avg_size;	/* target size; where the masks switch */
	uint32_t max_size;	/* no chunk is longer */
	uint32_t level;		/* normalization: log2(avg) +- level bits */
};

/*
 * Chunker state, owned by the caller; valid after nexfs_cdc_init.  The fields
 * are private to cdc.c.  The struct may be copied to checkpoint a scan.
 */
struct nexfs_cdc {
	uint64_t mask_s;	/* strict mask, for chunk lengths below avg */
	uint64_t mask_l;	/* loose mask, from avg up to max */
	uint64_t fp;		/* Gear fingerprint of the bytes hashed */
	uint32_t min_size;
	uint32_t avg_size;
	uint32_t max_size;
	uint32_t pos;		/* bytes of the current chunk seen so far */
};

/* Fills *p with the defaults (16/64/256 KiB, level 2). */
void nexfs_cdc_params_default(struct nexfs_cdc_params *p);

/* Returns 0 if *p is a valid configuration, NEXFS_CDC_EINVAL if not. */
int nexfs_cdc_params_check(const struct nexfs_cdc_params *p)
	__attribute__((warn_unused_result));

/*
 * Prepares *cdc to chunk a new stream with the parameters *p, which are
 * copied.  Returns 0, or NEXFS_CDC_EINVAL (and leaves *cdc unusable) if *p is
 * not valid.
 */
int nexfs_cdc_init(struct nexfs_cdc *cdc, const struct nexfs_cdc_params *p)
	__attribute__((warn_unused_result));

/* Forgets the current chunk, so that the next byte scanned starts a chunk. */
void nexfs_cdc_reset(struct nexfs_cdc *cdc);

/*
 * Scans the len bytes at buf, which continue the stream.  If the current
 * chunk ends inside buf, returns true and sets *used to the number of bytes of
 * buf that complete it (1..len); the state then starts the next chunk, and
 * the caller scans buf + *used next.  Otherwise returns false and sets *used
 * to len: every byte belongs to the current chunk, which goes on.  A length
 * of 0 returns false.  The state does not keep a pointer into buf.
 */
bool nexfs_cdc_scan(struct nexfs_cdc *cdc, const void *buf, size_t len,
    size_t *used);

/*
 * Returns the number of bytes of the current chunk scanned so far.  At the
 * end of a stream a non-zero value is the length of its last chunk.
 */
uint32_t nexfs_cdc_pending(const struct nexfs_cdc *cdc);

/*
 * Returns the length of the first chunk of the len bytes at buf, which start
 * a chunk and are the rest of the stream if len < max_size: at most len and
 * at most max_size.  A convenience for callers that hold whole chunks in
 * memory; *cdc is reset before and after.
 */
size_t nexfs_cdc_chunk_len(struct nexfs_cdc *cdc, const void *buf, size_t len);

/* The 256-entry Gear table (for tests that check its generator). */
extern const uint64_t nexfs_cdc_gear[256];
