/*
 * atk_devwrite.c: a hostile fiber that writes to a device it was granted
 * only to read: dev_map maps the RTC without write permission, so the
 * store faults, the kernel ends the fiber and logs the fault, and the
 * system goes on (tests/qemu/test_attack.py).
 */
#include <nexus/rt.h>

int
main(void)
{
	int64_t base = nx_dev_map(1);

	nx_printf("atk_devwrite: writing to the read-only RTC at 0x%llx\n", (unsigned long long)base);
	if (base < 0)
		return 1;
	*(volatile uint32_t *)(uintptr_t)base = 0;
	return 0;
}
