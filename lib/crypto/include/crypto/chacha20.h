/*
 * crypto/chacha20.h: the ChaCha20 stream cipher (RFC 8439), HChaCha20 and
 * XChaCha20 (draft-irtf-cfrg-xchacha).
 *
 * These are raw stream ciphers: they give confidentiality only.  Use the
 * AEAD of crypto/aead.h unless you are building a protocol that adds its
 * own authentication.  A (key, nonce) pair must never encrypt two
 * different messages.
 *
 * Sizes are in the parameter types.  Encryption and decryption are the
 * same operation (XOR with the keystream); out may equal in.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#define CRYPTO_CHACHA20_KEYBYTES	32
#define CRYPTO_CHACHA20_NONCEBYTES	12
#define CRYPTO_XCHACHA20_NONCEBYTES	24
#define CRYPTO_HCHACHA20_INBYTES	16

/*
 * XORs len bytes at in with the ChaCha20 keystream for key and the 96-bit
 * nonce, starting at block counter (64-byte blocks), and writes them to
 * out.  in may be NULL: then out receives the keystream itself.  out and
 * in may be the same buffer but must not otherwise overlap.  The 32-bit
 * block counter wraps after 2^32 blocks; the caller keeps
 * len <= 64 * (2^32 - counter) (256 GiB from counter 0).
 */
void crypto_chacha20_ietf(uint8_t *out, const uint8_t *in, size_t len,
    const uint8_t key[32], const uint8_t nonce[12], uint32_t counter);

/*
 * HChaCha20: derives a 32-byte subkey from key and a 16-byte input by
 * running the 20 ChaCha rounds without the final addition and keeping
 * words 0..3 and 12..15.  Used by XChaCha20 and by key derivation.
 */
void crypto_hchacha20(uint8_t out[32], const uint8_t key[32],
    const uint8_t in[16]);

/*
 * XChaCha20: ChaCha20 with a 192-bit nonce, safe to choose at random.
 * The subkey is HChaCha20(key, nonce[0..15]); the 96-bit ChaCha20 nonce
 * is four zero bytes followed by nonce[16..23].  Otherwise as
 * crypto_chacha20_ietf().
 */
void crypto_xchacha20(uint8_t *out, const uint8_t *in, size_t len,
    const uint8_t key[32], const uint8_t nonce[24], uint32_t counter);
