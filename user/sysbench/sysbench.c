/*
 * sysbench.c: the cost of the system call path, in retired instructions
 * counted in user mode (rdinstret) around loops of calls:
 *
 *   null      fiber_self: trap, dispatch, the smallest handler, return
 *   refused   console_write(0, NULL, 1): the decoder's pointer check refuses it
 *   toobig    console_write(0, buf, 2^64-1): refused before any pointer check
 *   unknown   call NX_SYS_COUNT: NX_ERR_NOSYS
 *   cap       console_write(0, buf, 0): null plus one capability lookup
 *   spawn     spawn of hello through its spawn capability: find and hash
 *             the image, check ELF and manifest, map and copy it, grant
 *             the manifest's capabilities (the mean of 16)
 *
 * It prints "sysbench: <name> <N> instructions" per line, the mean over
 * SYSBENCH_ROUNDS calls; user/tests/bench_syscall.py boots it under
 * -icount and turns the lines into bench figures.
 */
#include <nexus/rt.h>

#define SYSBENCH_ROUNDS 1000

static inline uint64_t
instret(void)
{
	uint64_t v;

	__asm__ volatile("rdinstret %0" : "=r"(v));
	return v;
}

/* Mean instructions per call of nr with a0 and a1. */
static uint64_t
measure(uint64_t nr, uint64_t a0, uint64_t a1, uint64_t a2)
{
	uint64_t i0, i1;

	for (int i = 0; i < 16; i++)
		(void)nx_syscall6(nr, a0, a1, a2, 0, 0, 0);
	i0 = instret();
	for (int i = 0; i < SYSBENCH_ROUNDS; i++)
		(void)nx_syscall6(nr, a0, a1, a2, 0, 0, 0);
	i1 = instret();
	return (i1 - i0) / SYSBENCH_ROUNDS;
}

int
main(void)
{
	static const char buf[8] = "x";

	uint64_t spawn = 0, i0, i1;
	int64_t hello = nx_cap_find(NX_CAP_SPAWN, NX_RIGHT_EXEC, "hello");

	nx_printf("sysbench: null %llu instructions\n", (unsigned long long)measure(NX_SYS_FIBER_SELF, 0, 0, 0));
	nx_printf("sysbench: refused %llu instructions\n", (unsigned long long)measure(NX_SYS_CONSOLE_WRITE, 0, 0, 1));
	nx_printf("sysbench: toobig %llu instructions\n",
	    (unsigned long long)measure(NX_SYS_CONSOLE_WRITE, 0, (uint64_t)(uintptr_t)buf, UINT64_MAX));
	nx_printf("sysbench: unknown %llu instructions\n", (unsigned long long)measure(NX_SYS_COUNT, 0, 0, 0));
	nx_printf("sysbench: cap %llu instructions\n",
	    (unsigned long long)measure(NX_SYS_CONSOLE_WRITE, 0, (uint64_t)(uintptr_t)buf, 0));
	for (int i = 0; i < 16 && hello >= 0; i++) {
		i0 = instret();
		int64_t r = nx_spawn((uint32_t)hello, NX_TIER_MATTER, NULL, 0);
		i1 = instret();
		if (r < 0) {
			nx_printf("sysbench: spawn: %lld\n", (long long)r);
			return 1;
		}
		spawn += i1 - i0;
		(void)nx_sleep(2000000);	/* hello runs and exits meanwhile */
	}
	nx_printf("sysbench: spawn %llu instructions\n", (unsigned long long)(spawn / 16));
	return 0;
}
