/*
 * plic.c: the RISC-V Platform-Level Interrupt Controller.
 *
 * Register map (PLIC spec v1.0.0), for context c and source s:
 *   0x000000 + 4*s             priority of s (0 = never)
 *   0x002000 + 0x80*c + 4*(s/32)  enable bits of context c
 *   0x200000 + 0x1000*c        priority threshold of c
 *   0x200004 + 0x1000*c        claim (read) / complete (write)
 * The context is the boot hart's S-mode one, found in the device tree.
 */
#include <hal/console.h>
#include <hal/irq.h>

#include "../core/hal_internal.h"
#include "riscv.h"
#include "riscv64_internal.h"
#include "hart.h"

static uint64_t base;
static uint32_t ctx, ndev;
static uint32_t uart_irq;
static hal_irq_fn irq_handler;

static inline volatile uint32_t *
reg(uint64_t off)
{
	return (volatile uint32_t *)(base + off);
}

void
plic_init(const struct hal_platform *plat)
{
	if (!plat->plic.present)
		return;
	base = plat->plic.base;
	ctx = plat->plic_context;
	ndev = plat->plic_ndev;
	*reg(0x200000 + 0x1000ull * ctx) = 0;
	for (uint32_t w = 0; w <= ndev / 32; w++)
		*reg(0x2000 + 0x80ull * ctx + 4 * w) = 0;
	if (plat->uart.present && plat->uart.irq != 0) {
		uart_irq = plat->uart.irq;
		plic_enable(uart_irq);
	}
	csr_set(sie, SIE_SEIE);
}

void
plic_enable(uint32_t irq)
{
	if (base == 0 || irq == 0 || irq > ndev)
		return;
	*reg(4ull * irq) = 1;
	*reg(0x2000 + 0x80ull * ctx + 4 * (irq / 32)) |= 1u << (irq % 32);
}

static void
plic_disable(uint32_t irq)
{
	if (base == 0 || irq == 0 || irq > ndev)
		return;
	*reg(0x2000 + 0x80ull * ctx + 4 * (irq / 32)) &= ~(1u << (irq % 32));
}

void
hal_irq_set_handler(hal_irq_fn fn)
{
	irq_handler = fn;
}

int
hal_irq_enable(uint32_t irq)
{
	if (base == 0 || irq == 0 || irq > ndev || irq == uart_irq)
		return -1;
	plic_enable(irq);
	return 0;
}

void
hal_irq_disable(uint32_t irq)
{
	if (irq != uart_irq)
		plic_disable(irq);
}

void
hal_external_interrupt(void)
{
	uint32_t irq;

	if (base == 0)
		return;
	while ((irq = *reg(0x200004 + 0x1000ull * ctx)) != 0) {
		if (irq == uart_irq) {
			hal_console_rx_interrupt();
		} else {
			plic_disable(irq);	/* until its driver has served the device */
			if (irq_handler != NULL)
				irq_handler(irq);
			else
				hal_printf("plic: unexpected interrupt %u\n", irq);
		}
		*reg(0x200004 + 0x1000ull * ctx) = irq;
	}
}
