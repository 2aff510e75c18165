/*
 * hal/cpu.h: the processor: interrupts, waiting, counters.
 */
#pragma once

#include <stdbool.h>
#include <stdint.h>

/* Disables interrupts on this hart; returns whether they were enabled. */
bool hal_irq_save(void);
void hal_irq_restore(bool enabled);
/*
 * Waits until an interrupt is pending (WFI), then lets it be taken.  Call
 * with interrupts disabled after checking that there is nothing to do; no
 * wake-up can be lost between the check and the wait.
 */
void hal_cpu_idle(void);
/* Stops this hart for good, interrupts off. */
void hal_cpu_halt(void) __attribute__((noreturn));
/* Instructions retired by this hart (rdinstret). */
uint64_t hal_cpu_instret(void);
