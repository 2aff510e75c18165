/*
 * chan.c: call channels (see chan.h).
 *
 * State of a channel:
 *
 *   owner, owner_gen   the serving fiber, and its generation at creation
 *   receiver           the owner while it waits in chan_recv, else NULL
 *   callers            FIFO of fibers blocked in chan_call, not yet received
 *   serving            the caller whose request was received, awaiting reply
 *
 * Ring channels (kind NX_CHAN_RING): NX_RING_SIZE bytes of pages holding
 * an SPSC ring (lib/ring), mapped read-write into the owner at
 * NX_RING_BASE + h * NX_RING_SIZE and into every fiber that inherits the
 * handle, at the same place.  The owner consumes; the others produce, by
 * pushing into the shared pages themselves and calling chan_notify when the
 * reader's wait flag is set (ring_wake_needed), or by chan_send, which
 * copies through the kernel.  chan_poll waits for messages (owner) or free
 * slots (others); before sleeping it sets the caller's wait flag in the
 * shared header and looks again (ring_wait_prepare), so a peer that pushes
 * or pops meanwhile either is seen or sees the flag and notifies.  The kernel reads the shared header only
 * through ring_attach, which checks it, so a scribbled header is an error.
 * The pages are freed when the channel is dead and no address space maps
 * them any more; until then the slot is not reused, so an old mapping can
 * never show a new channel's data.
 *
 * When the owner dies the channel is marked dead: handles to it get
 * NX_ERR_DEAD until the slot is reused for a new channel, after which they
 * get NX_ERR_STALE (the generation moved on).
 *
 * A caller is always in exactly one of: the callers queue, `serving`, or
 * neither (it has its answer).  Everything runs with interrupts off on one
 * hart, so there is no locking.
 */
#include <base/mem.h>
#include <hal/fault.h>
#include <hal/mmu.h>
#include <hal/page.h>
#include <hal/timer.h>
#include <hal/user.h>
#include <ring/ring.h>

#include "chan.h"
#include "fiber.h"

_Static_assert(NX_MSG_SIZE == sizeof(struct nx_msg), "chan_call_for's message size");

/* The ring geometry of the ABI is what lib/ring lays out in those pages. */
_Static_assert(NX_CHAN_SEND_MAX == NX_RING_SLOT - RING_SLOT_HDR, "a ring slot holds the largest message");
_Static_assert(RING_HDR_SIZE + 16 * NX_RING_SLOT <= NX_RING_SIZE && NX_RING_SIZE % HAL_PAGE_SIZE == 0,
    "16 slots and the header fit whole pages");
_Static_assert(NX_RING_BASE + FIBER_HANDLES * (uint64_t)NX_RING_SIZE <=
        HAL_USER_END - (FIBER_USTACK_PAGES + 2) * HAL_PAGE_SIZE,
    "every handle's ring lies below the user stack");

#define CHAN_MAX 64

struct chan {
	uint32_t gen;		/* bumped each time the slot is reused */
	bool used;
	bool dead;		/* the owner died */
	uint64_t kind;		/* NX_CHAN_CALL or NX_CHAN_RING */
	uint8_t *ring;		/* ring channels: NX_RING_SIZE bytes of shared pages */
	uint32_t ring_maps;	/* address spaces that map the pages */
	bool abandoned;		/* the call in hand was given up by its caller */
	struct fiber *poller[2];	/* blocked in chan_poll: [0] the owner, [1] a producer */
	struct fiber *owner;
	uint32_t owner_gen;
	struct fiber *receiver;
	struct fiber *callers, *callers_tail;
	struct fiber *serving;
};

static struct chan chans[CHAN_MAX];

/* Checks handle h of self: NX_ERR_BADHANDLE, NX_ERR_STALE or 0. */
static int64_t
lookup(struct fiber *self, uint32_t h, struct chan **out)
{
	struct chan_handle *ch;

	if (h >= FIBER_HANDLES || self->handles[h].chan == NULL)
		return NX_ERR_BADHANDLE;
	ch = &self->handles[h];
	if (!ch->chan->used || ch->chan->gen != ch->gen)
		return NX_ERR_STALE;
	*out = ch->chan;
	return 0;
}

static bool is_owner(const struct chan *c, const struct fiber *f);

/* lookup, and the channel must be of this kind (else NX_ERR_INVAL). */
static inline __attribute__((always_inline)) int64_t
lookup_kind(struct fiber *self, uint32_t h, uint64_t kind, struct chan **out)
{
	int64_t err = lookup(self, h, out);

	if (err == 0 && (*out)->kind != kind)
		err = NX_ERR_INVAL;
	return err;
}

/* lookup_kind of a call channel that self owns (else NX_ERR_PERM). */
static inline __attribute__((always_inline)) int64_t
lookup_server(struct fiber *self, uint32_t h, struct chan **out)
{
	int64_t err = lookup_kind(self, h, NX_CHAN_CALL, out);

	if (err == 0 && !is_owner(*out, self))
		err = NX_ERR_PERM;
	return err;
}

static bool
is_owner(const struct chan *c, const struct fiber *f)
{
	return c->owner == f && c->owner_gen == f->generation;
}

static uint64_t
deadline_of(uint64_t timeout_ns)
{
	uint64_t hz, now, ticks;

	if (timeout_ns == NX_TIMEOUT_FOREVER)
		return UINT64_MAX;
	hz = hal_time_hz();
	now = hal_time_now();
	ticks = timeout_ns / 1000000000ull * hz + timeout_ns % 1000000000ull * hz / 1000000000ull;
	return now + ticks < now ? UINT64_MAX - 1 : now + ticks;
}

/* Maps ring channel c for f as its handle h (each fiber at the same place). */
static int64_t
ring_map(struct fiber *f, struct chan *c, uint32_t h)
{
	if (hal_as_map(f->as, NX_RING_BASE + (uint64_t)h * NX_RING_SIZE, (uint64_t)c->ring, NX_RING_SIZE,
	        HAL_MAP_R | HAL_MAP_W) != 0)
		return NX_ERR_NOMEM;
	c->ring_maps++;
	return 0;
}

/*
 * Ring pages must be physically contiguous (the kernel reads the ring
 * through the direct map), and the page allocator makes runs only from RAM
 * never used, so a freed run is kept here for the next ring instead of
 * going back page by page: creating and closing rings forever then costs
 * no more than the most rings ever alive at once.  Linked through each
 * run's first word.
 */
static void *ring_runs;

static void *
ring_run_alloc(void)
{
	void *run = ring_runs;

	if (run == NULL)
		return hal_page_alloc_run(NX_RING_SIZE / HAL_PAGE_SIZE);
	ring_runs = *(void **)run;
	base_memset(run, 0, NX_RING_SIZE);
	return run;
}

/* Frees a dead ring's pages once no address space maps them. */
static void
ring_release(struct chan *c)
{
	if (c->ring != NULL && c->ring_maps == 0 && c->dead) {
		*(void **)c->ring = ring_runs;
		ring_runs = c->ring;
		c->ring = NULL;
	}
}

int64_t
chan_create(struct fiber *self, uint64_t kind)
{
	int h = -1;

	if (kind != NX_CHAN_CALL && kind != NX_CHAN_RING)
		return NX_ERR_INVAL;
	for (int i = 0; i < FIBER_HANDLES && h < 0; i++)
		if (self->handles[i].chan == NULL)
			h = i;
	if (h < 0)
		return NX_ERR_NOMEM;
	for (int i = 0; i < CHAN_MAX; i++) {
		struct chan *c = &chans[i];

		if ((c->used && !c->dead) || c->ring != NULL)
			continue;	/* live, or its pages are still mapped somewhere */
		/* Free, or its owner died: reuse, and old handles become stale. */
		uint32_t gen = c->gen + 1;
		base_memset(c, 0, sizeof(*c));
		c->gen = gen;
		c->used = true;
		c->owner = self;
		c->owner_gen = self->generation;
		c->kind = kind;
		if (kind == NX_CHAN_RING) {
			struct ring r;
			c->ring = ring_run_alloc();
			if (c->ring == NULL || ring_init(&r, c->ring, NX_RING_SIZE, NX_RING_SLOT, RING_CONSUMER) != 0 ||
			    ring_map(self, c, (uint32_t)h) != 0) {
				c->dead = true;
				ring_release(c);
				c->used = false;
				return NX_ERR_NOMEM;
			}
		}
		self->handles[h].chan = c;
		self->handles[h].gen = gen;
		return h;
	}
	return NX_ERR_NOMEM;
}

int64_t
chan_call(struct fiber *self, uint32_t h, const struct nx_msg *m, struct nx_msg *reply, uint64_t timeout_ns)
{
	struct chan *c;
	int64_t err = lookup_kind(self, h, NX_CHAN_CALL, &c);

	if (err != 0)
		return err;
	if (c->dead)
		return NX_ERR_DEAD;
	if (is_owner(c, self))
		return NX_ERR_INVAL;	/* calling oneself would block forever */
	if (timeout_ns == NX_TIMEOUT_POLL && c->receiver == NULL)
		return NX_ERR_AGAIN;	/* non-blocking: only when the server waits */
	uint64_t deadline = timeout_ns == NX_TIMEOUT_POLL ? UINT64_MAX : deadline_of(timeout_ns);
	self->msg = *m;
	self->chan_wait = c;
	if (c->receiver != NULL) {
		/* The server waits: hand it the request, and the hart. */
		struct fiber *srv = c->receiver;
		c->receiver = NULL;
		c->serving = self;
		c->abandoned = false;
		srv->msg = *m;
		err = fiber_block_hand_off(srv, deadline);
	} else {
		self->chan_next = NULL;
		if (c->callers_tail != NULL)
			c->callers_tail->chan_next = self;
		else
			c->callers = self;
		c->callers_tail = self;
		err = fiber_block(deadline);
	}
	self->chan_wait = NULL;
	if (err == 0)
		*reply = self->msg;
	return err;
}

int64_t
chan_recv(struct fiber *self, uint32_t h, uint64_t timeout_ns, struct nx_msg *req)
{
	struct chan *c;
	int64_t err = lookup_server(self, h, &c);

	if (err != 0)
		return err;
	if (c->serving != NULL)
		return NX_ERR_BUSY;	/* reply to the call in hand first */
	if (c->callers != NULL) {
		struct fiber *caller = c->callers;
		c->callers = caller->chan_next;
		if (c->callers == NULL)
			c->callers_tail = NULL;
		c->serving = caller;
		c->abandoned = false;
		*req = caller->msg;
		return 0;
	}
	if (timeout_ns == NX_TIMEOUT_POLL)
		return NX_ERR_AGAIN;
	c->receiver = self;
	self->chan_wait = c;
	err = fiber_block(deadline_of(timeout_ns));
	self->chan_wait = NULL;
	if (err == 0)
		*req = self->msg;
	return err;
}

int64_t
chan_reply(struct fiber *self, uint32_t h, const struct nx_msg *m)
{
	struct chan *c;
	int64_t err = lookup_server(self, h, &c);
	struct fiber *caller;

	if (err != 0)
		return err;
	caller = c->serving;
	if (caller == NULL) {
		bool gone = c->abandoned;
		c->abandoned = false;
		return gone ? NX_ERR_DEAD : NX_ERR_INVAL;	/* the caller left, or no call */
	}
	c->serving = NULL;
	caller->msg = *m;
	fiber_wake(caller, 0);
	return 0;
}

int64_t
chan_reply_recv(struct fiber *self, uint32_t h, const struct nx_msg *m, struct nx_msg *req)
{
	struct chan *c;
	int64_t err = lookup_server(self, h, &c);

	if (err != 0)
		return err;
	if (c->serving != NULL && c->callers == NULL) {
		/* Nobody else waits: reply, and hand the hart back to the caller. */
		struct fiber *caller = c->serving;
		c->serving = NULL;
		caller->msg = *m;
		c->receiver = self;
		self->chan_wait = c;
		err = fiber_block_hand_off(caller, UINT64_MAX);
		self->chan_wait = NULL;
		if (err == 0)
			*req = self->msg;
		return err;
	}
	if (c->serving != NULL && (err = chan_reply(self, h, m)) != 0)
		return err;
	c->abandoned = false;	/* a reply to a caller that left is dropped */
	return chan_recv(self, h, NX_TIMEOUT_FOREVER, req);
}

/* Wakes every fiber waiting on c with err. */
static void
fail_all(struct chan *c, int64_t err)
{
	while (c->callers != NULL) {
		struct fiber *f = c->callers;
		c->callers = f->chan_next;
		fiber_wake(f, err);
	}
	c->callers_tail = NULL;
	if (c->serving != NULL) {
		fiber_wake(c->serving, err);
		c->serving = NULL;
	}
	if (c->receiver != NULL) {
		fiber_wake(c->receiver, err);
		c->receiver = NULL;
	}
	for (int i = 0; i < 2; i++)
		if (c->poller[i] != NULL) {
			fiber_wake(c->poller[i], err);
			c->poller[i] = NULL;
		}
}

/* Wakes the fiber polling c from the other side than self. */
static void
ring_wake(struct chan *c, struct fiber *self)
{
	int side = is_owner(c, self) ? 1 : 0;

	if (c->poller[side] != NULL) {
		fiber_wake(c->poller[side], 0);
		c->poller[side] = NULL;
	}
}

/* Forgets f as a poller of c. */
static void
ring_unpoll(struct chan *c, struct fiber *f)
{
	for (int i = 0; i < 2; i++)
		if (c->poller[i] == f)
			c->poller[i] = NULL;
}

int64_t
chan_send(struct fiber *self, uint32_t h, const void *ubuf, uint64_t len)
{
	struct chan *c;
	struct ring r;
	void *slot;
	size_t room;
	int64_t err = lookup_kind(self, h, NX_CHAN_RING, &c);

	if (err != 0)
		return err;
	if (c->dead)
		return NX_ERR_DEAD;
	/* The shared header may have been scribbled on: attach checks it. */
	if (ring_attach(&r, c->ring, NX_RING_SIZE, RING_PRODUCER) != 0)
		return NX_ERR_INVAL;
	switch (ring_push_reserve(&r, &slot, &room)) {
	case RING_OK:
		break;
	case RING_ERR_FULL:
		return NX_ERR_AGAIN;
	default:
		return NX_ERR_INVAL;
	}
	if (len > room)
		return NX_ERR_TOOBIG;
	hal_user_copy_in(slot, (uint64_t)ubuf, len);
	if (ring_push_commit(&r, len) != 0)
		return NX_ERR_INVAL;
	(void)ring_wake_needed(&r);	/* clears the reader's flag; the kernel wakes it anyway */
	ring_wake(c, self);
	return (int64_t)len;
}

int64_t
chan_poll(struct fiber *self, uint32_t h, uint64_t timeout_ns)
{
	struct chan *c;
	struct ring r;
	int64_t err = lookup_kind(self, h, NX_CHAN_RING, &c);
	bool owner;

	if (err != 0)
		return err;
	owner = is_owner(c, self);
	for (;;) {
		int32_t n;
		if (c->dead)
			return NX_ERR_DEAD;
		if (ring_attach(&r, c->ring, NX_RING_SIZE, owner ? RING_CONSUMER : RING_PRODUCER) != 0 ||
		    (n = ring_count(&r)) < 0)
			return NX_ERR_INVAL;	/* a corrupt header */
		if (!owner)
			n = (int32_t)r.capacity - n;
		if (n > 0)
			return n;
		if (timeout_ns == NX_TIMEOUT_POLL)
			return NX_ERR_AGAIN;
		if (c->poller[!owner] != NULL && c->poller[!owner] != self)
			return NX_ERR_BUSY;	/* one poller per side */
		/* Say in the shared flags that we sleep, so the peer notifies. */
		if (!ring_wait_prepare(&r))
			continue;	/* it changed meanwhile: count again */
		c->poller[!owner] = self;
		self->chan_wait = c;
		err = fiber_block(deadline_of(timeout_ns));
		self->chan_wait = NULL;
		ring_unpoll(c, self);
		if (err != 0)
			return err;
	}
}

int64_t
chan_notify(struct fiber *self, uint32_t h)
{
	struct chan *c;
	int64_t err = lookup_kind(self, h, NX_CHAN_RING, &c);

	if (err != 0)
		return err;
	if (c->dead)
		return NX_ERR_DEAD;
	ring_wake(c, self);
	return 0;
}

void
chan_inherit(struct fiber *child)
{
	for (uint32_t h = 0; h < FIBER_HANDLES; h++) {
		struct chan *c = child->handles[h].chan;

		if (c == NULL || !c->used || c->gen != child->handles[h].gen || c->kind != NX_CHAN_RING)
			continue;
		if (ring_map(child, c, h) != 0)
			child->handles[h].chan = NULL;	/* no room: the child does not get it */
	}
}

int64_t
chan_close(struct fiber *self, uint32_t h)
{
	struct chan *c;
	int64_t err = lookup(self, h, &c);

	if (err == NX_ERR_STALE) {
		self->handles[h].chan = NULL;	/* dropping a stale handle is fine */
		return 0;
	}
	if (err != 0)
		return err;
	self->handles[h].chan = NULL;
	if (is_owner(c, self)) {
		c->dead = true;
		fail_all(c, NX_ERR_DEAD);
	}
	ring_unpoll(c, self);
	if (c->ring != NULL) {
		/* The pages leave this address space; the handle number is free. */
		if (hal_as_unmap(self->as, NX_RING_BASE + (uint64_t)h * NX_RING_SIZE, NX_RING_SIZE) != 0)
			hal_panic("chan_close: ring %u was not mapped", h);
		c->ring_maps--;
		ring_release(c);
	}
	return 0;
}

/*
 * A caller that dies or times out leaves the queue; if its call is being
 * served, the server's reply gets NX_ERR_DEAD and goes nowhere.
 */
static void
caller_leaves(struct chan *c, struct fiber *f)
{
	if (c->serving == f) {
		c->serving = NULL;
		c->abandoned = true;
	}
	for (struct fiber **p = &c->callers; *p != NULL; p = &(*p)->chan_next) {
		if (*p == f) {
			*p = f->chan_next;
			break;
		}
	}
	c->callers_tail = NULL;
	for (struct fiber *q = c->callers; q != NULL; q = q->chan_next)
		c->callers_tail = q;
}

void
chan_fiber_died(struct fiber *f)
{
	/* Its address space, and with it its ring mappings, is going away. */
	for (uint32_t h = 0; h < FIBER_HANDLES; h++) {
		struct chan *c = f->handles[h].chan;
		if (c != NULL && c->ring != NULL && c->ring_maps > 0 && f->handles[h].gen == c->gen)
			c->ring_maps--;
	}
	for (int i = 0; i < CHAN_MAX; i++) {
		struct chan *c = &chans[i];

		ring_unpoll(c, f);
		if (!c->used)
			continue;
		if (is_owner(c, f)) {
			c->dead = true;
			fail_all(c, NX_ERR_DEAD);
			ring_release(c);
			continue;
		}
		caller_leaves(c, f);
		ring_release(c);
	}
	base_memset(f->handles, 0, sizeof(f->handles));
}

void
chan_timeout(struct fiber *f)
{
	struct chan *c = f->chan_wait;

	if (c != NULL && c->receiver == f)
		c->receiver = NULL;
	if (c != NULL && c->kind == NX_CHAN_CALL && !is_owner(c, f))
		caller_leaves(c, f);
	if (c != NULL)
		ring_unpoll(c, f);
	f->chan_wait = NULL;
}
