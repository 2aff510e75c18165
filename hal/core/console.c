/*
 * console.c: console output and the receive ring.
 *
 * Output: the UART when one is up, else the firmware console.  "\n" becomes
 * "\r\n" so a terminal shows lines as lines.
 * Input: the UART interrupt handler drains the receive FIFO into a 256-byte
 * ring; the console reads it with hal_console_getc().  Without a UART the
 * firmware console is polled instead.  When the ring is full, further bytes
 * are dropped and counted, never overwrite unread input.
 */
#include <base/fmt.h>
#include <base/mem.h>
#include <hal/console.h>
#include <hal/cpu.h>

#include "hal_internal.h"

#define RING 256

static uint64_t uart_base;
static uint8_t ring[RING];
static volatile uint32_t ring_head, ring_tail;	/* head: next write; tail: next read */
static unsigned long overruns;
static void (*rx_notify)(void);

void
hal_console_set_rx_notify(void (*fn)(void))
{
	rx_notify = fn;
}

void
hal_console_use_uart(const struct hal_mmio *uart)
{
	uart16550_init(uart->base);
	uart_base = uart->base;
}

const char *
hal_console_name(void)
{
	return uart_base != 0 ? "uart" : "sbi";
}

static void
putc_raw(int c)
{
	if (uart_base != 0)
		uart16550_putc(uart_base, c);
	else
		hal_arch_early_putc(c);
}

void
hal_console_write(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\n')
			putc_raw('\r');
		putc_raw((unsigned char)s[i]);
	}
}

void
hal_console_puts(const char *s)
{
	hal_console_write(s, base_strlen(s));
}

static void
sink(void *ctx, const char *s, size_t len)
{
	(void)ctx;
	hal_console_write(s, len);
}

void
hal_vprintf(const char *fmt, va_list ap)
{
	base_vformat(sink, NULL, fmt, ap);
}

void
hal_printf(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	hal_vprintf(fmt, ap);
	va_end(ap);
}

void
hal_console_rx_interrupt(void)
{
	int c;

	while ((c = uart16550_getc(uart_base)) >= 0) {
		if (ring_head - ring_tail >= RING) {
			overruns++;
			continue;
		}
		ring[ring_head % RING] = (uint8_t)c;
		ring_head++;
	}
	if (rx_notify != NULL && ring_head != ring_tail)
		rx_notify();
}

int
hal_console_getc(void)
{
	bool irq;
	int c = -1;

	if (uart_base == 0)
		return hal_arch_early_getc();
	irq = hal_irq_save();
	if (ring_tail != ring_head) {
		c = ring[ring_tail % RING];
		ring_tail++;
	}
	hal_irq_restore(irq);
	return c;
}

unsigned long
hal_console_overruns(void)
{
	return overruns;
}
