/*
 * pong.c: the server half of the call-channel ping-pong.
 *
 * Creates a call channel (handle 0), starts `ping`, which inherits the
 * handle, and answers each call with w[0] + 1 until a call with tag 0,
 * replying and waiting for the next call in one chan_reply_recv.  Handle
 * 1 is a second channel that it serves slowly, once, at the end, so that
 * ping can time out on it (chan_call_for).
 */
#include <nexus/rt.h>

int
main(void)
{
	struct nx_msg m;
	int64_t h = nx_chan_create(NX_CHAN_CALL), slow = nx_chan_create(NX_CHAN_CALL), r;
	uint64_t served = 0;

	if (h < 0 || slow != h + 1) {
		nx_printf("pong: chan_create: %lld\n", (long long)h);
		return 1;
	}
	r = nx_spawn("ping", 4, NX_TIER_MATTER);
	if (r < 0) {
		nx_printf("pong: spawn ping: %lld\n", (long long)r);
		return 1;
	}
	/* The first call by chan_recv, then answer and wait in one trap. */
	r = nx_chan_recv((uint32_t)h, NX_TIMEOUT_FOREVER, &m);
	while (r == 0 && m.tag != 0) {
		m.w[0]++;
		served++;
		r = nx_chan_reply_recv((uint32_t)h, &m);
	}
	if (r < 0) {
		nx_printf("pong: chan_recv: %lld\n", (long long)r);
		return 1;
	}
	nx_printf("pong: served %llu calls\n", (unsigned long long)served);
	(void)nx_chan_reply((uint32_t)h, &m);
	/* A slow server: ping gives up before this reply, which goes nowhere. */
	r = nx_chan_recv((uint32_t)slow, 1000000000ull, &m);
	if (r == 0) {
		(void)nx_sleep(10000000);
		r = nx_chan_reply((uint32_t)slow, &m);
		nx_printf("pong: reply to a caller that timed out: %lld (NX_ERR_DEAD is %d)\n", (long long)r,
		    NX_ERR_DEAD);
	}
	return 0;
}
