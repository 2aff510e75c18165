/*
 * spin.c: spins forever without a system call, so only the budget timer
 * can take the hart back: the program the Ratchet tests preempt, strike
 * and demote.
 */
#include <nexus/rt.h>

int
main(void)
{
	volatile uint64_t n = 0;

	for (;;)
		n++;
}
