/*
 * crypto/ed25519.h: Ed25519 signatures (RFC 8032, the pure variant).
 *
 * A key pair is derived from a 32-byte random seed.  The secret key is the
 * 64 bytes seed || public key (the layout libsodium uses); keep it secret
 * and wipe it with crypto_wipe() when done.  Signatures are 64 bytes,
 * R || S.  Signing is deterministic and runs in time independent of the
 * secret key and message contents (only the message length shows).
 *
 * crypto_ed25519_verify() is strict: beyond the RFC's equation it rejects
 * a non-canonical S (S >= L), a public key that is not the canonical
 * encoding of a curve point or that has small order, and a signature whose
 * R has small order; R must be exactly the canonical encoding of
 * S B - k A (the cofactorless equation).  docs/crypto-sign.md lists the
 * rules and how they meet the Wycheproof test cases.
 *
 * Implemented in lib/crypto/ed25519.c.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <crypto/util.h>

#define CRYPTO_ED25519_SEED_LEN		32
#define CRYPTO_ED25519_PUBLIC_KEY_LEN	32
#define CRYPTO_ED25519_SECRET_KEY_LEN	64
#define CRYPTO_ED25519_SIG_LEN		64

/*
 * Derives the key pair of a seed.  secret_key may not overlap public_key;
 * seed may be secret_key itself (its first 32 bytes).
 */
void crypto_ed25519_keypair(uint8_t public_key[32], uint8_t secret_key[64],
    const uint8_t seed[32]);

/*
 * Signs len bytes at msg with secret_key (from crypto_ed25519_keypair).
 * sig must not overlap msg.  The public half of secret_key is hashed as
 * given: never assemble a secret key from a seed and a public key obtained
 * elsewhere, since signing one message under two different public keys with
 * the same seed reveals the secret scalar.
 */
void crypto_ed25519_sign(uint8_t sig[64], const uint8_t secret_key[64],
    const void *msg, size_t len);

/*
 * Checks sig over len bytes at msg under public_key.  Returns 0 if valid,
 * CRYPTO_ERR_AUTH if not.  A signature of any length other than 64 bytes is
 * invalid; callers holding such a buffer must reject it themselves.
 */
CRYPTO_WUR int crypto_ed25519_verify(const uint8_t sig[64],
    const uint8_t public_key[32], const void *msg, size_t len);
