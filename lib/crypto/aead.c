/*
 * aead.c: ChaCha20-Poly1305 and XChaCha20-Poly1305.
 *
 * Sealing (RFC 8439 section 2.8):
 *   1. otk = first 32 bytes of the ChaCha20 block with counter 0;
 *   2. c = m XOR keystream from counter 1;
 *   3. tag = Poly1305(otk, ad || pad16 || c || pad16 || le64(adlen) ||
 *      le64(clen)).
 * XChaCha20-Poly1305 does the same with the subkey HChaCha20(key,
 * nonce[0..15]) and the nonce 0^4 || nonce[16..23].
 *
 * Opening recomputes the tag over the ciphertext first, compares it in
 * constant time, decrypts, and then ANDs every plaintext byte with a mask
 * that is 0xff for a good tag and 0x00 for a bad one.  There is no branch
 * on the comparison inside the library: a forged message costs the same
 * time as a genuine one and leaves only zeros behind, and the caller is the
 * first to branch on the (public) result.  Every key-dependent temporary
 * is wiped before returning.
 */
#include <base/mem.h>
#include <crypto/aead.h>
#include <crypto/chacha20.h>
#include <crypto/poly1305.h>

static const uint8_t aead_zeros[16];

/* The tag of section 2.8 over ad and the ciphertext c. */
static void
aead_tag(uint8_t tag[16], const uint8_t otk[32], const uint8_t *ad,
    size_t adlen, const uint8_t *c, size_t clen)
{
	struct crypto_poly1305 ctx;
	uint8_t lens[16];

	crypto_poly1305_init(&ctx, otk);
	crypto_poly1305_update(&ctx, ad, adlen);
	crypto_poly1305_update(&ctx, aead_zeros, (16 - (adlen & 15)) & 15);
	crypto_poly1305_update(&ctx, c, clen);
	crypto_poly1305_update(&ctx, aead_zeros, (16 - (clen & 15)) & 15);
	crypto_store64_le(lens, (uint64_t)adlen);
	crypto_store64_le(lens + 8, (uint64_t)clen);
	crypto_poly1305_update(&ctx, lens, sizeof(lens));
	crypto_poly1305_final(&ctx, tag);
}

/* The one-time Poly1305 key: ChaCha20 block 0, first half (section 2.6). */
static void
aead_otk(uint8_t otk[32], const uint8_t nonce[12], const uint8_t key[32])
{
	crypto_chacha20_ietf(otk, NULL, 32, key, nonce, 0);
}

static void
ietf_seal(uint8_t *c, uint8_t tag[16], const uint8_t *m, size_t mlen,
    const uint8_t *ad, size_t adlen, const uint8_t nonce[12],
    const uint8_t key[32])
{
	uint8_t otk[32];

	aead_otk(otk, nonce, key);
	crypto_chacha20_ietf(c, m, mlen, key, nonce, 1);
	aead_tag(tag, otk, ad, adlen, c, mlen);
	crypto_wipe(otk, sizeof(otk));
}

static int
ietf_open(uint8_t *m, const uint8_t *c, size_t clen, const uint8_t tag[16],
    const uint8_t *ad, size_t adlen, const uint8_t nonce[12],
    const uint8_t key[32])
{
	uint8_t otk[32], want[16];
	uint8_t keep;
	int r;

	aead_otk(otk, nonce, key);
	aead_tag(want, otk, ad, adlen, c, clen);
	r = crypto_verify16(want, tag);
	crypto_chacha20_ietf(m, c, clen, key, nonce, 1);
	/* r is 0 or -1: keep is 0xff for a good tag, 0x00 for a bad one. */
	keep = (uint8_t)~(uint8_t)r;
	__asm__ __volatile__("" : "+r"(keep));
	for (size_t i = 0; i < clen; i++)
		m[i] &= keep;
	crypto_wipe(otk, sizeof(otk));
	crypto_wipe(want, sizeof(want));
	return r;
}

/* The XChaCha20 subkey and 12-byte nonce for a 24-byte nonce. */
static void
xchacha_derive(uint8_t subkey[32], uint8_t n12[12], const uint8_t nonce[24],
    const uint8_t key[32])
{
	crypto_hchacha20(subkey, key, nonce);
	memset(n12, 0, 4);
	memcpy(n12 + 4, nonce + 16, 8);
}

void
crypto_aead_chacha20poly1305_seal_detached(uint8_t *c, uint8_t tag[16],
    const uint8_t *m, size_t mlen, const uint8_t *ad, size_t adlen,
    const uint8_t nonce[12], const uint8_t key[32])
{
	ietf_seal(c, tag, m, mlen, ad, adlen, nonce, key);
}

int
crypto_aead_chacha20poly1305_open_detached(uint8_t *m, const uint8_t *c,
    size_t clen, const uint8_t tag[16], const uint8_t *ad, size_t adlen,
    const uint8_t nonce[12], const uint8_t key[32])
{
	return ietf_open(m, c, clen, tag, ad, adlen, nonce, key);
}

void
crypto_aead_chacha20poly1305_seal(uint8_t *c, const uint8_t *m, size_t mlen,
    const uint8_t *ad, size_t adlen, const uint8_t nonce[12],
    const uint8_t key[32])
{
	ietf_seal(c, c + mlen, m, mlen, ad, adlen, nonce, key);
}

int
crypto_aead_chacha20poly1305_open(uint8_t *m, const uint8_t *c, size_t clen,
    const uint8_t *ad, size_t adlen, const uint8_t nonce[12],
    const uint8_t key[32])
{
	if (clen < CRYPTO_AEAD_TAGBYTES)
		return CRYPTO_ERR_INVAL;
	clen -= CRYPTO_AEAD_TAGBYTES;
	return ietf_open(m, c, clen, c + clen, ad, adlen, nonce, key);
}

void
crypto_aead_xchacha20poly1305_seal_detached(uint8_t *c, uint8_t tag[16],
    const uint8_t *m, size_t mlen, const uint8_t *ad, size_t adlen,
    const uint8_t nonce[24], const uint8_t key[32])
{
	uint8_t subkey[32], n12[12];

	xchacha_derive(subkey, n12, nonce, key);
	ietf_seal(c, tag, m, mlen, ad, adlen, n12, subkey);
	crypto_wipe(subkey, sizeof(subkey));
}

int
crypto_aead_xchacha20poly1305_open_detached(uint8_t *m, const uint8_t *c,
    size_t clen, const uint8_t tag[16], const uint8_t *ad, size_t adlen,
    const uint8_t nonce[24], const uint8_t key[32])
{
	uint8_t subkey[32], n12[12];
	int r;

	xchacha_derive(subkey, n12, nonce, key);
	r = ietf_open(m, c, clen, tag, ad, adlen, n12, subkey);
	crypto_wipe(subkey, sizeof(subkey));
	return r;
}

void
crypto_aead_xchacha20poly1305_seal(uint8_t *c, const uint8_t *m, size_t mlen,
    const uint8_t *ad, size_t adlen, const uint8_t nonce[24],
    const uint8_t key[32])
{
	crypto_aead_xchacha20poly1305_seal_detached(c, c + mlen, m, mlen, ad,
	    adlen, nonce, key);
}

int
crypto_aead_xchacha20poly1305_open(uint8_t *m, const uint8_t *c, size_t clen,
    const uint8_t *ad, size_t adlen, const uint8_t nonce[24],
    const uint8_t key[32])
{
	if (clen < CRYPTO_AEAD_TAGBYTES)
		return CRYPTO_ERR_INVAL;
	clen -= CRYPTO_AEAD_TAGBYTES;
	return crypto_aead_xchacha20poly1305_open_detached(m, c, clen, c + clen,
	    ad, adlen, nonce, key);
}
