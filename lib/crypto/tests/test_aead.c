/*
 * test_aead.c: ChaCha20-Poly1305 and XChaCha20-Poly1305.
 *
 * 1. Known answers: RFC 8439 2.8.2 (seal) and A.5 (open), and the
 *    draft-irtf-cfrg-xchacha A.3.1 example.
 * 2. Every Wycheproof case of chacha20_poly1305_test.json and
 *    xchacha20_poly1305_test.json, read at run time from
 *    $NEXUS_VECTORS/wycheproof (default ../shared/vectors): valid cases
 *    must seal to the listed ciphertext and tag and open again; invalid
 *    ones must be refused with a zeroed output.  Cases with a nonce size
 *    our API cannot take (its nonce parameters have fixed sizes) count as
 *    refused.
 * 3. libsodium as the oracle, 100,000 random messages per construction
 *    with random lengths, keys, nonces and associated data: both forms of
 *    seal must match crypto_aead_*chacha20poly1305_ietf_encrypt*, open
 *    must recover the message (also in place), and a flipped bit in the
 *    ciphertext, the tag or the associated data must be refused with the
 *    output buffer all zero.
 */
#include <cjson/cJSON.h>
#include <crypto/aead.h>
#include <sodium.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <tap.h>

static uint64_t rs = 0xa5a5a5a5deadbeefULL;

static uint64_t
next(void)
{
	rs ^= rs << 13;
	rs ^= rs >> 7;
	rs ^= rs << 17;
	return rs;
}

static void
fill(uint8_t *p, size_t n)
{
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t v = next();

		memcpy(p + i, &v, 8);
	}
	for (; i < n; i++)
		p[i] = (uint8_t)next();
}

static size_t
hex(uint8_t *out, const char *s)
{
	size_t n = 0;
	int hi = -1;

	for (; *s != '\0'; s++) {
		int v;

		if (*s >= '0' && *s <= '9')
			v = *s - '0';
		else if (*s >= 'a' && *s <= 'f')
			v = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'F')
			v = *s - 'A' + 10;
		else
			continue;
		if (hi < 0) {
			hi = v;
		} else {
			out[n++] = (uint8_t)(hi << 4 | v);
			hi = -1;
		}
	}
	return n;
}

static bool
all_zero(const uint8_t *p, size_t n)
{
	uint8_t acc = 0;

	for (size_t i = 0; i < n; i++)
		acc |= p[i];
	return acc == 0;
}

static const char sunscreen[] =
    "Ladies and Gentlemen of the class of '99: If I could offer you only "
    "one tip for the future, sunscreen would be it.";

static void
test_kats(void)
{
	uint8_t key[32], nonce[24], ad[16], want[300], got[300], pt[300];
	size_t n, adlen;
	int r;

	/* RFC 8439 2.8.2. */
	for (int i = 0; i < 32; i++)
		key[i] = (uint8_t)(0x80 + i);
	hex(nonce, "07000000 4041424344454647");
	adlen = hex(ad, "50 51 52 53 c0 c1 c2 c3 c4 c5 c6 c7");
	n = hex(want,
	    "d3 1a 8d 34 64 8e 60 db 7b 86 af bc 53 ef 7e c2"
	    "a4 ad ed 51 29 6e 08 fe a9 e2 b5 a7 36 ee 62 d6"
	    "3d be a4 5e 8c a9 67 12 82 fa fb 69 da 92 72 8b"
	    "1a 71 de 0a 9e 06 0b 29 05 d6 a5 b6 7e cd 3b 36"
	    "92 dd bd 7f 2d 77 8b 8c 98 03 ae e3 28 09 1b 58"
	    "fa b3 24 e4 fa d6 75 94 55 85 80 8b 48 31 d7 bc"
	    "3f f4 de f0 8e 4b 7a 9d e5 76 d2 65 86 ce c6 4b"
	    "61 16"
	    "1a e1 0b 59 4f 09 e2 6a 7e 90 2e cb d0 60 06 91");
	crypto_aead_chacha20poly1305_seal(got, (const uint8_t *)sunscreen,
	    strlen(sunscreen), ad, adlen, nonce, key);
	tap_ok(n == strlen(sunscreen) + 16, "RFC 8439 2.8.2 sizes");
	tap_mem_eq(got, want, n, "RFC 8439 2.8.2 seal");
	r = crypto_aead_chacha20poly1305_open(pt, want, n, ad, adlen, nonce, key);
	tap_ok(r == 0 && memcmp(pt, sunscreen, n - 16) == 0, "RFC 8439 2.8.2 open");

	/* RFC 8439 A.5: open with a received tag. */
	hex(key, "1c 92 40 a5 eb 55 d3 8a f3 33 88 86 04 f6 b5 f0"
		 "47 39 17 c1 40 2b 80 09 9d ca 5c bc 20 70 75 c0");
	hex(nonce, "00 00 00 00 01 02 03 04 05 06 07 08");
	adlen = hex(ad, "f3 33 88 86 00 00 00 00 00 00 4e 91");
	n = hex(want,
	    "64 a0 86 15 75 86 1a f4 60 f0 62 c7 9b e6 43 bd"
	    "5e 80 5c fd 34 5c f3 89 f1 08 67 0a c7 6c 8c b2"
	    "4c 6c fc 18 75 5d 43 ee a0 9e e9 4e 38 2d 26 b0"
	    "bd b7 b7 3c 32 1b 01 00 d4 f0 3b 7f 35 58 94 cf"
	    "33 2f 83 0e 71 0b 97 ce 98 c8 a8 4a bd 0b 94 81"
	    "14 ad 17 6e 00 8d 33 bd 60 f9 82 b1 ff 37 c8 55"
	    "97 97 a0 6e f4 f0 ef 61 c1 86 32 4e 2b 35 06 38"
	    "36 06 90 7b 6a 7c 02 b0 f9 f6 15 7b 53 c8 67 e4"
	    "b9 16 6c 76 7b 80 4d 46 a5 9b 52 16 cd e7 a4 e9"
	    "90 40 c5 a4 04 33 22 5e e2 82 a1 b0 a0 6c 52 3e"
	    "af 45 34 d7 f8 3f a1 15 5b 00 47 71 8c bc 54 6a"
	    "0d 07 2b 04 b3 56 4e ea 1b 42 22 73 f5 48 27 1a"
	    "0b b2 31 60 53 fa 76 99 19 55 eb d6 31 59 43 4e"
	    "ce bb 4e 46 6d ae 5a 10 73 a6 72 76 27 09 7a 10"
	    "49 e6 17 d9 1d 36 10 94 fa 68 f0 ff 77 98 71 30"
	    "30 5b ea ba 2e da 04 df 99 7b 71 4d 6c 6f 2c 29"
	    "a6 ad 5c b4 02 2b 02 70 9b"
	    "ee ad 9d 67 89 0c bb 22 39 23 36 fe a1 85 1f 38");
	r = crypto_aead_chacha20poly1305_open(pt, want, n, ad, adlen, nonce, key);
	tap_ok(r == 0 && n == 265 + 16 &&
	    memcmp(pt, "Internet-Drafts are draft documents valid for a maximum of six months",
		69) == 0 &&
	    memcmp(pt + 240, "/\xe2\x80\x9cwork in progress./\xe2\x80\x9d", 25) == 0,
	    "RFC 8439 A.5 open");
	want[n - 1] ^= 0x40;
	r = crypto_aead_chacha20poly1305_open(pt, want, n, ad, adlen, nonce, key);
	tap_ok(r == CRYPTO_ERR_AUTH && all_zero(pt, n - 16),
	    "RFC 8439 A.5 with a flipped tag bit: refused, output zeroed");

	/* draft-irtf-cfrg-xchacha A.3.1. */
	for (int i = 0; i < 32; i++)
		key[i] = (uint8_t)(0x80 + i);
	hex(nonce, "404142434445464748494a4b4c4d4e4f5051525354555657");
	adlen = hex(ad, "50515253c0c1c2c3c4c5c6c7");
	n = hex(want,
	    "bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb"
	    "731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452"
	    "2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9"
	    "21f9664c97637da9768812f615c68b13b52e"
	    "c0875924c1c7987947deafd8780acf49");
	crypto_aead_xchacha20poly1305_seal(got, (const uint8_t *)sunscreen,
	    strlen(sunscreen), ad, adlen, nonce, key);
	tap_mem_eq(got, want, n, "XChaCha20-Poly1305 draft A.3.1 seal");
	r = crypto_aead_xchacha20poly1305_open(pt, want, n, ad, adlen, nonce, key);
	tap_ok(r == 0 && memcmp(pt, sunscreen, n - 16) == 0,
	    "XChaCha20-Poly1305 draft A.3.1 open");
	r = crypto_aead_xchacha20poly1305_open(pt, want, 15, ad, adlen, nonce, key);
	tap_ok(r == CRYPTO_ERR_INVAL, "open of fewer than 16 bytes is CRYPTO_ERR_INVAL");

	/* Empty message and no associated data, passed as NULL. */
	{
		unsigned long long wl;
		uint8_t ref[16];

		crypto_aead_xchacha20poly1305_seal(got, NULL, 0, NULL, 0, nonce, key);
		crypto_aead_xchacha20poly1305_ietf_encrypt(ref, &wl, NULL, 0, NULL, 0,
		    NULL, nonce, key);
		r = crypto_aead_xchacha20poly1305_open(NULL, got, 16, NULL, 0, nonce, key);
		tap_ok(wl == 16 && memcmp(got, ref, 16) == 0 && r == 0,
		    "empty message, NULL pointers: tag matches libsodium and opens");
		got[0] ^= 1;
		r = crypto_aead_xchacha20poly1305_open(NULL, got, 16, NULL, 0, nonce, key);
		tap_ok(r == CRYPTO_ERR_AUTH, "empty message with a flipped tag bit is refused");
	}
}

/* Reads a whole file, or NULL. */
static char *
slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (f == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) != 0) {
		fclose(f);
		return NULL;
	}
	buf = malloc((size_t)n + 1);
	if (buf != NULL && fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	if (buf != NULL)
		buf[n] = '\0';
	fclose(f);
	return buf;
}

static cJSON *
load_vectors(const char *name)
{
	const char *dir = getenv("NEXUS_VECTORS");
	char path[1024];
	char *text;
	cJSON *j;

	snprintf(path, sizeof(path), "%s/wycheproof/%s",
	    dir != NULL ? dir : "../shared/vectors", name);
	text = slurp(path);
	if (text == NULL) {
		tap_diag("cannot read %s", path);
		return NULL;
	}
	j = cJSON_Parse(text);
	free(text);
	return j;
}

static const char *
jstr(const cJSON *o, const char *k)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);

	return cJSON_IsString(v) ? v->valuestring : "";
}

/* Hex string to a fresh buffer (at least one byte, so never NULL). */
static uint8_t *
unhex(const char *s, size_t *len)
{
	uint8_t *p = malloc(strlen(s) / 2 + 1);

	*len = hex(p, s);
	return p;
}

static void
test_wycheproof(const char *file, bool x)
{
	cJSON *j = load_vectors(file);
	const cJSON *groups, *g, *t;
	size_t nonce_len = x ? 24 : 12;
	int total = 0, bad = 0, valid = 0, invalid = 0, nonce_refused = 0;

	if (j == NULL) {
		tap_ok(0, "Wycheproof %s: file readable and parsed", file);
		return;
	}
	groups = cJSON_GetObjectItemCaseSensitive(j, "testGroups");
	cJSON_ArrayForEach(g, groups) {
		cJSON_ArrayForEach(t, cJSON_GetObjectItemCaseSensitive(g, "tests")) {
			size_t klen, nlen, alen, mlen, clen, tlen;
			uint8_t *key = unhex(jstr(t, "key"), &klen);
			uint8_t *nonce = unhex(jstr(t, "iv"), &nlen);
			uint8_t *ad = unhex(jstr(t, "aad"), &alen);
			uint8_t *msg = unhex(jstr(t, "msg"), &mlen);
			uint8_t *ct = unhex(jstr(t, "ct"), &clen);
			uint8_t *tag = unhex(jstr(t, "tag"), &tlen);
			uint8_t *out = malloc(clen + 16), *pt = malloc(clen + 1);
			const char *want = jstr(t, "result");
			bool want_valid = strcmp(want, "valid") == 0;
			bool ok;

			total++;
			if (klen != 32 || nlen != nonce_len || tlen != 16) {
				/* The API's fixed sizes cannot express these. */
				ok = !want_valid;
				nonce_refused++;
			} else {
				int r;

				memset(pt, 0xaa, clen + 1);
				if (x)
					r = crypto_aead_xchacha20poly1305_open_detached(
					    pt, ct, clen, tag, ad, alen, nonce, key);
				else
					r = crypto_aead_chacha20poly1305_open_detached(
					    pt, ct, clen, tag, ad, alen, nonce, key);
				if (want_valid) {
					uint8_t t2[16];

					ok = r == 0 && mlen == clen &&
					    memcmp(pt, msg, mlen) == 0;
					if (x)
						crypto_aead_xchacha20poly1305_seal_detached(
						    out, t2, msg, mlen, ad, alen, nonce, key);
					else
						crypto_aead_chacha20poly1305_seal_detached(
						    out, t2, msg, mlen, ad, alen, nonce, key);
					ok = ok && memcmp(out, ct, clen) == 0 &&
					    memcmp(t2, tag, 16) == 0;
					valid++;
				} else {
					ok = r == CRYPTO_ERR_AUTH && all_zero(pt, clen) &&
					    pt[clen] == 0xaa;
					invalid++;
				}
			}
			if (!ok) {
				bad++;
				tap_diag("%s tcId %d (%s) wrong", file,
				    cJSON_GetObjectItemCaseSensitive(t, "tcId")->valueint, want);
			}
			free(key); free(nonce); free(ad); free(msg); free(ct);
			free(tag); free(out); free(pt);
		}
	}
	tap_ok(bad == 0 && total ==
	    cJSON_GetObjectItemCaseSensitive(j, "numberOfTests")->valueint,
	    "Wycheproof %s: %d cases (%d valid, %d invalid, %d with a nonce "
	    "size the API cannot take), %d wrong", file, total, valid, invalid,
	    nonce_refused, bad);
	cJSON_Delete(j);
}

#define MAXLEN 4096
#define ROUNDS 100000

static void
test_differential(bool x)
{
	static uint8_t m[MAXLEN], c[MAXLEN + 16], want[MAXLEN + 16],
	    pt[MAXLEN + 16];
	uint8_t key[32], nonce[24], ad[64], tag[16];
	const char *name = x ? "XChaCha20-Poly1305" : "ChaCha20-Poly1305";
	int bad_seal = 0, bad_open = 0, bad_tamper = 0, bad_inplace = 0;

	for (int i = 0; i < ROUNDS; i++) {
		uint64_t r = next();
		size_t len = (r & 1) ? (size_t)(r >> 8) % 300 : (size_t)(r >> 8) % MAXLEN;
		size_t adlen = (size_t)(r >> 32) % 65;
		unsigned long long wl;
		int rc;

		fill(key, 32);
		fill(nonce, 24);
		fill(ad, adlen);
		fill(m, len);

		/* Combined seal against libsodium. */
		if (x) {
			crypto_aead_xchacha20poly1305_seal(c, m, len, ad, adlen, nonce, key);
			crypto_aead_xchacha20poly1305_ietf_encrypt(want, &wl, m, len,
			    ad, adlen, NULL, nonce, key);
		} else {
			crypto_aead_chacha20poly1305_seal(c, m, len, ad, adlen, nonce, key);
			crypto_aead_chacha20poly1305_ietf_encrypt(want, &wl, m, len,
			    ad, adlen, NULL, nonce, key);
		}
		if (wl != len + 16 || memcmp(c, want, len + 16) != 0) {
			if (bad_seal++ < 3)
				tap_diag("%s seal differs: len %zu adlen %zu", name, len, adlen);
		}

		/* Detached seal gives the same bytes. */
		if (i % 8 == 0) {
			if (x)
				crypto_aead_xchacha20poly1305_seal_detached(pt, tag, m,
				    len, ad, adlen, nonce, key);
			else
				crypto_aead_chacha20poly1305_seal_detached(pt, tag, m,
				    len, ad, adlen, nonce, key);
			if (memcmp(pt, want, len) != 0 || memcmp(tag, want + len, 16) != 0)
				bad_seal++;
		}

		/* Open what libsodium sealed. */
		memset(pt, 0x55, len);
		rc = x ? crypto_aead_xchacha20poly1305_open(pt, want, len + 16, ad,
			     adlen, nonce, key) :
			 crypto_aead_chacha20poly1305_open(pt, want, len + 16, ad,
			     adlen, nonce, key);
		if (rc != 0 || memcmp(pt, m, len) != 0)
			bad_open++;

		/* In place, every fourth round. */
		if (i % 4 == 1) {
			memcpy(pt, want, len + 16);
			rc = x ? crypto_aead_xchacha20poly1305_open(pt, pt, len + 16,
				     ad, adlen, nonce, key) :
				 crypto_aead_chacha20poly1305_open(pt, pt, len + 16,
				     ad, adlen, nonce, key);
			if (rc != 0 || memcmp(pt, m, len) != 0)
				bad_inplace++;
		}

		/* One flipped bit in ciphertext, tag or ad must be refused. */
		{
			unsigned what = (unsigned)(r >> 20) % 3;
			size_t pos;
			uint8_t bit = (uint8_t)(1u << ((r >> 24) & 7));

			if (what == 0 && len == 0)
				what = 1;
			if (what == 2 && adlen == 0)
				what = 1;
			if (what == 0) {
				pos = (size_t)(r >> 40) % len;
				want[pos] ^= bit;
			} else if (what == 1) {
				pos = len + (size_t)(r >> 40) % 16;
				want[pos] ^= bit;
			} else {
				pos = (size_t)(r >> 40) % adlen;
				ad[pos] ^= bit;
			}
			memset(pt, 0x55, len + 1);
			rc = x ? crypto_aead_xchacha20poly1305_open(pt, want, len + 16,
				     ad, adlen, nonce, key) :
				 crypto_aead_chacha20poly1305_open(pt, want, len + 16,
				     ad, adlen, nonce, key);
			if (rc != CRYPTO_ERR_AUTH || !all_zero(pt, len) || pt[len] != 0x55) {
				if (bad_tamper++ < 3)
					tap_diag("%s tamper %u at %zu accepted or left data",
					    name, what, pos);
			}
		}
	}
	tap_ok(bad_seal == 0, "%s: %d random seals (both forms) match libsodium (%d differ)",
	    name, ROUNDS, bad_seal);
	tap_ok(bad_open == 0, "%s: %d libsodium ciphertexts open (%d failed)", name,
	    ROUNDS, bad_open);
	tap_ok(bad_inplace == 0, "%s: in-place open (%d failed)", name, bad_inplace);
	tap_ok(bad_tamper == 0,
	    "%s: %d flipped bits in ciphertext/tag/ad refused, output zeroed (%d not)",
	    name, ROUNDS, bad_tamper);
}

int
main(void)
{
	if (sodium_init() < 0) {
		tap_ok(0, "sodium_init");
		return tap_done();
	}
	test_kats();
	test_wycheproof("chacha20_poly1305_test.json", false);
	test_wycheproof("xchacha20_poly1305_test.json", true);
	test_differential(false);
	test_differential(true);
	return tap_done();
}
