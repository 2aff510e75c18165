/*
 * ring.h: a single-producer single-consumer message ring in shared memory,
 * the data path of asynchronous channels.
 *
 * The ring lives in one or more 4 KiB pages mapped into two address spaces
 * (and perhaps the kernel's).  It starts with a 192-byte header, three cache
 * lines so that the producer's and the consumer's index never share one;
 * fixed-size slots follow.  Both sides run on the same machine, so fields
 * are in native byte order.
 *
 *   offset  size  field
 *   0       4     magic      RING_MAGIC ("NXRG" on a little-endian machine)
 *   4       2     version    RING_VERSION
 *   6       2     (zero)
 *   8       4     capacity   number of slots, a power of two, 1..2^30
 *   12      4     slot_size  bytes per slot, a multiple of 8, >= 16
 *   16      4     flags      RING_FLAG_* (either side may set or clear)
 *   20      44    (zero)
 *   64      4     tail       producer's free-running count of pushes
 *   68      60    (zero)
 *   128     4     head       consumer's free-running count of pops
 *   132     60    (zero)
 *   192     ...   slots      capacity * slot_size bytes
 *
 *   slot:   [u32 len][u32 zero][len bytes of message][unused to slot_size]
 *
 * Trust: the other side may be hostile and may write anything anywhere in
 * the shared pages at any time.  So each side keeps its own copy of the
 * geometry (taken once, at ring_init or ring_attach, and checked against
 * the size of its mapping) and of the index it owns (the producer's tail,
 * the consumer's head), and reads from shared memory only the other side's
 * index and the slot lengths.  Each such value is read once and checked
 * before use: a distance tail - head above capacity, or a slot length above
 * the slot's payload, gives RING_ERR_CORRUPT and never an access outside the
 * mapping.  Message bytes may of course be garbage.
 *
 * Memory ordering (__atomic builtins on aligned 32-bit words; no library
 * calls, so freestanding-safe): the producer writes the slot, then stores
 * tail with release; the consumer loads tail with acquire, so it sees the
 * slot's bytes.  The consumer copies the slot out, then stores head with
 * release; the producer loads head with acquire, so it never overwrites a
 * slot still being read.  Indices are free-running 32-bit counters
 * (slot = index & (capacity - 1)); they wrap correctly because capacity is a
 * power of two no larger than 2^30.
 *
 * A struct ring is one side's view: use it only to push (producer) or only
 * to pop (consumer), from one thread at a time.  Waking a sleeping peer is
 * the kernel's job; the flags word lets a side say that it sleeps
 * (RING_FLAG_READER_WAITS, RING_FLAG_WRITER_WAITS; see ring_wait_prepare at
 * the end of this file).  Nothing here blocks.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define RING_MAGIC        0x4752584eu /* "NXRG" in little-endian memory */
#define RING_VERSION      1
#define RING_HDR_SIZE     192u
#define RING_SLOT_HDR     8u /* length word and padding before the message */
#define RING_MIN_SLOT     16u
#define RING_MAX_CAPACITY (1u << 30)

/* Flags word: hints for the kernel's notification, never trusted. */
#define RING_FLAG_READER_WAITS 0x1u /* the consumer sleeps until a push */
#define RING_FLAG_WRITER_WAITS 0x2u /* the producer sleeps until a pop */

/* Errors (negative); they will map onto the project-wide codes in abi/. */
enum {
	RING_OK = 0,
	RING_ERR_FULL = -1,    /* no free slot: try again after a pop */
	RING_ERR_EMPTY = -2,   /* no message: try again after a push */
	RING_ERR_CORRUPT = -3, /* the shared header or a slot length is impossible */
	RING_ERR_TOOBIG = -4,  /* message larger than a slot, or than the pop buffer */
	RING_ERR_INVAL = -5,   /* bad arguments to init/attach (size, alignment, geometry) */
};

/* The shared header, exactly as laid out above. */
struct ring_shared {
	uint32_t magic;
	uint16_t version;
	uint16_t reserved0;
	uint32_t capacity;
	uint32_t slot_size;
	uint32_t flags;
	uint32_t reserved1[11];
	uint32_t tail;
	uint32_t reserved2[15];
	uint32_t head;
	uint32_t reserved3[15];
};

_Static_assert(sizeof(struct ring_shared) == RING_HDR_SIZE, "ring header size");
_Static_assert(offsetof(struct ring_shared, tail) == 64, "ring tail offset");
_Static_assert(offsetof(struct ring_shared, head) == 128, "ring head offset");

/* Which side a view is. */
enum ring_role {
	RING_PRODUCER = 1,
	RING_CONSUMER = 2,
};

/* One side's private view of a ring; the fields are private to ring.c. */
struct ring {
	struct ring_shared *sh; /* the shared header */
	int role;               /* enum ring_role */
	uint8_t *slots;         /* the first slot */
	uint32_t capacity;      /* validated geometry, never re-read */
	uint32_t slot_size;
	uint32_t head; /* consumer: next index to pop */
	uint32_t tail; /* producer: next index to push */
	bool open;     /* a slot is reserved (producer) or peeked (consumer) */
};

/*
 * The largest message a ring of this slot size carries.
 */
static inline size_t
ring_max_msg(const struct ring *r)
{
	return r->slot_size - RING_SLOT_HDR;
}

/*
 * Formats size bytes at mem (8-byte aligned) as an empty ring with slots of
 * slot_size bytes (a multiple of 8, at least RING_MIN_SLOT), as many as fit
 * rounded down to a power of two (at most RING_MAX_CAPACITY), and makes *r
 * the view of the given role.  Whoever sets up the channel calls this once,
 * before the pages are mapped to the other side.  Returns 0, or
 * RING_ERR_INVAL when the alignment, slot size or role is wrong or not even
 * one slot fits.
 */
int ring_init(struct ring *r, void *mem, size_t size, uint32_t slot_size, enum ring_role role)
    __attribute__((warn_unused_result));

/*
 * Makes *r the view of the given role of a ring already formatted in the
 * size bytes at mem; the side takes its own index (the producer's tail, the
 * consumer's head) from the header once, here.  The header is untrusted:
 * returns 0, or RING_ERR_INVAL when mem is misaligned or role is wrong,
 * RING_ERR_CORRUPT when the magic, version or geometry is wrong, the slots
 * do not fit in size, or tail - head exceeds the capacity.
 */
int ring_attach(struct ring *r, void *mem, size_t size, enum ring_role role) __attribute__((warn_unused_result));

/*
 * Producer: copies the len bytes at msg into the next slot and publishes
 * it.  Returns 0, RING_ERR_INVAL on a consumer's view, RING_ERR_TOOBIG when len > ring_max_msg(r), RING_ERR_FULL
 * when every slot holds a message, or RING_ERR_CORRUPT when the shared head
 * is impossible (then nothing is written).
 */
int ring_try_push(struct ring *r, const void *msg, size_t len) __attribute__((warn_unused_result));

/*
 * Consumer: copies the oldest message into buf (max bytes), sets *len to
 * its length and frees its slot.  Returns 0, RING_ERR_INVAL on a producer's
 * view, RING_ERR_EMPTY, RING_ERR_TOOBIG
 * when the message is longer than max (*len says how long; the message
 * stays queued), or RING_ERR_CORRUPT when the shared tail or the slot's
 * length is impossible (the slot stays; the consumer should drop the
 * channel).
 */
int ring_try_pop(struct ring *r, void *buf, size_t max, size_t *len) __attribute__((warn_unused_result));

/*
 * Zero-copy variants: the message is written or read in place, in the
 * shared slot.  A producer reserves the next free slot, fills it and
 * commits; a consumer peeks at the oldest message and releases its slot
 * when done.  At most one slot is open per view, and the copying calls
 * refuse (RING_ERR_INVAL) while one is.
 *
 * ring_push_reserve: *slot, *room = where to write, at most room bytes.
 * Returns 0, RING_ERR_FULL, RING_ERR_CORRUPT, or RING_ERR_INVAL (consumer
 * view, or a slot already open).
 *
 * ring_push_commit: publishes the reserved slot with len bytes.  Returns 0,
 * RING_ERR_TOOBIG (len > room; the slot stays reserved), or RING_ERR_INVAL
 * (nothing reserved).
 *
 * ring_pop_peek: *msg, *len = the oldest message, in shared memory.  The
 * peer can still change those bytes (never the length we checked, nor
 * where they are): copy what must not change before validating it.
 * Returns 0, RING_ERR_EMPTY, RING_ERR_CORRUPT, or RING_ERR_INVAL (producer
 * view, or a slot already open).
 *
 * ring_pop_release: frees the peeked slot.  Returns 0 or RING_ERR_INVAL
 * (nothing peeked).
 */
int ring_push_reserve(struct ring *r, void **slot, size_t *room) __attribute__((warn_unused_result));
int ring_push_commit(struct ring *r, size_t len) __attribute__((warn_unused_result));
int ring_pop_peek(struct ring *r, const void **msg, size_t *len) __attribute__((warn_unused_result));
int ring_pop_release(struct ring *r) __attribute__((warn_unused_result));

/*
 * Number of messages queued, as this side sees them now (0..capacity):
 * from its own index and the other side's shared one.  Returns
 * RING_ERR_CORRUPT when the other side's index is impossible.
 */
int32_t ring_count(const struct ring *r);

/* Sets, clears and reads bits of the shared flags word (atomic). */
void ring_flags_set(struct ring *r, uint32_t bits);
void ring_flags_clear(struct ring *r, uint32_t bits);
uint32_t ring_flags_get(const struct ring *r);

/*
 * Sleeping without a lost wake-up.  A side that finds the ring empty
 * (consumer) or full (producer) and wants to sleep calls ring_wait_prepare:
 * it announces the wait in the flags word, then looks again.  It returns
 * true when the ring is still empty (full), so the caller may sleep until
 * the kernel wakes it; false when a message (a free slot) arrived in the
 * meantime, with the announcement withdrawn, so the caller retries at once.
 * The other side calls ring_wake_needed after each successful push (pop):
 * it returns true, clearing the announcement, when the peer said it sleeps,
 * and the caller asks the kernel to wake it.  Both use sequentially
 * consistent operations (the store of the index, a full fence, then the
 * flags), so at least one side sees the other: either the sleeper sees the
 * new message or the waker sees the flag.  The peer may lie about the flag;
 * the worst it can do is go unwoken or cause a spurious wake-up.
 */
bool ring_wait_prepare(struct ring *r);
bool ring_wake_needed(struct ring *r);
