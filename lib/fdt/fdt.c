/*
 * fdt.c: flattened device tree checking and walking.
 *
 * Layout of a blob (all fields big-endian):
 *
 *   +--------------------+ 0
 *   | header (40 bytes)  |  magic, totalsize, off_dt_struct, off_dt_strings,
 *   +--------------------+  off_mem_rsvmap, version, last_comp_version,
 *   | memory reservations|  boot_cpuid_phys, size_dt_strings, size_dt_struct
 *   +--------------------+
 *   | structure block    |  tokens: BEGIN_NODE name\0 pad, PROP len nameoff
 *   |                    |  value pad, END_NODE, NOP, END; 4-byte aligned
 *   +--------------------+
 *   | strings block      |  property names, NUL-terminated
 *   +--------------------+ totalsize
 *
 * fdt_check() validates every token once; the walkers below rely on it.
 */
#include <base/mem.h>
#include <fdt/fdt.h>

enum {
	TOK_BEGIN_NODE = 1,
	TOK_END_NODE = 2,
	TOK_PROP = 3,
	TOK_NOP = 4,
	TOK_END = 9,
};

#define HEADER_SIZE 40u

uint32_t
fdt_be32(const void *p)
{
	const uint8_t *b = p;

	return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
}

uint32_t
fdt_header_size(const void *p)
{
	return fdt_be32((const uint8_t *)p + 4);
}

const char *
fdt_strerror(int err)
{
	switch (err) {
	case 0:
		return "no error";
	case FDT_ERR_TRUNCATED:
		return "blob is smaller than its header says";
	case FDT_ERR_BADMAGIC:
		return "bad magic: not a device tree blob";
	case FDT_ERR_BADVERSION:
		return "unsupported device tree version (need 16 or later)";
	case FDT_ERR_BADLAYOUT:
		return "header blocks overlap or lie outside the blob";
	case FDT_ERR_BADSTRUCT:
		return "malformed structure block";
	case FDT_ERR_BADNAME:
		return "unterminated or misplaced name";
	case FDT_ERR_TOODEEP:
		return "nodes nested too deeply";
	case FDT_ERR_NOTFOUND:
		return "not found";
	case FDT_ERR_BADVALUE:
		return "property has the wrong size or form";
	default:
		return "unknown error";
	}
}

static uint32_t
tok_at(const struct fdt *fdt, uint32_t off)
{
	return fdt_be32(fdt->blob + fdt->off_struct + off);
}

static uint32_t
align4(uint32_t x)
{
	return (x + 3) & ~3u;
}

/* Whether [off, off+len) lies in [0, size). */
static bool
inside(uint32_t off, uint32_t len, uint32_t size)
{
	return off <= size && len <= size - off;
}

int
fdt_check(struct fdt *fdt, const void *p, size_t max)
{
	const uint8_t *b = p;
	uint32_t size, version, off, depth = 0;
	bool seen_root = false;

	if (max < HEADER_SIZE)
		return FDT_ERR_TRUNCATED;
	if (fdt_be32(b) != FDT_MAGIC)
		return FDT_ERR_BADMAGIC;
	size = fdt_be32(b + 4);
	version = fdt_be32(b + 20);
	if (version < 16 || fdt_be32(b + 24) > 17)
		return FDT_ERR_BADVERSION;
	if (size < HEADER_SIZE || size > max)
		return FDT_ERR_TRUNCATED;
	fdt->blob = b;
	fdt->size = size;
	fdt->off_struct = fdt_be32(b + 8);
	fdt->off_strings = fdt_be32(b + 12);
	fdt->off_rsvmap = fdt_be32(b + 16);
	fdt->size_strings = fdt_be32(b + 32);
	fdt->size_struct = version >= 17 ? fdt_be32(b + 36) : size - fdt->off_struct;
	if (fdt->off_struct < HEADER_SIZE || fdt->off_strings < HEADER_SIZE ||
	    (fdt->off_struct & 3) != 0 || (fdt->size_struct & 3) != 0 ||
	    !inside(fdt->off_struct, fdt->size_struct, size) ||
	    !inside(fdt->off_strings, fdt->size_strings, size) ||
	    fdt->off_rsvmap < HEADER_SIZE || fdt->off_rsvmap > size)
		return FDT_ERR_BADLAYOUT;
	if (version < 17 && fdt->off_strings > fdt->off_struct)
		fdt->size_struct = fdt->off_strings - fdt->off_struct;

	/* Walk every token once. */
	off = 0;
	for (;;) {
		uint32_t tok, len, nameoff, n;
		const char *name;

		if (!inside(off, 4, fdt->size_struct))
			return FDT_ERR_BADSTRUCT;
		tok = tok_at(fdt, off);
		off += 4;
		switch (tok) {
		case TOK_BEGIN_NODE:
			if (depth == 0 && seen_root)
				return FDT_ERR_BADSTRUCT;
			seen_root = true;
			if (++depth > FDT_MAX_DEPTH)
				return FDT_ERR_TOODEEP;
			name = (const char *)fdt->blob + fdt->off_struct + off;
			n = (uint32_t)base_strnlen(name, fdt->size_struct - off);
			if (n == fdt->size_struct - off)
				return FDT_ERR_BADNAME;
			off += align4(n + 1);
			break;
		case TOK_END_NODE:
			if (depth == 0)
				return FDT_ERR_BADSTRUCT;
			depth--;
			break;
		case TOK_PROP:
			if (depth == 0 || !inside(off, 8, fdt->size_struct))
				return FDT_ERR_BADSTRUCT;
			len = tok_at(fdt, off);
			nameoff = tok_at(fdt, off + 4);
			off += 8;
			if (!inside(off, len, fdt->size_struct))
				return FDT_ERR_BADSTRUCT;
			if (nameoff >= fdt->size_strings)
				return FDT_ERR_BADNAME;
			name = (const char *)fdt->blob + fdt->off_strings + nameoff;
			if (base_strnlen(name, fdt->size_strings - nameoff) == fdt->size_strings - nameoff)
				return FDT_ERR_BADNAME;
			off += align4(len);
			break;
		case TOK_NOP:
			break;
		case TOK_END:
			if (depth != 0 || !seen_root)
				return FDT_ERR_BADSTRUCT;
			return 0;
		default:
			return FDT_ERR_BADSTRUCT;
		}
	}
}

/* Skips the token at *off (of a checked blob); returns the token. */
static uint32_t
next_tok(const struct fdt *fdt, uint32_t *off)
{
	uint32_t tok = tok_at(fdt, *off);

	*off += 4;
	if (tok == TOK_BEGIN_NODE) {
		const char *name = (const char *)fdt->blob + fdt->off_struct + *off;
		*off += align4((uint32_t)base_strlen(name) + 1);
	} else if (tok == TOK_PROP) {
		uint32_t len = tok_at(fdt, *off);
		*off += 8 + align4(len);
	}
	return tok;
}

int
fdt_next_node(const struct fdt *fdt, int node, int *depth)
{
	uint32_t off = 0, tok;

	if (node >= 0) {
		off = (uint32_t)node;
		next_tok(fdt, &off);	/* the node's own BEGIN_NODE */
		(*depth)++;
	} else {
		*depth = -1;
	}
	for (;;) {
		uint32_t at = off;

		tok = next_tok(fdt, &off);
		if (tok == TOK_BEGIN_NODE) {
			if (node < 0)
				*depth = 0;
			return (int)at;
		}
		if (tok == TOK_END_NODE)
			(*depth)--;
		else if (tok == TOK_END)
			return FDT_ERR_NOTFOUND;
	}
}

const char *
fdt_get_name(const struct fdt *fdt, int node)
{
	return (const char *)fdt->blob + fdt->off_struct + (uint32_t)node + 4;
}

const void *
fdt_getprop(const struct fdt *fdt, int node, const char *name, uint32_t *len)
{
	uint32_t off = (uint32_t)node, tok;

	next_tok(fdt, &off);
	for (;;) {
		uint32_t at = off;

		tok = next_tok(fdt, &off);
		if (tok == TOK_PROP) {
			const char *pn = (const char *)fdt->blob + fdt->off_strings + tok_at(fdt, at + 8);
			if (base_strcmp(pn, name) == 0) {
				if (len != NULL)
					*len = tok_at(fdt, at + 4);
				return fdt->blob + fdt->off_struct + at + 12;
			}
		} else if (tok != TOK_NOP) {
			return NULL;	/* properties come before subnodes */
		}
	}
}

int
fdt_parent(const struct fdt *fdt, int node)
{
	int stack[FDT_MAX_DEPTH + 1];
	int depth = 0, n;

	for (n = fdt_next_node(fdt, -1, &depth); n >= 0; n = fdt_next_node(fdt, n, &depth)) {
		if (depth < 0 || depth > FDT_MAX_DEPTH)
			return FDT_ERR_BADSTRUCT;
		stack[depth] = n;
		if (n == node)
			return depth == 0 ? FDT_ERR_NOTFOUND : stack[depth - 1];
	}
	return FDT_ERR_NOTFOUND;
}

int
fdt_path(const struct fdt *fdt, const char *path)
{
	int depth = 0, node, want = 0;
	const char *seg;
	size_t seglen;

	node = fdt_next_node(fdt, -1, &depth);
	if (node < 0 || path[0] != '/')
		return FDT_ERR_NOTFOUND;
	seg = path + 1;
	while (*seg != '\0') {
		int found = FDT_ERR_NOTFOUND;
		int d = depth;

		seglen = 0;
		while (seg[seglen] != '\0' && seg[seglen] != '/')
			seglen++;
		want = depth + 1;
		for (int n = fdt_next_node(fdt, node, &d); n >= 0 && d >= want; n = fdt_next_node(fdt, n, &d)) {
			const char *nm = fdt_get_name(fdt, n);
			if (d == want && base_strncmp(nm, seg, seglen) == 0 &&
			    (nm[seglen] == '\0' || nm[seglen] == '@')) {
				found = n;
				break;
			}
		}
		if (found < 0)
			return found;
		node = found;
		depth = want;
		seg += seglen;
		if (*seg == '/')
			seg++;
	}
	return node;
}

bool
fdt_is_compatible(const struct fdt *fdt, int node, const char *compat)
{
	uint32_t len, pos = 0;
	const char *list = fdt_getprop(fdt, node, "compatible", &len);

	if (list == NULL)
		return false;
	while (pos < len) {
		size_t n = base_strnlen(list + pos, len - pos);
		if (n < len - pos && base_strcmp(list + pos, compat) == 0)
			return true;
		pos += (uint32_t)n + 1;
	}
	return false;
}

bool
fdt_is_enabled(const struct fdt *fdt, int node)
{
	uint32_t len;
	const char *s = fdt_getprop(fdt, node, "status", &len);

	if (s == NULL)
		return true;
	return (len >= 3 && base_strnlen(s, len) == 2 && base_strncmp(s, "ok", 2) == 0) ||
	    (len >= 5 && base_strnlen(s, len) == 4 && base_strncmp(s, "okay", 4) == 0);
}

int
fdt_find_compatible(const struct fdt *fdt, int start, const char *compat)
{
	int depth = 0, n;

	for (n = fdt_next_node(fdt, start, &depth); n >= 0; n = fdt_next_node(fdt, n, &depth))
		if (fdt_is_compatible(fdt, n, compat))
			return n;
	return FDT_ERR_NOTFOUND;
}

int
fdt_get_u32(const struct fdt *fdt, int node, const char *name, uint32_t *out)
{
	uint32_t len;
	const void *p = fdt_getprop(fdt, node, name, &len);

	if (p == NULL)
		return FDT_ERR_NOTFOUND;
	if (len != 4)
		return FDT_ERR_BADVALUE;
	*out = fdt_be32(p);
	return 0;
}

int
fdt_find_phandle(const struct fdt *fdt, uint32_t ph)
{
	int depth = 0, n;

	for (n = fdt_next_node(fdt, -1, &depth); n >= 0; n = fdt_next_node(fdt, n, &depth)) {
		uint32_t v;
		if (fdt_get_u32(fdt, n, "phandle", &v) == 0 && v == ph)
			return n;
	}
	return FDT_ERR_NOTFOUND;
}

static uint64_t
read_cells(const uint8_t *p, uint32_t cells)
{
	return cells == 2 ? (uint64_t)fdt_be32(p) << 32 | fdt_be32(p + 4) : fdt_be32(p);
}

int
fdt_get_reg(const struct fdt *fdt, int node, int index, uint64_t *addr, uint64_t *size)
{
	uint32_t ac = 2, sc = 1, len, entry;
	int parent = fdt_parent(fdt, node);
	const uint8_t *reg;

	if (parent >= 0) {
		if (fdt_get_u32(fdt, parent, "#address-cells", &ac) == FDT_ERR_BADVALUE ||
		    fdt_get_u32(fdt, parent, "#size-cells", &sc) == FDT_ERR_BADVALUE)
			return FDT_ERR_BADVALUE;
	}
	if (ac < 1 || ac > 2 || sc > 2)
		return FDT_ERR_BADVALUE;
	reg = fdt_getprop(fdt, node, "reg", &len);
	if (reg == NULL)
		return FDT_ERR_NOTFOUND;
	entry = 4 * (ac + sc);
	if (index < 0 || len % entry != 0)
		return FDT_ERR_BADVALUE;
	if ((uint32_t)index >= len / entry)
		return FDT_ERR_NOTFOUND;
	reg += entry * (uint32_t)index;
	*addr = read_cells(reg, ac);
	*size = sc == 0 ? 0 : read_cells(reg + 4 * ac, sc);
	return 0;
}
