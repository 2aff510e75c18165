/*
 * shmsrv.c: shared memory through capabilities (docs/capabilities.md).
 *
 * Creates a region of 4 pages and a call channel, maps the region and
 * fills it, and spawns shmcli with a read-only copy of the region (slot 1)
 * and a send-only copy of the channel (slot 2).  shmcli maps the region,
 * sums it and calls with the sum; shmsrv checks it, revokes the region,
 * and replies: shmcli's mapping is gone by the time it learns why.
 */
#include <nexus/rt.h>

#define PAGES 4
#define WORDS (PAGES * NX_PAGE_SIZE / 8)

int
main(void)
{
	int64_t shm = nx_shm_create(PAGES), ch = nx_chan_create(NX_CHAN_CALL), base, r;
	volatile uint64_t *w;
	uint64_t sum = 0;
	struct nx_msg m;

	nx_printf("shmsrv: region of 17 pages: %lld (NX_ERR_INVAL is %d)\n", (long long)nx_shm_create(17), NX_ERR_INVAL);
	base = shm >= 0 ? nx_shm_map((uint32_t)shm) : shm;
	if (base < 0 || ch < 0) {
		nx_printf("shmsrv: set-up failed: %lld %lld\n", (long long)base, (long long)ch);
		return 1;
	}
	w = (volatile uint64_t *)(uintptr_t)base;
	for (uint64_t i = 0; i < WORDS; i++) {
		w[i] = i * 0x9e3779b97f4a7c15ull;
		sum += w[i];
	}
	const struct nx_grant g[] = {
	    {.from = (uint8_t)shm, .to = 1, .rights = NX_RIGHT_READ | NX_RIGHT_MAP},
	    {.from = (uint8_t)ch, .to = 2, .rights = NX_RIGHT_SEND},
	};
	const struct nx_grant wide = {.from = (uint8_t)shm, .to = 1, .rights = NX_RIGHT_READ | NX_RIGHT_WRITE |
	    NX_RIGHT_MAP};
	nx_printf("shmsrv: lending write too, which shmcli's manifest does not ask for: %lld (NX_ERR_PERM is %d)\n",
	    (long long)nx_spawn_named("shmcli", NX_TIER_MATTER, &wide, 1), NX_ERR_PERM);
	r = nx_spawn_named("shmcli", NX_TIER_MATTER, g, 2);
	if (r < 0) {
		nx_printf("shmsrv: spawn shmcli: %lld\n", (long long)r);
		return 1;
	}
	r = nx_chan_recv((uint32_t)ch, NX_TIMEOUT_FOREVER, &m);
	nx_printf("shmsrv: shmcli's sum %s\n", r >= 0 && m.w[0] == sum ? "matches" : "is wrong");
	r = nx_cap_revoke((uint32_t)shm);
	nx_printf("shmsrv: revoked the region: epoch %lld\n", (long long)r);
	m.w[0] = 0;
	(void)nx_chan_reply((uint32_t)ch, &m);
	(void)nx_sleep(20000000);	/* let shmcli see the revocation */
	nx_printf("shmsrv: its own mapping still reads %s\n", w[WORDS - 1] == (WORDS - 1) * 0x9e3779b97f4a7c15ull ?
	    "the data" : "garbage");
	return 0;
}
