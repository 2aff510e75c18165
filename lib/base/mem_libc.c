/*
 * mem_libc.c: the standard names of the mem* functions, target builds only.
 *
 * The compiler may emit calls to memcpy, memmove, memset and memcmp on its
 * own (structure copies, zeroing), so a freestanding image must define them.
 * Each is a tail call into lib/base's implementation.
 */
#include <base/mem.h>

void *
memcpy(void *dst, const void *src, size_t n)
{
	return base_memcpy(dst, src, n);
}

void *
memmove(void *dst, const void *src, size_t n)
{
	return base_memmove(dst, src, n);
}

void *
memset(void *dst, int c, size_t n)
{
	return base_memset(dst, c, n);
}

int
memcmp(const void *a, const void *b, size_t n)
{
	return base_memcmp(a, b, n);
}
