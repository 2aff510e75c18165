/*
 * crash_load.c: loads from address 0, which no user address space maps: a
 * load page fault that must stop this fiber and nothing else.
 */
#include <nexus/rt.h>

int
main(void)
{
	volatile const uint64_t *p = (volatile const uint64_t *)0;

	nx_printf("crash_load: loading from address 0\n");
	return (int)*p;
}
