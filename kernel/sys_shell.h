/*
 * sys_shell.h: the console at boot, and the system calls of the user-mode
 * shell (calls 30..39 of abi/nexus.abi; docs/nsh.md).
 *
 * At boot the kernel starts the shell program (nsh, or the one shell=
 * names) as an ordinary user fiber that holds what its manifest grants,
 * and a kernel fiber, "console", that waits.  The kernel console
 * (kconsole.c) runs in that fiber only as a fallback: at once with
 * shell=kernel or when the shell cannot be started, else when the shell
 * fiber ends (exit, fault, kill), so the console is never left without a
 * reader.
 */
#pragma once

#include <hal/boot.h>

struct fiber;

/*
 * Starts the console: the program shell (NUL-terminated; "" means nsh), or
 * the kernel console at once for "kernel" or when the program cannot be
 * started (saying why).
 */
void shell_start(const struct hal_boot *boot, const char *shell);
/*
 * When a shell program runs, starts the kernel console fiber that stands
 * by for it.  Called after the run= programs, so that their fiber ids
 * follow the shell's as they followed the kernel console's.
 */
void shell_start_fallback(void);
/* f is ending (exit, fault, kill): if it is the shell, the fallback takes over. */
void shell_fiber_died(struct fiber *f);
