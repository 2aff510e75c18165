/*
 * atk_revcallee.c: the caller of atk_revcall.c, its message in the region
 * atk_revcall lends and then revokes.
 */
#include <nexus/rt.h>

int
main(void)
{
	int64_t base = nx_shm_map(1), r;
	struct nx_msg *m = (struct nx_msg *)(uintptr_t)base;

	if (base < 0)
		return 1;
	m->tag = 1;
	r = nx_chan_call_for(2, m, sizeof(*m), NX_TIMEOUT_FOREVER);
	nx_printf("atk_revcallee: call_for with its reply place revoked: %lld (NX_ERR_FAULT is %d)\n", (long long)r,
	    NX_ERR_FAULT);
	return 0;
}
