/*
 * test_ring.c: the SPSC ring of asynchronous channels: FIFO order, full and
 * empty, sizes, index wrap, header validation, a hostile peer (corrupt
 * indices and lengths, random scribbling: never an access outside the
 * mapping, which ASan would report), and a two-thread stress test.
 */
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>
#include <tap.h>

#include <ring/ring.h>

#define PAGE 4096

static uint64_t rng_state = 0x243f6a8885a308d3ull;

static uint64_t
rnd(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545f4914f6cdd1dull;
}

/* An exactly sized heap block, so that ASan sees any access past its end. */
static void *
mapping(size_t size)
{
	void *p = aligned_alloc(64, size);

	memset(p, 0, size);
	return p;
}

static void
test_basic(void)
{
	void *mem = mapping(PAGE);
	struct ring p, c;
	char buf[64];
	size_t len = 0;
	int rc;

	rc = ring_init(&p, mem, PAGE, 64, RING_PRODUCER);
	tap_ok(rc == 0 && p.capacity == 32 && p.slot_size == 64 && ring_max_msg(&p) == 56,
	    "one page of 64-byte slots: 32 slots (the header takes 192 bytes)");
	tap_ok(ring_attach(&c, mem, PAGE, RING_CONSUMER) == 0 && c.capacity == 32, "the consumer attaches");
	tap_ok(ring_try_pop(&c, buf, sizeof(buf), &len) == RING_ERR_EMPTY && ring_count(&c) == 0, "empty ring");
	tap_ok(ring_try_push(&p, "hello", 5) == 0 && ring_count(&p) == 1 && ring_count(&c) == 1, "push one");
	rc = ring_try_pop(&c, buf, sizeof(buf), &len);
	tap_ok(rc == 0 && len == 5 && memcmp(buf, "hello", 5) == 0 && ring_count(&c) == 0, "pop it back");

	int n = 0;
	while (ring_try_push(&p, &n, sizeof(n)) == 0)
		n++;
	tap_ok(n == 32 && ring_try_push(&p, "x", 1) == RING_ERR_FULL && ring_count(&p) == 32, "full after 32 pushes");
	bool order = true;
	for (int i = 0; i < 32; i++) {
		int v = -1;
		order = order && ring_try_pop(&c, &v, sizeof(v), &len) == 0 && len == sizeof(v) && v == i;
	}
	tap_ok(order && ring_try_pop(&c, buf, sizeof(buf), &len) == RING_ERR_EMPTY, "FIFO order, then empty");

	char big[57];
	memset(big, 'b', sizeof(big));
	tap_ok(ring_try_push(&p, big, 57) == RING_ERR_TOOBIG && ring_count(&p) == 0, "a message larger than a slot");
	tap_ok(ring_try_push(&p, big, 56) == 0, "a message exactly the slot payload");
	rc = ring_try_pop(&c, buf, 10, &len);
	tap_ok(
	    rc == RING_ERR_TOOBIG && len == 56 && ring_count(&c) == 1, "pop into a small buffer: too big, kept queued");
	rc = ring_try_pop(&c, buf, 56, &len);
	tap_ok(rc == 0 && len == 56 && memcmp(buf, big, 56) == 0, "then popped with room");
	tap_ok(ring_try_push(&p, NULL, 0) == 0 && ring_try_pop(&c, NULL, 0, &len) == 0 && len == 0,
	    "zero-length messages");

	tap_ok(
	    ring_try_pop(&p, buf, sizeof(buf), &len) == RING_ERR_INVAL && ring_try_push(&c, "x", 1) == RING_ERR_INVAL,
	    "a view is only a producer or only a consumer");

	ring_flags_set(&c, RING_FLAG_READER_WAITS);
	ring_flags_set(&p, RING_FLAG_WRITER_WAITS);
	tap_ok(ring_flags_get(&p) == (RING_FLAG_READER_WAITS | RING_FLAG_WRITER_WAITS), "flags set by both sides");
	ring_flags_clear(&p, RING_FLAG_READER_WAITS);
	tap_ok(ring_flags_get(&c) == RING_FLAG_WRITER_WAITS, "flags cleared");
	free(mem);
}

static void
test_geometry(void)
{
	struct ring r;
	void *mem = mapping(4 * PAGE);
	static char odd[PAGE + 8] __attribute__((aligned(8)));

	tap_ok(ring_init(&r, (char *)odd + 4, PAGE, 64, RING_PRODUCER) == RING_ERR_INVAL, "misaligned memory refused");
	tap_ok(ring_init(&r, mem, PAGE, 60, RING_PRODUCER) == RING_ERR_INVAL &&
	        ring_init(&r, mem, PAGE, 8, RING_PRODUCER) == RING_ERR_INVAL,
	    "slot size not a multiple of 8, or too small");
	tap_ok(ring_init(&r, mem, RING_HDR_SIZE + 15, 16, RING_PRODUCER) == RING_ERR_INVAL, "no room for one slot");
	tap_ok(ring_init(&r, mem, RING_HDR_SIZE + 16, 16, RING_PRODUCER) == 0 && r.capacity == 1, "room for one slot");
	tap_ok(ring_init(&r, mem, PAGE, 64, 7) == RING_ERR_INVAL, "bad role refused");
	tap_ok(ring_init(&r, mem, 4 * PAGE, 4096, RING_CONSUMER) == 0 && r.capacity == 2,
	    "four pages of 4 KiB slots: 2 slots (rounded down to a power of two)");
	tap_ok(ring_init(&r, mem, 4 * PAGE, 16, RING_CONSUMER) == 0 && r.capacity == 512,
	    "four pages of 16-byte slots: 512");

	/* A single slot ring still works. */
	struct ring p, c;
	size_t len;
	int v = 0;
	bool ok = ring_init(&p, mem, RING_HDR_SIZE + 16, 16, RING_PRODUCER) == 0 &&
	    ring_attach(&c, mem, RING_HDR_SIZE + 16, RING_CONSUMER) == 0;
	for (int i = 0; i < 100 && ok; i++)
		ok = ring_try_push(&p, &i, sizeof(i)) == 0 && ring_try_push(&p, &i, sizeof(i)) == RING_ERR_FULL &&
		    ring_try_pop(&c, &v, sizeof(v), &len) == 0 && v == i;
	tap_ok(ok, "a one-slot ring alternates full and empty");
	free(mem);
}

/* Indices near 2^32 wrap without a hiccup. */
static void
test_wrap(void)
{
	void *mem = mapping(PAGE);
	struct ring p, c;
	struct ring_shared *sh = mem;
	bool ok = true;
	size_t len;

	ok = ring_init(&p, mem, PAGE, 32, RING_PRODUCER) == 0;
	sh->head = sh->tail = 0xfffffff0u;
	ok = ok && ring_attach(&p, mem, PAGE, RING_PRODUCER) == 0 && ring_attach(&c, mem, PAGE, RING_CONSUMER) == 0;
	uint32_t next = 0, want = 0;
	for (int round = 0; round < 200 && ok; round++) {
		int k = (int)(rnd() % (p.capacity + 1));
		for (int i = 0; i < k; i++) {
			if (ring_try_push(&p, &next, sizeof(next)) == 0)
				next++;
		}
		k = (int)(rnd() % (p.capacity + 1));
		for (int i = 0; i < k; i++) {
			uint32_t v;
			int rc = ring_try_pop(&c, &v, sizeof(v), &len);
			if (rc == RING_ERR_EMPTY)
				break;
			ok = ok && rc == 0 && v == want++;
		}
		ok = ok && ring_count(&p) == (int32_t)(next - want) && ring_count(&c) == (int32_t)(next - want);
	}
	tap_ok(ok && sh->tail == (uint32_t)(0xfffffff0u + next) && sh->tail < 0xfffffff0u,
	    "free-running indices wrap past 2^32 (%u messages)", next);
	free(mem);
}

static void
test_hostile_header(void)
{
	void *mem = mapping(PAGE);
	struct ring r, p, c;
	struct ring_shared *sh = mem;
	char buf[128];
	size_t len;

#define FRESH()                                                                                                        \
	do {                                                                                                           \
		memset(mem, 0, PAGE);                                                                                  \
		(void)ring_init(&r, mem, PAGE, 64, RING_PRODUCER);                                                     \
	} while (0)

	FRESH();
	sh->magic ^= 1;
	tap_ok(ring_attach(&c, mem, PAGE, RING_CONSUMER) == RING_ERR_CORRUPT, "attach: bad magic");
	FRESH();
	sh->version = 2;
	tap_ok(ring_attach(&c, mem, PAGE, RING_CONSUMER) == RING_ERR_CORRUPT, "attach: unknown version");
	FRESH();
	sh->capacity = 24;
	tap_ok(ring_attach(&c, mem, PAGE, RING_CONSUMER) == RING_ERR_CORRUPT, "attach: capacity not a power of two");
	FRESH();
	sh->capacity = 0;
	tap_ok(ring_attach(&c, mem, PAGE, RING_CONSUMER) == RING_ERR_CORRUPT, "attach: capacity 0");
	FRESH();
	sh->capacity = 64;
	tap_ok(ring_attach(&c, mem, PAGE, RING_CONSUMER) == RING_ERR_CORRUPT, "attach: slots past the mapping");
	FRESH();
	sh->capacity = 1u << 31;
	sh->slot_size = 16;
	tap_ok(ring_attach(&c, mem, PAGE, RING_CONSUMER) == RING_ERR_CORRUPT, "attach: capacity 2^31");
	FRESH();
	sh->slot_size = 0xfffffff8u;
	sh->capacity = 1;
	tap_ok(ring_attach(&c, mem, PAGE, RING_CONSUMER) == RING_ERR_CORRUPT, "attach: huge slot size");
	FRESH();
	sh->slot_size = 12;
	tap_ok(ring_attach(&c, mem, PAGE, RING_CONSUMER) == RING_ERR_CORRUPT, "attach: slot size too small");
	FRESH();
	sh->tail = 100;
	sh->head = 50;
	tap_ok(ring_attach(&c, mem, PAGE, RING_CONSUMER) == RING_ERR_CORRUPT, "attach: more queued than slots");
	FRESH();
	sh->tail = 5;
	sh->head = 6;
	tap_ok(ring_attach(&c, mem, PAGE, RING_CONSUMER) == RING_ERR_CORRUPT, "attach: head ahead of tail");
	tap_ok(ring_attach(&c, mem, 100, RING_CONSUMER) == RING_ERR_CORRUPT, "attach: mapping smaller than a header");

	/* During operation. */
	FRESH();
	(void)ring_attach(&p, mem, PAGE, RING_PRODUCER);
	(void)ring_attach(&c, mem, PAGE, RING_CONSUMER);
	(void)ring_try_push(&p, "abc", 3);
	sh->head = 7; /* the consumer claims to have read more than was sent */
	tap_ok(ring_try_push(&p, "x", 1) == RING_ERR_CORRUPT && ring_count(&p) == RING_ERR_CORRUPT,
	    "producer: head ahead of tail is corrupt");
	sh->head = (uint32_t)-40; /* claims to be far behind */
	tap_ok(ring_try_push(&p, "x", 1) == RING_ERR_CORRUPT, "producer: head far behind is corrupt");
	sh->head = 0;
	sh->tail = 1000; /* the producer claims to have sent more than fits */
	tap_ok(ring_try_pop(&c, buf, sizeof(buf), &len) == RING_ERR_CORRUPT && ring_count(&c) == RING_ERR_CORRUPT,
	    "consumer: tail too far ahead is corrupt");
	sh->tail = 1;
	*(uint32_t *)c.slots = 57;
	tap_ok(ring_try_pop(&c, buf, sizeof(buf), &len) == RING_ERR_CORRUPT, "consumer: slot length past the slot");
	*(uint32_t *)c.slots = 0xffffffffu;
	tap_ok(ring_try_pop(&c, buf, sizeof(buf), &len) == RING_ERR_CORRUPT, "consumer: slot length 2^32-1");
	*(uint32_t *)c.slots = 3;
	tap_ok(ring_try_pop(&c, buf, sizeof(buf), &len) == 0 && len == 3 && memcmp(buf, "abc", 3) == 0,
	    "repaired by the peer: the message pops");
	sh->capacity = 1u << 30;
	sh->slot_size = 1u << 30;
	(void)ring_try_push(&p, "def", 3);
	tap_ok(ring_try_pop(&c, buf, sizeof(buf), &len) == 0 && len == 3 && c.capacity == 32,
	    "geometry rewritten after attach is ignored");

	/* Random scribbling: any result is fine, but no access outside the page. */
	FRESH();
	(void)ring_attach(&p, mem, PAGE, RING_PRODUCER);
	(void)ring_attach(&c, mem, PAGE, RING_CONSUMER);
	int counts[6] = {0}, resets = 0;
	for (int i = 0; i < 200000; i++) {
		uint64_t x = rnd();
		uint32_t *w = (uint32_t *)mem + (x >> 8) % (PAGE / 4);
		int rc;

		if (x % 64 == 0)
			*w = (uint32_t)(x >> 32);
		else if (x % 64 == 1)
			((uint32_t *)mem)[16 + 16 * ((x >> 3) % 2)] += (uint32_t)((x >> 40) % 5) - 2;
		switch ((x >> 20) % 4) {
		case 0:
			rc = ring_try_push(&p, buf, (x >> 24) % 70);
			break;
		case 1:
			rc = ring_try_pop(&c, buf, (x >> 24) % 70, &len);
			break;
		case 2: {
			void *slot;
			size_t room;
			rc = ring_push_reserve(&p, &slot, &room);
			if (rc == 0) {
				memset(slot, 0x5a, room);
				rc = ring_push_commit(&p, (x >> 24) % 70);
				if (rc != 0)
					(void)ring_push_commit(&p, room);
			}
			break;
		}
		default: {
			const void *m;
			rc = ring_pop_peek(&c, &m, &len);
			if (rc == 0) {
				memcpy(buf, m, len);
				rc = ring_pop_release(&c);
			}
			break;
		}
		}
		counts[-rc]++;
		if ((x >> 50) % 1000 == 0 || (rc == RING_ERR_CORRUPT && (x >> 56) % 8 == 0)) {
			(void)ring_count(&c);
			/*
			 * A side that sees corruption may re-attach and carry on;
			 * when that fails too, the channel is set up afresh.
			 */
			if (ring_attach(&p, mem, PAGE, RING_PRODUCER) != 0 ||
			    ring_attach(&c, mem, PAGE, RING_CONSUMER) != 0) {
				resets++;
				(void)ring_init(&p, mem, PAGE, 64, RING_PRODUCER);
				(void)ring_attach(&c, mem, PAGE, RING_CONSUMER);
			}
		}
	}
	tap_ok(counts[0] > 10000 && counts[-RING_ERR_CORRUPT] > 0,
	    "200000 operations under random scribbling stay in bounds (ok %d full %d empty %d corrupt %d toobig %d, "
	    "%d set-ups)",
	    counts[0], counts[1], counts[2], counts[3], counts[4], resets);
	free(mem);
#undef FRESH
}

/* Two threads, one producer and one consumer, over four pages. */
enum { STRESS_MSGS = 2000000 };

struct stress {
	struct ring p, c;
	uint64_t sum_sent, sum_recv;
	uint64_t full, empty;
	int errors;
};

static void
fill(uint8_t *b, uint32_t seq, size_t len)
{
	for (size_t i = 0; i < len; i++)
		b[i] = (uint8_t)(seq * 31 + i);
}

static void *
producer(void *arg)
{
	struct stress *st = arg;
	uint8_t msg[120];

	for (uint32_t seq = 0; seq < STRESS_MSGS; seq++) {
		size_t len = 4 + seq % 117;
		memcpy(msg, &seq, 4);
		fill(msg + 4, seq, len - 4);
		for (;;) {
			int rc = ring_try_push(&st->p, msg, len);
			if (rc == 0)
				break;
			if (rc != RING_ERR_FULL) {
				st->errors++;
				return NULL;
			}
			st->full++;
			sched_yield();
		}
		st->sum_sent += len;
	}
	return NULL;
}

static void *
consumer(void *arg)
{
	struct stress *st = arg;
	uint8_t msg[120], want[120];
	size_t len;

	for (uint32_t seq = 0; seq < STRESS_MSGS; seq++) {
		for (;;) {
			int rc = ring_try_pop(&st->c, msg, sizeof(msg), &len);
			if (rc == 0)
				break;
			if (rc != RING_ERR_EMPTY) {
				st->errors++;
				return NULL;
			}
			st->empty++;
			sched_yield();
		}
		uint32_t got;
		memcpy(&got, msg, 4);
		fill(want, seq, len - 4);
		if (got != seq || len != 4 + seq % 117 || memcmp(msg + 4, want, len - 4) != 0) {
			st->errors++;
			return NULL;
		}
		st->sum_recv += len;
	}
	return NULL;
}

static void
test_threads(void)
{
	void *mem = mapping(4 * PAGE);
	static struct stress st;
	pthread_t a, b;

	if (ring_init(&st.p, mem, 4 * PAGE, 128, RING_PRODUCER) != 0 ||
	    ring_attach(&st.c, mem, 4 * PAGE, RING_CONSUMER) != 0) {
		tap_ok(false, "two-thread stress: set-up");
		return;
	}
	pthread_create(&a, NULL, producer, &st);
	pthread_create(&b, NULL, consumer, &st);
	pthread_join(a, NULL);
	pthread_join(b, NULL);
	tap_diag("stress: %d messages, producer found the ring full %llu times, consumer found it empty %llu times",
	    STRESS_MSGS, (unsigned long long)st.full, (unsigned long long)st.empty);
	tap_ok(st.errors == 0 && st.sum_sent == st.sum_recv && ring_count(&st.c) == 0,
	    "two-thread stress: %d messages of 4..120 bytes arrive in order and intact", STRESS_MSGS);
	free(mem);
}

static void
test_zero_copy(void)
{
	void *mem = mapping(PAGE);
	struct ring p, c;
	void *w;
	const void *m;
	size_t room, len;
	char buf[64];

	(void)ring_init(&p, mem, RING_HDR_SIZE + 4 * 64, 64, RING_PRODUCER);
	(void)ring_attach(&c, mem, RING_HDR_SIZE + 4 * 64, RING_CONSUMER);
	tap_ok(ring_pop_peek(&c, &m, &len) == RING_ERR_EMPTY, "peek at an empty ring");
	tap_ok(ring_push_commit(&p, 1) == RING_ERR_INVAL && ring_pop_release(&c) == RING_ERR_INVAL,
	    "commit or release with nothing open");
	tap_ok(ring_push_reserve(&p, &w, &room) == 0 && room == 56 && (uint8_t *)w == p.slots + RING_SLOT_HDR,
	    "reserve gives the slot's payload in place");
	tap_ok(ring_push_reserve(&p, &w, &room) == RING_ERR_INVAL && ring_try_push(&p, "x", 1) == RING_ERR_INVAL,
	    "one open slot at a time; copying refused meanwhile");
	tap_ok(
	    ring_count(&c) == 0 && ring_pop_peek(&c, &m, &len) == RING_ERR_EMPTY, "a reserved slot is not yet visible");
	memcpy(w, "zero-copy", 9);
	tap_ok(ring_push_commit(&p, 57) == RING_ERR_TOOBIG, "commit longer than the room");
	tap_ok(ring_push_commit(&p, 9) == 0 && ring_count(&c) == 1, "commit publishes it");
	tap_ok(ring_pop_peek(&c, &m, &len) == 0 && len == 9 && memcmp(m, "zero-copy", 9) == 0 && m == w,
	    "peek reads it in place");
	tap_ok(
	    ring_pop_peek(&c, &m, &len) == RING_ERR_INVAL && ring_try_pop(&c, buf, sizeof(buf), &len) == RING_ERR_INVAL,
	    "one peek at a time; copying refused meanwhile");
	tap_ok(ring_pop_release(&c) == 0 && ring_count(&p) == 0, "release frees the slot");
	(void)ring_try_push(&p, "copy", 4);
	tap_ok(ring_pop_peek(&c, &m, &len) == 0 && len == 4 && memcmp(m, "copy", 4) == 0 && ring_pop_release(&c) == 0,
	    "copying push, zero-copy pop");
	int n = 0;
	while (ring_push_reserve(&p, &w, &room) == 0 && ring_push_commit(&p, 0) == 0)
		n++;
	tap_ok(n == 4 && ring_push_reserve(&p, &w, &room) == RING_ERR_FULL, "reserve on a full ring");
	*(uint32_t *)(c.slots + (c.head & 3) * 64) = 1000;
	tap_ok(ring_pop_peek(&c, &m, &len) == RING_ERR_CORRUPT && !c.open, "peek at a corrupt length");
	free(mem);
}

static void
test_wait_flags(void)
{
	void *mem = mapping(PAGE);
	struct ring p, c;
	size_t len;
	int v = 1;

	(void)ring_init(&p, mem, RING_HDR_SIZE + 2 * 16, 16, RING_PRODUCER);
	(void)ring_attach(&c, mem, RING_HDR_SIZE + 2 * 16, RING_CONSUMER);
	tap_ok(!ring_wake_needed(&p) && !ring_wake_needed(&c), "nobody waits: no wake-up");
	tap_ok(ring_wait_prepare(&c) && ring_flags_get(&c) == RING_FLAG_READER_WAITS,
	    "empty ring: the consumer may sleep, flag set");
	(void)ring_try_push(&p, &v, sizeof(v));
	tap_ok(ring_wake_needed(&p) && ring_flags_get(&p) == 0 && !ring_wake_needed(&p),
	    "after a push the producer wakes it once, flag cleared");
	tap_ok(!ring_wait_prepare(&c) && ring_flags_get(&c) == 0,
	    "a message queued: the consumer must not sleep, flag withdrawn");
	tap_ok(!ring_wait_prepare(&p), "not full: the producer must not sleep");
	(void)ring_try_push(&p, &v, sizeof(v));
	tap_ok(ring_wait_prepare(&p) && ring_flags_get(&p) == RING_FLAG_WRITER_WAITS,
	    "full ring: the producer may sleep, flag set");
	tap_ok(!ring_wake_needed(&p), "the producer does not wake itself");
	(void)ring_try_pop(&c, &v, sizeof(v), &len);
	tap_ok(ring_wake_needed(&c) && ring_flags_get(&c) == 0, "after a pop the consumer wakes the producer");
	free(mem);
}

/*
 * Two threads that sleep on semaphores (the kernel's part, simulated) when
 * the ring is empty or full, and wake each other only as the flags say.  A
 * lost wake-up would leave a thread asleep with work to do: the timed wait
 * counts those instead of hanging.
 */
enum { SLEEP_MSGS = 100000 };

struct sleepers {
	struct ring p, c;
	sem_t reader, writer;
	int lost, errors;
	uint64_t sleeps;
};

static bool
sleep_on(sem_t *s)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += 2;
	while (sem_timedwait(s, &ts) != 0)
		if (errno == ETIMEDOUT)
			return false;
	return true;
}

static void *
sleepy_producer(void *arg)
{
	struct sleepers *st = arg;

	for (uint32_t i = 0; i < SLEEP_MSGS;) {
		int rc = ring_try_push(&st->p, &i, sizeof(i));
		if (rc == 0) {
			i++;
			if (ring_wake_needed(&st->p))
				sem_post(&st->reader);
		} else if (rc == RING_ERR_FULL) {
			if (ring_wait_prepare(&st->p)) {
				st->sleeps++;
				if (!sleep_on(&st->writer))
					st->lost++;
			}
		} else {
			st->errors++;
			break;
		}
	}
	return NULL;
}

static void *
sleepy_consumer(void *arg)
{
	struct sleepers *st = arg;
	size_t len;

	for (uint32_t i = 0; i < SLEEP_MSGS;) {
		uint32_t v;
		int rc = ring_try_pop(&st->c, &v, sizeof(v), &len);
		if (rc == 0) {
			if (v != i++)
				st->errors++;
			if (ring_wake_needed(&st->c))
				sem_post(&st->writer);
		} else if (rc == RING_ERR_EMPTY) {
			if (ring_wait_prepare(&st->c)) {
				st->sleeps++;
				if (!sleep_on(&st->reader))
					st->lost++;
			}
		} else {
			st->errors++;
			break;
		}
	}
	return NULL;
}

static void
test_sleepers(void)
{
	void *mem = mapping(RING_HDR_SIZE + 4 * 16);
	static struct sleepers st;
	pthread_t a, b;

	(void)ring_init(&st.p, mem, RING_HDR_SIZE + 4 * 16, 16, RING_PRODUCER);
	(void)ring_attach(&st.c, mem, RING_HDR_SIZE + 4 * 16, RING_CONSUMER);
	sem_init(&st.reader, 0, 0);
	sem_init(&st.writer, 0, 0);
	pthread_create(&a, NULL, sleepy_producer, &st);
	pthread_create(&b, NULL, sleepy_consumer, &st);
	pthread_join(a, NULL);
	pthread_join(b, NULL);
	tap_ok(st.lost == 0 && st.errors == 0 && st.sleeps > 0,
	    "two threads sleeping on a 4-slot ring: %d messages, %llu sleeps, no lost wake-up", SLEEP_MSGS,
	    (unsigned long long)st.sleeps);
	sem_destroy(&st.reader);
	sem_destroy(&st.writer);
	free(mem);
}

int
main(void)
{
	test_basic();
	test_geometry();
	test_wrap();
	test_hostile_header();
	test_threads();
	test_zero_copy();
	test_wait_flags();
	test_sleepers();
	return tap_done();
}
