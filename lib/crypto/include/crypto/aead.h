/*
 * crypto/aead.h: ChaCha20-Poly1305 (RFC 8439 section 2.8) and
 * XChaCha20-Poly1305 (draft-irtf-cfrg-xchacha section 2.3), the
 * authenticated encryption of Nexus.
 *
 * Prefer XChaCha20-Poly1305: its 24-byte nonce may be chosen at random
 * (crypto/rng.h) for every message.  With the 12-byte IETF nonce a
 * counter must guarantee that a key never sees the same nonce twice.
 *
 * Two forms of each:
 *   - detached: the ciphertext has the length of the plaintext and the
 *     16-byte tag goes to its own buffer;
 *   - combined: the output is ciphertext || tag, mlen + 16 bytes.
 *
 * Opening computes and checks the tag before anything is released: on a
 * wrong tag (or any other error) the function returns CRYPTO_ERR_AUTH or
 * CRYPTO_ERR_INVAL and the plaintext buffer holds zeros, never a
 * candidate plaintext.  Opening runs in the same time whether or not the
 * tag is right.  The plaintext and ciphertext buffers may be the same
 * (in-place), but must not otherwise overlap; after a failed in-place
 * open the buffer is zero.
 *
 * Messages are limited by the 32-bit block counter to 256 GiB - 64 bytes.
 */
#pragma once

#include <crypto/util.h>
#include <stddef.h>
#include <stdint.h>

#define CRYPTO_AEAD_KEYBYTES		32
#define CRYPTO_AEAD_TAGBYTES		16
#define CRYPTO_AEAD_CHACHA20POLY1305_NONCEBYTES		12
#define CRYPTO_AEAD_XCHACHA20POLY1305_NONCEBYTES	24

/*
 * Encrypts mlen bytes at m into c (mlen bytes) and writes the tag that
 * covers the ad (adlen bytes, may be NULL if 0) and the ciphertext.
 */
void crypto_aead_chacha20poly1305_seal_detached(uint8_t *c, uint8_t tag[16],
    const uint8_t *m, size_t mlen, const uint8_t *ad, size_t adlen,
    const uint8_t nonce[12], const uint8_t key[32]);

/*
 * Checks tag over ad and the clen bytes at c, then decrypts them into m
 * (clen bytes).  Returns 0, or CRYPTO_ERR_AUTH with m zeroed.
 */
CRYPTO_WUR int crypto_aead_chacha20poly1305_open_detached(uint8_t *m,
    const uint8_t *c, size_t clen, const uint8_t tag[16], const uint8_t *ad,
    size_t adlen, const uint8_t nonce[12], const uint8_t key[32]);

/* Combined form: c receives mlen + 16 bytes (ciphertext, then tag). */
void crypto_aead_chacha20poly1305_seal(uint8_t *c, const uint8_t *m,
    size_t mlen, const uint8_t *ad, size_t adlen, const uint8_t nonce[12],
    const uint8_t key[32]);

/*
 * Combined form: c holds clen bytes (ciphertext, then tag); m receives
 * clen - 16 bytes.  Returns 0, CRYPTO_ERR_INVAL if clen < 16 (m is not
 * touched), or CRYPTO_ERR_AUTH with m zeroed.
 */
CRYPTO_WUR int crypto_aead_chacha20poly1305_open(uint8_t *m, const uint8_t *c,
    size_t clen, const uint8_t *ad, size_t adlen, const uint8_t nonce[12],
    const uint8_t key[32]);

/* The same four with XChaCha20 and a 24-byte nonce. */
void crypto_aead_xchacha20poly1305_seal_detached(uint8_t *c, uint8_t tag[16],
    const uint8_t *m, size_t mlen, const uint8_t *ad, size_t adlen,
    const uint8_t nonce[24], const uint8_t key[32]);

CRYPTO_WUR int crypto_aead_xchacha20poly1305_open_detached(uint8_t *m,
    const uint8_t *c, size_t clen, const uint8_t tag[16], const uint8_t *ad,
    size_t adlen, const uint8_t nonce[24], const uint8_t key[32]);

void crypto_aead_xchacha20poly1305_seal(uint8_t *c, const uint8_t *m,
    size_t mlen, const uint8_t *ad, size_t adlen, const uint8_t nonce[24],
    const uint8_t key[32]);

CRYPTO_WUR int crypto_aead_xchacha20poly1305_open(uint8_t *m, const uint8_t *c,
    size_t clen, const uint8_t *ad, size_t adlen, const uint8_t nonce[24],
    const uint8_t key[32]);
