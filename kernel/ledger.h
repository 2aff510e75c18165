/*
 * ledger.h: the System Truth Ledger (STL) and the Boot Error Buffer (BEB).
 *
 * The STL is the structured event stream of the system: a fixed ring of
 * fixed-size binary events, each with a sequence number, a time in timer
 * ticks, the fiber it concerns, a type and three fields whose meaning the
 * type gives (table below).  Appending never fails: when the ring is full
 * the oldest event is overwritten, and a reader that fell behind learns how
 * many events it lost from the gap in sequence numbers.  ledger_format
 * renders one event as the text line written to the console and the serial
 * port; docs/ledger.md specifies that line and tools/ledger2perfetto.py
 * reads it.
 *
 *   type             fields[0]        fields[1]        fields[2]
 *   BOOT             boot count       ticks/second     harts
 *   SPAWN            parent fiber     tier             1 = S-mode kernel fiber
 *   EXIT             exit code (s64)  ticks used       -
 *   FAULT            scause           sepc             stval
 *   STRIKE           tier             strikes (1..3)   ticks ran
 *   DEMOTE           old tier         new tier         -
 *   PREEMPT          tier             ticks ran        1 = budget spent, 0 = outranked
 *   BLOCK            LEDGER_BLOCK_*   detail           ticks ran (0 = not given)
 *   WAKE             waker fiber      LEDGER_BLOCK_*   -
 *   CHAN_ERR         channel handle   error (s64)      operation
 *   SYSCALL_DENIED   syscall number   error (s64)      first argument
 *   BEB_REINIT       BEB_ATTACH_*     boot count       -
 *   SPAWN_REFUSED    LEDGER_REFUSED_* error code      parent fiber
 *   PLEDGE_DENIED    promise wanted   pledge held      syscall number
 *   KILL             killer fiber     state before     ticks used
 *
 * "ticks used" is the fiber's total over its life; "ticks ran" is the run
 * that just ended; a BLOCK's detail is the sleep in ticks for SLEEP, else
 * the channel handle.
 *
 * Fiber 0 is the kernel itself.  A run of a fiber ends with PREEMPT, BLOCK,
 * EXIT or FAULT; PREEMPT and BLOCK carry "ticks ran", which lets a reader
 * draw the run as the interval [time - ran, time].
 *
 * The BEB is a small ring of error records in a memory region that a warm
 * reset does not clear, so the errors that led to a reset can be read after
 * it.  Each record carries its own checksum and sequence number, so a record
 * torn by a reset in the middle of a write is recognised and skipped; the
 * header (magic, version, geometry, boot counter) carries a checksum too.
 * The checksums are FNV-1a-style mixing against stray writes and torn
 * records, not against an attacker.
 *
 * Neither structure is thread-safe: the caller serialises appends (a lock
 * or one ledger per hart).  Nothing here allocates or calls the hardware.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Event types; the numbers are part of the syscall ABI (ledger read). */
enum ledger_type {
	LEDGER_BOOT = 1,
	LEDGER_SPAWN = 2,
	LEDGER_EXIT = 3,
	LEDGER_FAULT = 4,
	LEDGER_STRIKE = 5,
	LEDGER_DEMOTE = 6,
	LEDGER_PREEMPT = 7,
	LEDGER_BLOCK = 8,
	LEDGER_WAKE = 9,
	LEDGER_CHAN_ERR = 10,
	LEDGER_SYSCALL_DENIED = 11,
	LEDGER_BEB_REINIT = 12,
	LEDGER_SPAWN_REFUSED = 13,
	LEDGER_PLEDGE_DENIED = 14,
	LEDGER_KILL = 15,
	LEDGER_NTYPES = 16,
};

/* Why a fiber stopped running (BLOCK fields[0], WAKE fields[1]). */
enum ledger_block {
	LEDGER_BLOCK_YIELD = 0,
	LEDGER_BLOCK_SLEEP = 1,
	LEDGER_BLOCK_RECV = 2,
	LEDGER_BLOCK_SEND = 3,
	LEDGER_BLOCK_CALL = 4,
	LEDGER_BLOCK_NREASONS = 5,
};

/* Event flags. */
/* Why a spawn was refused (SPAWN_REFUSED field 0). */
enum {
	LEDGER_REFUSED_ELF = 0,      /* the ELF image failed validation (elf_strerror) */
	LEDGER_REFUSED_MANIFEST = 1, /* the manifest failed (manifest_strerror) */
	LEDGER_REFUSED_LAYOUT = 2,   /* segments in the stack area, or a bad restore address */
	LEDGER_REFUSED_CAPS = 3,     /* a capability of the manifest or a grant (NX_ERR_*) */
	LEDGER_REFUSED_NREASONS = 4,
};

#define LEDGER_F_KERNEL 0x1 /* the fiber is an S-mode kernel fiber */
#define LEDGER_F_BEB    0x2 /* the event was also written to the BEB */

/* One event: 48 bytes, the same layout in the syscall ABI. */
struct ledger_event {
	uint64_t seq;       /* 0, 1, 2, ... per boot, no gaps when appended */
	uint64_t time;      /* timer ticks since boot */
	uint32_t fiber;     /* fiber id; 0 = the kernel */
	uint16_t type;      /* enum ledger_type */
	uint16_t flags;     /* LEDGER_F_* */
	uint64_t fields[3]; /* meaning by type, see above */
};

_Static_assert(sizeof(struct ledger_event) == 48, "ledger event layout");

/* The STL: a ring of capacity events (a power of two) owned by the caller. */
struct ledger {
	struct ledger_event *events;
	uint32_t capacity;
	uint64_t next_seq; /* the seq of the next event appended */
};

/*
 * Makes an empty ledger over the capacity events at buf.  capacity is
 * rounded down to a power of two.  Returns false when buf is NULL or
 * capacity is 0; the ledger is then inert but safe to use: appends are
 * numbered and dropped, reads return nothing (and report them lost).
 */
bool ledger_init(struct ledger *l, struct ledger_event *buf, uint32_t capacity);

/*
 * Appends an event and returns its sequence number.  Overwrites the oldest
 * event when the ring is full.  Never fails.
 */
uint64_t ledger_append(struct ledger *l, uint64_t time, uint32_t fiber, uint16_t type, uint16_t flags, uint64_t f0,
    uint64_t f1, uint64_t f2);

/*
 * Copies up to max events with seq >= from_seq, oldest first, to out and
 * returns how many.  When from_seq is older than the oldest event still in
 * the ring, reading starts at the oldest and *lost (if not NULL) is set to
 * the number of events overwritten before the reader got to them; otherwise
 * *lost is 0.  A reader continues with from_seq = out[n - 1].seq + 1.
 * from_seq beyond the newest event reads nothing.
 */
size_t ledger_read(const struct ledger *l, uint64_t from_seq, struct ledger_event *out, size_t max, uint64_t *lost);

/* The seq of the oldest event still held (== next_seq when empty). */
uint64_t ledger_oldest(const struct ledger *l);

/*
 * Renders ev as one line without a newline into buf (n bytes, always
 * NUL-terminated when n > 0), for example
 *   stl 42 t=12345678 fiber=3 strike tier=photon strikes=2 ran=20000
 * and returns the length the full line would have had (as snprintf).  The
 * format is specified in docs/ledger.md.  LEDGER_LINE_MAX bytes always
 * suffice.  Unknown types print as "type=N" with the raw fields.
 */
#define LEDGER_LINE_MAX 192
size_t ledger_format(const struct ledger_event *ev, char *buf, size_t n);

/* The type's name in the text format ("strike"), or NULL if unknown. */
const char *ledger_type_name(uint16_t type);

/* --- Boot Error Buffer ---------------------------------------------------- */

#define BEB_MAGIC   0x3142454278454eull /* "NExBEB1" */
#define BEB_VERSION 1

/*
 * The region's header: 64 bytes at its start, then capacity records of 64
 * bytes.  check covers the header's other 56 bytes.
 */
struct beb_header {
	uint64_t magic;
	uint32_t version;
	uint32_t record_size; /* sizeof(struct beb_record) */
	uint32_t capacity;    /* records that follow, a power of two */
	uint32_t boots;       /* attaches since the buffer was created: 1, 2, ... */
	uint64_t reserved[4];
	uint64_t check;
};

/*
 * One error record: a ledger event plus the boot it happened in.  seq runs
 * on across boots; record seq lives in slot seq & (capacity - 1).  check
 * covers the record's first 56 bytes.
 */
struct beb_record {
	uint64_t seq;
	uint64_t time; /* ticks since that boot */
	uint32_t boot; /* the header's boots when it was written */
	uint32_t fiber;
	uint16_t type; /* enum ledger_type */
	uint16_t flags;
	uint32_t reserved;
	uint64_t fields[3]; /* as in struct ledger_event */
	uint64_t check;
};

_Static_assert(sizeof(struct beb_header) == 64, "BEB header layout");
_Static_assert(sizeof(struct beb_record) == 64, "BEB record layout");

/* A view of an attached BEB (lives in ordinary kernel memory). */
struct beb {
	struct beb_header *hdr;
	struct beb_record *records;
	uint32_t capacity;
	uint32_t boots;    /* this boot's number */
	uint64_t next_seq; /* the seq of the next record appended */
};

/* What beb_attach found (all >= 0; negative values are errors). */
enum {
	BEB_ATTACH_KEPT = 0,    /* a valid buffer from an earlier boot, kept */
	BEB_ATTACH_NEW = 1,     /* no buffer there (no magic): created */
	BEB_ATTACH_CORRUPT = 2, /* a damaged header: the buffer was reinitialised */
	BEB_ERR_INVAL = -1,     /* the region is misaligned or too small for 1 record */
};

/*
 * Takes the size bytes at region (8-byte aligned) as the BEB.  A valid
 * buffer from an earlier boot is kept and its boot counter incremented;
 * records that fail their check are left for beb_read to skip.  Otherwise
 * the region is reinitialised (boots = 1).  The capacity is the number of
 * records that fit, rounded down to a power of two.  Returns one of the
 * BEB_ATTACH_* values, which the caller should log (LEDGER_BEB_REINIT with
 * fields[0] = this value), or BEB_ERR_INVAL.  After BEB_ERR_INVAL the BEB
 * is inert but safe to use: boots is 0, appends write nothing (their seq
 * is still returned) and reads return nothing.
 */
int beb_attach(struct beb *b, void *region, size_t size) __attribute__((warn_unused_result));

/*
 * Writes an error record stamped with this boot and returns its seq.
 * Overwrites the oldest record when full.  Never fails.
 */
uint64_t beb_append(
    struct beb *b, uint64_t time, uint32_t fiber, uint16_t type, uint16_t flags, uint64_t f0, uint64_t f1, uint64_t f2);

/*
 * Copies up to max valid records with seq >= from_seq, oldest first, into
 * out and returns how many.  *lost (if not NULL) counts the records at or
 * after from_seq that could not be returned: overwritten before reading, or
 * torn or damaged (failing their check or found in the wrong slot).
 */
size_t beb_read(const struct beb *b, uint64_t from_seq, struct beb_record *out, size_t max, uint64_t *lost);

/*
 * Renders a record as one line, like ledger_format but starting
 * "beb SEQ boot=N t=TIME fiber=ID", for example
 *   beb 5 boot=1 t=64000 fiber=3 demote from=photon to=matter flags=0x2
 * Returns the full length as snprintf; LEDGER_LINE_MAX bytes suffice.
 */
size_t beb_format(const struct beb_record *rec, char *buf, size_t n);

/* Whether a record's check is correct. */
bool beb_record_valid(const struct beb_record *rec);
