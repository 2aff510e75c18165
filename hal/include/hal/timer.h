/*
 * hal/timer.h: time and the one-shot timer.
 *
 * Time is the platform's monotonic counter (rdtime on RISC-V), in ticks of
 * hal_time_hz().  The timer is one-shot and tickless: it fires once at the
 * deadline last armed, through Sstc's stimecmp when the hart has it and the
 * SBI TIME extension otherwise.
 */
#pragma once

#include <stdbool.h>
#include <stdint.h>

uint64_t hal_time_now(void);
uint64_t hal_time_hz(void);
uint64_t hal_time_to_us(uint64_t ticks);
uint64_t hal_time_to_ns(uint64_t ticks);
/* Counter value and instructions retired when the kernel was entered. */
uint64_t hal_time_at_entry(void);
uint64_t hal_instret_at_entry(void);

typedef void (*hal_timer_fn)(void *ctx);
/* Sets the function called (in interrupt context) when the timer fires. */
void hal_timer_set_handler(hal_timer_fn fn, void *ctx);
/* Arms the timer for absolute time deadline (ticks); replaces any earlier one. */
void hal_timer_arm(uint64_t deadline);
void hal_timer_disarm(void);
/* "sstc" or "sbi": how the timer is programmed. */
const char *hal_timer_mode(void);
