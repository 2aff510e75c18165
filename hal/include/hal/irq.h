/*
 * hal/irq.h: device interrupt lines the kernel lends to user drivers.
 *
 * The console's line is the HAL's own.  Any other line, once enabled,
 * comes to the handler the kernel registers: the HAL masks the line
 * first (a level-triggered device keeps asserting until its driver has
 * served it), calls the handler with the line's number, and completes the
 * claim.  The kernel unmasks the line with hal_irq_enable when the driver
 * has served the device.  Handlers run with interrupts off, in the trap
 * of whatever was running (a user fiber or the idle loop).
 */
#pragma once

#include <stdint.h>

typedef void (*hal_irq_fn)(uint32_t irq);

/* The kernel's handler of device lines (NULL: none; lines stay masked). */
void hal_irq_set_handler(hal_irq_fn fn);
/* Unmasks line irq; 0, or -1 when there is no such line or it is the console's. */
int hal_irq_enable(uint32_t irq);
/* Masks line irq. */
void hal_irq_disable(uint32_t irq);
