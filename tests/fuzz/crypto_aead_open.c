/*
 * crypto_aead_open.c: libFuzzer target for the AEAD open paths of
 * lib/crypto (crypto/aead.h).
 *
 * Input layout:
 *
 *   byte 0      bit 0: XChaCha20 (1) or IETF ChaCha20 (0)
 *               bit 1: detached (1) or combined (0) form
 *               bit 2: in place (1) or separate buffers (0)
 *   bytes 1..32 key
 *   next 24     nonce (the IETF form uses the first 12)
 *   next 1      n: length of the associated data, at most what is left
 *   next n      associated data
 *   the rest    ciphertext || tag, as the attacker sends it
 *
 * Each input is used twice:
 *   1. opened as it is: nearly always a forgery, which must be refused
 *      with CRYPTO_ERR_AUTH / CRYPTO_ERR_INVAL and leave the output all
 *      zero; if it does open, sealing the plaintext again must give back
 *      the same bytes;
 *   2. the rest is sealed as a plaintext and opened again (must succeed and
 *      round-trip), then one bit chosen by the input is flipped (must fail
 *      with a zero output).
 * Any violation aborts, which libFuzzer reports as a crash.
 */
#include <crypto/aead.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool
all_zero(const uint8_t *p, size_t n)
{
	uint8_t acc = 0;

	for (size_t i = 0; i < n; i++)
		acc |= p[i];
	return acc == 0;
}

static int
do_open(unsigned mode, uint8_t *m, const uint8_t *c, size_t clen,
    const uint8_t *ad, size_t adlen, const uint8_t nonce[24],
    const uint8_t key[32])
{
	bool x = mode & 1, detached = mode & 2;

	if (detached) {
		if (clen < 16)
			return CRYPTO_ERR_INVAL;
		clen -= 16;
		return x ? crypto_aead_xchacha20poly1305_open_detached(m, c, clen,
			       c + clen, ad, adlen, nonce, key) :
			   crypto_aead_chacha20poly1305_open_detached(m, c, clen,
			       c + clen, ad, adlen, nonce, key);
	}
	return x ? crypto_aead_xchacha20poly1305_open(m, c, clen, ad, adlen,
		       nonce, key) :
		   crypto_aead_chacha20poly1305_open(m, c, clen, ad, adlen,
		       nonce, key);
}

static void
do_seal(unsigned mode, uint8_t *c, const uint8_t *m, size_t mlen,
    const uint8_t *ad, size_t adlen, const uint8_t nonce[24],
    const uint8_t key[32])
{
	bool x = mode & 1, detached = mode & 2;

	if (detached && x)
		crypto_aead_xchacha20poly1305_seal_detached(c, c + mlen, m, mlen,
		    ad, adlen, nonce, key);
	else if (detached)
		crypto_aead_chacha20poly1305_seal_detached(c, c + mlen, m, mlen,
		    ad, adlen, nonce, key);
	else if (x)
		crypto_aead_xchacha20poly1305_seal(c, m, mlen, ad, adlen, nonce, key);
	else
		crypto_aead_chacha20poly1305_seal(c, m, mlen, ad, adlen, nonce, key);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t key[32], nonce[24];
	const uint8_t *ad, *c;
	size_t adlen, clen;
	unsigned mode;
	uint8_t *m, *buf;
	int r;

	if (size < 1 + 32 + 24 + 1)
		return 0;
	mode = data[0];
	memcpy(key, data + 1, 32);
	memcpy(nonce, data + 33, 24);
	adlen = data[57];
	data += 58;
	size -= 58;
	if (adlen > size)
		adlen = size;
	ad = data;
	c = data + adlen;
	clen = size - adlen;

	/* 1. The input as a received message. */
	m = malloc(clen + 16);
	buf = malloc(clen + 32);
	if (m == NULL || buf == NULL)
		abort();
	memset(m, 0xa5, clen + 16);
	if (mode & 4) {
		memcpy(m, c, clen);
		r = do_open(mode, m, m, clen, ad, adlen, nonce, key);
	} else {
		r = do_open(mode, m, c, clen, ad, adlen, nonce, key);
	}
	if (r == 0) {
		do_seal(mode, buf, m, clen - 16, ad, adlen, nonce, key);
		if (memcmp(buf, c, clen) != 0)
			abort();
	} else if (r == CRYPTO_ERR_AUTH) {
		if (!all_zero(m, clen - 16))
			abort();
	} else if (r != CRYPTO_ERR_INVAL || clen >= 16) {
		abort();
	}

	/* 2. The rest sealed as a plaintext, opened, then tampered with. */
	do_seal(mode, buf, c, clen, ad, adlen, nonce, key);
	r = do_open(mode, m, buf, clen + 16, ad, adlen, nonce, key);
	if (r != 0 || memcmp(m, c, clen) != 0)
		abort();
	{
		size_t pos = (size_t)(mode >> 3) * 7919 % (clen + 16);

		buf[pos] ^= (uint8_t)(1u << (mode & 7));
		r = do_open(mode, m, buf, clen + 16, ad, adlen, nonce, key);
		if (r != CRYPTO_ERR_AUTH || !all_zero(m, clen))
			abort();
	}
	free(m);
	free(buf);
	return 0;
}
