/*
 * kconsole.h: the kernel's built-in serial console.
 *
 * A fallback and a bring-up tool: it runs in the kernel, in S-mode, when the
 * user-mode shell (user/nsh) cannot (shell=kernel, no shell program, or the
 * shell ended; kernel/sys_shell.c).  It stays small on purpose.
 */
#pragma once

#include <hal/boot.h>

/* The console's kernel fiber; arg is the struct hal_boot. */
void kconsole_fiber(void *arg) __attribute__((noreturn));
