/*
 * ledger.c: the System Truth Ledger and the Boot Error Buffer (see
 * ledger.h for the event table and docs/ledger.md for the text line).
 *
 * STL invariants: capacity is a power of two; the events with seq in
 * [ledger_oldest(l), l->next_seq) are held, event seq in slot
 * seq & (capacity - 1); at most capacity of them.
 *
 * BEB invariants: the header is valid (magic, version, geometry, check)
 * from beb_attach on; record seq lives in slot seq & (capacity - 1); a
 * record is trusted only if its check is right and its seq matches its
 * slot.  The next seq is not stored in the header but recovered at attach
 * from the newest valid record, so an append is a single record write and a
 * reset in the middle of it loses at most that record (see docs/ledger.md).
 * Start reading at ledger_format and beb_attach.
 */
#include <base/fmt.h>
#include <base/mem.h>

#include "ledger.h"
#include "sched.h"

/* --- System Truth Ledger ---------------------------------------------------- */

static uint32_t
floor_pow2(uint64_t n, uint32_t limit)
{
	uint32_t p = 1;

	if (n == 0)
		return 0;
	while (p < limit && (uint64_t)p * 2 <= n)
		p *= 2;
	return p;
}

bool
ledger_init(struct ledger *l, struct ledger_event *buf, uint32_t capacity)
{
	l->events = buf;
	l->capacity = buf != NULL ? floor_pow2(capacity, 1u << 31) : 0;
	l->next_seq = 0;
	return buf != NULL && l->capacity != 0;
}

uint64_t
ledger_append(struct ledger *l, uint64_t time, uint32_t fiber, uint16_t type, uint16_t flags, uint64_t f0, uint64_t f1,
    uint64_t f2)
{
	uint64_t seq = l->next_seq++;
	struct ledger_event *ev;

	if (l->capacity == 0)
		return seq;
	ev = &l->events[seq & (l->capacity - 1)];

	ev->seq = seq;
	ev->time = time;
	ev->fiber = fiber;
	ev->type = type;
	ev->flags = flags;
	ev->fields[0] = f0;
	ev->fields[1] = f1;
	ev->fields[2] = f2;
	return seq;
}

uint64_t
ledger_oldest(const struct ledger *l)
{
	return l->next_seq > l->capacity ? l->next_seq - l->capacity : 0;
}

size_t
ledger_read(const struct ledger *l, uint64_t from_seq, struct ledger_event *out, size_t max, uint64_t *lost)
{
	uint64_t oldest = ledger_oldest(l), seq = from_seq;
	size_t n = 0;

	if (lost != NULL)
		*lost = from_seq < oldest ? oldest - from_seq : 0;
	if (seq < oldest)
		seq = oldest;
	for (; seq < l->next_seq && n < max; seq++)
		out[n++] = l->events[seq & (l->capacity - 1)];
	return n;
}

static const char *const type_names[LEDGER_NTYPES] = {
    [LEDGER_BOOT] = "boot",
    [LEDGER_SPAWN] = "spawn",
    [LEDGER_EXIT] = "exit",
    [LEDGER_FAULT] = "fault",
    [LEDGER_STRIKE] = "strike",
    [LEDGER_DEMOTE] = "demote",
    [LEDGER_PREEMPT] = "preempt",
    [LEDGER_BLOCK] = "block",
    [LEDGER_WAKE] = "wake",
    [LEDGER_CHAN_ERR] = "chan_err",
    [LEDGER_SYSCALL_DENIED] = "syscall_denied",
    [LEDGER_BEB_REINIT] = "beb_reinit",
    [LEDGER_SPAWN_REFUSED] = "spawn_refused",
    [LEDGER_PLEDGE_DENIED] = "pledge_denied",
    [LEDGER_KILL] = "kill",
};

static const char *const block_names[LEDGER_BLOCK_NREASONS] = {"yield", "sleep", "recv", "send", "call"};
static const char *const attach_names[] = {"kept", "new", "corrupt"};
/* The states a fiber can be killed in (NX_FIBER_READY..SLEEPING). */
static const char *const state_names[] = {"ready", "running", "blocked", "sleeping"};
static const char *const refused_names[LEDGER_REFUSED_NREASONS] = {"elf", "manifest", "layout", "caps"};

const char *
ledger_type_name(uint16_t type)
{
	return type < LEDGER_NTYPES ? type_names[type] : NULL;
}

/*
 * Output to a buffer that counts what did not fit, so the result is the
 * length of the whole line as snprintf reports it.
 */
struct out {
	char *buf;
	size_t n;
	size_t len;
};

static void __attribute__((format(printf, 2, 3))) put(struct out *o, const char *fmt, ...)
{
	va_list ap;
	size_t room = o->len < o->n ? o->n - o->len : 0;

	va_start(ap, fmt);
	o->len += base_vsnprintf(room ? o->buf + o->len : NULL, room, fmt, ap);
	va_end(ap);
}

/* A name from a table, or the number when it is out of range. */
static void
put_name(struct out *o, const char *key, uint64_t v, const char *const *names, size_t count)
{
	if (v < count && names[v] != NULL)
		put(o, " %s=%s", key, names[v]);
	else
		put(o, " %s=%llu", key, (unsigned long long)v);
}

static void
put_tier(struct out *o, const char *key, uint64_t v)
{
	if (v < SCHED_NTIERS)
		put(o, " %s=%s", key, sched_tier_name((int)v));
	else
		put(o, " %s=%llu", key, (unsigned long long)v);
}

/* The type's name and fields, and the flags: everything after "fiber=N". */
static void
put_body(struct out *o, uint16_t type, uint16_t flags, const uint64_t fields[3])
{
	unsigned long long f0 = fields[0], f1 = fields[1], f2 = fields[2];
	const char *name = ledger_type_name(type);

	if (name != NULL)
		put(o, " %s", name);
	switch (type) {
	case LEDGER_BOOT:
		put(o, " boots=%llu hz=%llu harts=%llu", f0, f1, f2);
		break;
	case LEDGER_SPAWN:
		put(o, " parent=%llu", f0);
		put_tier(o, "tier", f1);
		put(o, " kernel=%llu", f2);
		break;
	case LEDGER_EXIT:
		put(o, " code=%lld used=%llu", (long long)f0, f1);
		break;
	case LEDGER_FAULT:
		put(o, " cause=0x%llx pc=0x%llx tval=0x%llx", f0, f1, f2);
		break;
	case LEDGER_STRIKE:
		put_tier(o, "tier", f0);
		put(o, " strikes=%llu ran=%llu", f1, f2);
		break;
	case LEDGER_DEMOTE:
		put_tier(o, "from", f0);
		put_tier(o, "to", f1);
		break;
	case LEDGER_PREEMPT:
		put_tier(o, "tier", f0);
		put(o, " ran=%llu why=%s", f1, f2 ? "budget" : "outranked");
		break;
	case LEDGER_BLOCK:
		put_name(o, "reason", f0, block_names, LEDGER_BLOCK_NREASONS);
		put(o, " arg=%llu ran=%llu", f1, f2);
		break;
	case LEDGER_WAKE:
		put(o, " by=%llu", f0);
		put_name(o, "reason", f1, block_names, LEDGER_BLOCK_NREASONS);
		break;
	case LEDGER_CHAN_ERR:
		put(o, " chan=%llu err=%lld op=%llu", f0, (long long)f1, f2);
		break;
	case LEDGER_SYSCALL_DENIED:
		put(o, " nr=%llu err=%lld arg=0x%llx", f0, (long long)f1, f2);
		break;
	case LEDGER_BEB_REINIT:
		put_name(o, "found", f0, attach_names, sizeof(attach_names) / sizeof(attach_names[0]));
		put(o, " boots=%llu", f1);
		break;
	case LEDGER_SPAWN_REFUSED:
		put_name(o, "stage", f0, refused_names, LEDGER_REFUSED_NREASONS);
		put(o, " err=%lld parent=%llu", (long long)f1, f2);
		break;
	case LEDGER_PLEDGE_DENIED:
		put(o, " wanted=0x%llx held=0x%llx nr=%llu", f0, f1, f2);
		break;
	case LEDGER_KILL:
		put(o, " by=%llu", f0);
		put_name(o, "was", f1, state_names, sizeof(state_names) / sizeof(state_names[0]));
		put(o, " used=%llu", f2);
		break;
	default:
		put(o, " type=%u f0=0x%llx f1=0x%llx f2=0x%llx", (unsigned)type, f0, f1, f2);
		break;
	}
	if (flags != 0)
		put(o, " flags=0x%x", (unsigned)flags);
}

size_t
ledger_format(const struct ledger_event *ev, char *buf, size_t n)
{
	struct out o = {buf, n, 0};

	if (n > 0)
		buf[0] = '\0';
	put(&o, "stl %llu t=%llu fiber=%u", (unsigned long long)ev->seq, (unsigned long long)ev->time,
	    (unsigned)ev->fiber);
	put_body(&o, ev->type, ev->flags, ev->fields);
	return o.len;
}

/* --- Boot Error Buffer ---------------------------------------------------- */

size_t
beb_format(const struct beb_record *rec, char *buf, size_t n)
{
	struct out o = {buf, n, 0};

	if (n > 0)
		buf[0] = '\0';
	put(&o, "beb %llu boot=%u t=%llu fiber=%u", (unsigned long long)rec->seq, (unsigned)rec->boot,
	    (unsigned long long)rec->time, (unsigned)rec->fiber);
	put_body(&o, rec->type, rec->flags, rec->fields);
	return o.len;
}

/*
 * FNV-1a over n bytes, then a final avalanche (the murmur3 finaliser) so
 * that a change in any byte changes the whole value.  An integrity check
 * against stray writes and torn records, not a cryptographic hash.
 */
static uint64_t
beb_check(const void *p, size_t n, uint64_t tag)
{
	const uint8_t *b = p;
	uint64_t h = 0xcbf29ce484222325ull ^ tag;

	for (size_t i = 0; i < n; i++) {
		h ^= b[i];
		h *= 0x100000001b3ull;
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ull;
	h ^= h >> 33;
	return h;
}

#define BEB_TAG_HEADER 0x48
#define BEB_TAG_RECORD 0x52

static uint64_t
header_check(const struct beb_header *h)
{
	return beb_check(h, offsetof(struct beb_header, check), BEB_TAG_HEADER);
}

static uint64_t
record_check(const struct beb_record *r)
{
	return beb_check(r, offsetof(struct beb_record, check), BEB_TAG_RECORD);
}

bool
beb_record_valid(const struct beb_record *rec)
{
	return rec->check == record_check(rec);
}

/* Orders the region's stores, so a reset leaves them applied in order. */
static inline void
beb_barrier(void)
{
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
}

int
beb_attach(struct beb *b, void *region, size_t size)
{
	struct beb_header *h = region;
	struct beb_record *recs;
	uint32_t cap;
	int found;

	/* Until attached, and if attaching fails, the BEB is inert. */
	b->hdr = NULL;
	b->records = NULL;
	b->capacity = 0;
	b->boots = 0;
	b->next_seq = 0;
	if (region == NULL || (uintptr_t)region % 8 != 0 || size < sizeof(*h) + sizeof(*recs))
		return BEB_ERR_INVAL;
	recs = (struct beb_record *)(h + 1);
	cap = floor_pow2((size - sizeof(*h)) / sizeof(*recs), 1u << 31);
	if (h->magic != BEB_MAGIC)
		found = BEB_ATTACH_NEW;
	else if (h->version != BEB_VERSION || h->record_size != sizeof(*recs) || h->capacity != cap ||
	    h->check != header_check(h))
		found = BEB_ATTACH_CORRUPT;
	else
		found = BEB_ATTACH_KEPT;
	b->hdr = h;
	b->records = recs;
	b->capacity = cap;
	b->next_seq = 0;
	if (found == BEB_ATTACH_KEPT) {
		/* The newest valid record in its right slot gives the next seq. */
		for (uint32_t i = 0; i < cap; i++) {
			const struct beb_record *r = &recs[i];

			if (beb_record_valid(r) && (r->seq & (cap - 1)) == i && r->seq + 1 > b->next_seq)
				b->next_seq = r->seq + 1;
		}
		h->boots++;
		if (h->boots == 0)
			h->boots = 1;
	} else {
		memset(region, 0, sizeof(*h) + (size_t)cap * sizeof(*recs));
		h->magic = BEB_MAGIC;
		h->version = BEB_VERSION;
		h->record_size = sizeof(*recs);
		h->capacity = cap;
		h->boots = 1;
	}
	h->check = header_check(h);
	beb_barrier();
	b->boots = h->boots;
	return found;
}

uint64_t
beb_append(
    struct beb *b, uint64_t time, uint32_t fiber, uint16_t type, uint16_t flags, uint64_t f0, uint64_t f1, uint64_t f2)
{
	uint64_t seq = b->next_seq++;
	struct beb_record *r, rec;

	if (b->capacity == 0)
		return seq;
	r = &b->records[seq & (b->capacity - 1)];

	memset(&rec, 0, sizeof(rec));
	rec.seq = seq;
	rec.time = time;
	rec.boot = b->boots;
	rec.fiber = fiber;
	rec.type = type;
	rec.flags = flags;
	rec.fields[0] = f0;
	rec.fields[1] = f1;
	rec.fields[2] = f2;
	rec.check = record_check(&rec);
	/*
	 * Invalidate the slot first, then write the body, then the check: a
	 * reset at any point leaves either the old record, or a record whose
	 * check fails, or the new record.
	 */
	r->check = ~r->check;
	beb_barrier();
	memcpy(r, &rec, offsetof(struct beb_record, check));
	beb_barrier();
	r->check = rec.check;
	beb_barrier();
	return seq;
}

size_t
beb_read(const struct beb *b, uint64_t from_seq, struct beb_record *out, size_t max, uint64_t *lost)
{
	uint64_t oldest = b->next_seq > b->capacity ? b->next_seq - b->capacity : 0;
	uint64_t seq = from_seq < oldest ? oldest : from_seq, missing = seq - from_seq;
	size_t n = 0;

	if (b->capacity == 0) {
		if (lost != NULL)
			*lost = 0;
		return 0;
	}
	if (from_seq > b->next_seq)
		missing = 0;
	for (; seq < b->next_seq && n < max; seq++) {
		struct beb_record rec;

		memcpy(&rec, &b->records[seq & (b->capacity - 1)], sizeof(rec));
		if (!beb_record_valid(&rec) || rec.seq != seq) {
			missing++;
			continue;
		}
		out[n++] = rec;
	}
	if (lost != NULL)
		*lost = missing;
	return n;
}
