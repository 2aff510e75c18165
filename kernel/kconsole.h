/*
 * kconsole.h: the kernel's built-in serial console.
 *
 * A fallback and a bring-up tool: it runs in the kernel, in S-mode, and will
 * hand over to the user-mode shell when there is one.  It stays small on
 * purpose: help, version, mem, uptime, poweroff, reboot.
 */
#pragma once

#include <hal/boot.h>

/* The console's kernel fiber; arg is the struct hal_boot. */
void kconsole_fiber(void *arg) __attribute__((noreturn));
