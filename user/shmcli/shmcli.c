/*
 * shmcli.c: the borrower of shmsrv's region (see shmsrv.c).  Maps slot 1
 * (read-only), sums the region and sends the sum through slot 2; after
 * shmsrv revokes the region, a new mapping is NX_ERR_REVOKED and a read
 * at the old address faults: the pages left its address space.
 */
#include <nexus/rt.h>

#define WORDS (4 * NX_PAGE_SIZE / 8)

int
main(void)
{
	int64_t base = nx_shm_map(1), r;
	volatile const uint64_t *w;
	struct nx_msg m = {1, {0, 0, 0, 0}};

	if (base < 0) {
		nx_printf("shmcli: shm_map: %lld\n", (long long)base);
		return 1;
	}
	w = (volatile const uint64_t *)(uintptr_t)base;
	for (uint64_t i = 0; i < WORDS; i++)
		m.w[0] += w[i];
	nx_printf("shmcli: mapped at 0x%llx, read-only\n", (unsigned long long)base);
	nx_printf("shmcli: second shm_map: %lld (NX_ERR_BUSY is %d)\n", (long long)nx_shm_map(1), NX_ERR_BUSY);
	r = nx_chan_call(2, &m);
	nx_printf("shmcli: shm_map after the revocation: %lld (NX_ERR_REVOKED is %d)\n", (long long)nx_shm_map(1),
	    NX_ERR_REVOKED);
	nx_printf("shmcli: reading the old address, which must fault\n");
	return (int)(r + (int64_t)w[0]);
}
