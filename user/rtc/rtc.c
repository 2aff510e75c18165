/*
 * rtc.c: a user-mode driver: the goldfish real-time clock of QEMU virt.
 *
 * Its manifest grants it a device capability (slot 1) with the read,
 * write and map rights, and the RTC's interrupt line (slot 2); dev_map
 * maps the RTC's registers at NX_DEVICE_BASE + 1 * NX_DEVICE_SIZE.  Reading TIME_LOW latches the
 * 64-bit count of nanoseconds since 1970 and TIME_HIGH gives the upper
 * half.  It prints the time as a UTC date, then checks that its mapping
 * is what the kernel says: a second dev_map is NX_ERR_BUSY, and the kernel
 * refuses to read the registers on its behalf (a console_write from them
 * is NX_ERR_FAULT).  Last, it sets the alarm 20 ms ahead and waits for its
 * interrupt with irq_wait, then clears it at the device.
 */
#include <nexus/rt.h>

#define RTC_SLOT 1
#define IRQ_SLOT 2
#define TIME_LOW 0x00
#define TIME_HIGH 0x04
#define ALARM_LOW 0x08
#define ALARM_HIGH 0x0c
#define IRQ_ENABLED 0x10
#define CLEAR_INTERRUPT 0x1c

/* Days since 1970-01-01 to a civil date (proleptic Gregorian). */
static void
civil(int64_t days, int64_t *y, unsigned *m, unsigned *d)
{
	int64_t z = days + 719468, era = (z >= 0 ? z : z - 146096) / 146097;
	uint64_t doe = (uint64_t)(z - era * 146097);
	uint64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	uint64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	uint64_t mp = (5 * doy + 2) / 153;

	*d = (unsigned)(doy - (153 * mp + 2) / 5 + 1);
	*m = (unsigned)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int64_t)yoe + era * 400 + (*m <= 2);
}

int
main(void)
{
	int64_t base = nx_dev_map(RTC_SLOT), y;
	volatile uint32_t *regs;
	uint64_t ns, secs;
	unsigned mo, d;

	if (base < 0) {
		nx_printf("rtc: dev_map: %lld\n", (long long)base);
		return 1;
	}
	regs = (volatile uint32_t *)(uintptr_t)base;
	ns = regs[TIME_LOW / 4];
	ns |= (uint64_t)regs[TIME_HIGH / 4] << 32;
	secs = ns / 1000000000ull;
	civil((int64_t)(secs / 86400), &y, &mo, &d);
	nx_printf("rtc: registers at 0x%llx; %04lld-%02u-%02u %02u:%02u:%02u UTC\n", (unsigned long long)base,
	    (long long)y, mo, d, (unsigned)(secs % 86400 / 3600), (unsigned)(secs % 3600 / 60), (unsigned)(secs % 60));
	nx_printf("rtc: second dev_map: %lld (NX_ERR_BUSY is %d)\n", (long long)nx_dev_map(RTC_SLOT), NX_ERR_BUSY);
	nx_printf("rtc: console_write from the registers: %lld (NX_ERR_FAULT is %d)\n",
	    (long long)nx_console_write(0, (const void *)(uintptr_t)base, 8), NX_ERR_FAULT);

	/* An alarm 20 ms ahead, and its interrupt. */
	int64_t r = nx_irq_wait(IRQ_SLOT, NX_TIMEOUT_POLL), t0, t1;
	nx_printf("rtc: irq_wait with nothing pending, no wait: %lld (NX_ERR_AGAIN is %d)\n", (long long)r, NX_ERR_AGAIN);
	ns = regs[TIME_LOW / 4];
	ns |= (uint64_t)regs[TIME_HIGH / 4] << 32;
	ns += 20000000;
	regs[IRQ_ENABLED / 4] = 1;
	regs[ALARM_HIGH / 4] = (uint32_t)(ns >> 32);
	t0 = nx_time_ns();
	regs[ALARM_LOW / 4] = (uint32_t)ns;	/* arms the alarm */
	r = nx_irq_wait(IRQ_SLOT, 1000000000ull);
	t1 = nx_time_ns();
	regs[CLEAR_INTERRUPT / 4] = 1;
	nx_printf("rtc: alarm interrupt: %lld after %lld ms\n", (long long)r, (long long)((t1 - t0) / 1000000));
	return 0;
}
