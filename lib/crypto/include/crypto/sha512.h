/*
 * crypto/sha512.h: SHA-512 (FIPS 180-4), freestanding and allocation-free.
 *
 * Ed25519 hashes with SHA-512; the hash is exported for other users too.
 * The context is caller-owned and holds no pointers.  Input may be given in
 * any number of pieces; crypto_sha512_final() writes the 64-byte digest and
 * wipes the context, which must be initialised again before reuse.
 *
 * Implemented in lib/crypto/sha512.c; described in docs/crypto-sign.md.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#define CRYPTO_SHA512_LEN	64	/* digest length in bytes */
#define CRYPTO_SHA512_BLOCK_LEN	128

/* The hashing state; the fields are private to sha512.c. */
struct crypto_sha512 {
	uint64_t h[8];		/* chaining value */
	uint64_t count;		/* bytes absorbed so far (input < 2^64 bytes) */
	uint8_t buf[CRYPTO_SHA512_BLOCK_LEN]; /* partial block */
};

/* Starts a hash. */
void crypto_sha512_init(struct crypto_sha512 *s);

/* Absorbs len bytes at in. */
void crypto_sha512_update(struct crypto_sha512 *s, const void *in,
    size_t len);

/* Writes the digest to out and wipes s. */
void crypto_sha512_final(struct crypto_sha512 *s, uint8_t out[64]);

/* One-shot SHA-512 of len bytes at in. */
void crypto_sha512(uint8_t out[64], const void *in, size_t len);
