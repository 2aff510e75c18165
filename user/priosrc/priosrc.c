/*
 * priosrc.c: the Void writer of the prio test (see prio.c): sends one
 * message on the ring prio grants it (slot 1), then spins for 300 ms.
 */
#include <nexus/rt.h>

int
main(void)
{
	static const char msg[8] = "wake up";
	uint64_t end = nx_time_ns() + 300000000ull;

	(void)nx_chan_send(1, msg, sizeof(msg));
	while ((uint64_t)nx_time_ns() < end)
		;
	return 0;
}
