/*
 * test_x25519.c: X25519 against RFC 7748, Wycheproof and libsodium.
 *
 *	- RFC 7748 section 5.2 vectors, the iterated vector (1 and 1000 times)
 *	  and the section 6.1 Diffie-Hellman example;
 *	- every case of wycheproof/x25519_test.json (read at run time from
 *	  $NEXUS_VECTORS or ../shared/vectors): the output must equal "shared"
 *	  for valid and acceptable cases alike, and the return value must be
 *	  CRYPTO_ERR_AUTH exactly when the shared secret is all zero;
 *	- crypto_x25519_public_key() (fixed-base, through Edwards) against the
 *	  ladder at u = 9;
 *	- 100,000 random (secret, public) pairs against libsodium's
 *	  crypto_scalarmult, public keys with and without the top bit, plus the
 *	  derived public key against crypto_scalarmult_base.
 */
#include <crypto/x25519.h>
#include <cjson/cJSON.h>
#include <sodium.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tap.h>

static uint64_t rng = 0x853c49e6748fea9bULL;

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

static size_t
unhex(uint8_t *out, size_t max, const char *hex)
{
	size_t n = strlen(hex) / 2, i;
	unsigned int b;

	if (n > max)
		return (size_t)-1;
	for (i = 0; i < n; i++) {
		if (sscanf(hex + 2 * i, "%2x", &b) != 1)
			return (size_t)-1;
		out[i] = (uint8_t)b;
	}
	return n;
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
rfc7748(void)
{
	static const struct {
		const char *k, *u, *out;
	} v[] = {
		{ "a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4",
		  "e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c",
		  "c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552" },
		{ "4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d",
		  "e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493",
		  "95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957" },
	};
	uint8_t k[32], u[32], want[32], got[32], t[32];
	uint8_t a_sk[32], a_pk[32], b_sk[32], b_pk[32], s1[32], s2[32];
	size_t i;
	int it;

	for (i = 0; i < 2; i++) {
		unhex(k, 32, v[i].k);
		unhex(u, 32, v[i].u);
		unhex(want, 32, v[i].out);
		tap_ok(crypto_x25519(got, k, u) == 0, "RFC 7748 5.2 vector %zu "
		    "returns 0", i + 1);
		tap_mem_eq(got, want, 32, "RFC 7748 5.2 vector");
	}

	/* k = u = 9; then k, u = X25519(k, u), k. */
	memset(k, 0, 32);
	k[0] = 9;
	memcpy(u, k, 32);
	for (it = 1; it <= 1000; it++) {
		if (crypto_x25519(t, k, u) != 0)
			break;
		memcpy(u, k, 32);
		memcpy(k, t, 32);
		if (it == 1) {
			unhex(want, 32, "422c8e7a6227d7bca1350b3e2bb7279f"
			    "7897b87bb6854b783c60e80311ae3079");
			tap_mem_eq(k, want, 32, "RFC 7748 iterated, 1 time");
		}
	}
	unhex(want, 32, "684cf59ba83309552800ef566f2f4d3c"
	    "1c3887c49360e3875f2eb94d99532c51");
	tap_mem_eq(k, want, 32, "RFC 7748 iterated, 1000 times");

	unhex(a_sk, 32, "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
	unhex(b_sk, 32, "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
	crypto_x25519_public_key(a_pk, a_sk);
	crypto_x25519_public_key(b_pk, b_sk);
	unhex(want, 32, "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
	tap_mem_eq(a_pk, want, 32, "RFC 7748 6.1 Alice's public key");
	unhex(want, 32, "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
	tap_mem_eq(b_pk, want, 32, "RFC 7748 6.1 Bob's public key");
	unhex(want, 32, "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
	tap_ok(crypto_x25519(s1, a_sk, b_pk) == 0 &&
	    crypto_x25519(s2, b_sk, a_pk) == 0, "RFC 7748 6.1 both sides return 0");
	tap_mem_eq(s1, want, 32, "RFC 7748 6.1 Alice's shared secret");
	tap_mem_eq(s2, want, 32, "RFC 7748 6.1 Bob's shared secret");
}

static void
wycheproof(void)
{
	char *text = read_vectors("wycheproof/x25519_test.json");
	cJSON *root, *groups, *g, *tests, *t;
	int n = 0, bad = 0, zero = 0, declared;

	if (!tap_ok(text != NULL, "read wycheproof/x25519_test.json"))
		return;
	root = cJSON_Parse(text);
	groups = cJSON_GetObjectItem(root, "testGroups");
	declared = cJSON_GetObjectItem(root, "numberOfTests")->valueint;
	cJSON_ArrayForEach(g, groups) {
		tests = cJSON_GetObjectItem(g, "tests");
		cJSON_ArrayForEach(t, tests) {
			uint8_t pub[32], priv[32], want[32], got[32], z[32] = { 0 };
			const char *result =
			    cJSON_GetObjectItem(t, "result")->valuestring;
			int id = cJSON_GetObjectItem(t, "tcId")->valueint, rc;
			bool ok;

			n++;
			if (unhex(pub, 32, cJSON_GetObjectItem(t, "public")->valuestring) != 32 ||
			    unhex(priv, 32, cJSON_GetObjectItem(t, "private")->valuestring) != 32 ||
			    unhex(want, 32, cJSON_GetObjectItem(t, "shared")->valuestring) != 32) {
				/* No case has other sizes; "invalid" would need one. */
				ok = strcmp(result, "invalid") == 0;
			} else {
				rc = crypto_x25519(got, priv, pub);
				ok = strcmp(result, "invalid") != 0 &&
				    memcmp(got, want, 32) == 0 &&
				    (rc == CRYPTO_ERR_AUTH) ==
				    (memcmp(want, z, 32) == 0);
				zero += rc == CRYPTO_ERR_AUTH;
			}
			if (!ok) {
				bad++;
				tap_diag("wycheproof x25519 tcId %d (%s) fails",
				    id, result);
			}
		}
	}
	tap_ok(n == declared && n > 0, "wycheproof x25519: %d of %d cases read",
	    n, declared);
	tap_ok(bad == 0, "wycheproof x25519: every case gives the expected "
	    "shared secret (%d failures, %d all-zero results reported)", bad,
	    zero);
	cJSON_Delete(root);
	free(text);
}

int
main(void)
{
	uint8_t sk[32], pk[32], nine[32] = { 9 }, a[32], b[32];
	int i, bad_dh = 0, bad_pk = 0, bad_base = 0, rc_ours, rc_sodium;

	if (sodium_init() < 0)
		return 1;
	if (getenv("NEXUS_SEED"))
		rng = strtoull(getenv("NEXUS_SEED"), NULL, 0) | 1;
	rfc7748();
	wycheproof();

	for (i = 0; i < 100000; i++) {
		fill(sk, 32);
		fill(pk, 32);
		if ((i & 1) == 0)
			pk[31] &= 127;	/* libsodium and we both ignore bit 255 */
		rc_ours = crypto_x25519(a, sk, pk);
		rc_sodium = crypto_scalarmult(b, sk, pk);
		if (memcmp(a, b, 32) != 0 || rc_ours != rc_sodium)
			bad_dh++;
		if (i % 10 == 0) {
			crypto_x25519_public_key(a, sk);
			crypto_scalarmult_base(b, sk);
			bad_pk += memcmp(a, b, 32) != 0;
			if (crypto_x25519(b, sk, nine) != 0)
				bad_base++;
			bad_base += memcmp(a, b, 32) != 0;
		}
	}
	tap_ok(bad_dh == 0, "100000 random X25519 match libsodium (%d differ)",
	    bad_dh);
	tap_ok(bad_pk == 0, "10000 public keys match crypto_scalarmult_base "
	    "(%d differ)", bad_pk);
	tap_ok(bad_base == 0, "10000 public keys equal the ladder at u = 9 "
	    "(%d differ)", bad_base);
	return tap_done();
}
