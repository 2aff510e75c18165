/*
 * test_bundle.c: the boot bundle validator on hand-made bundles, one defect
 * each, on every truncation and random corruption, and on the build's real
 * bundle.
 *
 * The real bundle is read from the file in $NEXUS_BUNDLE (make test sets it
 * to $(B)/rv64/bundle.bin); every program in it must also pass the ELF
 * validator, and its recorded BLAKE3 (computed by tools/mkbundle.py in
 * Python) must equal lib/crypto's.  Without the variable that part is skipped.  Every bundle is
 * copied to a heap buffer of exactly its size, so ASan reports any read
 * past the end.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <tap.h>

#include <crypto/blake3.h>

#include "../bundle.h"
#include "../elf.h"

static uint8_t bun[4096];
static size_t bun_size;

static void
put32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

static void
put64(uint8_t *p, uint64_t v)
{
	put32(p, (uint32_t)v);
	put32(p + 4, (uint32_t)(v >> 32));
}

static uint8_t *
ent(int i)
{
	return bun + BUNDLE_HEADER_SIZE + BUNDLE_ENTRY_SIZE * i;
}

/* A valid bundle of three programs: "hello" (100 bytes), "spin" (8), "a.b-c_9" (1). */
static void
bun_reset(void)
{
	static const char *const names[] = {"hello", "spin", "a.b-c_9"};
	static const size_t sizes[] = {100, 8, 1};
	size_t off = BUNDLE_HEADER_SIZE + 3 * BUNDLE_ENTRY_SIZE;

	memset(bun, 0, sizeof(bun));
	memcpy(bun, "NXBUNDLE", 8);
	put32(bun + 8, BUNDLE_VERSION);
	put32(bun + 12, 3);
	put32(bun + 24, BUNDLE_ENTRY_SIZE);
	for (int i = 0; i < 3; i++) {
		memcpy(ent(i), names[i], strlen(names[i]));
		put64(ent(i) + 32, off);
		put64(ent(i) + 40, sizes[i]);
		memset(bun + off, 'A' + i, sizes[i]);
		crypto_blake3(ent(i) + 48, 32, bun + off, sizes[i]);
		off = (off + sizes[i] + 7) & ~(size_t)7;
	}
	bun_size = off;
	put64(bun + 16, bun_size);
}

static int
check_bytes(const uint8_t *p, size_t n)
{
	uint8_t *copy = malloc(n ? n : 1);
	int r;

	memcpy(copy, p, n);
	r = bundle_check(copy, n);
	free(copy);
	return r;
}

static void
expect(int want, const char *what)
{
	int got = check_bytes(bun, bun_size);

	tap_ok(got == want, "%s: %s (got %d: %s)", what, bundle_strerror(want), got, bundle_strerror(got));
	bun_reset();
}

static int
find(const char *name, size_t len, const void **data, size_t *size)
{
	return bundle_find(bun, bun_size, name, len, data, size);
}

static void
test_synthetic(void)
{
	const void *data = NULL;
	struct bundle_entry e;
	size_t size = 0;
	bool all = true;

	bun_reset();
	tap_ok(check_bytes(bun, bun_size) == 3, "a valid bundle has 3 entries");
	tap_ok(find("hello", 5, &data, &size) == 0 && data == bun + 272 && size == 100, "find hello");
	tap_ok(find("spin", 4, &data, &size) == 0 && size == 8 && ((const uint8_t *)data)[0] == 'B', "find spin");
	tap_ok(find("a.b-c_9", 7, &data, &size) == 0 && size == 1, "find a.b-c_9");
	data = NULL;
	size = 0;
	tap_ok(find("hell", 4, &data, &size) == BUNDLE_ERR_NOENT && data == NULL && size == 0,
	    "a prefix is not a match, outputs untouched");
	tap_ok(find("hellox", 6, &data, &size) == BUNDLE_ERR_NOENT, "a longer name is not a match");
	tap_ok(find("hello\0", 6, &data, &size) == BUNDLE_ERR_NOENT, "a name with a NUL is not a match");
	tap_ok(find(NULL, 0, &data, &size) == BUNDLE_ERR_NOENT, "an empty name (NULL) is not a match");
	tap_ok(find("HELLO", 5, &data, &size) == BUNDLE_ERR_NOENT, "names are case-sensitive");
	tap_ok(find("hello00000000000000000000000000000000000", 40, &data, &size) == BUNDLE_ERR_NOENT,
	    "a 40-byte name is not a match");
	tap_ok(bundle_entry_get(bun, bun_size, 1, &e) == 0 && memcmp(e.blake3, ent(1) + 48, 32) == 0,
	    "entry 1 reports its recorded hash");
	tap_ok(bundle_entry_get(bun, bun_size, 1, &e) == 0 && strcmp(e.name, "spin") == 0 && e.name_len == 4 &&
	        e.size == 8,
	    "entry 1 is spin");
	tap_ok(bundle_entry_get(bun, bun_size, 3, &e) == BUNDLE_ERR_NOENT, "entry 3 does not exist");

	for (size_t n = 0; n < bun_size && all; n++)
		all = check_bytes(bun, n) < 0;
	tap_ok(all, "every truncation is refused");
	tap_ok(check_bytes(bun, 31) == BUNDLE_ERR_TRUNCATED, "31 bytes: truncated");

	put32(bun + 12, 0);
	put64(bun + 16, 32);
	bun_size = 32;
	tap_ok(check_bytes(bun, 32) == 0, "an empty bundle has 0 entries");
	tap_ok(find("hello", 5, &data, &size) == BUNDLE_ERR_NOENT, "nothing found in an empty bundle");
	bun_reset();

	bun[0] = 'n';
	expect(BUNDLE_ERR_MAGIC, "bad magic");
	put32(bun + 8, 1);
	expect(BUNDLE_ERR_VERSION, "version 1 (no hashes)");
	put32(bun + 8, 3);
	expect(BUNDLE_ERR_VERSION, "version 3");
	put64(bun + 16, bun_size + 8);
	expect(BUNDLE_ERR_SIZE, "recorded size too large");
	put64(bun + 16, bun_size - 8);
	expect(BUNDLE_ERR_SIZE, "recorded size too small");
	put32(bun + 24, 48);
	expect(BUNDLE_ERR_HEADER, "entry size 48");
	put32(bun + 28, 1);
	expect(BUNDLE_ERR_HEADER, "reserved not 0");
	put32(bun + 12, 65);
	expect(BUNDLE_ERR_COUNT, "65 entries");
	put32(bun + 12, 0xffffffff);
	expect(BUNDLE_ERR_COUNT, "2^32-1 entries");
	put32(bun + 12, 10);
	expect(BUNDLE_ERR_TRUNCATED, "an entry table past the end");

	memset(ent(0), 0, 32);
	expect(BUNDLE_ERR_NAME, "an empty name");
	memset(ent(0), 'x', 32);
	expect(BUNDLE_ERR_NAME, "a 32-byte name without NUL");
	ent(0)[5 + 2] = 'z';
	expect(BUNDLE_ERR_NAME, "bytes after the NUL");
	ent(1)[0] = '/';
	expect(BUNDLE_ERR_NAME, "a slash in a name");
	ent(1)[1] = ' ';
	expect(BUNDLE_ERR_NAME, "a space in a name");
	ent(2)[0] = (uint8_t)0xc3;
	expect(BUNDLE_ERR_NAME, "a non-ASCII byte in a name");
	memcpy(ent(2), "spin\0\0\0", 8);
	expect(BUNDLE_ERR_DUPLICATE, "two entries named spin");

	put64(ent(1) + 32, 272 + 104 + 4);
	expect(BUNDLE_ERR_ALIGN, "data offset not 8-aligned");
	put64(ent(1) + 40, 0);
	expect(BUNDLE_ERR_BOUNDS, "empty data");
	put64(ent(0) + 32, 32);
	expect(BUNDLE_ERR_BOUNDS, "data inside the entry table");
	put64(ent(2) + 40, 2000);
	expect(BUNDLE_ERR_BOUNDS, "data past the end");
	put64(ent(2) + 32, UINT64_MAX - 7);
	expect(BUNDLE_ERR_BOUNDS, "data offset near 2^64");
	put64(ent(2) + 40, UINT64_MAX);
	expect(BUNDLE_ERR_BOUNDS, "data size 2^64-1");
	put64(ent(1) + 32, 272 + 96);
	expect(BUNDLE_ERR_ORDER, "data overlapping the previous entry's");
	put64(ent(2) + 32, 272);
	expect(BUNDLE_ERR_ORDER, "data before the previous entry's");
}

static uint64_t rng = 0x2545f4914f6cdd1dull;

static uint64_t
rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* Random corruption: whatever is accepted keeps every entry inside. */
static void
test_corruption(void)
{
	unsigned accepted = 0, bad = 0;

	for (int n = 0; n < 100000; n++) {
		struct bundle_entry e;
		int count;

		bun_reset();
		for (int k = 1 + (int)(rnd() % 3); k > 0; k--)
			bun[rnd() % 272] = (uint8_t)rnd();
		count = bundle_check(bun, bun_size);
		if (count < 0)
			continue;
		accepted++;
		for (int i = 0; i < count; i++) {
			if (bundle_entry_get(bun, bun_size, (unsigned)i, &e) != 0) {
				bad++;
				continue;
			}
			const uint8_t *d = e.data;
			if (d < bun + 32 + 80 * count || e.size == 0 || e.size > bun_size ||
			    d + e.size > bun + bun_size || e.name_len == 0 || e.name_len != strlen(e.name))
				bad++;
		}
	}
	tap_ok(bad == 0, "100000 corrupted headers: %u accepted, every entry inside", accepted);
	bun_reset();
}

static void
test_strerror(void)
{
	bool distinct = true;

	for (int a = BUNDLE_ERR_NOENT; a <= 0; a++)
		for (int b = BUNDLE_ERR_NOENT; b < a; b++)
			distinct = distinct && strcmp(bundle_strerror(a), bundle_strerror(b)) != 0 &&
			    strcmp(bundle_strerror(a), "unknown error") != 0;
	tap_ok(distinct, "bundle_strerror names every code differently");
	tap_ok(strcmp(bundle_strerror(-99), "unknown error") == 0, "bundle_strerror of other values");
}

static void
test_real(void)
{
	const char *path = getenv("NEXUS_BUNDLE");
	uint8_t *buf;
	size_t size;
	long n;
	int count;
	FILE *f;

	if (path == NULL) {
		tap_diag("NEXUS_BUNDLE not set: the build's bundle is not checked");
		return;
	}
	f = fopen(path, "rb");
	if (!tap_ok(f != NULL, "open %s", path))
		return;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	size = n > 0 ? (size_t)n : 0;
	buf = malloc(size ? size : 1);
	tap_ok(fread(buf, 1, size, f) == size, "read the bundle (%zu bytes)", size);
	fclose(f);
	count = bundle_check(buf, size);
	tap_ok(count >= 1, "the bundle is valid: %d programs", count);
	for (int i = 0; i < count; i++) {
		struct bundle_entry e;
		struct elf_plan plan;
		const void *elf;
		size_t elf_size;
		int err;

		if (!tap_ok(bundle_entry_get(buf, size, (unsigned)i, &e) == 0, "entry %d", i))
			continue;
		tap_ok(bundle_find(buf, size, e.name, e.name_len, &elf, &elf_size) == 0 && elf == e.data &&
		        elf_size == e.size,
		    "%s: found by name", e.name);
		err = elf_load_plan(elf, elf_size, &plan);
		tap_ok(err == 0, "%s: a valid program (%s)", e.name, elf_strerror(err));
		{
			uint8_t digest[32];

			crypto_blake3(digest, sizeof(digest), e.data, e.size);
			tap_ok(memcmp(digest, e.blake3, 32) == 0, "%s: its BLAKE3 matches lib/crypto's", e.name);
		}
	}
	tap_ok(bundle_find(buf, size, "hello", 5, &(const void *){NULL}, &(size_t){0}) == 0, "the bundle holds hello");
	free(buf);
}

int
main(void)
{
	test_synthetic();
	test_corruption();
	test_strerror();
	test_real();
	return tap_done();
}
