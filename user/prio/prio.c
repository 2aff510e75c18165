/*
 * prio.c: a wake-up by a system call obeys the tiers.
 *
 * prio runs at Photon, creates a ring channel and starts priosrc at Void,
 * then waits in chan_poll (1 s at most).  priosrc sends one message and
 * spins.  The send wakes prio, which outranks priosrc, so prio must run at
 * once, not when priosrc's run ends or the next interrupt comes (a lone
 * Void fiber has no budget, so no timer would come).
 */
#include <nexus/rt.h>

int
main(void)
{
	int64_t h = nx_chan_create(NX_CHAN_RING), r;
	uint64_t t0, t1;

	const struct nx_grant g = {.from = (uint8_t)h, .to = 1, .rights = NX_RIGHT_SEND};

	if (h != 1 || (r = nx_spawn_named("priosrc", NX_TIER_MANIFEST, &g, 1)) < 0) {
		nx_printf("prio: set-up failed\n");
		return 1;
	}
	t0 = nx_time_ns();
	r = nx_chan_poll((uint32_t)h, 1000000000ull);
	t1 = nx_time_ns();
	nx_printf("prio: woken by a void writer after %llu us: %lld\n", (unsigned long long)((t1 - t0) / 1000),
	    (long long)r);
	return 0;
}
