/*
 * riscv64_internal.h: shared between the files of hal/riscv64.
 */
#pragma once

#include <hal/platform.h>
#include <stdbool.h>
#include <stdint.h>

/* Base of the SiFive test device, or 0. */
uint64_t riscv64_test_device(void);
void riscv64_timer_init(const struct hal_platform *plat);
/* PLIC: init for the boot hart's S context, enable one source. */
void plic_init(const struct hal_platform *plat);
void plic_enable(uint32_t irq);
/*
 * Runs probe() with illegal-instruction traps caught; returns whether the
 * probe completed without one.
 */
bool riscv64_probe_csr(void (*probe)(void));
bool riscv64_probing(void);
void riscv64_probe_failed(void);
/* The privileged spec's name of exception code, or "unknown exception". */
const char *riscv64_cause_name(uint64_t code);
