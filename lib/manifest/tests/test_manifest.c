/*
 * test_manifest.c: host tests of lib/manifest.
 *
 * Manifests are built byte by byte with the small builder below (struct
 * mb), so each test states the exact bytes it feeds.  First every feature
 * of a valid manifest, then each malformed case with the exact error it
 * must give: truncation at every offset, each header field, each entry
 * kind, each capability rule, the limits; then manifest_find_in_elf() on
 * synthetic ELF images.  With NEXUS_USER_ELFS set to the build's user
 * directory it checks the manifest of every real program instead
 * (kcore/test_elf-user does the same for the loader), and with
 * NEXUS_MANIFEST_CASES it compares its verdicts with the Python parser's.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

#include "tap.h"

#include <manifest/manifest.h>

#define P(x) MANIFEST_PROMISE_##x
#define R(x) MANIFEST_RIGHT_##x
#define T(x) MANIFEST_CAP_##x

/* A manifest under construction. */
struct mb {
	uint8_t b[2048];
	size_t n;
};

static void
put16(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
}

static void
put32(uint8_t *p, uint32_t v)
{
	put16(p, v);
	put16(p + 2, v >> 16);
}

static void
put64(uint8_t *p, uint64_t v)
{
	put32(p, (uint32_t)v);
	put32(p + 4, (uint32_t)(v >> 32));
}

/* Appends an entry; returns the offset of its body. */
static size_t
mb_entry(struct mb *m, uint8_t kind, const void *body, size_t n)
{
	m->b[m->n] = kind;
	m->b[m->n + 1] = (uint8_t)n;
	memcpy(m->b + m->n + 2, body, n);
	m->n += 2 + n;
	put16(m->b + 6, (uint32_t)m->n);
	return m->n - n;
}

static void
mb_header(struct mb *m)
{
	memset(m, 0, sizeof(*m));
	memcpy(m->b, "NXMF", 4);
	put16(m->b + 4, MANIFEST_VERSION);
	m->n = MANIFEST_HEADER_SIZE;
	put16(m->b + 6, (uint32_t)m->n);
}

static size_t
mb_pledge(struct mb *m, uint32_t mask)
{
	uint8_t b[4];

	put32(b, mask);
	return mb_entry(m, MANIFEST_ENTRY_PLEDGE, b, 4);
}

static size_t
mb_tier(struct mb *m, uint8_t tier)
{
	return mb_entry(m, MANIFEST_ENTRY_TIER, &tier, 1);
}

static size_t
mb_restart(struct mb *m, uint8_t policy, uint8_t max, uint32_t backoff)
{
	uint8_t b[6] = {policy, max};

	put32(b + 2, backoff);
	return mb_entry(m, MANIFEST_ENTRY_RESTART, b, 6);
}

/* The name field: the name and its NUL. */
static size_t
mb_restore(struct mb *m, uint64_t addr, const char *sym)
{
	uint8_t b[64];
	size_t n = strlen(sym) + 1;

	put64(b, addr);
	memcpy(b + 8, sym, n);
	return mb_entry(m, MANIFEST_ENTRY_RESTORE, b, 8 + n);
}

/* A capability; badge 0 means none (use mb_entry for a zero badge). */
static size_t
mb_cap(struct mb *m, uint8_t type, uint16_t rights, uint64_t badge, const char *name)
{
	uint8_t b[64] = {type, badge ? MANIFEST_CAP_F_BADGE : 0};
	size_t n = 4, len = strlen(name) + 1;

	put16(b + 2, rights);
	if (badge) {
		put64(b + 4, badge);
		n += 8;
	}
	memcpy(b + n, name, len);
	return mb_entry(m, MANIFEST_ENTRY_CAP, b, n + len);
}

/* A channel capability named i (at least 2 bytes) of exactly size bytes. */
static void
mb_cap_sized(struct mb *m, int i, size_t size)
{
	char name[MANIFEST_NAME_MAX + 1];

	memset(name, 'n', sizeof(name));
	snprintf(name, sizeof(name), "%02d", i);
	name[2] = 'n';
	name[size - 7] = 0;
	mb_cap(m, T(CHANNEL), R(SEND), 0, name);
}

/* Adds channel capabilities with long names until m is size bytes long. */
static void
mb_fill(struct mb *m, size_t size)
{
	int i = 0;

	while (size - m->n >= 38 + 9)
		mb_cap_sized(m, i++, 38);
	if (size - m->n > 38)
		mb_cap_sized(m, i++, size - m->n - 9);
	mb_cap_sized(m, i, size - m->n);
}

/* Header, pledge (all promises), tier matter, restart never. */
static void
mb_base(struct mb *m)
{
	mb_header(m);
	mb_pledge(m, MANIFEST_PROMISE_ALL);
	mb_tier(m, MANIFEST_TIER_MATTER);
	mb_restart(m, MANIFEST_RESTART_NEVER, 0, 0);
}

/* A manifest with every kind of entry and every capability type. */
static void
mb_rich(struct mb *m)
{
	mb_base(m);
	mb_restore(m, 0x1000000040, "on_restore");
	mb_cap(m, T(CONSOLE), R(READ) | R(WRITE), 0, "");
	mb_cap(m, T(CHANNEL), R(SEND) | R(RECV) | R(GRANT), 0x1234, "pong");
	mb_cap(m, T(SHMEM), R(READ) | R(WRITE) | R(MAP), 0, "ring");
	mb_cap(m, T(DEVICE), R(READ) | R(WRITE) | R(MAP), 0, "uart0");
	mb_cap(m, T(IRQ), R(RECV), 0, "uart0");
	mb_cap(m, T(SPAWN), R(EXEC), 0, "ping");
	mb_cap(m, T(LEDGER), R(READ), 0, "");
	mb_cap(m, T(FS), R(READ) | R(WRITE), 0, "");
	mb_cap(m, T(NET), R(SEND) | R(RECV), 7, "eth0");
}

static struct manifest man;

/* Parses exactly len bytes from an exact-size heap copy (ASan sees overreads). */
static int
parse_n(const void *buf, size_t len)
{
	uint8_t *copy = malloc(len ? len : 1);
	int err;

	memcpy(copy, buf, len);
	err = manifest_parse(copy, len, &man);
	free(copy);
	return err;
}

static int
parse(const struct mb *m)
{
	return parse_n(m->b, m->n);
}

static bool
zeroed(const struct manifest *mf)
{
	static const struct manifest zero;

	return memcmp(mf, &zero, sizeof(zero)) == 0;
}

static bool
expect(const struct mb *m, int want, const char *what)
{
	int err = parse(m);

	if (err != want)
		tap_diag("got %d (%s), want %d (%s)", err, manifest_strerror(err), want, manifest_strerror(want));
	return tap_ok(err == want && (err == 0 || zeroed(&man)), "%s: %s", what, manifest_strerror(want));
}

/* The base manifest and one capability without a badge must give want. */
static void
expect_cap(uint8_t type, uint16_t rights, const char *name, int want, const char *what)
{
	struct mb m;

	mb_base(&m);
	mb_cap(&m, type, rights, 0, name);
	expect(&m, want, what);
}

static void
test_valid(void)
{
	struct mb m;
	int ok;

	mb_base(&m);
	ok = parse(&m) == 0 && man.version == 1 && man.size == m.n && man.pledge == MANIFEST_PROMISE_ALL &&
	    man.tier == MANIFEST_TIER_MATTER && man.restart == MANIFEST_RESTART_NEVER && man.ncaps == 0 &&
	    !man.has_restore && man.restore[0] == 0;
	tap_ok(ok, "the smallest manifest: pledge, tier, restart");

	mb_header(&m);
	mb_restart(&m, MANIFEST_RESTART_NEVER, 0, 0);
	mb_tier(&m, MANIFEST_TIER_VOID);
	mb_pledge(&m, P(STDIO));
	tap_ok(parse(&m) == 0 && man.pledge == P(STDIO) && man.tier == MANIFEST_TIER_VOID, "entries in any order");

	ok = 1;
	for (uint8_t t = 0; t <= MANIFEST_TIER_VOID; t++) {
		mb_header(&m);
		mb_pledge(&m, P(STDIO));
		mb_tier(&m, t);
		mb_restart(&m, MANIFEST_RESTART_NEVER, 0, 0);
		ok &= parse(&m) == 0 && man.tier == t;
	}
	tap_ok(ok, "every tier: photon, matter, gravity, void");

	ok = 1;
	for (uint32_t bit = 1; bit <= MANIFEST_PROMISE_ALL; bit <<= 1) {
		mb_header(&m);
		mb_pledge(&m, P(STDIO) | bit);
		mb_tier(&m, 0);
		mb_restart(&m, 0, 0, 0);
		ok &= parse(&m) == 0 && man.pledge == (P(STDIO) | bit) && manifest_promise_name(bit) != NULL;
	}
	tap_ok(ok, "every promise, each with a name");

	static const struct {
		uint8_t policy, max;
		uint32_t backoff;
	} restarts[] = {
	    {MANIFEST_RESTART_ALWAYS, 0, 0},
	    {MANIFEST_RESTART_ALWAYS, 5, 100},
	    {MANIFEST_RESTART_ON_FAULT, 1, 0},
	    {MANIFEST_RESTART_ON_FAULT, 255, MANIFEST_BACKOFF_MAX_MS},
	};
	ok = 1;
	for (size_t i = 0; i < sizeof(restarts) / sizeof(restarts[0]); i++) {
		mb_header(&m);
		mb_pledge(&m, P(STDIO));
		mb_tier(&m, 0);
		mb_restart(&m, restarts[i].policy, restarts[i].max, restarts[i].backoff);
		ok &= parse(&m) == 0 && man.restart == restarts[i].policy && man.restart_max == restarts[i].max &&
		    man.restart_backoff_ms == restarts[i].backoff;
	}
	tap_ok(ok, "restart always (with and without a limit) and on-fault, back-off up to 1 h");

	mb_base(&m);
	mb_restore(&m, 0x1000000040, "_Restore_31_bytes_long_xxxxxxxx");
	tap_ok(parse(&m) == 0 && man.has_restore && man.restore_addr == 0x1000000040 &&
	        strcmp(man.restore, "_Restore_31_bytes_long_xxxxxxxx") == 0,
	    "a restore callback: its address and a 31-byte symbol");

	mb_rich(&m);
	ok = parse(&m) == 0 && man.ncaps == 9 && man.has_restore;
	ok = ok && man.caps[0].type == T(CONSOLE) && man.caps[0].name_len == 0 && !man.caps[0].has_badge;
	ok = ok && man.caps[1].type == T(CHANNEL) && man.caps[1].has_badge && man.caps[1].badge == 0x1234 &&
	    man.caps[1].rights == (R(SEND) | R(RECV) | R(GRANT)) && strcmp(man.caps[1].name, "pong") == 0;
	ok = ok && man.caps[5].type == T(SPAWN) && man.caps[5].rights == R(EXEC) && man.caps[5].name_len == 4;
	ok = ok && man.caps[8].type == T(NET) && man.caps[8].badge == 7 && strcmp(man.caps[8].name, "eth0") == 0;
	tap_ok(ok, "every capability type, in order, with badges and targets");

	ok = 1;
	for (uint8_t t = 1; t < MANIFEST_CAP_TYPES; t++) {
		uint16_t valid = manifest_rights_valid(t);

		for (uint16_t bit = 1; bit; bit = (uint16_t)(bit << 1)) {
			if (!(valid & bit))
				continue;
			mb_base(&m);
			mb_cap(&m, t, bit, 0, t == T(CONSOLE) || t == T(LEDGER) ? "" : "x");
			ok &= parse(&m) == 0 && man.caps[0].rights == bit && manifest_right_name(bit) != NULL;
		}
		ok &= manifest_cap_type_name(t) != NULL;
	}
	tap_ok(ok, "every right of every type alone, all named");

	mb_base(&m);
	mb_cap(&m, T(FS), R(READ), 0, "vol0");
	mb_cap(&m, T(NET), R(SEND), 0, "");
	tap_ok(parse(&m) == 0 && strcmp(man.caps[0].name, "vol0") == 0 && man.caps[1].name_len == 0,
	    "fs and net with and without a target");

	mb_base(&m);
	mb_cap(&m, T(DEVICE), R(READ), 0, "!~virtio-mmio@10001000_xxxxxxxx");
	mb_cap(&m, T(SPAWN), R(EXEC), 0, "A-z_0.9");
	tap_ok(parse(&m) == 0 && man.caps[0].name_len == 31, "31-byte target of printable bytes; program name charset");

	mb_base(&m);
	mb_cap(&m, T(DEVICE), R(READ), 0, "uart0");
	mb_cap(&m, T(IRQ), R(RECV), 0, "uart0");
	mb_cap(&m, T(DEVICE), R(READ), 0, "uart1");
	tap_ok(parse(&m) == 0 && man.ncaps == 3, "one target under two types, two targets under one type");

	mb_base(&m);
	for (int i = 0; i < MANIFEST_CAPS_MAX; i++) {
		char name[8];

		snprintf(name, sizeof(name), "c%d", i);
		mb_cap(&m, T(CHANNEL), R(SEND), 0, name);
	}
	tap_ok(parse(&m) == 0 && man.ncaps == 64 && strcmp(man.caps[63].name, "c63") == 0, "64 capabilities");

	mb_base(&m);
	mb_fill(&m, MANIFEST_SIZE_MAX);
	tap_ok(m.n == MANIFEST_SIZE_MAX && parse(&m) == 0, "exactly 1024 bytes");
}

static void
test_truncated(void)
{
	struct mb m;
	bool ok = true;

	mb_rich(&m);
	for (size_t k = 0; k < m.n; k++) {
		int err = parse_n(m.b, k);

		if (err != MANIFEST_ERR_TRUNCATED || !zeroed(&man)) {
			tap_diag("cut at %zu: %d", k, err);
			ok = false;
		}
	}
	tap_ok(ok, "cut at every one of %zu offsets: %s", m.n, manifest_strerror(MANIFEST_ERR_TRUNCATED));
	m.b[m.n] = 0;
	m.n++;
	expect(&m, MANIFEST_ERR_TRAILING, "one byte after the length");
	tap_ok(manifest_parse(m.b, 0, &man) == MANIFEST_ERR_TRUNCATED, "no bytes at all");
}

static void
test_header(void)
{
	struct mb m;
	bool ok = true;

	for (int i = 0; i < 4; i++) {
		mb_rich(&m);
		m.b[i] ^= 0x20;
		ok &= parse(&m) == MANIFEST_ERR_MAGIC;
	}
	tap_ok(ok, "each byte of the magic: %s", manifest_strerror(MANIFEST_ERR_MAGIC));
	ok = true;
	for (uint32_t v = 0; v < 0x10000; v += v < 4 ? 1 : 0x100) {
		if (v == MANIFEST_VERSION)
			continue;
		mb_rich(&m);
		put16(m.b + 4, v);
		ok &= parse(&m) == MANIFEST_ERR_VERSION;
	}
	tap_ok(ok, "versions 0, 2, 3, 0x100..0xff00: %s", manifest_strerror(MANIFEST_ERR_VERSION));
	ok = true;
	for (uint32_t len = 0; len < MANIFEST_HEADER_SIZE; len++) {
		mb_rich(&m);
		put16(m.b + 6, len);
		ok &= parse(&m) == MANIFEST_ERR_LENGTH;
	}
	tap_ok(ok, "length fields 0..7: %s", manifest_strerror(MANIFEST_ERR_LENGTH));
	mb_rich(&m);
	put16(m.b + 6, MANIFEST_SIZE_MAX + 1);
	expect(&m, MANIFEST_ERR_TOOBIG, "length field 1025");
	put16(m.b + 6, 0xffff);
	expect(&m, MANIFEST_ERR_TOOBIG, "length field 65535");
	mb_base(&m);
	mb_fill(&m, MANIFEST_SIZE_MAX + 1);
	expect(&m, MANIFEST_ERR_TOOBIG, "a manifest of 1025 bytes, otherwise valid");
	mb_rich(&m);
	put16(m.b + 6, (uint32_t)m.n + 1);
	expect(&m, MANIFEST_ERR_TRUNCATED, "length field one above the buffer");
	put16(m.b + 6, (uint32_t)m.n - 1);
	expect(&m, MANIFEST_ERR_TRAILING, "length field one below the buffer");
	mb_header(&m);
	expect(&m, MANIFEST_ERR_MISSING, "a bare header");
}

static void
test_entries(void)
{
	struct mb m;
	bool ok;

	mb_base(&m);
	mb_cap(&m, T(CONSOLE), R(WRITE), 0, "");
	m.b[m.n - 6]++;
	expect(&m, MANIFEST_ERR_OVERRUN, "the last entry's size one too large");
	mb_base(&m);
	m.b[m.n] = MANIFEST_ENTRY_TIER;
	m.n++;
	put16(m.b + 6, (uint32_t)m.n);
	expect(&m, MANIFEST_ERR_OVERRUN, "an entry header cut after its kind");
	mb_base(&m);
	mb_entry(&m, MANIFEST_ENTRY_PLEDGE, "\x01\0\0\0", 4);
	m.b[m.n - 5] = 255;
	expect(&m, MANIFEST_ERR_OVERRUN, "an entry size of 255");

	ok = true;
	for (unsigned kind = 0; kind < 256; kind++) {
		if (kind >= MANIFEST_ENTRY_PLEDGE && kind <= MANIFEST_ENTRY_CAP)
			continue;
		mb_base(&m);
		mb_entry(&m, (uint8_t)kind, "", 0);
		ok &= parse(&m) == MANIFEST_ERR_KIND;
	}
	tap_ok(ok, "entry kinds 0 and 6..255: %s", manifest_strerror(MANIFEST_ERR_KIND));

	static const struct {
		uint8_t kind;
		uint8_t size;
	} sizes[] = {
	    {MANIFEST_ENTRY_PLEDGE, 3},
	    {MANIFEST_ENTRY_PLEDGE, 5},
	    {MANIFEST_ENTRY_TIER, 0},
	    {MANIFEST_ENTRY_TIER, 2},
	    {MANIFEST_ENTRY_RESTART, 5},
	    {MANIFEST_ENTRY_RESTART, 7},
	    {MANIFEST_ENTRY_RESTORE, 7},
	    {MANIFEST_ENTRY_CAP, 0},
	    {MANIFEST_ENTRY_CAP, 3},
	};
	ok = true;
	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		static const uint8_t body[8] = {MANIFEST_CAP_CONSOLE, 0, 1, 0, 0, 0, 0, 0};

		mb_header(&m);
		if (sizes[i].kind != MANIFEST_ENTRY_PLEDGE)
			mb_pledge(&m, P(STDIO));
		if (sizes[i].kind != MANIFEST_ENTRY_TIER)
			mb_tier(&m, 0);
		if (sizes[i].kind != MANIFEST_ENTRY_RESTART)
			mb_restart(&m, 0, 0, 0);
		mb_entry(&m, sizes[i].kind, body, sizes[i].size);
		if (parse(&m) != MANIFEST_ERR_ENTRY_SIZE) {
			tap_diag("kind %u size %u: %d", sizes[i].kind, sizes[i].size, parse(&m));
			ok = false;
		}
	}
	tap_ok(ok, "each kind with a size too small or too large: %s", manifest_strerror(MANIFEST_ERR_ENTRY_SIZE));
	mb_base(&m);
	mb_entry(&m, MANIFEST_ENTRY_CAP, "\x02\x01\x08\x00\0\0\0\0", 8);
	expect(&m, MANIFEST_ERR_ENTRY_SIZE, "a badged capability too short for its badge");

	mb_base(&m);
	mb_pledge(&m, P(STDIO));
	expect(&m, MANIFEST_ERR_DUPLICATE, "two pledges");
	mb_base(&m);
	mb_tier(&m, 1);
	expect(&m, MANIFEST_ERR_DUPLICATE, "two tiers");
	mb_base(&m);
	mb_restart(&m, 0, 0, 0);
	expect(&m, MANIFEST_ERR_DUPLICATE, "two restart policies");
	mb_base(&m);
	mb_restore(&m, 0, "a");
	mb_restore(&m, 0, "b");
	expect(&m, MANIFEST_ERR_DUPLICATE, "two restore callbacks");

	for (int missing = 0; missing < 3; missing++) {
		static const char *const what[] = {"no pledge", "no tier", "no restart"};

		mb_header(&m);
		if (missing != 0)
			mb_pledge(&m, P(STDIO));
		if (missing != 1)
			mb_tier(&m, 0);
		if (missing != 2)
			mb_restart(&m, 0, 0, 0);
		expect(&m, MANIFEST_ERR_MISSING, what[missing]);
	}
}

static void
test_fields(void)
{
	struct mb m;
	size_t at;
	bool ok;

	mb_header(&m);
	at = mb_pledge(&m, P(STDIO));
	mb_tier(&m, 0);
	mb_restart(&m, 0, 0, 0);
	ok = true;
	for (int bit = 9; bit < 32; bit++) {
		put32(m.b + at, P(STDIO) | 1u << bit);
		ok &= parse(&m) == MANIFEST_ERR_PROMISE;
	}
	tap_ok(ok, "promise bits 9..31: %s", manifest_strerror(MANIFEST_ERR_PROMISE));
	put32(m.b + at, MANIFEST_PROMISE_ALL & ~P(STDIO));
	expect(&m, MANIFEST_ERR_NOSTDIO, "every promise but stdio");
	put32(m.b + at, 0);
	expect(&m, MANIFEST_ERR_NOSTDIO, "an empty pledge");

	mb_header(&m);
	mb_pledge(&m, P(STDIO));
	at = mb_tier(&m, 4);
	mb_restart(&m, 0, 0, 0);
	expect(&m, MANIFEST_ERR_TIER, "tier 4");
	m.b[at] = 255;
	expect(&m, MANIFEST_ERR_TIER, "tier 255");

	mb_header(&m);
	mb_pledge(&m, P(STDIO));
	mb_tier(&m, 0);
	at = mb_restart(&m, 3, 0, 0);
	expect(&m, MANIFEST_ERR_POLICY, "restart policy 3");
	m.b[at] = 255;
	expect(&m, MANIFEST_ERR_POLICY, "restart policy 255");
	m.b[at] = MANIFEST_RESTART_NEVER;
	m.b[at + 1] = 1;
	expect(&m, MANIFEST_ERR_RESTART, "never, with a count");
	m.b[at + 1] = 0;
	put32(m.b + at + 2, 1);
	expect(&m, MANIFEST_ERR_RESTART, "never, with a back-off");
	m.b[at] = MANIFEST_RESTART_ON_FAULT;
	expect(&m, MANIFEST_ERR_RESTART, "on-fault, with no count");
	m.b[at + 1] = 3;
	put32(m.b + at + 2, MANIFEST_BACKOFF_MAX_MS + 1);
	expect(&m, MANIFEST_ERR_RESTART, "on-fault, back-off above 1 h");
	m.b[at] = MANIFEST_RESTART_ALWAYS;
	expect(&m, MANIFEST_ERR_RESTART, "always, back-off above 1 h");

	static const char *const bad_syms[] = {"", "1abc", "a-b", "a.b", "$x"};
	ok = true;
	for (size_t i = 0; i < sizeof(bad_syms) / sizeof(bad_syms[0]); i++) {
		mb_base(&m);
		mb_restore(&m, 0, bad_syms[i]);
		ok &= parse(&m) == MANIFEST_ERR_SYMBOL;
	}
	tap_ok(ok, "restore symbols '', 1abc, a-b, a.b, $x: %s", manifest_strerror(MANIFEST_ERR_SYMBOL));
	mb_base(&m);
	at = mb_restore(&m, 0, "abc");
	m.b[at + 11] = 'd';
	expect(&m, MANIFEST_ERR_NAME_NUL, "a restore symbol not NUL-terminated");
	mb_base(&m);
	mb_restore(&m, 0, "a23456789012345678901234567890123");
	expect(&m, MANIFEST_ERR_NAME_LONG, "a 33-byte restore symbol");
	mb_base(&m);
	at = mb_restore(&m, 0, "abc");
	m.b[at + 9] = 0xc3;
	expect(&m, MANIFEST_ERR_NAME_CHARS, "a restore symbol with a byte above 0x7e");
}

static void
test_caps(void)
{
	struct mb m;
	size_t at;
	bool ok;

	ok = true;
	for (unsigned t = 0; t < 256; t += t < 12 ? 1 : 61) {
		if (t >= 1 && t < MANIFEST_CAP_TYPES)
			continue;
		mb_base(&m);
		mb_cap(&m, (uint8_t)t, R(READ), 0, "x");
		ok &= parse(&m) == MANIFEST_ERR_CAP_TYPE && manifest_cap_type_name((uint8_t)t) == NULL &&
		    manifest_rights_valid((uint8_t)t) == 0;
	}
	tap_ok(ok, "capability types 0, 10..12, 73..256: %s", manifest_strerror(MANIFEST_ERR_CAP_TYPE));
	ok = true;
	for (int bit = 1; bit < 8; bit++) {
		mb_base(&m);
		at = mb_cap(&m, T(CONSOLE), R(WRITE), 0, "");
		m.b[at + 1] = (uint8_t)(1u << bit);
		ok &= parse(&m) == MANIFEST_ERR_CAP_FLAGS;
	}
	tap_ok(ok, "capability flag bits 1..7: %s", manifest_strerror(MANIFEST_ERR_CAP_FLAGS));
	expect_cap(T(CONSOLE), 0, "", MANIFEST_ERR_NO_RIGHTS, "a console without rights");

	ok = true;
	for (uint8_t t = 1; t < MANIFEST_CAP_TYPES; t++)
		for (int bit = 0; bit < 16; bit++) {
			uint16_t r = (uint16_t)(1u << bit);

			if (manifest_rights_valid(t) & r)
				continue;
			mb_base(&m);
			mb_cap(&m, t, r | (manifest_rights_valid(t) & R(GRANT)), 0, "x");
			ok &= parse(&m) == MANIFEST_ERR_RIGHTS;
		}
	tap_ok(ok, "every right a type does not have, on every type: %s", manifest_strerror(MANIFEST_ERR_RIGHTS));
	tap_ok(manifest_rights_valid(T(CHANNEL)) == (R(SEND) | R(RECV) | R(GRANT)) &&
	        manifest_rights_valid(T(SHMEM)) == (R(READ) | R(WRITE) | R(MAP) | R(GRANT)) &&
	        manifest_rights_valid(T(SPAWN)) == (R(EXEC) | R(GRANT)),
	    "channels send and receive; shared memory reads, writes and maps; spawn executes");

	mb_base(&m);
	mb_entry(&m, MANIFEST_ENTRY_CAP, "\x02\x01\x08\x00\0\0\0\0\0\0\0\0x\0", 14);
	expect(&m, MANIFEST_ERR_BADGE, "badge flag with badge 0");

	mb_base(&m);
	at = mb_cap(&m, T(CHANNEL), R(SEND), 0, "pong");
	m.b[at + 8] = 'g';
	expect(&m, MANIFEST_ERR_NAME_NUL, "a target without its NUL");
	mb_base(&m);
	mb_entry(&m, MANIFEST_ENTRY_CAP, "\x01\x00\x02\x00", 4);
	expect(&m, MANIFEST_ERR_NAME_NUL, "no name field at all");
	expect_cap(T(CHANNEL), R(SEND), "a2345678901234567890123456789012", MANIFEST_ERR_NAME_LONG, "a 32-byte target");
	mb_base(&m);
	mb_cap(&m, T(CHANNEL), R(SEND), 0, "a2345678901234567890123456789012345678901234567890");
	m.b[m.n - 1] = 'x';
	expect(&m, MANIFEST_ERR_NAME_NUL, "a 51-byte target not terminated");

	static const uint8_t bad_chars[] = {0x00, 0x01, 0x1f, ' ', 0x7f, 0x80, 0xff};
	ok = true;
	for (size_t i = 0; i < sizeof(bad_chars); i++) {
		mb_base(&m);
		at = mb_cap(&m, T(DEVICE), R(READ), 0, "uart0");
		m.b[at + 5] = bad_chars[i];
		ok &= parse(&m) == MANIFEST_ERR_NAME_CHARS;
	}
	tap_ok(ok, "targets with 0x00, 0x01, 0x1f, a space, 0x7f, 0x80, 0xff: %s",
	    manifest_strerror(MANIFEST_ERR_NAME_CHARS));

	ok = true;
	for (uint8_t t = 1; t < MANIFEST_CAP_TYPES; t++) {
		int want = t == T(CONSOLE) || t == T(LEDGER) ? 0
		    : t == T(FS) || t == T(NET)              ? 0
		                                             : MANIFEST_ERR_NAME_NEEDED;

		mb_base(&m);
		mb_cap(&m, t, manifest_rights_valid(t) & (uint16_t)~R(GRANT), 0, "");
		ok &= parse(&m) == want;
	}
	tap_ok(ok, "channel, shmem, device, irq and spawn without a target: %s",
	    manifest_strerror(MANIFEST_ERR_NAME_NEEDED));
	expect_cap(T(CONSOLE), R(WRITE), "tty", MANIFEST_ERR_NAME_EXTRA, "a console with a target");
	expect_cap(T(LEDGER), R(READ), "x", MANIFEST_ERR_NAME_EXTRA, "a ledger with a target");
	expect_cap(T(SPAWN), R(EXEC), "a/b", MANIFEST_ERR_PROGRAM, "spawn of a/b");
	expect_cap(T(SPAWN), R(EXEC), "ping:photon", MANIFEST_ERR_PROGRAM, "spawn of ping:photon");

	mb_base(&m);
	for (int i = 0; i <= MANIFEST_CAPS_MAX; i++) {
		char name[8];

		snprintf(name, sizeof(name), "c%d", i);
		mb_cap(&m, T(CHANNEL), R(SEND), 0, name);
	}
	expect(&m, MANIFEST_ERR_TOOMANY, "65 capabilities");
	mb_base(&m);
	mb_cap(&m, T(SPAWN), R(EXEC), 0, "ping");
	mb_cap(&m, T(SPAWN), R(EXEC) | R(GRANT), 0, "ping");
	expect(&m, MANIFEST_ERR_DUP_CAP, "spawn of ping twice, with other rights");
	mb_base(&m);
	mb_cap(&m, T(LEDGER), R(READ), 0, "");
	mb_cap(&m, T(CONSOLE), R(READ), 0, "");
	mb_cap(&m, T(LEDGER), R(READ), 5, "");
	expect(&m, MANIFEST_ERR_DUP_CAP, "two ledger capabilities, one badged");
}

static void
test_unpledged(void)
{
	static const struct {
		uint8_t type;
		uint16_t rights;
		uint32_t promise;
	} needs[] = {
	    {T(CHANNEL), R(SEND), P(IPC)},
	    {T(SHMEM), R(READ), P(IPC)},
	    {T(DEVICE), R(READ), P(DEVICE)},
	    {T(IRQ), R(RECV), P(DEVICE)},
	    {T(SPAWN), R(EXEC), P(SPAWN)},
	    {T(LEDGER), R(READ), P(LEDGER)},
	    {T(FS), R(READ), P(RPATH)},
	    {T(FS), R(WRITE), P(WPATH)},
	    {T(FS), R(GRANT), P(RPATH)},
	    {T(NET), R(SEND), P(INET)},
	};
	struct mb m;
	bool ok = true;

	for (size_t i = 0; i < sizeof(needs) / sizeof(needs[0]); i++) {
		const char *name = needs[i].type == T(LEDGER) || needs[i].type == T(FS) ? "" : "x";

		mb_header(&m);
		mb_cap(&m, needs[i].type, needs[i].rights, 0, name);
		mb_pledge(&m, MANIFEST_PROMISE_ALL & ~needs[i].promise);
		mb_tier(&m, 0);
		mb_restart(&m, 0, 0, 0);
		ok &= parse(&m) == MANIFEST_ERR_UNPLEDGED;
		ok &= manifest_cap_promises(needs[i].type, needs[i].rights) == needs[i].promise;
		mb_header(&m);
		mb_cap(&m, needs[i].type, needs[i].rights, 0, name);
		mb_pledge(&m, P(STDIO) | needs[i].promise);
		mb_tier(&m, 0);
		mb_restart(&m, 0, 0, 0);
		ok &= parse(&m) == 0;
	}
	tap_ok(ok, "each type without its promise: %s; with it alone: accepted",
	    manifest_strerror(MANIFEST_ERR_UNPLEDGED));
}

static void
test_strerror(void)
{
	bool ok = true;

	for (int e = MANIFEST_ERR_MIN; e < 0; e++) {
		ok &= strcmp(manifest_strerror(e), "unknown error") != 0;
		for (int f = MANIFEST_ERR_MIN; f < e; f++)
			ok &= strcmp(manifest_strerror(e), manifest_strerror(f)) != 0;
	}
	ok &= strcmp(manifest_strerror(MANIFEST_ERR_MIN - 1), "unknown error") == 0;
	ok &= strcmp(manifest_strerror(1), "unknown error") == 0;
	tap_ok(ok, "every error has its own sentence");
}

/* --- manifest_find_in_elf. ---------------------------------------------- */

/*
 * A synthetic ELF64: header, the section bytes at 64, the name table, then
 * three section headers (null, the manifest, the name table).
 */
struct elf {
	uint8_t b[4096];
	size_t n;
	size_t shoff;
};

static const char shstrtab[] = "\0.nexus.manifest\0.shstrtab\0.nexus.manifes";
#define NAME_MANIFEST 1
#define NAME_SHSTRTAB 17
#define NAME_SHORT    27 /* ".nexus.manifes" at the very end of the table */

static void
elf_shdr(struct elf *e, unsigned i, uint32_t name, uint32_t type, uint64_t off, uint64_t size)
{
	uint8_t *sh = e->b + e->shoff + 64 * i;

	memset(sh, 0, 64);
	put32(sh, name);
	put32(sh + 4, type);
	put64(sh + 24, off);
	put64(sh + 32, size);
}

static void
elf_build(struct elf *e, const void *data, size_t len)
{
	size_t str;

	memset(e, 0, sizeof(*e));
	memcpy(e->b, "\177ELF\2\1\1", 7);
	memcpy(e->b + 64, data, len);
	str = 64 + len;
	memcpy(e->b + str, shstrtab, sizeof(shstrtab) - 1);
	e->shoff = (str + sizeof(shstrtab) + 7) & ~(size_t)7;
	put64(e->b + 40, e->shoff);
	put16(e->b + 58, 64);
	put16(e->b + 60, 3);
	put16(e->b + 62, 2);
	elf_shdr(e, 0, 0, 0, 0, 0);
	elf_shdr(e, 1, NAME_MANIFEST, 1, 64, len);
	elf_shdr(e, 2, NAME_SHSTRTAB, 3, str, sizeof(shstrtab) - 1);
	e->n = e->shoff + 3 * 64;
}

static int
find(const struct elf *e, size_t len, size_t *off, size_t *man_len)
{
	uint8_t *copy = malloc(len ? len : 1);
	const void *p = NULL;
	int err;

	memcpy(copy, e->b, len);
	*man_len = 0;
	err = manifest_find_in_elf(copy, len, &p, man_len);
	*off = p ? (size_t)((const uint8_t *)p - copy) : 0;
	free(copy);
	return err;
}

static bool
find_expect(const struct elf *e, int want, const char *what)
{
	size_t off, len;
	int err = find(e, e->n, &off, &len);

	if (err != want)
		tap_diag("got %d (%s)", err, manifest_strerror(err));
	return tap_ok(err == want, "find: %s: %s", what, manifest_strerror(want));
}

static void
test_find(void)
{
	struct mb m;
	struct elf e, e0;
	size_t off, len;
	bool ok = true;

	mb_rich(&m);
	elf_build(&e0, m.b, m.n);
	e = e0;
	tap_ok(find(&e, e.n, &off, &len) == 0 && off == 64 && len == m.n && parse_n(e.b + off, len) == 0,
	    "find: the section of a well-formed image, which parses");
	for (size_t k = 0; k < e.n; k++) {
		int err = find(&e, k, &off, &len);

		ok &= err == (k < 64 ? MANIFEST_ERR_ELF : k < e.n ? MANIFEST_ERR_SHDRS : 0);
	}
	tap_ok(ok, "find: the image cut at every offset: not ELF, then section headers outside");

	/* Each case stores a value of width bytes at an offset of the image. */
	size_t sh = e0.shoff, sh1 = sh + 64, sh2 = sh + 128;
	const struct {
		size_t off, width;
		uint64_t v;
		int err;
		const char *what;
	} cases[] = {
		{0, 1, 0x7e, MANIFEST_ERR_ELF, "bad magic"},
		{4, 1, 1, MANIFEST_ERR_ELF, "ELFCLASS32"},
		{5, 1, 2, MANIFEST_ERR_ELF, "big-endian"},
		{60, 2, 0, MANIFEST_ERR_NOSECTION, "no section headers"},
		{62, 2, 0, MANIFEST_ERR_NOSECTION, "no section name table"},
		{sh1, 4, NAME_SHSTRTAB, MANIFEST_ERR_NOSECTION, "no section of that name"},
		{sh1, 4, NAME_SHORT, MANIFEST_ERR_NOSECTION, "a name cut short by the end of the table"},
		{64 + m.n + NAME_SHSTRTAB - 1, 1, '.', MANIFEST_ERR_NOSECTION, "\".nexus.manifest.shstrtab\" is another name"},
		{58, 2, 40, MANIFEST_ERR_SHDRS, "section header size 40"},
		{40, 8, e0.n + 1, MANIFEST_ERR_SHDRS, "section headers past the end"},
		{40, 8, UINT64_MAX - 8, MANIFEST_ERR_SHDRS, "section header offset near 2^64"},
		{60, 2, 4, MANIFEST_ERR_SHDRS, "one section header more than the file holds"},
		{62, 2, 3, MANIFEST_ERR_SHDRS, "name table index out of range"},
		{sh2 + 32, 8, e0.n, MANIFEST_ERR_SHDRS, "name table past the end"},
		{sh2 + 4, 4, 8, MANIFEST_ERR_SHDRS, "name table without bytes (NOBITS)"},
		{sh1, 4, sizeof(shstrtab) - 1, MANIFEST_ERR_SHDRS, "a name offset past the name table"},
		{sh, 4, NAME_MANIFEST, MANIFEST_ERR_DUP_SECTION, "two sections of that name"},
		{sh1 + 24, 8, e0.n + 1, MANIFEST_ERR_SECTION, "section offset past the end"},
		{sh1 + 32, 8, UINT64_MAX, MANIFEST_ERR_SECTION, "section size 2^64 - 1"},
		{sh1 + 4, 4, 8, MANIFEST_ERR_SECTION, "the section without bytes (NOBITS)"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		uint8_t v[8];

		put64(v, cases[i].v);
		e = e0;
		memcpy(e.b + cases[i].off, v, cases[i].width);
		find_expect(&e, cases[i].err, cases[i].what);
	}
	e = e0;
	put64(e.b + e.shoff + 64 + 32, 0);
	tap_ok(find(&e, e.n, &off, &len) == 0 && len == 0 && parse_n(e.b + off, 0) == MANIFEST_ERR_TRUNCATED,
	    "find: an empty section is found, and is a truncated manifest");
}

/* The manifest of every program in $NEXUS_USER_ELFS (and stripped/). */
static void
test_user_elfs(const char *dir)
{
	static const char *const subdirs[] = {"", "/stripped"};
	int seen = 0;

	for (int s = 0; s < 2; s++) {
		char path[4096];
		struct dirent *d;
		DIR *dp;

		snprintf(path, sizeof(path), "%s%s", dir, subdirs[s]);
		dp = opendir(path);
		if (dp == NULL) {
			tap_ok(false, "open %s", path);
			continue;
		}
		while ((d = readdir(dp)) != NULL) {
			size_t n = strlen(d->d_name), len = 0, size;
			const void *mp = NULL;
			uint8_t *buf;
			FILE *f;
			int err;

			if (n < 5 || strcmp(d->d_name + n - 4, ".elf") != 0)
				continue;
			snprintf(path, sizeof(path), "%s%s/%s", dir, subdirs[s], d->d_name);
			f = fopen(path, "rb");
			if (f == NULL)
				continue;
			buf = malloc(1 << 20);
			size = fread(buf, 1, 1 << 20, f);
			fclose(f);
			err = manifest_find_in_elf(buf, size, &mp, &len);
			if (err == 0)
				err = manifest_parse(mp, len, &man);
			tap_ok(err == 0 && (man.pledge & P(STDIO)),
			    "%s%s/%s: manifest of %zu bytes, %u capabilities: %s", subdirs[s] + (s ? 1 : 0),
			    s ? "" : ".", d->d_name, len, man.ncaps, manifest_strerror(err));
			free(buf);
			seen++;
		}
		closedir(dp);
	}
	tap_ok(seen > 0, "found %d programs in %s", seen, dir);
}

/*
 * The cases of file path, one a line: the code the Python parser of
 * tools/manifestfmt.py returned, then the manifest in hex ("-" if empty).
 * user/tests/test_mkmanifest.py writes them; the two parsers must agree.
 */
static void
test_cases(const char *path)
{
	static char line[8192];
	static uint8_t buf[4096];
	int cases = 0, differ = 0;
	FILE *f = fopen(path, "r");

	if (f == NULL) {
		tap_ok(false, "open %s", path);
		return;
	}
	while (fgets(line, sizeof(line), f) != NULL) {
		char *hex = strchr(line, ' ');
		size_t len = 0;
		int want, got;

		if (hex == NULL)
			continue;
		want = atoi(line);
		for (hex++; hex[0] && hex[0] != '-' && hex[0] != '\n' && len < sizeof(buf); hex += 2)
			sscanf(hex, "%2hhx", &buf[len++]);
		got = parse_n(buf, len);
		if (got != want && differ++ < 10)
			tap_diag("case %d: Python %d, C %d (%s)", cases + 1, want, got, manifest_strerror(got));
		cases++;
	}
	fclose(f);
	tap_ok(cases > 0 && differ == 0, "%d cases, %d verdicts differ from tools/manifestfmt.py", cases, differ);
}

int
main(void)
{
	const char *user = getenv("NEXUS_USER_ELFS"), *cases = getenv("NEXUS_MANIFEST_CASES");

	if (user != NULL || cases != NULL) {
		if (user != NULL)
			test_user_elfs(user);
		if (cases != NULL)
			test_cases(cases);
		return tap_done();
	}
	test_valid();
	test_truncated();
	test_header();
	test_entries();
	test_fields();
	test_caps();
	test_unpledged();
	test_strerror();
	test_find();
	return tap_done();
}
