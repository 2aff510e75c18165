/*
 * crypto/xxh3.h: XXH3-64, a fast non-cryptographic hash.
 *
 * XXH3 (64-bit output, seeded, default secret) as described in the xxHash
 * specification; the result equals XXH3_64bits_withSeed() of the reference
 * library for every input.  It is a quick pre-check for data integrity
 * (NexFS blocks, caches), never a defence against an adversary: anyone can
 * find collisions.  Use BLAKE3 or SipHash where inputs may be chosen by an
 * attacker.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

/*
 * Returns the XXH3-64 hash of the len bytes at in with the given seed
 * (0 for the unseeded hash).  in may be NULL if len is 0.  Never fails.
 */
uint64_t crypto_xxh3_64(const void *in, size_t len, uint64_t seed);
