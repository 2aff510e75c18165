/*
 * yielder.c: measures a context switch.  Two copies at the same tier yield
 * to each other ROUNDS times; each loop iteration is two switches (away and
 * back) plus two yield syscalls, so the figure printed is instructions per
 * iteration divided by two.
 */
#include <nexus/rt.h>

#define ROUNDS 2000

static inline uint64_t
instret(void)
{
	uint64_t v;

	__asm__ volatile("rdinstret %0" : "=r"(v));
	return v;
}

int
main(void)
{
	uint64_t i0, i1;

	for (int i = 0; i < 100; i++)
		(void)nx_yield();
	i0 = instret();
	for (int i = 0; i < ROUNDS; i++)
		(void)nx_yield();
	i1 = instret();
	nx_printf("yielder %lld: switch %llu instructions\n", (long long)nx_fiber_self(),
	    (unsigned long long)((i1 - i0) / ROUNDS / 2));
	return 0;
}
