/*
 * atk_peer.c: a hostile fiber that reads pages it was not given: a ring's address at a slot it holds nothing in: another fiber's pages are never mapped here.  The access faults, the
 * kernel ends the fiber and logs the fault, and the system goes on
 * (tests/qemu/test_attack.py).
 */
#include <nexus/rt.h>

int
main(void)
{
	volatile const uint64_t *p = (volatile const uint64_t *)(NX_RING_BASE + 5 * NX_RING_SIZE);

	nx_printf("atk_peer: reading the ring address of slot 5, which it does not hold\n");
	return (int)*p;
}
