/*
 * reset.c: power off and reboot through the SBI System Reset extension.
 *
 * A non-zero power-off status is passed as the "system failure" reason;
 * when the platform has a SiFive test device (QEMU virt) the status is also
 * written there first, so that QEMU exits with it and tests can read it.
 */
#include <hal/cpu.h>
#include <hal/reset.h>

#include "riscv64_internal.h"
#include "sbi.h"

#define TEST_PASS 0x5555
#define TEST_FAIL 0x3333

void
hal_poweroff(int status)
{
	uint64_t test = riscv64_test_device();

	(void)hal_irq_save();
	if (status != 0 && test != 0)
		*(volatile uint32_t *)test = ((uint32_t)status << 16) | TEST_FAIL;
	(void)sbi_call(SBI_EXT_SRST, 0, SBI_SRST_SHUTDOWN,
	    status == 0 ? SBI_SRST_REASON_NONE : SBI_SRST_REASON_FAILURE, 0);
	if (test != 0)
		*(volatile uint32_t *)test = TEST_PASS;
	hal_cpu_halt();
}

void
hal_reboot(void)
{
	(void)hal_irq_save();
	(void)sbi_call(SBI_EXT_SRST, 0, SBI_SRST_COLD_REBOOT, SBI_SRST_REASON_NONE, 0);
	hal_cpu_halt();
}
