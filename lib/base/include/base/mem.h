/*
 * base/mem.h: memory and string basics for freestanding code.
 *
 * The four mem* functions are the only outside calls a Nexus library may make
 * (see ARCHITECTURE.md).  lib/base implements them as base_mem*; on the
 * target they are also exported under their standard names (mem_libc.c),
 * while host builds keep the C library's so that sanitizers see ordinary code.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>

void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);

void *base_memcpy(void *dst, const void *src, size_t n);
void *base_memmove(void *dst, const void *src, size_t n);
void *base_memset(void *dst, int c, size_t n);
int base_memcmp(const void *a, const void *b, size_t n);

/* Length of the NUL-terminated string s. */
size_t base_strlen(const char *s);
/* Length of s, but at most max (s need not be terminated within max). */
size_t base_strnlen(const char *s, size_t max);
int base_strcmp(const char *a, const char *b);
int base_strncmp(const char *a, const char *b, size_t n);
/* Whether the n bytes at a equal the NUL-terminated string b exactly. */
bool base_str_eqn(const char *a, size_t n, const char *b);
/*
 * Parses an unsigned decimal or 0x-prefixed hexadecimal number of exactly
 * n characters at s into *out.  Returns 0, or -1 if a character is not a
 * digit, n is 0, or the value does not fit in 64 bits.
 */
int base_parse_u64(const char *s, size_t n, unsigned long long *out);
