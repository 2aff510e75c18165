/*
 * hal/console.h: the system console.
 *
 * Output goes to the UART the device tree names, or to the SBI firmware
 * console before the UART is up or when there is none.  Input arrives by
 * UART receive interrupts into a ring; hal_console_getc() never blocks.
 */
#pragma once

#include <stdarg.h>
#include <stddef.h>

void hal_console_write(const char *s, size_t len);
void hal_console_puts(const char *s);
/* Formatted output, as base_format. */
void hal_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void hal_vprintf(const char *fmt, va_list ap);
/* The next received byte, or -1 if none is waiting. */
int hal_console_getc(void);
/* Bytes dropped because the receive ring was full. */
unsigned long hal_console_overruns(void);
/* "uart" or "sbi": where output goes now. */
const char *hal_console_name(void);

/* Sets a function called (in interrupt context) when input has arrived. */
void hal_console_set_rx_notify(void (*fn)(void));
