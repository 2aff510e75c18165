/*
 * mem.c: memcpy, memmove, memset and memcmp for freestanding builds.
 *
 * Word-at-a-time copies when both pointers share alignment, bytes otherwise.
 * The target build uses -fno-builtin so the compiler cannot turn these loops
 * back into calls to themselves.
 */
#include <base/mem.h>
#include <stdint.h>

#define WORD sizeof(uintptr_t)

void *
base_memcpy(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if ((((uintptr_t)d ^ (uintptr_t)s) & (WORD - 1)) == 0) {
		while (n > 0 && ((uintptr_t)d & (WORD - 1)) != 0) {
			*d++ = *s++;
			n--;
		}
		for (; n >= WORD; n -= WORD, d += WORD, s += WORD)
			*(uintptr_t *)(void *)d = *(const uintptr_t *)(const void *)s;
	}
	while (n-- > 0)
		*d++ = *s++;
	return dst;
}

void *
base_memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (d == s || n == 0)
		return dst;
	if (d < s || d >= s + n)
		return base_memcpy(dst, src, n);
	/* Overlap with dst above src: copy backwards. */
	while (n-- > 0)
		d[n] = s[n];
	return dst;
}

void *
base_memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;
	uintptr_t w = (unsigned char)c;

	w |= w << 8;
	w |= w << 16;
	w |= (w << 16) << 16;
	while (n > 0 && ((uintptr_t)d & (WORD - 1)) != 0) {
		*d++ = (unsigned char)c;
		n--;
	}
	for (; n >= WORD; n -= WORD, d += WORD)
		*(uintptr_t *)(void *)d = w;
	while (n-- > 0)
		*d++ = (unsigned char)c;
	return dst;
}

int
base_memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a, *y = b;

	for (size_t i = 0; i < n; i++)
		if (x[i] != y[i])
			return x[i] < y[i] ? -1 : 1;
	return 0;
}
