/*
 * crash_misalign.c: an atomic memory operation on a misaligned address.
 *
 * QEMU (like much hardware) emulates misaligned ordinary loads and stores,
 * so those may not fault; a misaligned AMO always raises a store/AMO
 * address-misaligned exception (or an access fault), which must stop this
 * fiber and nothing else.
 */
#include <nexus/rt.h>

static uint64_t words[2];

int
main(void)
{
	uintptr_t p = (uintptr_t)&words[0] + 1;
	uint32_t old;

	nx_printf("crash_misalign: amoadd.w on %p\n", (void *)p);
	__asm__ volatile("amoadd.w %0, %2, (%1)" : "=r"(old) : "r"(p), "r"(1) : "memory");
	return (int)old;
}
