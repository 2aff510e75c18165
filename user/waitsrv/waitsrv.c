/*
 * waitsrv.c: a server that never answers, for killing fibers blocked on
 * channels (tests/console/test_nsh.py).
 *
 * Creates two call channels, starts waitcli with a send-only copy of the
 * first, takes its call and holds it without replying, then waits for ever
 * on the second channel, which nobody calls.  Both fibers are then blocked:
 * waitcli as the caller being served, waitsrv as a receiver.  Killing
 * waitsrv must wake waitcli with NX_ERR_DEAD, as its exit would.
 */
#include <nexus/rt.h>

int
main(void)
{
	struct nx_msg m;
	int64_t h = nx_chan_create(NX_CHAN_CALL), idle = nx_chan_create(NX_CHAN_CALL), r;

	if (h < 0 || idle < 0) {
		nx_printf("waitsrv: chan_create: %lld %lld\n", (long long)h, (long long)idle);
		return 1;
	}
	const struct nx_grant g[] = {{.from = (uint8_t)h, .to = 1, .rights = NX_RIGHT_SEND}};
	r = nx_spawn_named("waitcli", NX_TIER_MANIFEST, g, 1);
	if (r < 0) {
		nx_printf("waitsrv: spawn waitcli: %lld\n", (long long)r);
		return 1;
	}
	r = nx_chan_recv((uint32_t)h, NX_TIMEOUT_FOREVER, &m);
	if (r < 0) {
		nx_printf("waitsrv: chan_recv: %lld\n", (long long)r);
		return 1;
	}
	nx_printf("waitsrv: holding the call of fiber %llu, not answering\n", (unsigned long long)m.w[0]);
	r = nx_chan_recv((uint32_t)idle, NX_TIMEOUT_FOREVER, &m);
	nx_printf("waitsrv: woken: %lld\n", (long long)r);
	return 1;
}
