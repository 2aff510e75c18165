/*
 * ringsrc.c: the writing half of the ring-channel test (see ringsink.c).
 *
 * Gets ring channel slot 1 from ringsink (send only), with its pages at
 * NX_RING_BASE + NX_RING_SIZE,
 * and writes the phases of ringproto.h: in place (reserve, fill, commit,
 * and a chan_notify only when the reader said it sleeps), then through the
 * kernel with chan_send.  When the ring is full it sleeps in chan_poll.
 * A view keeps its own copy of the tail, so after chan_send pushed for it
 * the view is attached again.
 * Between phases it checks the errors the kernel must give: a message
 * larger than a slot, a call on a ring, a scribbled shared header (the
 * kernel refuses it and stays up), and at the end a send to a reader that
 * has closed the channel.
 */
#include <base/mem.h>
#include <nexus/rt.h>
#include <ring/ring.h>

#include "ringproto.h"

#define H 1u
#define RING ((void *)(NX_RING_BASE + H * NX_RING_SIZE))

static struct ring tx;
static uint8_t buf[RINGPROTO_BIG];

/* Writes the header word and, if fill, the body of message seq into dst. */
static void
compose(uint8_t *dst, uint32_t phase, uint32_t seq, size_t len, bool fill)
{
	uint64_t w0 = (uint64_t)phase << 32 | seq;

	base_memcpy(dst, &w0, 8);
	if (fill)
		for (size_t j = 8; j < len; j++)
			dst[j] = ringproto_byte(seq, j);
}

/* Waits for a free slot (chan_poll announces the wait to the reader). */
static int64_t
wait_room(void)
{
	int64_t r = nx_chan_poll(H, NX_TIMEOUT_FOREVER);
	return r < 0 ? r : 0;
}

/* Pushes one message in place. */
static int64_t
push(uint32_t phase, uint32_t seq, size_t len, bool fill)
{
	void *slot;
	size_t room;
	int e;

	while ((e = ring_push_reserve(&tx, &slot, &room)) == RING_ERR_FULL) {
		int64_t r = wait_room();
		if (r < 0)
			return r;
	}
	if (e != RING_OK || room < len)
		return NX_ERR_INVAL;
	compose(slot, phase, seq, len, fill);
	if (phase == PH_FILL)
		base_memset((uint8_t *)slot + 8, (int)seq, len - 8);
	if (ring_push_commit(&tx, len) != RING_OK)
		return NX_ERR_INVAL;
	if (ring_wake_needed(&tx))
		(void)nx_chan_notify(H);
	return 0;
}

/* Sends one message through the kernel, waiting while the ring is full. */
static int64_t
send(uint32_t phase, uint32_t seq)
{
	size_t len = phase == PH_COPY ? ringproto_copy_len(seq) : RINGPROTO_SMALL;
	int64_t r;

	compose(buf, phase, seq, len, phase == PH_COPY);
	while ((r = nx_chan_send(H, buf, len)) == NX_ERR_AGAIN)
		if ((r = wait_room()) < 0)
			return r;
	return r == (int64_t)len ? 0 : r < 0 ? r : NX_ERR_INVAL;
}

/* The errors the kernel must give on a ring channel. */
static void
misuse(void)
{
	struct ring_shared *sh = (struct ring_shared *)RING;
	struct nx_msg m = { 1, { 0, 0, 0, 0 } };
	uint32_t saved;
	int64_t r;

	r = nx_chan_send(H, buf, RINGPROTO_BIG + 1);
	nx_printf("ringsrc: send of 4097 bytes: %lld (NX_ERR_TOOBIG is %d)\n", (long long)r, NX_ERR_TOOBIG);
	r = nx_chan_call(H, &m);
	nx_printf("ringsrc: call on a ring: %lld (NX_ERR_INVAL is %d)\n", (long long)r, NX_ERR_INVAL);
	r = nx_chan_recv(H, NX_TIMEOUT_POLL, &m);
	nx_printf("ringsrc: recv without the recv right: %lld (NX_ERR_PERM is %d)\n", (long long)r, NX_ERR_PERM);
	saved = sh->magic;
	sh->magic = 0x0badf00d;
	r = nx_chan_send(H, buf, 8);
	sh->magic = saved;
	nx_printf("ringsrc: send with a scribbled magic: %lld (NX_ERR_INVAL is %d)\n", (long long)r, NX_ERR_INVAL);
	saved = sh->head;
	sh->head = saved - 1000;	/* more queued than there are slots */
	r = nx_chan_poll(H, NX_TIMEOUT_POLL);
	sh->head = saved;
	nx_printf("ringsrc: poll with an impossible head: %lld (NX_ERR_INVAL is %d)\n", (long long)r, NX_ERR_INVAL);
}

int
main(void)
{
	int64_t r = 0;
	uint32_t i;

	if (ring_attach(&tx, RING, NX_RING_SIZE, RING_PRODUCER) != 0) {
		nx_printf("ringsrc: no ring at slot 1\n");
		return 1;
	}
	for (i = 0; i < RINGPROTO_CHECK && r == 0; i++)
		r = push(PH_CHECK, i, RINGPROTO_BIG, true);
	for (i = 0; i < RINGPROTO_BARE && r == 0; i++)
		r = push(PH_BARE, i, 8, false);
	for (i = 0; i < RINGPROTO_FILL && r == 0; i++)
		r = push(PH_FILL, i, RINGPROTO_BIG, false);
	/* Let the reader empty the ring, so that it touches no index meanwhile. */
	while (r == 0 && nx_chan_poll(H, NX_TIMEOUT_POLL) < (int64_t)RINGPROTO_SLOTS)
		(void)nx_sleep(1000000);
	if (r == 0)
		misuse();
	for (i = 0; i < RINGPROTO_COPY && r == 0; i++)
		r = send(PH_COPY, i);
	for (i = 0; i < RINGPROTO_SEND && r == 0; i++)
		r = send(PH_SEND, i);
	/* The kernel pushed behind our view's back: take the tail again. */
	if (r == 0 && ring_attach(&tx, RING, NX_RING_SIZE, RING_PRODUCER) != 0)
		r = NX_ERR_INVAL;
	if (r == 0)
		r = push(PH_END, 0, 8, false);
	if (r != 0) {
		nx_printf("ringsrc: writing: %lld\n", (long long)r);
		return 1;
	}
	/* The reader closes the channel after PH_END: then sends fail. */
	for (i = 0; i < 1000; i++) {
		r = nx_chan_send(H, buf, 8);
		if (r == NX_ERR_DEAD)
			break;
		(void)nx_sleep(1000000);
	}
	nx_printf("ringsrc: send after the reader closed: %lld (NX_ERR_DEAD is %d)\n", (long long)r, NX_ERR_DEAD);
	return 0;
}
