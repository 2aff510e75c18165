/*
 * atk_kread.c: a hostile fiber that reads kernel memory: the kernel image at 0x80200000 is not mapped for user mode.  The access faults, the
 * kernel ends the fiber and logs the fault, and the system goes on
 * (tests/qemu/test_attack.py).
 */
#include <nexus/rt.h>

int
main(void)
{
	volatile const uint64_t *p = (volatile const uint64_t *)0x80200000ull;

	nx_printf("atk_kread: reading 0x80200000\n");
	return (int)*p;
}
