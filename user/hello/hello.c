/*
 * hello.c: the first user program: greets with its fiber id and exits 0.
 */
#include <nexus/rt.h>

int
main(void)
{
	int64_t id = nx_fiber_self();

	nx_printf("hello from fiber %lld in user mode\n", (long long)id);
	return 0;
}
