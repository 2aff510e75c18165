/*
 * crt0.c: _start, the first instruction of every user program.
 *
 * The linker script puts .text.start first in the image.  _start clears the
 * frame pointer and return address so that a backtrace ends here, aligns
 * the stack, and calls nx_rt_start(), which runs main() and exits with its
 * result; nothing returns to _start.
 */
#include <nexus/rt.h>

__attribute__((naked, noreturn, section(".text.start"))) void _start(void);

void
_start(void)
{
	__asm__ volatile("li s0, 0\n"
	                 "li ra, 0\n"
	                 "andi sp, sp, -16\n"
	                 "call nx_rt_start\n"
	                 "1: j 1b\n");
}

void
nx_rt_start(void)
{
	nx_exit(main());
}
