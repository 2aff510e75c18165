/*
 * atk_kwrite.c: a hostile fiber that writes kernel memory: a store to the kernel image.  The access faults, the
 * kernel ends the fiber and logs the fault, and the system goes on
 * (tests/qemu/test_attack.py).
 */
#include <nexus/rt.h>

int
main(void)
{
	volatile uint64_t *p = (volatile uint64_t *)0x80200000ull;

	nx_printf("atk_kwrite: writing 0x80200000\n");
	*p = 0x5a5a5a5a5a5a5a5aull;
	return 0;
}
