/*
 * cpu.c: interrupt masking, idling and halting on RISC-V.
 */
#include <hal/cpu.h>

#include "riscv.h"

bool
hal_irq_save(void)
{
	uint64_t s;

	__asm__ volatile("csrrc %0, sstatus, %1" : "=r"(s) : "r"(SSTATUS_SIE) : "memory");
	return (s & SSTATUS_SIE) != 0;
}

void
hal_irq_restore(bool enabled)
{
	if (enabled)
		csr_set(sstatus, SSTATUS_SIE);
}

void
hal_cpu_idle(void)
{
	/*
	 * WFI wakes when an interrupt enabled in sie is pending, even with
	 * sstatus.SIE clear; opening SIE afterwards lets it be taken.
	 */
	__asm__ volatile("wfi" ::: "memory");
	csr_set(sstatus, SSTATUS_SIE);
	csr_clear(sstatus, SSTATUS_SIE);
}

void
hal_cpu_halt(void)
{
	csr_clear(sstatus, SSTATUS_SIE);
	csr_write(sie, 0);
	for (;;)
		__asm__ volatile("wfi");
}

uint64_t
hal_cpu_instret(void)
{
	return rdinstret();
}
