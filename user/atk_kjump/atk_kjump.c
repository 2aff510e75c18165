/*
 * atk_kjump.c: a hostile fiber that jumps into kernel text: a jump to the kernel entry.  The access faults, the
 * kernel ends the fiber and logs the fault, and the system goes on
 * (tests/qemu/test_attack.py).
 */
#include <nexus/rt.h>

int
main(void)
{
	void (*fn)(void) = (void (*)(void))0x80200000ull;

	nx_printf("atk_kjump: jumping to 0x80200000\n");
	fn();
	return 0;
}
