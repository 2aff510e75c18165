/*
 * hal_internal.h: what hal/core needs from the architecture code and the
 * other way round.  Not part of the HAL contract in hal/include/hal.
 */
#pragma once

#include <hal/platform.h>
#include <stdbool.h>
#include <stdint.h>

/* Architecture: the firmware console, for output before and without a UART. */
void hal_arch_early_putc(int c);
int hal_arch_early_getc(void);

/* Console (hal/core/console.c). */
void hal_console_use_uart(const struct hal_mmio *uart);
/* Called from the UART's interrupt: moves received bytes into the ring. */
void hal_console_rx_interrupt(void);

/* 16550 UART (hal/core/uart16550.c). */
void uart16550_init(uint64_t base);
void uart16550_putc(uint64_t base, int c);
/* The next received byte, or -1. */
int uart16550_getc(uint64_t base);

/* Entropy device (hal/core/virtio_rng.c): the platform to look in. */
void hal_entropy_set_platform(const struct hal_platform *plat);
