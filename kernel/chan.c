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
 * an SPSC ring (lib/ring), mapped read-write at NX_RING_BASE + s *
 * NX_RING_SIZE into each fiber that holds a capability to it in slot s.  The owner consumes; the others produce, by
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
 * Capabilities (cap.h) name a channel by index, generation and epoch.
 * When the owner dies the channel is marked dead: capabilities to it get
 * NX_ERR_DEAD until the slot is reused for a new channel, after which they
 * get NX_ERR_STALE (the generation moved on).  cap_revoke bumps the epoch:
 * every capability but the owner's then gets NX_ERR_REVOKED, and the ring
 * pages leave the address spaces of their holders at once.
 *
 * Rights: calling and producing need NX_RIGHT_SEND; serving and consuming
 * need NX_RIGHT_RECV and being the owner.  A server learns the badge of
 * the capability each call came through.
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
_Static_assert(NX_RING_BASE + NX_CSPACE_SLOTS * (uint64_t)NX_RING_SIZE <=
        HAL_USER_END - (FIBER_USTACK_PAGES + 2) * HAL_PAGE_SIZE,
    "every slot's ring lies below the user stack");

#define CHAN_MAX 64

struct chan {
	uint64_t gen;		/* bumped each time the slot is reused (64 bits: never wraps) */
	uint64_t epoch;		/* bumped by cap_revoke */
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

int64_t
chan_cap_live(const struct cap *cap)
{
	const struct chan *c = &chans[cap->obj];

	return cap_current(cap, c->used, c->gen, c->epoch);
}

/*
 * The channel of self's slot h, which must hold a channel capability with
 * rights: 0, or NX_ERR_BADSLOT, NX_ERR_CAPTYPE, NX_ERR_PERM, NX_ERR_STALE,
 * NX_ERR_REVOKED.
 */
static inline __attribute__((always_inline)) int64_t
lookup(struct fiber *self, uint32_t h, unsigned rights, struct chan **out, struct cap **capp)
{
	struct cap *cap;
	int64_t err = cap_check(self->caps, h, NX_CAP_CHANNEL, rights, &cap);

	if (err != 0)
		return err;
	if ((err = chan_cap_live(cap)) != 0)
		return err;
	*out = &chans[cap->obj];
	if (capp != NULL)
		*capp = cap;
	return 0;
}

static bool is_owner(const struct chan *c, const struct fiber *f);

/* lookup, and the channel must be of this kind (else NX_ERR_INVAL). */
static inline __attribute__((always_inline)) int64_t
lookup_kind(struct fiber *self, uint32_t h, unsigned rights, uint64_t kind, struct chan **out, struct cap **capp)
{
	int64_t err = lookup(self, h, rights, out, capp);

	if (err == 0 && (*out)->kind != kind)
		err = NX_ERR_INVAL;
	return err;
}

/* lookup_kind of a call channel that self owns and serves (else NX_ERR_PERM). */
static inline __attribute__((always_inline)) int64_t
lookup_server(struct fiber *self, uint32_t h, struct chan **out)
{
	int64_t err = lookup_kind(self, h, NX_RIGHT_RECV, NX_CHAN_CALL, out, NULL);

	if (err == 0 && !is_owner(*out, self))
		err = NX_ERR_PERM;
	if (err == 0 && (*out)->dead)
		err = NX_ERR_DEAD;	/* its owner capability was dropped: a copy serves nothing */
	return err;
}

static bool
is_owner(const struct chan *c, const struct fiber *f)
{
	return c->owner == f && c->owner_gen == f->generation;
}

uint64_t
chan_deadline(uint64_t timeout_ns)
{
	uint64_t hz, now, ticks;

	if (timeout_ns == NX_TIMEOUT_FOREVER)
		return UINT64_MAX;
	hz = hal_time_hz();
	now = hal_time_now();
	ticks = timeout_ns / 1000000000ull * hz + timeout_ns % 1000000000ull * hz / 1000000000ull;
	return now + ticks < now ? UINT64_MAX - 1 : now + ticks;
}

/* Maps ring channel c for f at its slot h; all of it or, undone, nothing. */
static int64_t
ring_map(struct fiber *f, struct chan *c, uint64_t h)
{
	uint64_t va = NX_RING_BASE + h * NX_RING_SIZE;

	for (uint64_t off = 0; off < NX_RING_SIZE; off += HAL_PAGE_SIZE) {
		if (hal_as_map(f->as, va + off, (uint64_t)c->ring + off, HAL_PAGE_SIZE, HAL_MAP_R | HAL_MAP_W) == 0)
			continue;
		if (off > 0 && hal_as_unmap(f->as, va, off) != 0)
			hal_panic("ring_map: could not undo a partial mapping");
		return NX_ERR_NOMEM;
	}
	c->ring_maps++;
	f->caps[h].flags |= CAP_F_MAPPED;
	return 0;
}

static void ring_release(struct chan *c);
static void ring_unmap(struct fiber *f, struct chan *c, uint64_t h);

/* ring_unmap of the channel f's slot h names. */
static void
ring_unmap_slot(struct fiber *f, uint64_t h)
{
	ring_unmap(f, &chans[f->caps[h].obj], h);
}

/* Unmaps ring channel c from f's slot h, if mapped there. */
static void
ring_unmap(struct fiber *f, struct chan *c, uint64_t h)
{
	if (!(f->caps[h].flags & CAP_F_MAPPED))
		return;
	if (hal_as_unmap(f->as, NX_RING_BASE + h * NX_RING_SIZE, NX_RING_SIZE) != 0)
		hal_panic("chan: ring of slot %u was not mapped", (unsigned)h);
	f->caps[h].flags &= (uint8_t)~CAP_F_MAPPED;
	c->ring_maps--;
	ring_release(c);
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
	int h;

	if (kind != NX_CHAN_CALL && kind != NX_CHAN_RING)
		return NX_ERR_INVAL;
	h = cap_free_slot(self);
	if (h < 0)
		return NX_ERR_NOMEM;
	for (int i = 0; i < CHAN_MAX; i++) {
		struct chan *c = &chans[i];

		if ((c->used && !c->dead) || c->ring != NULL)
			continue;	/* live, or its pages are still mapped somewhere */
		/* Free, or its owner died: reuse, and old capabilities become stale. */
		uint64_t gen = c->gen + 1, epoch = c->epoch;
		base_memset(c, 0, sizeof(*c));
		c->gen = gen;
		c->epoch = epoch;
		c->used = true;
		c->owner = self;
		c->owner_gen = self->generation;
		c->kind = kind;
		self->caps[h] = (struct cap){.type = NX_CAP_CHANNEL, .flags = NX_CAPF_OWNER,
		    .rights = NX_RIGHT_SEND | NX_RIGHT_RECV | NX_RIGHT_GRANT, .obj = (uint32_t)i, .gen = gen,
		    .epoch = epoch};
		if (kind == NX_CHAN_RING) {
			struct ring r;
			c->ring = ring_run_alloc();
			if (c->ring == NULL || ring_init(&r, c->ring, NX_RING_SIZE, NX_RING_SLOT, RING_CONSUMER) != 0 ||
			    ring_map(self, c, (uint64_t)h) != 0) {
				base_memset(&self->caps[h], 0, sizeof(self->caps[h]));
				c->dead = true;
				ring_release(c);
				c->used = false;
				return NX_ERR_NOMEM;
			}
		}
		return h;
	}
	return NX_ERR_NOMEM;
}

int64_t
chan_call(struct fiber *self, uint32_t h, const struct nx_msg *m, struct nx_msg *reply, uint64_t timeout_ns)
{
	struct chan *c;
	struct cap *cap;
	int64_t err = lookup_kind(self, h, NX_RIGHT_SEND, NX_CHAN_CALL, &c, &cap);

	if (err != 0)
		return err;
	if (c->dead)
		return NX_ERR_DEAD;
	if (is_owner(c, self))
		return NX_ERR_INVAL;	/* calling oneself would block forever */
	if (timeout_ns == NX_TIMEOUT_POLL && c->receiver == NULL)
		return NX_ERR_AGAIN;	/* non-blocking: only when the server waits */
	uint64_t deadline = timeout_ns == NX_TIMEOUT_POLL ? UINT64_MAX : chan_deadline(timeout_ns);
	self->msg = *m;
	self->msg_badge = cap->badge;
	self->chan_wait = c;
	if (c->receiver != NULL) {
		/* The server waits: hand it the request, and the hart. */
		struct fiber *srv = c->receiver;
		c->receiver = NULL;
		c->serving = self;
		c->abandoned = false;
		srv->msg = *m;
		srv->msg_badge = cap->badge;
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
		return (int64_t)caller->msg_badge;
	}
	if (timeout_ns == NX_TIMEOUT_POLL)
		return NX_ERR_AGAIN;
	c->receiver = self;
	self->chan_wait = c;
	err = fiber_block(chan_deadline(timeout_ns));
	self->chan_wait = NULL;
	if (err == 0) {
		*req = self->msg;
		err = (int64_t)self->msg_badge;
	}
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
		if (err == 0) {
			*req = self->msg;
			err = (int64_t)self->msg_badge;
		}
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
	int64_t err = lookup_kind(self, h, NX_RIGHT_SEND, NX_CHAN_RING, &c, NULL);

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
	struct chan *c, *again;
	struct ring r;
	int64_t err = lookup_kind(self, h, 0, NX_CHAN_RING, &c, NULL);
	uint64_t deadline = chan_deadline(timeout_ns);
	bool owner;

	if (err != 0)
		return err;
	owner = is_owner(c, self);
	if (!(self->caps[h].rights & (owner ? NX_RIGHT_RECV : NX_RIGHT_SEND)))
		return NX_ERR_PERM;
	for (;;) {
		int32_t n;
		/* After a sleep the capability may have been revoked or dropped,
		 * and the channel entry reused: look it up again. */
		if ((err = lookup_kind(self, h, 0, NX_CHAN_RING, &again, NULL)) != 0)
			return err;
		if (again != c)
			return NX_ERR_STALE;
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
		err = fiber_block(deadline);
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
	int64_t err = lookup_kind(self, h, 0, NX_CHAN_RING, &c, NULL);

	if (err != 0)
		return err;
	if (c->dead)
		return NX_ERR_DEAD;
	ring_wake(c, self);
	return 0;
}

int64_t
chan_cap_attach(struct fiber *f, uint64_t h)
{
	struct chan *c = &chans[f->caps[h].obj];

	return c->ring != NULL ? ring_map(f, c, h) : 0;
}

void
chan_cap_drop(struct fiber *f, uint64_t h)
{
	struct cap *cap = &f->caps[h];
	struct chan *c = &chans[cap->obj];

	if (chan_cap_live(cap) == 0 && (cap->flags & NX_CAPF_OWNER) && is_owner(c, f) && !c->dead) {
		c->dead = true;
		fail_all(c, NX_ERR_DEAD);
	}
	ring_unpoll(c, f);
	ring_unmap(f, c, h);
}

int64_t
chan_cap_revoke(struct fiber *self, uint64_t h)
{
	struct cap *own = &self->caps[h];
	struct chan *c;
	int64_t err = chan_cap_live(own);

	if (err != 0)
		return err;
	c = &chans[own->obj];
	if (c->dead)
		return NX_ERR_DEAD;
	own->epoch = ++c->epoch;
	/* Every other holder loses the pages now, and a poller its wait. */
	cap_each_stale(NX_CAP_CHANNEL, own->obj, c->gen, c->epoch, ring_unmap_slot);
	if (c->poller[1] != NULL) {
		fiber_wake(c->poller[1], NX_ERR_REVOKED);
		c->poller[1] = NULL;
	}
	return (int64_t)c->epoch;
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
	for (uint32_t h = 0; h < NX_CSPACE_SLOTS; h++) {
		struct cap *cap = &f->caps[h];
		if (cap->type == NX_CAP_CHANNEL && (cap->flags & CAP_F_MAPPED))
			chans[cap->obj].ring_maps--;
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
	base_memset(f->caps, 0, sizeof(f->caps));
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
