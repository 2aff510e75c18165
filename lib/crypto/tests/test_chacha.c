/*
 * test_chacha.c: ChaCha20, HChaCha20 and XChaCha20.
 *
 * Known answers from RFC 8439 (sections 2.3.2, 2.4.2, appendix A.1 and
 * A.2) and draft-irtf-cfrg-xchacha (2.2.1), then libsodium as the oracle:
 * crypto_stream_chacha20_ietf_xor_ic and crypto_stream_xchacha20_xor_ic
 * over random keys, nonces, counters and lengths, in place and not, with
 * every 4-block boundary of the wide path covered.
 */
#include <crypto/chacha20.h>
#include <sodium.h>
#include <stdint.h>
#include <stdlib.h>
#include <tap.h>

static uint64_t rs = 0x5eed5eed12345678ULL;

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
	for (size_t i = 0; i < n; i++)
		p[i] = (uint8_t)(next() >> 24);
}

/* Parses hex digits, skipping spaces, colons and newlines; returns bytes. */
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

static const char sunscreen[] =
    "Ladies and Gentlemen of the class of '99: If I could offer you only "
    "one tip for the future, sunscreen would be it.";

static const char ietf_text[] =
    "Any submission to the IETF intended by the Contributor for publication "
    "as all or part of an IETF Internet-Draft or RFC and any statement made "
    "within the context of an IETF activity is considered an \"IETF "
    "Contribution\". Such statements include oral statements in IETF "
    "sessions, as well as written and electronic communications made at "
    "any time or place, which are addressed to";

static const char jabberwocky[] =
    "'Twas brillig, and the slithy toves\nDid gyre and gimble in the "
    "wabe:\nAll mimsy were the borogoves,\nAnd the mome raths outgrabe.";

static void
test_rfc(void)
{
	uint8_t key[32], nonce[12], want[512], got[512];
	size_t n;

	for (int i = 0; i < 32; i++)
		key[i] = (uint8_t)i;

	/* 2.3.2: the block function, counter 1. */
	hex(nonce, "000000090000004a00000000");
	n = hex(want,
	    "10 f1 e7 e4 d1 3b 59 15 50 0f dd 1f a3 20 71 c4"
	    "c7 d1 f4 c7 33 c0 68 03 04 22 aa 9a c3 d4 6c 4e"
	    "d2 82 64 46 07 9f aa 09 14 c2 d7 05 d9 8b 02 a2"
	    "b5 12 9c d1 de 16 4e b9 cb d0 83 e8 a2 50 3c 4e");
	crypto_chacha20_ietf(got, NULL, n, key, nonce, 1);
	tap_mem_eq(got, want, n, "RFC 8439 2.3.2 block function");

	/* 2.4.2: encryption, counter 1. */
	hex(nonce, "000000000000004a00000000");
	n = hex(want,
	    "6e 2e 35 9a 25 68 f9 80 41 ba 07 28 dd 0d 69 81"
	    "e9 7e 7a ec 1d 43 60 c2 0a 27 af cc fd 9f ae 0b"
	    "f9 1b 65 c5 52 47 33 ab 8f 59 3d ab cd 62 b3 57"
	    "16 39 d6 24 e6 51 52 ab 8f 53 0c 35 9f 08 61 d8"
	    "07 ca 0d bf 50 0d 6a 61 56 a3 8e 08 8a 22 b6 5e"
	    "52 bc 51 4d 16 cc f8 06 81 8c e9 1a b7 79 37 36"
	    "5a f9 0b bf 74 a3 5b e6 b4 0b 8e ed f2 78 5e 42"
	    "87 4d");
	crypto_chacha20_ietf(got, (const uint8_t *)sunscreen, n, key, nonce, 1);
	tap_ok(n == strlen(sunscreen), "sunscreen length");
	tap_mem_eq(got, want, n, "RFC 8439 2.4.2 encryption");

	/* A.1 #1 (= A.2 #1): zero key, zero nonce, counter 0. */
	memset(key, 0, 32);
	memset(nonce, 0, 12);
	n = hex(want,
	    "76 b8 e0 ad a0 f1 3d 90 40 5d 6a e5 53 86 bd 28"
	    "bd d2 19 b8 a0 8d ed 1a a8 36 ef cc 8b 77 0d c7"
	    "da 41 59 7c 51 57 48 8d 77 24 e0 3f b8 d8 4a 37"
	    "6a 43 b8 f4 15 18 a1 1c c3 87 b6 69 b2 ee 65 86");
	crypto_chacha20_ietf(got, NULL, n, key, nonce, 0);
	tap_mem_eq(got, want, n, "RFC 8439 A.1 #1 keystream");

	/* A.1 #4: key 00 ff 00..., counter 2. */
	key[1] = 0xff;
	n = hex(want,
	    "72 d5 4d fb f1 2e c4 4b 36 26 92 df 94 13 7f 32"
	    "8f ea 8d a7 39 90 26 5e c1 bb be a1 ae 9a f0 ca"
	    "13 b2 5a a2 6c b4 a6 48 cb 9b 9d 1b e6 5b 2c 09"
	    "24 a6 6c 54 d5 45 ec 1b 73 74 f4 87 2e 99 f0 96");
	crypto_chacha20_ietf(got, NULL, n, key, nonce, 2);
	tap_mem_eq(got, want, n, "RFC 8439 A.1 #4 keystream");

	/* A.1 #5: zero key, nonce ...02, counter 0. */
	key[1] = 0;
	nonce[11] = 2;
	n = hex(want,
	    "c2 c6 4d 37 8c d5 36 37 4a e2 04 b9 ef 93 3f cd"
	    "1a 8b 22 88 b3 df a4 96 72 ab 76 5b 54 ee 27 c7"
	    "8a 97 0e 0e 95 5c 14 f3 a8 8e 74 1b 97 c2 86 f7"
	    "5f 8f c2 99 e8 14 83 62 fa 19 8a 39 53 1b ed 6d");
	crypto_chacha20_ietf(got, NULL, n, key, nonce, 0);
	tap_mem_eq(got, want, n, "RFC 8439 A.1 #5 keystream");

	/* A.2 #2: key ...01, nonce ...02, counter 1, 375 bytes. */
	key[31] = 1;
	n = hex(want,
	    "a3 fb f0 7d f3 fa 2f de 4f 37 6c a2 3e 82 73 70"
	    "41 60 5d 9f 4f 4f 57 bd 8c ff 2c 1d 4b 79 55 ec"
	    "2a 97 94 8b d3 72 29 15 c8 f3 d3 37 f7 d3 70 05"
	    "0e 9e 96 d6 47 b7 c3 9f 56 e0 31 ca 5e b6 25 0d"
	    "40 42 e0 27 85 ec ec fa 4b 4b b5 e8 ea d0 44 0e"
	    "20 b6 e8 db 09 d8 81 a7 c6 13 2f 42 0e 52 79 50"
	    "42 bd fa 77 73 d8 a9 05 14 47 b3 29 1c e1 41 1c"
	    "68 04 65 55 2a a6 c4 05 b7 76 4d 5e 87 be a8 5a"
	    "d0 0f 84 49 ed 8f 72 d0 d6 62 ab 05 26 91 ca 66"
	    "42 4b c8 6d 2d f8 0e a4 1f 43 ab f9 37 d3 25 9d"
	    "c4 b2 d0 df b4 8a 6c 91 39 dd d7 f7 69 66 e9 28"
	    "e6 35 55 3b a7 6c 5c 87 9d 7b 35 d4 9e b2 e6 2b"
	    "08 71 cd ac 63 89 39 e2 5e 8a 1e 0e f9 d5 28 0f"
	    "a8 ca 32 8b 35 1c 3c 76 59 89 cb cf 3d aa 8b 6c"
	    "cc 3a af 9f 39 79 c9 2b 37 20 fc 88 dc 95 ed 84"
	    "a1 be 05 9c 64 99 b9 fd a2 36 e7 e8 18 b0 4b 0b"
	    "c3 9c 1e 87 6b 19 3b fe 55 69 75 3f 88 12 8c c0"
	    "8a aa 9b 63 d1 a1 6f 80 ef 25 54 d7 18 9c 41 1f"
	    "58 69 ca 52 c5 b8 3f a3 6f f2 16 b9 c1 d3 00 62"
	    "be bc fd 2d c5 bc e0 91 19 34 fd a7 9a 86 f6 e6"
	    "98 ce d7 59 c3 ff 9b 64 77 33 8f 3d a4 f9 cd 85"
	    "14 ea 99 82 cc af b3 41 b2 38 4d d9 02 f3 d1 ab"
	    "7a c6 1d d2 9c 6f 21 ba 5b 86 2f 37 30 e3 7c fd"
	    "c4 fd 80 6c 22 f2 21");
	tap_ok(n == strlen(ietf_text), "IETF text length");
	crypto_chacha20_ietf(got, (const uint8_t *)ietf_text, n, key, nonce, 1);
	tap_mem_eq(got, want, n, "RFC 8439 A.2 #2 encryption (375 bytes)");

	/* A.2 #3: counter 42. */
	hex(key, "1c 92 40 a5 eb 55 d3 8a f3 33 88 86 04 f6 b5 f0"
		 "47 39 17 c1 40 2b 80 09 9d ca 5c bc 20 70 75 c0");
	n = hex(want,
	    "62 e6 34 7f 95 ed 87 a4 5f fa e7 42 6f 27 a1 df"
	    "5f b6 91 10 04 4c 0d 73 11 8e ff a9 5b 01 e5 cf"
	    "16 6d 3d f2 d7 21 ca f9 b2 1e 5f b1 4c 61 68 71"
	    "fd 84 c5 4f 9d 65 b2 83 19 6c 7f e4 f6 05 53 eb"
	    "f3 9c 64 02 c4 22 34 e3 2a 35 6b 3e 76 43 12 a6"
	    "1a 55 32 05 57 16 ea d6 96 25 68 f8 7d 3f 3f 77"
	    "04 c6 a8 d1 bc d1 bf 4d 50 d6 15 4b 6d a7 31 b1"
	    "87 b5 8d fd 72 8a fa 36 75 7a 79 7a c1 88 d1");
	tap_ok(n == strlen(jabberwocky), "jabberwocky length");
	crypto_chacha20_ietf(got, (const uint8_t *)jabberwocky, n, key, nonce,
	    42);
	tap_mem_eq(got, want, n, "RFC 8439 A.2 #3 encryption (counter 42)");
}

static void
test_hchacha(void)
{
	uint8_t key[32], in[16], want[32], got[32];

	for (int i = 0; i < 32; i++)
		key[i] = (uint8_t)i;
	hex(in, "00:00:00:09:00:00:00:4a:00:00:00:00:31:41:59:27");
	hex(want, "82413b42 27b27bfe d30e4250 8a877d73"
		  "a0f9e4d5 8a74a853 c12ec413 26d3ecdc");
	crypto_hchacha20(got, key, in);
	tap_mem_eq(got, want, 32, "HChaCha20, draft-irtf-cfrg-xchacha 2.2.1");

	int bad = 0;
	for (int i = 0; i < 1000; i++) {
		fill(key, 32);
		fill(in, 16);
		crypto_hchacha20(got, key, in);
		crypto_core_hchacha20(want, in, key, NULL);
		bad += memcmp(got, want, 32) != 0;
	}
	tap_ok(bad == 0, "HChaCha20 agrees with libsodium on 1000 random inputs");
}

#define MAXLEN 4200

static void
test_differential(void)
{
	static uint8_t m[MAXLEN], got[MAXLEN], want[MAXLEN];
	uint8_t key[32], nonce[24];
	int bad_ietf = 0, bad_x = 0, bad_inplace = 0, bad_split = 0;

	/* Every length around the 64- and 256-byte boundaries. */
	for (size_t len = 0; len <= 1100; len++) {
		uint32_t ctr = (uint32_t)next();

		fill(key, 32);
		fill(nonce, 24);
		fill(m, len);
		crypto_chacha20_ietf(got, m, len, key, nonce, ctr);
		crypto_stream_chacha20_ietf_xor_ic(want, m, len, nonce, ctr, key);
		bad_ietf += memcmp(got, want, len) != 0;
	}
	tap_ok(bad_ietf == 0, "ChaCha20-IETF, every length 0..1100, random counter");

	bad_ietf = 0;
	for (int i = 0; i < 20000; i++) {
		uint64_t r = next();
		size_t len = (size_t)(r % MAXLEN);
		uint32_t ctr = (r & 0x1000000) ? (uint32_t)(r >> 32) : 0;

		fill(key, 32);
		fill(nonce, 24);
		fill(m, len);

		crypto_chacha20_ietf(got, m, len, key, nonce, ctr);
		crypto_stream_chacha20_ietf_xor_ic(want, m, len, nonce, ctr, key);
		bad_ietf += memcmp(got, want, len) != 0;

		crypto_xchacha20(got, m, len, key, nonce, ctr);
		crypto_stream_xchacha20_xor_ic(want, m, len, nonce, ctr, key);
		bad_x += memcmp(got, want, len) != 0;

		memcpy(got, m, len);
		crypto_xchacha20(got, got, len, key, nonce, ctr);
		bad_inplace += memcmp(got, want, len) != 0;

		/* A stream split at a block boundary continues the counter. */
		size_t cut = (size_t)(r >> 40) % (len / 64 + 1) * 64;
		crypto_xchacha20(got, m, cut, key, nonce, ctr);
		crypto_xchacha20(got + cut, m + cut, len - cut, key, nonce,
		    ctr + (uint32_t)(cut / 64));
		bad_split += memcmp(got, want, len) != 0;
	}
	tap_ok(bad_ietf == 0, "ChaCha20-IETF agrees with libsodium, 20000 random (%d differ)", bad_ietf);

	/*
	 * The 32-bit counter wraps to 0 (RFC 8439 leaves this to the caller):
	 * the 4-block path and single blocks must agree across the wrap.
	 */
	{
		uint32_t ctr = 0xfffffffeU;
		int bad_wrap = 0;

		crypto_chacha20_ietf(got, NULL, 512, key, nonce, ctr);
		for (uint32_t j = 0; j < 8; j++)
			crypto_chacha20_ietf(want + 64 * j, NULL, 64, key, nonce, ctr + j);
		bad_wrap = memcmp(got, want, 512) != 0;
		tap_ok(bad_wrap == 0, "counter wrap: 4-block path equals single blocks");
	}
	tap_ok(bad_x == 0, "XChaCha20 agrees with libsodium, 20000 random (%d differ)", bad_x);
	tap_ok(bad_inplace == 0, "XChaCha20 in place (%d differ)", bad_inplace);
	tap_ok(bad_split == 0, "XChaCha20 split at block boundaries (%d differ)", bad_split);
}

int
main(void)
{
	if (sodium_init() < 0) {
		tap_ok(0, "sodium_init");
		return tap_done();
	}
	test_rfc();
	test_hchacha();
	test_differential();
	return tap_done();
}
