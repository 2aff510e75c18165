/*
 * crash_ill.c: executes an illegal instruction (the all-zero halfword is
 * defined as illegal in every RISC-V base ISA with C).
 */
#include <nexus/rt.h>

int
main(void)
{
	nx_printf("crash_ill: executing an illegal instruction\n");
	__asm__ volatile(".2byte 0");
	return 0;
}
