/*
 * uart16550.c: the NS16550A UART, as QEMU's virt machine and many SoCs have.
 *
 * Registers are bytes at consecutive offsets (reg-shift 0):
 *   0 RBR/THR (DLL when DLAB)   1 IER (DLM when DLAB)   2 IIR/FCR
 *   3 LCR                       4 MCR                   5 LSR
 * The firmware has already set the baud rate; we set 8N1, enable and clear
 * the FIFOs and enable the receive-data interrupt.  Transmit is polled.
 */
#include "hal_internal.h"

enum {
	RBR = 0, THR = 0, IER = 1, FCR = 2, LCR = 3, MCR = 4, LSR = 5,
};

#define IER_RDA 0x01
#define LSR_DR 0x01
#define LSR_THRE 0x20

static inline void
w8(uint64_t base, int reg, uint8_t v)
{
	*(volatile uint8_t *)(base + (uint64_t)reg) = v;
}

static inline uint8_t
r8(uint64_t base, int reg)
{
	return *(volatile uint8_t *)(base + (uint64_t)reg);
}

void
uart16550_init(uint64_t base)
{
	w8(base, IER, 0);
	w8(base, LCR, 0x03);		/* 8 data bits, no parity, 1 stop bit */
	w8(base, FCR, 0x07);		/* enable and clear FIFOs */
	w8(base, MCR, 0x08);		/* OUT2: route the interrupt out */
	w8(base, IER, IER_RDA);
}

void
uart16550_putc(uint64_t base, int c)
{
	while ((r8(base, LSR) & LSR_THRE) == 0)
		;
	w8(base, THR, (uint8_t)c);
}

int
uart16550_getc(uint64_t base)
{
	if ((r8(base, LSR) & LSR_DR) == 0)
		return -1;
	return r8(base, RBR);
}
