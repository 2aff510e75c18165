/*
 * nexus/rt.h: the user runtime for programs in user/.
 *
 * A program is plain freestanding C: it defines `int main(void)`, and the
 * runtime's _start (crt0.c) calls it and passes its result to nx_exit().
 * The kernel enters _start in U-mode with sp at the top of the fiber's stack
 * (16-byte aligned); the other registers carry nothing, and .bss is already
 * zero (the loader zero-fills memsz beyond filesz).  System calls are the
 * nx_<name>() stubs of <nexus/sys.h>, generated from abi/nexus.abi.
 * docs/user.md describes how to add a program.
 */
#pragma once

#include <nexus/sys.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

/* The exit code of a program whose NX_ASSERT failed. */
#define NX_RT_ASSERT_EXIT 134

/* The program's entry, called once by _start. */
int main(void);

/* Called by _start: runs main and exits with its result. */
__attribute__((noreturn)) void nx_rt_start(void);

/*
 * Formats as base_format() does (lib/base/include/base/fmt.h: %d %u %x %p
 * %s %c with widths and flags, no floating point) and writes the text to
 * the console in pieces of at most 128 bytes.  Returns the number of bytes
 * formatted, or an NX_ERR_* code if a console write failed.
 */
int nx_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int nx_vprintf(const char *fmt, va_list ap);

/* Writes the NUL-terminated s; returns bytes written or an NX_ERR_* code. */
int nx_puts(const char *s);

/*
 * Checks e (which must have no side effects needed elsewhere); when false
 * prints the expression, file and line, then exits with NX_RT_ASSERT_EXIT.
 */
#define NX_ASSERT(e) ((e) ? (void)0 : nx_rt_assert_fail(#e, __FILE__, __LINE__))
__attribute__((noreturn)) void nx_rt_assert_fail(const char *expr, const char *file, int line);

/*
 * Capabilities (docs/capabilities.md).  A program finds its capabilities
 * by looking at its own space with cap_info; these do it for the common
 * cases.  nx_cap_find returns the lowest slot holding a capability of type
 * with every right in rights and, when name is not NULL, naming that
 * program; or NX_ERR_NOENT.
 */
int64_t nx_cap_find(unsigned type, unsigned rights, const char *name);
/* The console slot the printing functions use (found once), or NX_ERR_*. */
int64_t nx_console_slot(void);
/* The first ledger slot with NX_RIGHT_READ (found once), or NX_ERR_*. */
int64_t nx_ledger_slot(void);
/*
 * Spawns the program name through the caller's spawn capability for it,
 * handing the child the n grants g (NULL, 0: none).  Returns the fiber id
 * or an NX_ERR_* code (NX_ERR_NOENT: no spawn capability for name).
 */
int64_t nx_spawn_named(const char *name, uint64_t tier, const struct nx_grant *g, unsigned n);
