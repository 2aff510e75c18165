/*
 * util.c: wiping and constant-time comparison, shared by all of lib/crypto.
 *
 * crypto_wipe() relies on an empty asm statement with a "memory" clobber
 * that takes the buffer's address: the compiler must assume the asm reads
 * the buffer, so the stores before it stay.  crypto_verify() ORs the XOR of
 * every byte pair together and turns the result into 0 or -1 with
 * arithmetic, so neither the loop nor the result depends on where (or
 * whether) the inputs differ.
 */
#include <base/mem.h>
#include <crypto/util.h>

void
crypto_wipe(void *p, size_t n)
{
	if (n == 0)
		return;
	memset(p, 0, n);
	__asm__ __volatile__("" : : "r"(p) : "memory");
}

int
crypto_verify(const void *a, const void *b, size_t n)
{
	const uint8_t *x = a, *y = b;
	uint32_t diff = 0;
	size_t i;

	for (i = 0; i < n; i++)
		diff |= (uint32_t)(x[i] ^ y[i]);
	/* Hide the value from the optimiser so it cannot add an early exit. */
	__asm__ __volatile__("" : "+r"(diff));
	/* diff is in 0..255: (diff - 1) >> 8 has bit 0 set iff diff == 0. */
	return (int)(1 & ((diff - 1) >> 8)) - 1;
}

int
crypto_verify16(const uint8_t a[16], const uint8_t b[16])
{
	return crypto_verify(a, b, 16);
}

int
crypto_verify32(const uint8_t a[32], const uint8_t b[32])
{
	return crypto_verify(a, b, 32);
}

int
crypto_verify64(const uint8_t a[64], const uint8_t b[64])
{
	return crypto_verify(a, b, 64);
}
