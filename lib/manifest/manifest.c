/*
 * manifest.c: parsing a program manifest and finding it in an ELF image
 * (see manifest.h and docs/manifest.md).
 *
 * Every field is read with the little-endian byte loads below, so the
 * input may sit at any alignment, and every length is compared with what
 * is left before it is used, written so that no sum can wrap.  The parser
 * checks the header, then each entry on its own in order, then the rules
 * between entries (required entries, capabilities against the pledge), and
 * returns the first failure.  The per-type rules of capabilities are the
 * constant table cap_rules; start reading at manifest_parse().
 */
#include <base/le.h>
#include <base/mem.h>

#include <manifest/manifest.h>

/* How a capability type takes a target name. */
enum name_rule {
	NAME_NONE,     /* must be empty */
	NAME_NEEDED,   /* must not be empty */
	NAME_OPTIONAL, /* either */
};

struct cap_rule {
	const char *name; /* the source form's word */
	uint16_t rights;  /* the rights it may carry */
	uint8_t target;   /* enum name_rule */
	uint32_t promise; /* what using it needs (FS: see manifest_cap_promises) */
};

#define R(x) MANIFEST_RIGHT_##x

static const struct cap_rule cap_rules[MANIFEST_CAP_TYPES] = {
	[MANIFEST_CAP_CONSOLE] = {"console", R(READ) | R(WRITE) | R(GRANT), NAME_NONE, MANIFEST_PROMISE_STDIO},
	[MANIFEST_CAP_CHANNEL] = {"channel", R(SEND) | R(RECV) | R(GRANT), NAME_NEEDED, MANIFEST_PROMISE_IPC},
	[MANIFEST_CAP_SHMEM] = {"shmem", R(READ) | R(WRITE) | R(MAP) | R(GRANT), NAME_NEEDED, MANIFEST_PROMISE_IPC},
	[MANIFEST_CAP_DEVICE] = {"device", R(READ) | R(WRITE) | R(MAP) | R(GRANT), NAME_NEEDED, MANIFEST_PROMISE_DEVICE},
	[MANIFEST_CAP_IRQ] = {"irq", R(RECV) | R(GRANT), NAME_NEEDED, MANIFEST_PROMISE_DEVICE},
	[MANIFEST_CAP_SPAWN] = {"spawn", R(EXEC) | R(GRANT), NAME_NEEDED, MANIFEST_PROMISE_SPAWN},
	[MANIFEST_CAP_LEDGER] = {"ledger", R(READ) | R(GRANT), NAME_NONE, MANIFEST_PROMISE_LEDGER},
	[MANIFEST_CAP_FS] = {"fs", R(READ) | R(WRITE) | R(GRANT), NAME_OPTIONAL, 0},
	[MANIFEST_CAP_NET] = {"net", R(SEND) | R(RECV) | R(GRANT), NAME_OPTIONAL, MANIFEST_PROMISE_INET},
};

static const char *const right_names[] = {"read", "write", "map", "send", "recv", "exec", "grant"};
static const char *const promise_names[] = {
	"stdio", "rpath", "wpath", "inet", "exec", "spawn", "device", "ledger", "ipc"};

/* Bits of the mask of entries seen, for those that may appear once. */
#define SEEN(kind)    (1u << (kind))
#define SEEN_REQUIRED (SEEN(MANIFEST_ENTRY_PLEDGE) | SEEN(MANIFEST_ENTRY_TIER) | SEEN(MANIFEST_ENTRY_RESTART))

static bool
is_alpha_(uint8_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool
is_digit(uint8_t c)
{
	return c >= '0' && c <= '9';
}

/*
 * Copies the name field of n bytes at p (the rest of an entry) into dst.
 * The field is the name and one NUL, its last byte.  Returns the name's
 * length or an error.
 */
static int
name_take(const uint8_t *p, size_t n, char dst[MANIFEST_NAME_MAX + 1])
{
	if (n == 0 || p[n - 1] != 0)
		return MANIFEST_ERR_NAME_NUL;
	if (n - 1 > MANIFEST_NAME_MAX)
		return MANIFEST_ERR_NAME_LONG;
	for (size_t i = 0; i + 1 < n; i++)
		if (p[i] < 0x21 || p[i] > 0x7e)
			return MANIFEST_ERR_NAME_CHARS;
	base_memcpy(dst, p, n);
	return (int)(n - 1);
}

/* Whether the name s of n bytes is a C identifier. */
static bool
is_identifier(const char *s, size_t n)
{
	if (n == 0 || !is_alpha_((uint8_t)s[0]))
		return false;
	for (size_t i = 1; i < n; i++)
		if (!is_alpha_((uint8_t)s[i]) && !is_digit((uint8_t)s[i]))
			return false;
	return true;
}

/* Whether the name s of n bytes is a program name of the boot bundle. */
static bool
is_program_name(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		uint8_t c = (uint8_t)s[i];

		if (!is_alpha_(c) && !is_digit(c) && c != '.' && c != '-')
			return false;
	}
	return n > 0;
}

static int
entry_pledge(const uint8_t *p, size_t n, struct manifest *m)
{
	if (n != 4)
		return MANIFEST_ERR_ENTRY_SIZE;
	m->pledge = base_le32(p);
	if (m->pledge & ~(uint32_t)MANIFEST_PROMISE_ALL)
		return MANIFEST_ERR_PROMISE;
	if (!(m->pledge & MANIFEST_PROMISE_STDIO))
		return MANIFEST_ERR_NOSTDIO;
	return 0;
}

static int
entry_tier(const uint8_t *p, size_t n, struct manifest *m)
{
	if (n != 1)
		return MANIFEST_ERR_ENTRY_SIZE;
	m->tier = p[0];
	return m->tier > MANIFEST_TIER_VOID ? MANIFEST_ERR_TIER : 0;
}

static int
entry_restart(const uint8_t *p, size_t n, struct manifest *m)
{
	if (n != 6)
		return MANIFEST_ERR_ENTRY_SIZE;
	m->restart = p[0];
	m->restart_max = p[1];
	m->restart_backoff_ms = base_le32(p + 2);
	if (m->restart > MANIFEST_RESTART_ON_FAULT)
		return MANIFEST_ERR_POLICY;
	if (m->restart == MANIFEST_RESTART_NEVER && (m->restart_max || m->restart_backoff_ms))
		return MANIFEST_ERR_RESTART;
	if (m->restart == MANIFEST_RESTART_ON_FAULT && m->restart_max == 0)
		return MANIFEST_ERR_RESTART;
	return m->restart_backoff_ms > MANIFEST_BACKOFF_MAX_MS ? MANIFEST_ERR_RESTART : 0;
}

static int
entry_restore(const uint8_t *p, size_t n, struct manifest *m)
{
	int len;

	if (n < 8)
		return MANIFEST_ERR_ENTRY_SIZE;
	m->restore_addr = base_le64(p);
	len = name_take(p + 8, n - 8, m->restore);
	if (len < 0)
		return len;
	if (!is_identifier(m->restore, (size_t)len))
		return MANIFEST_ERR_SYMBOL;
	m->has_restore = true;
	return 0;
}

/* Checks one capability entry on its own and fills *c. */
static int
cap_decode(const uint8_t *p, size_t n, struct manifest_cap *c)
{
	const struct cap_rule *rule;
	size_t fixed = 4;
	uint8_t flags;
	int len;

	if (n < fixed)
		return MANIFEST_ERR_ENTRY_SIZE;
	c->type = p[0];
	flags = p[1];
	c->rights = base_le16(p + 2);
	if (c->type == 0 || c->type >= MANIFEST_CAP_TYPES)
		return MANIFEST_ERR_CAP_TYPE;
	rule = &cap_rules[c->type];
	if (flags & ~MANIFEST_CAP_F_BADGE)
		return MANIFEST_ERR_CAP_FLAGS;
	c->has_badge = flags & MANIFEST_CAP_F_BADGE;
	if (c->has_badge)
		fixed += 8;
	if (n < fixed)
		return MANIFEST_ERR_ENTRY_SIZE;
	if (c->rights == 0)
		return MANIFEST_ERR_NO_RIGHTS;
	if (c->rights & ~rule->rights)
		return MANIFEST_ERR_RIGHTS;
	if (c->has_badge) {
		c->badge = base_le64(p + 4);
		if (c->badge == 0)
			return MANIFEST_ERR_BADGE;
	}
	len = name_take(p + fixed, n - fixed, c->name);
	if (len < 0)
		return len;
	c->name_len = (uint8_t)len;
	if (rule->target == NAME_NEEDED && len == 0)
		return MANIFEST_ERR_NAME_NEEDED;
	if (rule->target == NAME_NONE && len != 0)
		return MANIFEST_ERR_NAME_EXTRA;
	if (c->type == MANIFEST_CAP_SPAWN && !is_program_name(c->name, (size_t)len))
		return MANIFEST_ERR_PROGRAM;
	return 0;
}

static int
entry_cap(const uint8_t *p, size_t n, struct manifest *m)
{
	struct manifest_cap c;
	int err;

	base_memset(&c, 0, sizeof(c));
	err = cap_decode(p, n, &c);
	if (err)
		return err;
	if (m->ncaps == MANIFEST_CAPS_MAX)
		return MANIFEST_ERR_TOOMANY;
	for (uint32_t i = 0; i < m->ncaps; i++)
		if (m->caps[i].type == c.type && base_strcmp(m->caps[i].name, c.name) == 0)
			return MANIFEST_ERR_DUP_CAP;
	m->caps[m->ncaps++] = c;
	return 0;
}

/* Checks the entry of kind and n bytes at p, and records it in *m. */
static int
entry_parse(uint8_t kind, const uint8_t *p, size_t n, uint32_t *seen, struct manifest *m)
{
	if (kind == 0 || kind > MANIFEST_ENTRY_CAP)
		return MANIFEST_ERR_KIND;
	if (kind != MANIFEST_ENTRY_CAP) {
		if (*seen & SEEN(kind))
			return MANIFEST_ERR_DUPLICATE;
		*seen |= SEEN(kind);
	}
	switch (kind) {
	case MANIFEST_ENTRY_PLEDGE:
		return entry_pledge(p, n, m);
	case MANIFEST_ENTRY_TIER:
		return entry_tier(p, n, m);
	case MANIFEST_ENTRY_RESTART:
		return entry_restart(p, n, m);
	case MANIFEST_ENTRY_RESTORE:
		return entry_restore(p, n, m);
	case MANIFEST_ENTRY_CAP:
		return entry_cap(p, n, m);
	default:
		return MANIFEST_ERR_KIND;
	}
}

/* Checks the header; on success sets *size to the manifest's length. */
static int
header_check(const uint8_t *b, size_t len, size_t *size)
{
	if (len < MANIFEST_HEADER_SIZE)
		return MANIFEST_ERR_TRUNCATED;
	if (base_memcmp(b, MANIFEST_MAGIC, 4) != 0)
		return MANIFEST_ERR_MAGIC;
	if (base_le16(b + 4) != MANIFEST_VERSION)
		return MANIFEST_ERR_VERSION;
	*size = base_le16(b + 6);
	if (*size < MANIFEST_HEADER_SIZE)
		return MANIFEST_ERR_LENGTH;
	if (*size > MANIFEST_SIZE_MAX)
		return MANIFEST_ERR_TOOBIG;
	if (len < *size)
		return MANIFEST_ERR_TRUNCATED;
	if (len > *size)
		return MANIFEST_ERR_TRAILING;
	return 0;
}

static int
manifest_parse_into(const uint8_t *b, size_t len, struct manifest *m)
{
	uint32_t seen = 0;
	size_t size, off;
	int err;

	err = header_check(b, len, &size);
	if (err)
		return err;
	m->version = MANIFEST_VERSION;
	m->size = (uint16_t)size;
	for (off = MANIFEST_HEADER_SIZE; off < size;) {
		size_t n;

		if (size - off < 2 || b[off + 1] > size - off - 2)
			return MANIFEST_ERR_OVERRUN;
		n = b[off + 1];
		err = entry_parse(b[off], b + off + 2, n, &seen, m);
		if (err)
			return err;
		off += 2 + n;
	}
	if ((seen & SEEN_REQUIRED) != SEEN_REQUIRED)
		return MANIFEST_ERR_MISSING;
	for (uint32_t i = 0; i < m->ncaps; i++)
		if (manifest_cap_promises(m->caps[i].type, m->caps[i].rights) & ~m->pledge)
			return MANIFEST_ERR_UNPLEDGED;
	return 0;
}

int
manifest_parse(const void *buf, size_t len, struct manifest *out)
{
	int err;

	base_memset(out, 0, sizeof(*out));
	err = manifest_parse_into(buf, len, out);
	if (err)
		base_memset(out, 0, sizeof(*out));
	return err;
}

/* --- Finding the section. ------------------------------------------------ */

#define EHDR_SIZE  64
#define SHDR_SIZE  64
#define SHT_NOBITS 8

/* Whether the section of header sh has its bytes inside the image. */
static bool
section_in_image(const uint8_t *sh, size_t elf_len, uint64_t *off, uint64_t *size)
{
	*off = base_le64(sh + 24);
	*size = base_le64(sh + 32);
	return base_le32(sh + 4) != SHT_NOBITS && *off <= elf_len && *size <= elf_len - *off;
}

int
manifest_find_in_elf(const void *elf, size_t elf_len, const void **man, size_t *man_len)
{
	static const uint8_t magic[4] = {0x7f, 'E', 'L', 'F'};
	static const char want[] = MANIFEST_SECTION;
	const uint8_t *e = elf, *sh, *strtab;
	uint64_t shoff, str_off, str_size, off, size;
	unsigned shnum, shstrndx;
	bool found = false;

	if (elf_len < EHDR_SIZE || base_memcmp(e, magic, 4) != 0 || e[4] != 2 || e[5] != 1)
		return MANIFEST_ERR_ELF;
	shoff = base_le64(e + 40);
	shnum = base_le16(e + 60);
	shstrndx = base_le16(e + 62);
	if (shnum == 0 || shstrndx == 0)
		return MANIFEST_ERR_NOSECTION;
	if (base_le16(e + 58) != SHDR_SIZE || shoff > elf_len || (elf_len - shoff) / SHDR_SIZE < shnum ||
	    shstrndx >= shnum)
		return MANIFEST_ERR_SHDRS;
	sh = e + shoff;
	if (!section_in_image(sh + (size_t)shstrndx * SHDR_SIZE, elf_len, &str_off, &str_size))
		return MANIFEST_ERR_SHDRS;
	strtab = e + str_off;
	for (unsigned i = 0; i < shnum; i++, sh += SHDR_SIZE) {
		uint32_t name = base_le32(sh);

		if (name >= str_size)
			return MANIFEST_ERR_SHDRS;
		if (str_size - name < sizeof(want) || base_memcmp(strtab + name, want, sizeof(want)) != 0)
			continue;
		if (found)
			return MANIFEST_ERR_DUP_SECTION;
		if (!section_in_image(sh, elf_len, &off, &size))
			return MANIFEST_ERR_SECTION;
		found = true;
	}
	if (!found)
		return MANIFEST_ERR_NOSECTION;
	*man = e + off;
	*man_len = (size_t)size;
	return 0;
}

/* --- Tables. ------------------------------------------------------------ */

uint16_t
manifest_rights_valid(uint8_t type)
{
	return type < MANIFEST_CAP_TYPES ? cap_rules[type].rights : 0;
}

uint32_t
manifest_cap_promises(uint8_t type, uint16_t rights)
{
	uint32_t p;

	if (type >= MANIFEST_CAP_TYPES)
		return 0;
	if (type != MANIFEST_CAP_FS)
		return cap_rules[type].promise;
	p = (rights & MANIFEST_RIGHT_READ ? MANIFEST_PROMISE_RPATH : 0) |
	    (rights & MANIFEST_RIGHT_WRITE ? MANIFEST_PROMISE_WPATH : 0);
	return p ? p : MANIFEST_PROMISE_RPATH;
}

/* The name of the one bit set in bit among names[n], or NULL. */
static const char *
bit_name(uint32_t bit, const char *const *names, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		if (bit == 1u << i)
			return names[i];
	return NULL;
}

const char *
manifest_cap_type_name(uint8_t type)
{
	return type < MANIFEST_CAP_TYPES ? cap_rules[type].name : NULL;
}

const char *
manifest_right_name(uint16_t bit)
{
	return bit_name(bit, right_names, sizeof(right_names) / sizeof(right_names[0]));
}

const char *
manifest_promise_name(uint32_t bit)
{
	return bit_name(bit, promise_names, sizeof(promise_names) / sizeof(promise_names[0]));
}

const char *
manifest_strerror(int err)
{
	switch (err) {
	case 0:
		return "no error";
	case MANIFEST_ERR_TRUNCATED:
		return "manifest truncated";
	case MANIFEST_ERR_MAGIC:
		return "not a manifest (bad magic)";
	case MANIFEST_ERR_VERSION:
		return "unknown manifest version";
	case MANIFEST_ERR_LENGTH:
		return "manifest length below the header size";
	case MANIFEST_ERR_TOOBIG:
		return "manifest larger than 1 KiB";
	case MANIFEST_ERR_TRAILING:
		return "bytes after the manifest's length";
	case MANIFEST_ERR_OVERRUN:
		return "an entry runs past the manifest's end";
	case MANIFEST_ERR_KIND:
		return "unknown entry kind";
	case MANIFEST_ERR_ENTRY_SIZE:
		return "entry size wrong for its kind";
	case MANIFEST_ERR_DUPLICATE:
		return "pledge, tier, restart or restore given twice";
	case MANIFEST_ERR_MISSING:
		return "pledge, tier or restart missing";
	case MANIFEST_ERR_PROMISE:
		return "unknown promise in the pledge";
	case MANIFEST_ERR_NOSTDIO:
		return "pledge without stdio";
	case MANIFEST_ERR_TIER:
		return "unknown tier";
	case MANIFEST_ERR_POLICY:
		return "unknown restart policy";
	case MANIFEST_ERR_RESTART:
		return "restart count or back-off wrong for the policy";
	case MANIFEST_ERR_SYMBOL:
		return "restore symbol not a C identifier";
	case MANIFEST_ERR_CAP_TYPE:
		return "unknown capability type";
	case MANIFEST_ERR_CAP_FLAGS:
		return "unknown capability flags";
	case MANIFEST_ERR_NO_RIGHTS:
		return "capability without rights";
	case MANIFEST_ERR_RIGHTS:
		return "rights the capability type does not have";
	case MANIFEST_ERR_BADGE:
		return "badge flag with badge 0";
	case MANIFEST_ERR_NAME_NUL:
		return "name not NUL-terminated";
	case MANIFEST_ERR_NAME_LONG:
		return "name longer than 31 bytes";
	case MANIFEST_ERR_NAME_CHARS:
		return "name with a space or a non-printable byte";
	case MANIFEST_ERR_NAME_NEEDED:
		return "capability type needs a target name";
	case MANIFEST_ERR_NAME_EXTRA:
		return "capability type takes no target name";
	case MANIFEST_ERR_PROGRAM:
		return "spawn target not a program name";
	case MANIFEST_ERR_TOOMANY:
		return "more than 64 capabilities";
	case MANIFEST_ERR_DUP_CAP:
		return "two capabilities of one type and target";
	case MANIFEST_ERR_UNPLEDGED:
		return "capability needs a promise the pledge lacks";
	case MANIFEST_ERR_ELF:
		return "not a little-endian ELF64 image";
	case MANIFEST_ERR_SHDRS:
		return "section headers malformed or outside the image";
	case MANIFEST_ERR_NOSECTION:
		return "no .nexus.manifest section";
	case MANIFEST_ERR_DUP_SECTION:
		return "two .nexus.manifest sections";
	case MANIFEST_ERR_SECTION:
		return "manifest section outside the image";
	default:
		return "unknown error";
	}
}
