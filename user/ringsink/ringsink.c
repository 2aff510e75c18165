/*
 * ringsink.c: the reading half of the ring-channel test (see ringsrc.c).
 *
 * Creates a ring channel (its pages appear at NX_RING_BASE + h *
 * NX_RING_SIZE), starts `ringsrc` with a send-only copy in its slot 1, which maps the
 * same pages, and reads every message in place.  The messages come in
 * phases, told apart by the high half of their first word:
 *
 *   PH_CHECK  4096-byte messages written in place, every byte checked
 *   PH_BARE   messages carrying only their sequence number: the cost of
 *             the channel itself, in retired instructions per message
 *   PH_FILL   4096-byte messages the writer fills: the cost of moving 4 KiB
 *   PH_COPY   messages of varying length sent through the kernel with
 *             chan_send, every byte checked
 *   PH_SEND   64-byte messages sent with chan_send: the cost of that path
 *   PH_END    the last message
 *
 * Under -icount the instruction counter of the hart counts both fibers and
 * the kernel, which is what a message costs the system.  At the end it
 * closes and recreates a ring at the same slot, to show that the pages
 * leave the address space on close, and then creates and closes more rings
 * than the RAM could hold at once, to show that nothing is lost.
 */
#include <base/mem.h>
#include <nexus/rt.h>
#include <ring/ring.h>

#include "../ringsrc/ringproto.h"

static inline uint64_t
instret(void)
{
	uint64_t v;

	__asm__ volatile("rdinstret %0" : "=r"(v));
	return v;
}

/* Rings created and closed at the end: 2500 x 68 KiB is more than the RAM. */
#define CHURN 2500u

static struct ring rx;
static uint32_t handle;	/* the ring's slot */
static uint64_t wrong, got[PH_END + 1];
static uint64_t i_start[PH_END + 1], i_end[PH_END + 1], t_start[PH_END + 1], t_end[PH_END + 1];

/* Checks one message against what ringsrc writes for it. */
static void
check(const uint8_t *msg, size_t len, uint32_t phase, uint32_t seq)
{
	size_t want = phase == PH_COPY ? ringproto_copy_len(seq) : phase == PH_CHECK || phase == PH_FILL ? RINGPROTO_BIG :
	    phase == PH_SEND ? RINGPROTO_SMALL : 8;

	if (len != want || seq != got[phase]) {
		wrong++;
		return;
	}
	if (phase != PH_CHECK && phase != PH_COPY)
		return;
	for (size_t j = 8; j < len; j++)
		if (msg[j] != ringproto_byte(seq, j)) {
			wrong++;
			return;
		}
}

/* Reads messages until PH_END; returns 0 or a negative error. */
static int64_t
drain(void)
{
	for (;;) {
		const void *msg;
		size_t len;
		uint64_t w0;
		int e = ring_pop_peek(&rx, &msg, &len);

		if (e == RING_ERR_EMPTY) {
			/* chan_poll announces the wait, so the writer notifies. */
			int64_t r = nx_chan_poll(handle, NX_TIMEOUT_FOREVER);
			if (r < 0)
				return r;
			continue;
		}
		if (e != RING_OK || len < 8)
			return NX_ERR_INVAL;
		base_memcpy(&w0, msg, 8);
		uint32_t phase = (uint32_t)(w0 >> 32), seq = (uint32_t)w0;
		if (phase > PH_END) {
			wrong++;
		} else {
			if (got[phase] == 0) {
				i_start[phase] = instret();
				t_start[phase] = nx_time_ns();
			}
			check(msg, len, phase, seq);
			got[phase]++;
			i_end[phase] = instret();
			t_end[phase] = nx_time_ns();
		}
		if (ring_pop_release(&rx) != RING_OK)
			return NX_ERR_INVAL;
		if (ring_wake_needed(&rx))
			(void)nx_chan_notify(handle);
		if (phase == PH_END)
			return 0;
	}
}

/* Instructions per message of a phase, over the messages after its first. */
static unsigned long long
per_msg(uint32_t ph)
{
	return got[ph] > 1 ? (unsigned long long)((i_end[ph] - i_start[ph]) / (got[ph] - 1)) : 0;
}

int
main(void)
{
	int64_t h = nx_chan_create(NX_CHAN_RING), r;

	if (h < 0) {
		nx_printf("ringsink: chan_create: %lld\n", (long long)h);
		return 1;
	}
	handle = (uint32_t)h;
	if (ring_attach(&rx, (void *)(NX_RING_BASE + (uint64_t)h * NX_RING_SIZE), NX_RING_SIZE, RING_CONSUMER) != 0) {
		nx_printf("ringsink: the ring's pages are not a ring\n");
		return 1;
	}
	nx_printf("ringsink: ring at slot %lld, %llu slots of %llu bytes\n", (long long)h,
	    (unsigned long long)RINGPROTO_SLOTS, (unsigned long long)ring_max_msg(&rx));
	const struct nx_grant g = {.from = (uint8_t)h, .to = 1, .rights = NX_RIGHT_SEND};
	r = nx_spawn_named("ringsrc", NX_TIER_MATTER, &g, 1);
	if (r < 0) {
		nx_printf("ringsink: spawn ringsrc: %lld\n", (long long)r);
		return 1;
	}
	r = drain();
	if (r < 0) {
		nx_printf("ringsink: reading: %lld\n", (long long)r);
		return 1;
	}
	nx_printf("ringsink: %llu checked, %llu bare, %llu filled, %llu copied, %llu sent; %llu wrong\n",
	    (unsigned long long)got[PH_CHECK], (unsigned long long)got[PH_BARE], (unsigned long long)got[PH_FILL],
	    (unsigned long long)got[PH_COPY], (unsigned long long)got[PH_SEND], (unsigned long long)wrong);
	nx_printf("ringsink: instructions per message: bare %llu, 4 KiB %llu, chan_send of 64 bytes %llu\n",
	    per_msg(PH_BARE), per_msg(PH_FILL), per_msg(PH_SEND));
	if (got[PH_FILL] > 1 && t_end[PH_FILL] > t_start[PH_FILL])
		nx_printf("ringsink: 4 KiB messages at %llu MiB/s\n",
		    (unsigned long long)((got[PH_FILL] - 1) * RINGPROTO_BIG * 1000000000ull /
		        (t_end[PH_FILL] - t_start[PH_FILL]) >> 20));
	/* Close and recreate: the same slot maps again at the same place. */
	(void)nx_sleep(2000000);	/* let ringsrc try its last calls */
	r = nx_cap_drop(handle);
	int64_t h2 = nx_chan_create(NX_CHAN_RING);
	int64_t r2 = h2 == (int64_t)handle ? nx_cap_drop((uint32_t)h2) : -1;
	nx_printf("ringsink: close %lld, recreate at slot %lld, close %lld\n", (long long)r, (long long)h2,
	    (long long)r2);
	/* More rings than RAM would hold at once: each one's pages serve the next. */
	unsigned refused = 0;
	for (unsigned i = 0; i < CHURN; i++) {
		int64_t hc = nx_chan_create(NX_CHAN_RING);
		if (hc < 0 || nx_cap_drop((uint32_t)hc) != 0)
			refused++;
	}
	nx_printf("ringsink: %u rings created and closed, %u refused\n", CHURN, refused);
	return wrong != 0;
}
