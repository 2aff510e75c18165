/*
 * hal/fault.h: what happens when the kernel itself faults.
 *
 * A fault in S-mode prints a report on the console: the cause by name, the
 * faulting pc and address, every register, and a backtrace through frame
 * pointers, symbolised from a table the build puts into the image.  Then
 * the machine halts, resets or powers off, as the boot profile set it.
 */
#pragma once

#include <stdint.h>

enum hal_fault_action {
	HAL_FAULT_HALT,		/* stop, keep the report on screen */
	HAL_FAULT_RESET,	/* cold reboot */
	HAL_FAULT_POWEROFF,	/* power off with a failure status */
};

void hal_fault_set_action(enum hal_fault_action a);
const char *hal_fault_action_name(enum hal_fault_action a);

/*
 * Looks addr up in the kernel symbol table; returns the name of the
 * function containing it and sets *off, or returns NULL.
 */
const char *hal_symbolize(uint64_t addr, uint64_t *off);

/* Prints "msg", a backtrace from here, and acts as set; never returns. */
void hal_panic(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
