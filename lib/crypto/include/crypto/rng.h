/*
 * crypto/rng.h: a ChaCha20-based random generator with fast key erasure.
 *
 * The generator holds one 32-byte ChaCha20 key.  Every request makes a
 * keystream under that key: its first 32 bytes replace the key and the
 * rest is the output, so once a request returns nothing in memory can
 * reproduce what it returned (forward secrecy).  Entropy comes from an
 * injected source: an ops struct with a callback and a context pointer,
 * e.g. getrandom(2) on the host, virtio-rng in the kernel, or a weak
 * fallback (timer jitter, a boot counter) that must be declared as such.
 *
 * The generator remembers whether its state rests only on weak sources so
 * callers can report it (crypto_rng_is_weak()); mixing in any strong
 * source clears the flag.  After CRYPTO_RNG_RESEED_BYTES of output the
 * next request tries to reseed from the source; if the source fails then,
 * the generator carries on with its (still secret) key and tries again
 * after another CRYPTO_RNG_RESEED_BYTES.
 *
 * The struct is caller-owned; the library keeps no global state.  One
 * generator must not be used from two threads at once.
 */
#pragma once

#include <crypto/util.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define CRYPTO_RNG_SEEDBYTES	32
#define CRYPTO_RNG_RESEED_BYTES	(1u << 20)

struct crypto_rng_ops {
	/*
	 * Writes len bytes of entropy to buf.  Returns 0, or a negative
	 * value if it cannot (the generator then reports
	 * CRYPTO_ERR_ENTROPY).  len is at most CRYPTO_RNG_SEEDBYTES.
	 */
	int (*entropy)(void *ctx, uint8_t *buf, size_t len);
	/* True if this source is a fallback of doubtful quality. */
	bool weak;
};

struct crypto_rng {
	uint8_t key[32];			/* the ChaCha20 key, secret */
	uint64_t since_reseed;			/* output bytes since a reseed */
	const struct crypto_rng_ops *ops;
	void *ctx;
	bool seeded;				/* a seed has gone in */
	bool weak;				/* every seed so far was weak */
};

/*
 * Sets up rng with the source (ops, ctx) and seeds it.  Returns 0, or
 * CRYPTO_ERR_ENTROPY if the source failed: the generator then refuses to
 * produce output until a later crypto_rng_reseed() succeeds.
 */
CRYPTO_WUR int crypto_rng_init(struct crypto_rng *rng,
    const struct crypto_rng_ops *ops, void *ctx);

/*
 * Pulls fresh entropy from the current source and mixes it into the key.
 * Returns 0 or CRYPTO_ERR_ENTROPY (the state is unchanged then).
 */
CRYPTO_WUR int crypto_rng_reseed(struct crypto_rng *rng);

/*
 * Switches to another source (for example when virtio-rng appears after
 * boot) and reseeds from it, keeping what the old key contributes.
 * Returns as crypto_rng_reseed().
 */
CRYPTO_WUR int crypto_rng_set_source(struct crypto_rng *rng,
    const struct crypto_rng_ops *ops, void *ctx);

/*
 * Mixes caller-provided bytes (events, a saved seed) into the key.  They
 * never clear the weak flag: the library cannot judge their quality.
 */
void crypto_rng_mix(struct crypto_rng *rng, const void *in, size_t len);

/*
 * Writes len random bytes to out.  Returns 0, or CRYPTO_ERR_ENTROPY (out
 * zeroed) if the generator was never seeded.
 */
CRYPTO_WUR int crypto_rng_fill(struct crypto_rng *rng, void *out, size_t len);

/* Whether the state rests only on sources declared weak (or none). */
bool crypto_rng_is_weak(const struct crypto_rng *rng);

/* Wipes the generator; it must be initialised again before use. */
void crypto_rng_wipe(struct crypto_rng *rng);
