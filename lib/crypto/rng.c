/*
 * rng.c: the ChaCha20 fast-key-erasure generator of crypto/rng.h.
 *
 * Output.  A request for n bytes, with the current key K:
 *
 *   block 0 of ChaCha20(K, nonce 0)          -> bytes 0..31 become the new K
 *   blocks 1.. of ChaCha20(K, nonce 0)       -> the n output bytes
 *
 * then the old K is overwritten.  Requests longer than RNG_CHUNK are cut
 * into chunks, each under its own key, so a key never produces more than
 * RNG_CHUNK bytes.  Every key is used for exactly one request, so the fixed
 * nonce is never reused with a key.
 *
 * Mixing.  Input material (entropy from the source, or bytes given to
 * crypto_rng_mix()) goes in 32 bytes at a time:
 *
 *   K = first 32 bytes of ChaCha20(K XOR chunk, nonce = label || i)
 *
 * where the label separates reseeding from mixing and i counts chunks; the
 * last chunk is zero-padded and its nonce carries its length, so different
 * inputs never collide through padding.  ChaCha20 as a PRF keyed
 * by K XOR chunk keeps K secret as long as either the old K or the new
 * material is.
 */
#include <base/mem.h>
#include <crypto/chacha20.h>
#include <crypto/rng.h>

#define RNG_CHUNK	(64u * 1024)

static const uint8_t rng_zero_nonce[12];

/* Absorbs len bytes at in into rng->key under a 4-byte label. */
static void
rng_absorb(struct crypto_rng *rng, const char label[4], const uint8_t *in,
    size_t len)
{
	uint8_t k[32], nonce[12];
	size_t off = 0;
	uint32_t i = 0;

	do {
		size_t n = len - off < 32 ? len - off : 32;

		memcpy(k, rng->key, 32);
		for (size_t j = 0; j < n; j++)
			k[j] ^= in[off + j];
		memcpy(nonce, label, 4);
		crypto_store32_le(nonce + 4, i++);
		/* Last chunk: its length plus one; with i it fixes len. */
		crypto_store32_le(nonce + 8,
		    len - off <= 32 ? (uint32_t)(len - off) + 1 : 0);
		crypto_chacha20_ietf(rng->key, NULL, 32, k, nonce, 0);
		off += n;
	} while (off < len);
	crypto_wipe(k, sizeof(k));
}

/* Takes a seed from the source and mixes it in; 0 or CRYPTO_ERR_ENTROPY. */
static int
rng_seed(struct crypto_rng *rng)
{
	uint8_t seed[CRYPTO_RNG_SEEDBYTES];

	if (rng->ops == NULL || rng->ops->entropy == NULL ||
	    rng->ops->entropy(rng->ctx, seed, sizeof(seed)) != 0) {
		crypto_wipe(seed, sizeof(seed));
		return CRYPTO_ERR_ENTROPY;
	}
	rng_absorb(rng, "SEED", seed, sizeof(seed));
	crypto_wipe(seed, sizeof(seed));
	/* Weak only while every seed so far came from a weak source. */
	rng->weak = (rng->seeded ? rng->weak : true) && rng->ops->weak;
	rng->seeded = true;
	rng->since_reseed = 0;
	return 0;
}

int
crypto_rng_init(struct crypto_rng *rng, const struct crypto_rng_ops *ops,
    void *ctx)
{
	memset(rng, 0, sizeof(*rng));
	rng->ops = ops;
	rng->ctx = ctx;
	rng->weak = true;
	return rng_seed(rng);
}

int
crypto_rng_reseed(struct crypto_rng *rng)
{
	return rng_seed(rng);
}

int
crypto_rng_set_source(struct crypto_rng *rng, const struct crypto_rng_ops *ops,
    void *ctx)
{
	rng->ops = ops;
	rng->ctx = ctx;
	return rng_seed(rng);
}

void
crypto_rng_mix(struct crypto_rng *rng, const void *in, size_t len)
{
	rng_absorb(rng, "MIX ", in, len);
}

int
crypto_rng_fill(struct crypto_rng *rng, void *out, size_t len)
{
	uint8_t *p = out;
	uint8_t block[64];

	if (!rng->seeded) {
		if (len > 0)
			memset(out, 0, len);
		return CRYPTO_ERR_ENTROPY;
	}
	if (rng->since_reseed >= CRYPTO_RNG_RESEED_BYTES) {
		/* A failed reseed keeps the current, still secret, key. */
		if (rng_seed(rng) != 0)
			rng->since_reseed = 0;
	}
	rng->since_reseed += len;
	while (len > 0) {
		size_t n = len < RNG_CHUNK ? len : RNG_CHUNK;

		crypto_chacha20_ietf(block, NULL, sizeof(block), rng->key,
		    rng_zero_nonce, 0);
		crypto_chacha20_ietf(p, NULL, n, rng->key, rng_zero_nonce, 1);
		memcpy(rng->key, block, 32);
		p += n;
		len -= n;
	}
	crypto_wipe(block, sizeof(block));
	return 0;
}

bool
crypto_rng_is_weak(const struct crypto_rng *rng)
{
	return !rng->seeded || rng->weak;
}

void
crypto_rng_wipe(struct crypto_rng *rng)
{
	crypto_wipe(rng, sizeof(*rng));
}
