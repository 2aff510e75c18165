/*
 * crypto/siphash.h: SipHash-2-4, a keyed 64-bit pseudorandom function
 * (Aumasson and Bernstein, "SipHash: a fast short-input PRF", 2012).
 *
 * For hash tables and identifiers (CellIDs) whose inputs an adversary may
 * choose: without the 16-byte key nobody can predict or force collisions.
 * It is not a general MAC for long-lived authentication tags (64 bits)
 * and not a replacement for BLAKE3.  The result equals libsodium's
 * crypto_shorthash_siphash24 read as a little-endian integer.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#define CRYPTO_SIPHASH24_KEYBYTES	16
#define CRYPTO_SIPHASH24_BYTES		8

/* SipHash-2-4 of the len bytes at in (NULL allowed if len is 0). */
uint64_t crypto_siphash24(const uint8_t key[16], const void *in, size_t len);

/* The same, written as 8 little-endian bytes (the paper's output form). */
void crypto_siphash24_bytes(uint8_t out[8], const uint8_t key[16],
    const void *in, size_t len);
