/*
 * crypto/util.h: helpers shared by every primitive of lib/crypto.
 *
 * - Error codes: functions that can fail return 0 or one of the negative
 *   CRYPTO_ERR_* values below and are marked CRYPTO_WUR.
 * - Explicit byte order: crypto_load32_le() and friends read and write
 *   integers byte by byte, so the code is the same on every host and target
 *   regardless of alignment or endianness.
 * - crypto_wipe() clears secrets in a way the compiler cannot remove.
 * - crypto_verify*() compare in constant time: the time taken depends only
 *   on the length, never on the contents or where they differ.
 *
 * The header needs only the freestanding C headers.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

/* Marks a function whose result must be checked. */
#define CRYPTO_WUR __attribute__((warn_unused_result))

/* Error codes (negative); 0 means success. */
#define CRYPTO_OK		0
#define CRYPTO_ERR_AUTH		(-1)	/* tag or signature did not verify */
#define CRYPTO_ERR_INVAL	(-2)	/* bad argument (length, state) */
#define CRYPTO_ERR_ENTROPY	(-3)	/* the entropy source failed */

/*
 * Clears the n bytes at p.  The writes are followed by a compiler barrier
 * that claims to read the memory, so they are never optimised away even
 * when the buffer is dead afterwards.  p may be NULL if n is 0.
 */
void crypto_wipe(void *p, size_t n);

/*
 * Compares the n bytes at a and b in time that depends only on n.
 * Returns 0 if they are equal and -1 (CRYPTO_ERR_AUTH) if not.
 */
CRYPTO_WUR int crypto_verify(const void *a, const void *b, size_t n);

/* crypto_verify() for the fixed sizes of tags, keys and hashes. */
CRYPTO_WUR int crypto_verify16(const uint8_t a[16], const uint8_t b[16]);
CRYPTO_WUR int crypto_verify32(const uint8_t a[32], const uint8_t b[32]);
CRYPTO_WUR int crypto_verify64(const uint8_t a[64], const uint8_t b[64]);

/* Little-endian loads and stores of any alignment. */
static inline uint32_t
crypto_load32_le(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24;
}

static inline uint64_t
crypto_load64_le(const uint8_t *p)
{
	return (uint64_t)crypto_load32_le(p) |
	    (uint64_t)crypto_load32_le(p + 4) << 32;
}

static inline void
crypto_store32_le(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)(v >> 16);
	p[3] = (uint8_t)(v >> 24);
}

static inline void
crypto_store64_le(uint8_t *p, uint64_t v)
{
	crypto_store32_le(p, (uint32_t)v);
	crypto_store32_le(p + 4, (uint32_t)(v >> 32));
}

/* Big-endian loads and stores of any alignment (SHA-512). */
static inline uint32_t
crypto_load32_be(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	    (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

static inline uint64_t
crypto_load64_be(const uint8_t *p)
{
	return (uint64_t)crypto_load32_be(p) << 32 |
	    (uint64_t)crypto_load32_be(p + 4);
}

static inline void
crypto_store32_be(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)(v >> 24);
	p[1] = (uint8_t)(v >> 16);
	p[2] = (uint8_t)(v >> 8);
	p[3] = (uint8_t)v;
}

static inline void
crypto_store64_be(uint8_t *p, uint64_t v)
{
	crypto_store32_be(p, (uint32_t)(v >> 32));
	crypto_store32_be(p + 4, (uint32_t)v);
}

/* Rotations; n must be in 1..31 (1..63). */
static inline uint32_t
crypto_rotl32(uint32_t x, unsigned n)
{
	return x << n | x >> (32 - n);
}

static inline uint32_t
crypto_rotr32(uint32_t x, unsigned n)
{
	return x >> n | x << (32 - n);
}

static inline uint64_t
crypto_rotl64(uint64_t x, unsigned n)
{
	return x << n | x >> (64 - n);
}

static inline uint64_t
crypto_rotr64(uint64_t x, unsigned n)
{
	return x >> n | x << (64 - n);
}
