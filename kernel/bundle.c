/*
 * bundle.c: validating the boot bundle and finding programs in it (see
 * bundle.h for the format).
 *
 * bundle_walk() is the one validator: it checks the header, then each entry
 * in order, and hands every valid entry to a visitor, so that listing and
 * lookup cannot skip a check.  Offsets are compared with subtractions that
 * cannot wrap.  With at most 64 entries the uniqueness check is quadratic
 * and still cheap.
 */
#include <base/le.h>
#include <base/mem.h>
#include <stdbool.h>

#include "bundle.h"

static bool
name_char_ok(uint8_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
	    c == '.';
}

/* Length of the entry name at n (1..31), or BUNDLE_ERR_NAME. */
static int
bundle_name_len(const uint8_t *n)
{
	int len = 0;

	while (len < BUNDLE_NAME_SIZE && n[len] != 0) {
		if (!name_char_ok(n[len]))
			return BUNDLE_ERR_NAME;
		len++;
	}
	if (len == 0 || len == BUNDLE_NAME_SIZE)
		return BUNDLE_ERR_NAME;
	for (int i = len; i < BUNDLE_NAME_SIZE; i++)
		if (n[i] != 0)
			return BUNDLE_ERR_NAME;
	return len;
}

/* Called for each valid entry; returns true to be called no more. */
typedef bool (*bundle_visit_fn)(void *ctx, unsigned index, const struct bundle_entry *e);

/*
 * Validates the whole bundle, visiting each entry once it is known valid
 * (and until the visitor says stop; validation always goes on to the end).
 * Returns the count of entries or an error.
 */
static int
bundle_walk(const void *bundle, size_t size, bundle_visit_fn visit, void *ctx)
{
	const uint8_t *b = bundle;
	uint32_t count;
	uint64_t table_end, prev_end;
	bool stop = visit == NULL;

	if (size < BUNDLE_HEADER_SIZE)
		return BUNDLE_ERR_TRUNCATED;
	if (base_memcmp(b, BUNDLE_MAGIC, 8) != 0)
		return BUNDLE_ERR_MAGIC;
	if (base_le32(b + 8) != BUNDLE_VERSION)
		return BUNDLE_ERR_VERSION;
	if (base_le64(b + 16) != size)
		return BUNDLE_ERR_SIZE;
	if (base_le32(b + 24) != BUNDLE_ENTRY_SIZE || base_le32(b + 28) != 0)
		return BUNDLE_ERR_HEADER;
	count = base_le32(b + 12);
	if (count > BUNDLE_MAX_ENTRIES)
		return BUNDLE_ERR_COUNT;
	table_end = BUNDLE_HEADER_SIZE + (uint64_t)count * BUNDLE_ENTRY_SIZE;
	if (table_end > size)
		return BUNDLE_ERR_TRUNCATED;
	prev_end = table_end;
	for (uint32_t i = 0; i < count; i++) {
		const uint8_t *ent = b + BUNDLE_HEADER_SIZE + (uint64_t)i * BUNDLE_ENTRY_SIZE;
		uint64_t off = base_le64(ent + 32), len = base_le64(ent + 40);
		struct bundle_entry e;
		int nlen = bundle_name_len(ent);

		if (nlen < 0)
			return nlen;
		for (uint32_t j = 0; j < i; j++)
			if (base_memcmp(
			        ent, b + BUNDLE_HEADER_SIZE + (uint64_t)j * BUNDLE_ENTRY_SIZE, BUNDLE_NAME_SIZE) == 0)
				return BUNDLE_ERR_DUPLICATE;
		if (off & 7)
			return BUNDLE_ERR_ALIGN;
		if (len == 0 || off < table_end || off > size || len > size - off)
			return BUNDLE_ERR_BOUNDS;
		if (off < prev_end)
			return BUNDLE_ERR_ORDER;
		prev_end = off + len;
		if (stop)
			continue;
		base_memcpy(e.name, ent, BUNDLE_NAME_SIZE);
		e.name_len = (size_t)nlen;
		e.data = b + off;
		e.size = (size_t)len;
		base_memcpy(e.blake3, ent + 48, sizeof(e.blake3));
		stop = visit(ctx, i, &e);
	}
	return (int)count;
}

int
bundle_check(const void *bundle, size_t size)
{
	return bundle_walk(bundle, size, NULL, NULL);
}

/* What the visitors look for and what they found. */
struct bundle_search {
	unsigned index;   /* bundle_entry_get */
	const char *name; /* bundle_find */
	size_t name_len;
	bool found;
	struct bundle_entry entry;
};

static bool
bundle_index_visit(void *ctx, unsigned index, const struct bundle_entry *e)
{
	struct bundle_search *s = ctx;

	if (index != s->index)
		return false;
	s->entry = *e;
	s->found = true;
	return true;
}

static bool
bundle_name_visit(void *ctx, unsigned index, const struct bundle_entry *e)
{
	struct bundle_search *s = ctx;

	if (e->name_len != s->name_len || base_memcmp(e->name, s->name, s->name_len) != 0)
		return false;
	s->index = index;
	s->entry = *e;
	s->found = true;
	return true;
}

int
bundle_entry_get(const void *bundle, size_t size, unsigned index, struct bundle_entry *out)
{
	struct bundle_search s = {.index = index};
	int r = bundle_walk(bundle, size, bundle_index_visit, &s);

	if (r < 0)
		return r;
	if (!s.found)
		return BUNDLE_ERR_NOENT;
	*out = s.entry;
	return 0;
}

int
bundle_find_entry(const void *bundle, size_t size, const char *name, size_t name_len, struct bundle_entry *out,
    unsigned *index)
{
	struct bundle_search s = {.name = name, .name_len = name_len};
	int r;

	if (name_len == 0 || name_len >= BUNDLE_NAME_SIZE)
		s.name_len = BUNDLE_NAME_SIZE; /* matches no entry: names are 1..31 bytes */
	r = bundle_walk(bundle, size, bundle_name_visit, &s);
	if (r < 0)
		return r;
	if (!s.found)
		return BUNDLE_ERR_NOENT;
	*out = s.entry;
	*index = s.index;
	return 0;
}

int
bundle_find(const void *bundle, size_t size, const char *name, size_t name_len, const void **elf, size_t *elf_size)
{
	struct bundle_entry e;
	unsigned index;
	int r = bundle_find_entry(bundle, size, name, name_len, &e, &index);

	if (r != 0)
		return r;
	*elf = e.data;
	*elf_size = e.size;
	return 0;
}

const char *
bundle_strerror(int err)
{
	switch (err) {
	case 0:
		return "no error";
	case BUNDLE_ERR_TRUNCATED:
		return "bundle shorter than its header or entry table";
	case BUNDLE_ERR_MAGIC:
		return "not a bundle";
	case BUNDLE_ERR_VERSION:
		return "unknown bundle version";
	case BUNDLE_ERR_SIZE:
		return "bundle size differs from its header";
	case BUNDLE_ERR_HEADER:
		return "malformed bundle header";
	case BUNDLE_ERR_COUNT:
		return "too many bundle entries";
	case BUNDLE_ERR_NAME:
		return "malformed program name";
	case BUNDLE_ERR_DUPLICATE:
		return "two programs with one name";
	case BUNDLE_ERR_ALIGN:
		return "program data not 8-byte aligned";
	case BUNDLE_ERR_BOUNDS:
		return "program data empty or outside the bundle";
	case BUNDLE_ERR_ORDER:
		return "program data overlapping or out of order";
	case BUNDLE_ERR_NOENT:
		return "no such program";
	default:
		return "unknown error";
	}
}
