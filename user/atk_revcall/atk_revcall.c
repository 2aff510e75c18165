/*
 * atk_revcall.c: a reply into memory revoked while its caller waited.
 *
 * atk_revcallee maps a region lent to it and calls with chan_call_for,
 * its message (and so the reply's place) in the region.  While the call
 * is in hand, this fiber revokes the region, which leaves the caller's
 * address space, then replies.  The kernel must not write the reply
 * there: the caller gets NX_ERR_FAULT and the kernel goes on
 * (tests/qemu/test_attack.py).
 */
#include <nexus/rt.h>

int
main(void)
{
	int64_t shm = nx_shm_create(1), ch = nx_chan_create(NX_CHAN_CALL), r;
	struct nx_msg m;

	if (shm < 0 || ch < 0)
		return 1;
	const struct nx_grant g[] = {
	    {.from = (uint8_t)shm, .to = 1, .rights = NX_RIGHT_READ | NX_RIGHT_WRITE | NX_RIGHT_MAP},
	    {.from = (uint8_t)ch, .to = 2, .rights = NX_RIGHT_SEND},
	};
	if (nx_spawn_named("atk_revcallee", NX_TIER_MATTER, g, 2) < 0)
		return 1;
	r = nx_chan_recv((uint32_t)ch, NX_TIMEOUT_FOREVER, &m);
	r = r >= 0 ? nx_cap_revoke((uint32_t)shm) : r;
	m.w[0] = 42;
	nx_printf("atk_revcall: revoked (%lld), replying: %lld\n", (long long)r, (long long)nx_chan_reply((uint32_t)ch, &m));
	(void)nx_sleep(20000000);
	nx_printf("atk_revcall: still running\n");
	return 0;
}
