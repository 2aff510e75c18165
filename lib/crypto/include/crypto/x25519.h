/*
 * crypto/x25519.h: the X25519 Diffie-Hellman function (RFC 7748).
 *
 * Keys are 32-byte strings.  A secret key is any 32 random bytes (it is
 * clamped inside, as RFC 7748 section 5 prescribes); the public key is
 * X25519(secret, 9).  Public keys are accepted as the RFC says: the top bit
 * is ignored, non-canonical coordinates are reduced, and points on the twist
 * or of small order are computed with like any other.  The shared secret is
 * all zero exactly when the peer's key has small order; crypto_x25519()
 * reports that case (RFC 7748 section 6.1) but still writes the result.
 *
 * Both functions run in time independent of the secret.  Implemented in
 * lib/crypto/x25519.c; described in docs/crypto-sign.md.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <crypto/util.h>

#define CRYPTO_X25519_KEY_LEN	32

/* Derives the public key of a 32-byte secret key. */
void crypto_x25519_public_key(uint8_t public_key[32],
    const uint8_t secret_key[32]);

/*
 * Computes shared = X25519(secret_key, their_public).  Returns 0, or
 * CRYPTO_ERR_AUTH if the shared secret is all zero (a small-order public
 * key), in which case the caller must not use it.
 */
CRYPTO_WUR int crypto_x25519(uint8_t shared[32], const uint8_t secret_key[32],
    const uint8_t their_public[32]);
