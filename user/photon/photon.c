/*
 * photon.c: a periodic real-time fiber, for the scheduler's deadline test.
 *
 * Wakes every 2 ms for 200 periods and measures how late each wake-up is
 * against its absolute release time; prints the worst and mean lateness.
 * Run at Photon while Gravity and Void fibers load the CPU, it shows that
 * the higher band preempts them on time.
 */
#include <nexus/rt.h>

#define PERIOD_NS 2000000ull
#define PERIODS 200

int
main(void)
{
	uint64_t start = nx_time_ns(), worst = 0, sum = 0;

	for (uint64_t i = 1; i <= PERIODS; i++) {
		uint64_t release = start + i * PERIOD_NS, now = nx_time_ns();

		if (release > now)
			(void)nx_sleep(release - now);
		now = nx_time_ns();
		uint64_t late = now > release ? now - release : 0;
		sum += late;
		if (late > worst)
			worst = late;
	}
	nx_printf("photon: %d periods of %llu us, worst lateness %llu us, mean %llu us\n", PERIODS,
	    (unsigned long long)(PERIOD_NS / 1000), (unsigned long long)(worst / 1000),
	    (unsigned long long)(sum / PERIODS / 1000));
	return 0;
}
