/*
 * pledgechild.c: started by pledger after pledger gave up ipc.  Its own
 * manifest asks for ipc, but a child never holds a promise its parent gave
 * up, so chan_create must be refused.
 */
#include <nexus/rt.h>

int
main(void)
{
	int64_t r = nx_chan_create(NX_CHAN_CALL);

	nx_printf("pledgechild: chan_create: %lld (NX_ERR_PLEDGE is %d)\n", (long long)r, NX_ERR_PLEDGE);
	return 0;
}
