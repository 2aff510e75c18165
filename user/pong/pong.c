/*
 * pong.c: the server half of the call-channel ping-pong.
 *
 * Creates a call channel, starts `ping` with a badged copy of it (send
 * only) in ping's slot 1, and answers each call with w[0] + 1 until a call
 * with tag 0, replying and waiting for the next call in one
 * chan_reply_recv; every call must arrive with ping's badge.  A second
 * channel, granted into ping's slot 2, it serves slowly, once, at the end,
 * so that ping can time out on it (chan_call_for).
 */
#include <nexus/rt.h>

#define PING_BADGE 0x70696e67	/* "ping" */

int
main(void)
{
	struct nx_msg m;
	int64_t h = nx_chan_create(NX_CHAN_CALL), slow = nx_chan_create(NX_CHAN_CALL), r;
	uint64_t served = 0, badged = 0;

	if (h < 0 || slow < 0) {
		nx_printf("pong: chan_create: %lld %lld\n", (long long)h, (long long)slow);
		return 1;
	}
	const struct nx_grant g[] = {
	    {.from = (uint8_t)h, .to = 1, .rights = NX_RIGHT_SEND, .badge = PING_BADGE},
	    {.from = (uint8_t)slow, .to = 2, .rights = NX_RIGHT_SEND},
	};
	r = nx_spawn_named("ping", NX_TIER_MATTER, g, 2);
	if (r < 0) {
		nx_printf("pong: spawn ping: %lld\n", (long long)r);
		return 1;
	}
	/* The first call by chan_recv, then answer and wait in one trap. */
	r = nx_chan_recv((uint32_t)h, NX_TIMEOUT_FOREVER, &m);
	while (r >= 0 && m.tag != 0) {
		badged += r == PING_BADGE;
		m.w[0]++;
		served++;
		r = nx_chan_reply_recv((uint32_t)h, &m);
	}
	if (r < 0) {
		nx_printf("pong: chan_recv: %lld\n", (long long)r);
		return 1;
	}
	nx_printf("pong: served %llu calls, %llu with ping's badge\n", (unsigned long long)served,
	    (unsigned long long)badged);
	(void)nx_chan_reply((uint32_t)h, &m);
	/* A slow server: ping gives up before this reply, which goes nowhere. */
	r = nx_chan_recv((uint32_t)slow, 1000000000ull, &m);
	if (r >= 0) {
		(void)nx_sleep(10000000);
		r = nx_chan_reply((uint32_t)slow, &m);
		nx_printf("pong: reply to a caller that timed out: %lld (NX_ERR_DEAD is %d)\n", (long long)r,
		    NX_ERR_DEAD);
	}
	return 0;
}
