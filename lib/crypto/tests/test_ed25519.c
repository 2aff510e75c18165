/*
 * test_ed25519.c: Ed25519 against RFC 8032, Wycheproof and libsodium.
 *
 *	- RFC 8032 section 7.1 vectors (TEST 1, 2, 3 and SHA(abc)): key pair,
 *	  signature, and acceptance of the signature;
 *	- every case of wycheproof/ed25519_test.json (from $NEXUS_VECTORS or
 *	  ../shared/vectors): "valid" must verify and "invalid" must not; a
 *	  signature that is not 64 bytes long is rejected before the call, as
 *	  the API takes exactly 64 bytes;
 *	- 100,000 random seeds and messages (mostly short, some up to 4 KiB):
 *	  the key pair and the signature must equal libsodium's byte for byte
 *	  (Ed25519 signing is deterministic), and crypto_ed25519_verify() must
 *	  agree with crypto_sign_verify_detached() on the signature as made or
 *	  with a random bit flipped in the signature, message or public key,
 *	  or with S replaced by S + L.
 */
#include <crypto/ed25519.h>
#include <cjson/cJSON.h>
#include <sodium.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tap.h>

static uint64_t rng = 0xda3e39cb94b95bdbULL;

static uint64_t
next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static void
fill(uint8_t *p, size_t n)
{
	while (n > 0) {
		uint64_t r = next();
		size_t k = n < 8 ? n : 8;

		memcpy(p, &r, k);
		p += k;
		n -= k;
	}
}

/* Decodes hex into out (at most max bytes); returns the length or -1. */
static long
unhex(uint8_t *out, size_t max, const char *hex)
{
	size_t n = strlen(hex) / 2, i;
	unsigned int b;

	if (strlen(hex) % 2 != 0 || n > max)
		return -1;
	for (i = 0; i < n; i++) {
		if (sscanf(hex + 2 * i, "%2x", &b) != 1)
			return -1;
		out[i] = (uint8_t)b;
	}
	return (long)n;
}

static char *
read_vectors(const char *rel)
{
	const char *dir = getenv("NEXUS_VECTORS");
	char path[1024];
	FILE *f;
	long n;
	char *buf;

	snprintf(path, sizeof(path), "%s/%s", dir ? dir : "../shared/vectors",
	    rel);
	if ((f = fopen(path, "rb")) == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	if (buf == NULL || fread(buf, 1, (size_t)n, f) != (size_t)n) {
		fclose(f);
		free(buf);
		return NULL;
	}
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static void
rfc8032(void)
{
	static const struct {
		const char *name, *sk, *pk, *msg, *sig;
	} v[] = {
		{ "TEST 1",
		  "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
		  "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
		  "",
		  "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
		  "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b" },
		{ "TEST 2",
		  "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
		  "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
		  "72",
		  "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
		  "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00" },
		{ "TEST 3",
		  "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
		  "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
		  "af82",
		  "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
		  "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a" },
		{ "TEST SHA(abc)",
		  "833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42",
		  "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf",
		  "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
		  "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
		  "dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b589"
		  "09351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704" },
	};
	uint8_t seed[32], pk[32], want_pk[32], sk[64], msg[64], sig[64];
	uint8_t want_sig[64];
	size_t i;
	long mlen;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		unhex(seed, 32, v[i].sk);
		unhex(want_pk, 32, v[i].pk);
		mlen = unhex(msg, sizeof(msg), v[i].msg);
		unhex(want_sig, 64, v[i].sig);
		crypto_ed25519_keypair(pk, sk, seed);
		tap_mem_eq(pk, want_pk, 32, v[i].name);
		crypto_ed25519_sign(sig, sk, msg, (size_t)mlen);
		tap_mem_eq(sig, want_sig, 64, v[i].name);
		tap_ok(crypto_ed25519_verify(sig, pk, msg, (size_t)mlen) == 0,
		    "%s verifies", v[i].name);
		if (mlen == 0) {
			uint8_t sig2[64];

			crypto_ed25519_sign(sig2, sk, NULL, 0);
			tap_ok(memcmp(sig, sig2, 64) == 0 &&
			    crypto_ed25519_verify(sig, pk, NULL, 0) == 0,
			    "%s with a NULL message of length 0", v[i].name);
		}
		sig[63] ^= 0x10;
		tap_ok(crypto_ed25519_verify(sig, pk, msg, (size_t)mlen) != 0,
		    "%s with a flipped bit in S does not verify", v[i].name);
	}
}

static void
wycheproof(void)
{
	char *text = read_vectors("wycheproof/ed25519_test.json");
	cJSON *root, *g, *t;
	int n = 0, bad = 0, valid = 0, declared;
	static uint8_t msg[4096];

	if (!tap_ok(text != NULL, "read wycheproof/ed25519_test.json"))
		return;
	root = cJSON_Parse(text);
	declared = cJSON_GetObjectItem(root, "numberOfTests")->valueint;
	cJSON_ArrayForEach(g, cJSON_GetObjectItem(root, "testGroups")) {
		uint8_t pk[32];
		long pklen = unhex(pk, 32, cJSON_GetObjectItem(
		    cJSON_GetObjectItem(g, "publicKey"), "pk")->valuestring);

		cJSON_ArrayForEach(t, cJSON_GetObjectItem(g, "tests")) {
			uint8_t sig[128];
			const char *result =
			    cJSON_GetObjectItem(t, "result")->valuestring;
			long mlen = unhex(msg, sizeof(msg),
			    cJSON_GetObjectItem(t, "msg")->valuestring);
			long slen = unhex(sig, sizeof(sig),
			    cJSON_GetObjectItem(t, "sig")->valuestring);
			bool accepted = false, ok;

			n++;
			if (pklen == 32 && mlen >= 0 && slen == 64)
				accepted = crypto_ed25519_verify(sig, pk, msg,
				    (size_t)mlen) == 0;
			if (strcmp(result, "valid") == 0)
				ok = accepted;
			else if (strcmp(result, "invalid") == 0)
				ok = !accepted;
			else
				ok = false;	/* no "acceptable" case exists */
			valid += accepted;
			if (!ok) {
				bad++;
				tap_diag("wycheproof ed25519 tcId %d (%s) %s",
				    cJSON_GetObjectItem(t, "tcId")->valueint,
				    result, accepted ? "accepted" : "rejected");
			}
		}
	}
	tap_ok(n == declared && n > 0, "wycheproof ed25519: %d of %d cases read",
	    n, declared);
	tap_ok(bad == 0, "wycheproof ed25519: every case gives the expected "
	    "result (%d failures, %d accepted)", bad, valid);
	cJSON_Delete(root);
	free(text);
}

/* The group order L, little-endian, to make S + L. */
static const uint8_t order[32] = {
	0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2,
	0xde, 0xf9, 0xde, 0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0x10,
};

int
main(void)
{
	static uint8_t msg[4096];
	uint8_t seed[32], pk[32], sk[64], spk[32], ssk[64], sig[64], ssig[64];
	int i, j, bad_kp = 0, bad_sig = 0, bad_ver = 0, accepted = 0;
	int ours, theirs;
	size_t len;

	if (sodium_init() < 0)
		return 1;
	if (getenv("NEXUS_SEED"))
		rng = strtoull(getenv("NEXUS_SEED"), NULL, 0) | 1;
	rfc8032();
	wycheproof();

	for (i = 0; i < 100000; i++) {
		fill(seed, 32);
		len = next() % 50 == 0 ? next() % sizeof(msg) : next() % 64;
		fill(msg, len);
		crypto_ed25519_keypair(pk, sk, seed);
		crypto_sign_seed_keypair(spk, ssk, seed);
		bad_kp += memcmp(pk, spk, 32) != 0 || memcmp(sk, ssk, 64) != 0;
		crypto_ed25519_sign(sig, sk, msg, len);
		crypto_sign_detached(ssig, NULL, msg, len, ssk);
		bad_sig += memcmp(sig, ssig, 64) != 0;

		switch (next() % 6) {
		case 0:
			sig[next() % 64] ^= (uint8_t)(1 << (next() % 8));
			break;
		case 1:
			if (len > 0)
				msg[next() % len] ^= (uint8_t)(1 << (next() % 8));
			break;
		case 2:
			pk[next() % 32] ^= (uint8_t)(1 << (next() % 8));
			break;
		case 3: {
			/* S + L: the same S modulo L, but not canonical. */
			unsigned c = 0;

			for (j = 0; j < 32; j++) {
				c += (unsigned)sig[32 + j] + order[j];
				sig[32 + j] = (uint8_t)c;
				c >>= 8;
			}
			break;
		}
		default:
			break;	/* unchanged: must verify */
		}
		ours = crypto_ed25519_verify(sig, pk, msg, len);
		theirs = crypto_sign_verify_detached(sig, msg, len, pk);
		bad_ver += (ours == 0) != (theirs == 0);
		accepted += ours == 0;
	}
	tap_ok(bad_kp == 0, "100000 key pairs from random seeds match libsodium "
	    "(%d differ)", bad_kp);
	tap_ok(bad_sig == 0, "100000 signatures match libsodium (%d differ)",
	    bad_sig);
	tap_ok(bad_ver == 0, "100000 verifications (valid and mutated) agree "
	    "with libsodium (%d differ, %d accepted)", bad_ver, accepted);
	tap_ok(accepted > 30000 && accepted < 70000, "about a third of them "
	    "verify (%d)", accepted);
	return tap_done();
}
