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
 * When the owner dies the channel is marked dead: handles to it get
 * NX_ERR_DEAD until the slot is reused for a new channel, after which they
 * get NX_ERR_STALE (the generation moved on).
 *
 * A caller is always in exactly one of: the callers queue, `serving`, or
 * neither (it has its answer).  Everything runs with interrupts off on one
 * hart, so there is no locking.
 */
#include <base/mem.h>
#include <hal/timer.h>

#include "chan.h"
#include "fiber.h"

#define CHAN_MAX 64

struct chan {
	uint32_t gen;		/* bumped each time the slot is reused */
	bool used;
	bool dead;		/* the owner died */
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

static bool
is_owner(const struct chan *c, const struct fiber *f)
{
	return c->owner == f && c->owner_gen == f->generation;
}

static uint64_t
deadline_of(uint64_t timeout_ns)
{
	uint64_t hz = hal_time_hz(), now = hal_time_now(), ticks;

	if (timeout_ns == NX_TIMEOUT_FOREVER)
		return UINT64_MAX;
	ticks = timeout_ns / 1000000000ull * hz + timeout_ns % 1000000000ull * hz / 1000000000ull;
	return now + ticks < now ? UINT64_MAX - 1 : now + ticks;
}

int64_t
chan_create(struct fiber *self, uint64_t kind)
{
	int h = -1;

	if (kind != NX_CHAN_CALL)
		return NX_ERR_NOSYS;	/* ring channels: not built yet */
	for (int i = 0; i < FIBER_HANDLES && h < 0; i++)
		if (self->handles[i].chan == NULL)
			h = i;
	if (h < 0)
		return NX_ERR_NOMEM;
	for (int i = 0; i < CHAN_MAX; i++) {
		struct chan *c = &chans[i];

		if (c->used && !c->dead)
			continue;
		/* Free, or its owner died: reuse, and old handles become stale. */
		uint32_t gen = c->gen + 1;
		base_memset(c, 0, sizeof(*c));
		c->gen = gen;
		c->used = true;
		c->owner = self;
		c->owner_gen = self->generation;
		self->handles[h].chan = c;
		self->handles[h].gen = gen;
		return h;
	}
	return NX_ERR_NOMEM;
}

int64_t
chan_call(struct fiber *self, uint32_t h, const struct nx_msg *m, struct nx_msg *reply)
{
	struct chan *c;
	int64_t err = lookup(self, h, &c);

	if (err != 0)
		return err;
	if (c->dead)
		return NX_ERR_DEAD;
	if (is_owner(c, self))
		return NX_ERR_INVAL;	/* calling oneself would block forever */
	self->msg = *m;
	self->chan_wait = c;
	if (c->receiver != NULL) {
		/* The server waits: hand the request over directly. */
		struct fiber *srv = c->receiver;
		c->receiver = NULL;
		c->serving = self;
		srv->msg = *m;
		fiber_wake(srv, 0);
	} else {
		self->chan_next = NULL;
		if (c->callers_tail != NULL)
			c->callers_tail->chan_next = self;
		else
			c->callers = self;
		c->callers_tail = self;
	}
	err = fiber_block(UINT64_MAX);
	self->chan_wait = NULL;
	if (err == 0)
		*reply = self->msg;
	return err;
}

int64_t
chan_recv(struct fiber *self, uint32_t h, uint64_t timeout_ns, struct nx_msg *req)
{
	struct chan *c;
	int64_t err = lookup(self, h, &c);

	if (err != 0)
		return err;
	if (!is_owner(c, self))
		return NX_ERR_PERM;
	if (c->serving != NULL)
		return NX_ERR_BUSY;	/* reply to the call in hand first */
	if (c->callers != NULL) {
		struct fiber *caller = c->callers;
		c->callers = caller->chan_next;
		if (c->callers == NULL)
			c->callers_tail = NULL;
		c->serving = caller;
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
	int64_t err = lookup(self, h, &c);
	struct fiber *caller;

	if (err != 0)
		return err;
	if (!is_owner(c, self))
		return NX_ERR_PERM;
	caller = c->serving;
	if (caller == NULL)
		return NX_ERR_INVAL;	/* no call received */
	c->serving = NULL;
	caller->msg = *m;
	fiber_wake(caller, 0);
	return 0;
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
	return 0;
}

void
chan_fiber_died(struct fiber *f)
{
	for (int i = 0; i < CHAN_MAX; i++) {
		struct chan *c = &chans[i];

		if (!c->used)
			continue;
		if (is_owner(c, f)) {
			c->dead = true;
			fail_all(c, NX_ERR_DEAD);
			continue;
		}
		/* A caller that dies leaves the queue; its server's reply is dropped. */
		if (c->serving == f)
			c->serving = NULL;
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
	base_memset(f->handles, 0, sizeof(f->handles));
}

void
chan_timeout(struct fiber *f)
{
	struct chan *c = f->chan_wait;

	if (c != NULL && c->receiver == f)
		c->receiver = NULL;
	f->chan_wait = NULL;
}
