/*
 * test_blake3.c: BLAKE3 against the official test vectors.
 *
 * The vectors are read at run time from blake3/test_vectors.json under
 * $NEXUS_VECTORS or ../shared/vectors (relative to the repository root, where
 * tests run).  Every case is checked in all three modes (hash, keyed_hash,
 * derive_key) with its full 131-byte extended output and the 32-byte default
 * output; then with the input fed in random pieces, with final() called in
 * the middle (which must not disturb the state), and with final_seek() at
 * random offsets and lengths.  The random choices are seeded so a failure
 * repeats; NEXUS_SEED changes the seed.
 */
#include <cjson/cJSON.h>
#include <crypto/blake3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tap.h>

static uint64_t rng = 0x2545f4914f6cdd1dULL;

static uint64_t
next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* Reads the vector file rel under the vectors directory; NULL if absent. */
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

static size_t
unhex(uint8_t *out, size_t max, const char *hex)
{
	size_t n = strlen(hex) / 2, i;
	unsigned int b;

	if (n > max)
		return 0;
	for (i = 0; i < n; i++) {
		if (sscanf(hex + 2 * i, "%2x", &b) != 1)
			return 0;
		out[i] = (uint8_t)b;
	}
	return n;
}

enum mode { HASH, KEYED, DERIVE };
static const char *const mode_name[] = { "hash", "keyed_hash", "derive_key" };
static uint8_t key[32];
static char context[128];

static void
start(struct crypto_blake3 *s, enum mode m)
{
	switch (m) {
	case HASH:
		crypto_blake3_init(s);
		break;
	case KEYED:
		crypto_blake3_init_keyed(s, key);
		break;
	case DERIVE:
		crypto_blake3_init_derive_key(s, context, strlen(context));
		break;
	}
}

/* Hashes in with random split points, checking final() on the way. */
static bool
split_hash(enum mode m, const uint8_t *in, size_t len, uint8_t *out,
    size_t out_len)
{
	struct crypto_blake3 s, copy;
	uint8_t mid[64];
	size_t off = 0, n;
	bool ok = true;

	start(&s, m);
	while (off < len) {
		switch (next() % 4) {
		case 0:
			n = next() % 8;
			break;
		case 1:
			n = next() % 130;
			break;
		case 2:
			n = next() % 2100;
			break;
		default:
			n = next() % 9000;
			break;
		}
		if (n > len - off)
			n = len - off;
		crypto_blake3_update(&s, in + off, n);
		off += n;
		if (next() % 4 == 0) {
			memcpy(&copy, &s, sizeof(s));
			crypto_blake3_final(&s, mid, sizeof(mid));
			ok &= memcmp(&copy, &s, sizeof(s)) == 0;
		}
	}
	crypto_blake3_final(&s, out, out_len);
	return ok;
}

int
main(void)
{
	char *text = read_vectors("blake3/test_vectors.json");
	cJSON *root, *cases, *c;
	static uint8_t input[110000];
	uint8_t want[256], got[256];
	size_t i, want_len;
	int m, ncases = 0;
	bool split_ok, seek_ok, inc_ok;

	if (getenv("NEXUS_SEED"))
		rng = strtoull(getenv("NEXUS_SEED"), NULL, 0) | 1;
	if (!tap_ok(text != NULL, "read blake3/test_vectors.json"))
		return tap_done();
	root = cJSON_Parse(text);
	cases = cJSON_GetObjectItem(root, "cases");
	if (!tap_ok(cJSON_IsArray(cases), "vector file parses"))
		return tap_done();
	memcpy(key, cJSON_GetObjectItem(root, "key")->valuestring, 32);
	snprintf(context, sizeof(context), "%s",
	    cJSON_GetObjectItem(root, "context_string")->valuestring);
	for (i = 0; i < sizeof(input); i++)
		input[i] = (uint8_t)(i % 251);

	cJSON_ArrayForEach(c, cases) {
		size_t len = (size_t)cJSON_GetObjectItem(c, "input_len")->valuedouble;

		ncases++;
		if (len > sizeof(input)) {
			tap_ok(false, "input_len %zu fits the test buffer", len);
			continue;
		}
		for (m = HASH; m <= DERIVE; m++) {
			struct crypto_blake3 s;
			char name[64];

			want_len = unhex(want, sizeof(want),
			    cJSON_GetObjectItem(c, mode_name[m])->valuestring);
			snprintf(name, sizeof(name), "%s len %zu", mode_name[m], len);

			/* Whole input, full extended output and 32 bytes. */
			start(&s, (enum mode)m);
			crypto_blake3_update(&s, input, len);
			crypto_blake3_final(&s, got, want_len);
			tap_mem_eq(got, want, want_len, name);
			memset(got, 0, sizeof(got));
			crypto_blake3_final(&s, got, 32);
			if (m == HASH) {
				uint8_t one[32];

				crypto_blake3(one, 32, input, len);
				tap_mem_eq(one, want, 32,
				    "one-shot crypto_blake3 default length");
			}
			tap_mem_eq(got, want, 32, "default 32-byte output");

			/* Random splits; final() in between leaves s alone. */
			split_ok = inc_ok = true;
			for (int t = 0; t < 12; t++) {
				memset(got, 0, sizeof(got));
				inc_ok &= split_hash((enum mode)m, input, len, got,
				    want_len);
				split_ok &= memcmp(got, want, want_len) == 0;
			}
			tap_ok(split_ok, "%s in random pieces", name);
			tap_ok(inc_ok, "%s final() leaves the state unchanged",
			    name);

			/* final_seek at random offsets and lengths. */
			seek_ok = true;
			for (int t = 0; t < 40; t++) {
				size_t off = next() % want_len;
				size_t n = next() % (want_len - off + 1);

				memset(got, 0xa5, sizeof(got));
				crypto_blake3_final_seek(&s, off, got, n);
				seek_ok &= memcmp(got, want + off, n) == 0 &&
				    got[n] == 0xa5;
			}
			tap_ok(seek_ok, "%s final_seek at random offsets", name);
		}
	}
	tap_ok(ncases == 35, "all %d cases present", ncases);

	/* NULL with length 0: no input, no output. */
	{
		struct crypto_blake3 s;
		uint8_t a[32], b[32];

		crypto_blake3_init(&s);
		crypto_blake3_update(&s, NULL, 0);
		crypto_blake3_final(&s, NULL, 0);
		crypto_blake3_final(&s, a, 32);
		crypto_blake3(b, 32, NULL, 0);
		tap_ok(memcmp(a, b, 32) == 0, "NULL, 0 input hashes as empty");
	}
	cJSON_Delete(root);
	free(text);
	return tap_done();
}
