/*
 * crypto/poly1305.h: the Poly1305 one-time authenticator (RFC 8439 2.5).
 *
 * A key must authenticate one message only: the AEAD of crypto/aead.h
 * derives a fresh one for every nonce.  The streaming interface accepts
 * any split of the message; the context is caller-owned, holds key
 * material, and is wiped by crypto_poly1305_final().
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#define CRYPTO_POLY1305_KEYBYTES	32
#define CRYPTO_POLY1305_TAGBYTES	16

struct crypto_poly1305 {
	uint64_t r[3];		/* clamped r in 44/44/42-bit limbs */
	uint64_t rr[3];		/* r^2 mod p, same limbs */
	uint64_t h[3];		/* accumulator, same limbs */
	uint64_t s[2];		/* the second key half, added at the end */
	uint8_t buf[16];	/* a partial block */
	size_t used;		/* bytes in buf */
};

/* Starts a MAC with the 32-byte one-time key (r || s). */
void crypto_poly1305_init(struct crypto_poly1305 *ctx, const uint8_t key[32]);

/* Adds len bytes at in (in may be NULL if len is 0). */
void crypto_poly1305_update(struct crypto_poly1305 *ctx, const void *in,
    size_t len);

/* Writes the 16-byte tag and wipes the context. */
void crypto_poly1305_final(struct crypto_poly1305 *ctx, uint8_t tag[16]);

/* One call: the tag of the len bytes at in under key. */
void crypto_poly1305(uint8_t tag[16], const void *in, size_t len,
    const uint8_t key[32]);
