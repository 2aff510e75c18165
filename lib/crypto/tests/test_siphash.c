/*
 * test_siphash.c: SipHash-2-4.
 *
 * The paper's example (key 00..0f, message 00..0e), every Wycheproof case
 * of siphash_2_4_test.json read at run time, and libsodium's
 * crypto_shorthash_siphash24 as the oracle over 200,000 random keys and
 * messages of length 0..4 KiB (half of them short, where SipHash is used).
 */
#include <cjson/cJSON.h>
#include <crypto/siphash.h>
#include <sodium.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <tap.h>

static uint64_t rs = 0x1234567890abcdefULL;

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

static void
test_paper(void)
{
	uint8_t key[16], msg[15], out[8];
	uint8_t want[8] = { 0xe5, 0x45, 0xbe, 0x49, 0x61, 0xca, 0x29, 0xa1 };

	for (int i = 0; i < 16; i++)
		key[i] = (uint8_t)i;
	for (int i = 0; i < 15; i++)
		msg[i] = (uint8_t)i;
	tap_ok(crypto_siphash24(key, msg, 15) == 0xa129ca6149be45e5ULL,
	    "SipHash paper example: 0xa129ca6149be45e5");
	crypto_siphash24_bytes(out, key, msg, 15);
	tap_mem_eq(out, want, 8, "SipHash paper example, byte form");
}

static void
test_wycheproof(void)
{
	const char *dir = getenv("NEXUS_VECTORS");
	char path[1024], *text;
	cJSON *j;
	const cJSON *g, *t;
	int total = 0, bad = 0;

	snprintf(path, sizeof(path), "%s/wycheproof/siphash_2_4_test.json",
	    dir != NULL ? dir : "../shared/vectors");
	text = slurp(path);
	j = text != NULL ? cJSON_Parse(text) : NULL;
	free(text);
	if (j == NULL) {
		tap_diag("cannot read %s", path);
		tap_ok(0, "Wycheproof siphash_2_4_test.json readable and parsed");
		return;
	}
	cJSON_ArrayForEach(g, cJSON_GetObjectItemCaseSensitive(j, "testGroups")) {
		cJSON_ArrayForEach(t, cJSON_GetObjectItemCaseSensitive(g, "tests")) {
			const char *ks = cJSON_GetObjectItemCaseSensitive(t, "key")->valuestring;
			const char *ms = cJSON_GetObjectItemCaseSensitive(t, "msg")->valuestring;
			const char *ts = cJSON_GetObjectItemCaseSensitive(t, "tag")->valuestring;
			const char *rs_ = cJSON_GetObjectItemCaseSensitive(t, "result")->valuestring;
			uint8_t *msg = malloc(strlen(ms) / 2 + 1);
			uint8_t key[16], tag[8], got[8];
			size_t klen = strlen(ks) / 2, mlen, tlen = strlen(ts) / 2;
			bool match;

			total++;
			if (klen != 16 || tlen != 8) {
				match = false;
			} else {
				hex(key, ks);
				hex(tag, ts);
				mlen = hex(msg, ms);
				crypto_siphash24_bytes(got, key, msg, mlen);
				match = memcmp(got, tag, 8) == 0;
			}
			if (match != (strcmp(rs_, "valid") == 0)) {
				bad++;
				tap_diag("tcId %d wrong",
				    cJSON_GetObjectItemCaseSensitive(t, "tcId")->valueint);
			}
			free(msg);
		}
	}
	tap_ok(bad == 0 && total ==
	    cJSON_GetObjectItemCaseSensitive(j, "numberOfTests")->valueint,
	    "Wycheproof siphash_2_4_test.json: %d cases, %d wrong", total, bad);
	cJSON_Delete(j);
}

static void
test_differential(void)
{
	static uint8_t m[4096];
	uint8_t key[16], want[8], got[8];
	int bad = 0;

	for (int i = 0; i < 200000; i++) {
		uint64_t r = next();
		size_t len = (r & 1) ? (size_t)(r >> 8) % 64 : (size_t)(r >> 8) % sizeof(m);
		size_t off = (size_t)(r >> 40) & 7;

		if (len + off > sizeof(m))
			off = 0;
		fill(key, 16);
		fill(m + off, len);
		crypto_siphash24_bytes(got, key, m + off, len);
		crypto_shorthash_siphash24(want, m + off, len, key);
		if (memcmp(got, want, 8) != 0 && bad++ < 3)
			tap_diag("differs at len %zu", len);
	}
	tap_ok(bad == 0, "SipHash-2-4 agrees with libsodium on 200000 random inputs (%d differ)",
	    bad);
	crypto_shorthash_siphash24(want, (const uint8_t *)"", 0, key);
	crypto_siphash24_bytes(got, key, NULL, 0);
	tap_mem_eq(got, want, 8, "empty input passed as NULL");
	/* A flipped key bit changes the result. */
	fill(key, 16);
	{
		uint64_t h = crypto_siphash24(key, m, 100);

		key[15] ^= 0x80;
		tap_ok(crypto_siphash24(key, m, 100) != h, "the key changes the hash");
	}
}

int
main(void)
{
	if (sodium_init() < 0) {
		tap_ok(0, "sodium_init");
		return tap_done();
	}
	test_paper();
	test_wycheproof();
	test_differential();
	return tap_done();
}
