/*
 * waitcli.c: calls waitsrv, which never answers (see waitsrv.c), and says
 * how the call ended when its server is gone.
 */
#include <nexus/rt.h>

int
main(void)
{
	struct nx_msg m = {.tag = 1, .w = {(uint64_t)nx_fiber_self()}};
	int64_t r = nx_chan_call(1, &m);

	nx_printf("waitcli: the call ended: %lld (NX_ERR_DEAD is %d)\n", (long long)r, NX_ERR_DEAD);
	return r == NX_ERR_DEAD ? 0 : 1;
}
