/*
 * crypto/blake3.h: the BLAKE3 hash function (hash, keyed hash, key
 * derivation and extendable output), freestanding and allocation-free.
 *
 * The state is a caller-owned struct with no pointers inside, so it can be
 * copied, kept on the stack or embedded in another object.  Feed input with
 * any number of crypto_blake3_update() calls split anywhere; the result does
 * not depend on the split points.  crypto_blake3_final() does not change the
 * state, so a caller may read an intermediate digest and keep hashing, or read
 * the extendable output at any offset with crypto_blake3_final_seek().
 *
 * Usage:
 *	struct crypto_blake3 s;
 *	crypto_blake3_init(&s);
 *	crypto_blake3_update(&s, buf, len);
 *	crypto_blake3_final(&s, digest, 32);
 *
 * Implemented in lib/crypto/blake3.c; described in docs/crypto-sign.md.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#define CRYPTO_BLAKE3_OUT_LEN	32	/* default digest length in bytes */
#define CRYPTO_BLAKE3_KEY_LEN	32
#define CRYPTO_BLAKE3_BLOCK_LEN	64
#define CRYPTO_BLAKE3_CHUNK_LEN	1024
/* Enough chaining values for 2^64 bytes of input (2^54 chunks). */
#define CRYPTO_BLAKE3_MAX_DEPTH	54

/*
 * The complete hashing state.  The fields are private to blake3.c; they are
 * shown so that callers can allocate the struct themselves.
 */
struct crypto_blake3 {
	uint32_t key[8];	/* key words (IV unless keyed or deriving) */
	uint32_t cv[8];		/* chaining value of the current chunk */
	uint32_t cv_stack[CRYPTO_BLAKE3_MAX_DEPTH][8]; /* subtree CVs */
	uint64_t chunk_counter;	/* index of the current chunk */
	uint8_t block[CRYPTO_BLAKE3_BLOCK_LEN]; /* buffered input block */
	uint8_t block_len;	/* bytes in block[] */
	uint8_t blocks_compressed; /* blocks of this chunk already compressed */
	uint8_t cv_stack_len;	/* entries used in cv_stack */
	uint8_t flags;		/* mode flags (KEYED_HASH, DERIVE_KEY_MATERIAL) */
};

/* Starts a plain hash. */
void crypto_blake3_init(struct crypto_blake3 *s);

/* Starts a keyed hash (a MAC or PRF) with the 32-byte key. */
void crypto_blake3_init_keyed(struct crypto_blake3 *s, const uint8_t key[32]);

/*
 * Starts a key derivation: context (context_len bytes, not necessarily
 * NUL-terminated) should be a hard-coded, globally unique, application
 * specific string; the key material is then given with update().
 */
void crypto_blake3_init_derive_key(struct crypto_blake3 *s,
    const char *context, size_t context_len);

/* Absorbs len bytes at in.  Any split of the input gives the same result. */
void crypto_blake3_update(struct crypto_blake3 *s, const void *in,
    size_t len);

/*
 * Writes out_len bytes of output (any length; 32 is the standard digest).
 * Does not modify s: hashing may continue afterwards.
 */
void crypto_blake3_final(const struct crypto_blake3 *s, uint8_t *out,
    size_t out_len);

/* Writes out_len bytes of the extendable output starting at byte seek. */
void crypto_blake3_final_seek(const struct crypto_blake3 *s, uint64_t seek,
    uint8_t *out, size_t out_len);

/* One-shot plain hash of len bytes at in into out_len bytes at out. */
void crypto_blake3(uint8_t *out, size_t out_len, const void *in, size_t len);
