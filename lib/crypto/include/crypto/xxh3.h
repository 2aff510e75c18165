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

/*
 * Incremental XXH3-64 with seed 0: init, any number of update calls split
 * anywhere, then final, which gives crypto_xxh3_64(all, len, 0) and leaves
 * the state unchanged.  320 bytes; the fields are private to xxh3.c.
 */
struct crypto_xxh3 {
	uint64_t acc[8];	/* accumulators, once the input is long */
	uint64_t total;		/* bytes so far */
	uint32_t nbuf;		/* bytes in buf[] not yet accumulated */
	uint32_t nstripe;	/* stripes accumulated in the current block */
	uint8_t buf[256];	/* pending input; holds it all while it is short */
	uint8_t last[64];	/* the last stripe accumulated */
};

void crypto_xxh3_init(struct crypto_xxh3 *s);
void crypto_xxh3_update(struct crypto_xxh3 *s, const void *in, size_t len);
uint64_t crypto_xxh3_final(const struct crypto_xxh3 *s);
