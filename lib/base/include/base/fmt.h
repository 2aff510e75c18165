/*
 * base/fmt.h: formatted printing for freestanding code.
 *
 * Supports the conversions the kernel and tools use: %d %i %u %x %X %o %p
 * %s %c %%, the length modifiers hh h l ll z j t, a width (digits or *),
 * a precision for strings and numbers (digits or *), and the flags '-', '0',
 * ' ', '+' and '#'.  Floating point is not supported and prints "%?".
 * Output goes to a sink callback, so the same code serves the console, a
 * buffer and the host.
 */
#pragma once

#include <stdarg.h>
#include <stddef.h>

/* Receives formatted output, len bytes at a time. */
typedef void (*base_sink_fn)(void *ctx, const char *s, size_t len);

/* Formats to sink; returns the number of bytes produced. */
size_t base_vformat(base_sink_fn sink, void *ctx, const char *fmt, va_list ap);
size_t base_format(base_sink_fn sink, void *ctx, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/*
 * Formats into buf of size n, always NUL-terminated when n > 0.  Returns the
 * length the full output would have had, as C's snprintf does.
 */
size_t base_vsnprintf(char *buf, size_t n, const char *fmt, va_list ap);
size_t base_snprintf(char *buf, size_t n, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
