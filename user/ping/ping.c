/*
 * ping.c: the client half of the call-channel ping-pong (see pong.c).
 *
 * Calls through the channel pong granted into slot 1: checks every reply,
 * measures the round trip in retired instructions and in time, tells pong
 * to stop, and checks that a call to the dead server fails with
 * NX_ERR_DEAD, one on an empty slot with NX_ERR_BADSLOT and one on its
 * console slot with NX_ERR_CAPTYPE.  On slot 2, which pong serves late, chan_call_for gives up: at once without a waiting server
 * (NX_TIMEOUT_POLL), after 1 ms in the queue, and after 2 ms being served.
 */
#include <nexus/rt.h>

#define ROUNDS 1000

static inline uint64_t
instret(void)
{
	uint64_t v;

	__asm__ volatile("rdinstret %0" : "=r"(v));
	return v;
}

int
main(void)
{
	struct nx_msg m;
	uint64_t i0, i1, t0, t1, bad = 0;
	int64_t r;

	/* Warm up, and check every answer. */
	for (uint64_t i = 0; i < ROUNDS; i++) {
		m = (struct nx_msg){ 1, { i, 0, 0, 0 } };
		r = nx_chan_call(1, &m);
		if (r != 0 || m.w[0] != i + 1)
			bad++;
	}
	m = (struct nx_msg){ 1, { 7, 0, 0, 0 } };
	i0 = instret();
	t0 = nx_time_ns();
	for (int i = 0; i < ROUNDS; i++)
		(void)nx_chan_call(1, &m);
	t1 = nx_time_ns();
	i1 = instret();
	nx_printf("ping: %d round trips, %llu wrong\n", ROUNDS, (unsigned long long)bad);
	nx_printf("ping: round trip %llu instructions, %llu ns\n", (unsigned long long)((i1 - i0) / ROUNDS),
	    (unsigned long long)((t1 - t0) / ROUNDS));
	/* Slot 2: pong does not receive on it yet, so calls wait there. */
	m = (struct nx_msg){ 1, { 0, 0, 0, 0 } };
	r = nx_chan_call_for(2, &m, sizeof(m), NX_TIMEOUT_POLL);
	nx_printf("ping: call_for without a waiting server, no wait: %lld (NX_ERR_AGAIN is %d)\n", (long long)r,
	    NX_ERR_AGAIN);
	t0 = nx_time_ns();
	r = nx_chan_call_for(2, &m, sizeof(m), 1000000);
	t1 = nx_time_ns();
	nx_printf("ping: call_for queued past 1 ms: %lld after %llu us (NX_ERR_TIMEOUT is %d)\n", (long long)r,
	    (unsigned long long)((t1 - t0) / 1000), NX_ERR_TIMEOUT);
	r = nx_chan_call_for(2, &m, sizeof(m) - 1, 1000000);
	nx_printf("ping: call_for with a short message: %lld (NX_ERR_INVAL is %d)\n", (long long)r, NX_ERR_INVAL);
	m = (struct nx_msg){ 0, { 0, 0, 0, 0 } };
	(void)nx_chan_call(1, &m);
	/* Now pong takes the call on slot 2 but answers after 10 ms. */
	m = (struct nx_msg){ 1, { 0, 0, 0, 0 } };
	r = nx_chan_call_for(2, &m, sizeof(m), 2000000);
	nx_printf("ping: call_for served too slowly: %lld (NX_ERR_TIMEOUT is %d)\n", (long long)r, NX_ERR_TIMEOUT);
	(void)nx_sleep(50000000);	/* let pong exit */
	r = nx_chan_call(1, &m);
	nx_printf("ping: call to the exited server: %lld (NX_ERR_DEAD is %d)\n", (long long)r, NX_ERR_DEAD);
	r = nx_chan_call(9, &m);
	nx_printf("ping: call on an empty slot: %lld (NX_ERR_BADSLOT is %d)\n", (long long)r, NX_ERR_BADSLOT);
	r = nx_chan_call(0, &m);
	nx_printf("ping: call on the console slot: %lld (NX_ERR_CAPTYPE is %d)\n", (long long)r, NX_ERR_CAPTYPE);
	return bad != 0;
}
