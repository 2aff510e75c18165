/*
 * elf.c: validating a user program's ELF image (see elf.h).
 *
 * Every field is read with the little-endian load helpers below, so the
 * image may sit at any alignment, and every offset is checked against size
 * before it is used, with sums written so that they cannot wrap.  The
 * checks run header first, then each program header, then the relations
 * between segments (overlap, entry); the first failure is returned.
 */
#include <base/le.h>
#include <base/mem.h>
#include <stdbool.h>

#include "elf.h"

#define EHDR_SIZE          64
#define PHDR_SIZE          56
#define ET_EXEC            2
#define EM_RISCV           243
#define PT_LOAD            1
#define PT_DYNAMIC         2
#define PT_INTERP          3
#define PT_TLS             7
#define EF_RISCV_FLOAT_ABI 0x6
#define EF_RISCV_RVE       0x8

/* Checks the ELF header; on success sets the program header table. */
static int
elf_header_check(const uint8_t *e, size_t size, uint64_t *phoff, unsigned *phnum)
{
	static const uint8_t magic[4] = {0x7f, 'E', 'L', 'F'};
	uint64_t off;
	unsigned n;

	if (size < EHDR_SIZE)
		return ELF_ERR_TRUNCATED;
	if (base_memcmp(e, magic, 4) != 0)
		return ELF_ERR_MAGIC;
	if (e[4] != 2)
		return ELF_ERR_CLASS;
	if (e[5] != 1)
		return ELF_ERR_ENDIAN;
	if (e[6] != 1 || base_le32(e + 20) != 1)
		return ELF_ERR_VERSION;
	if (base_le16(e + 16) != ET_EXEC)
		return ELF_ERR_TYPE;
	if (base_le16(e + 18) != EM_RISCV)
		return ELF_ERR_MACHINE;
	if (base_le32(e + 48) & (EF_RISCV_FLOAT_ABI | EF_RISCV_RVE))
		return ELF_ERR_ABI;
	if (base_le16(e + 52) != EHDR_SIZE || base_le16(e + 54) != PHDR_SIZE)
		return ELF_ERR_HEADER;
	off = base_le64(e + 32);
	n = base_le16(e + 56);
	if (n == 0 || off > size || (size - off) / PHDR_SIZE < n)
		return ELF_ERR_PHDRS;
	*phoff = off;
	*phnum = n;
	return 0;
}

/* Checks one PT_LOAD program header p on its own and fills *seg. */
static int
elf_segment_check(const uint8_t *p, size_t size, struct elf_segment *seg)
{
	uint32_t flags = base_le32(p + 4);

	seg->offset = base_le64(p + 8);
	seg->vaddr = base_le64(p + 16);
	seg->filesz = base_le64(p + 32);
	seg->memsz = base_le64(p + 40);
	seg->flags = flags & (ELF_SEG_R | ELF_SEG_W | ELF_SEG_X);
	if (seg->offset > size || seg->filesz > size - seg->offset)
		return ELF_ERR_SEGFILE;
	if (seg->filesz > seg->memsz)
		return ELF_ERR_FILESZ;
	if (seg->memsz == 0)
		return 0;
	if (seg->vaddr < ELF_USER_BASE || seg->vaddr >= ELF_USER_END || seg->memsz > ELF_USER_END - seg->vaddr)
		return ELF_ERR_RANGE;
	if ((seg->vaddr ^ seg->offset) & (ELF_PAGE_SIZE - 1))
		return ELF_ERR_ALIGN;
	if ((seg->flags & ELF_SEG_W) && (seg->flags & ELF_SEG_X))
		return ELF_ERR_WX;
	return 0;
}

/* The first page of a segment and the end of its last page. */
static uint64_t
seg_page_lo(const struct elf_segment *s)
{
	return s->vaddr & ~(ELF_PAGE_SIZE - 1);
}

static uint64_t
seg_page_hi(const struct elf_segment *s)
{
	/* Cannot wrap: vaddr + memsz <= ELF_USER_END. */
	return (s->vaddr + s->memsz + ELF_PAGE_SIZE - 1) & ~(ELF_PAGE_SIZE - 1);
}

static bool
elf_entry_ok(const struct elf_plan *plan)
{
	if (plan->entry & 1)
		return false;
	for (unsigned i = 0; i < plan->nseg; i++) {
		const struct elf_segment *s = &plan->seg[i];

		if ((s->flags & ELF_SEG_X) && plan->entry >= s->vaddr && plan->entry - s->vaddr < s->filesz)
			return true;
	}
	return false;
}

int
elf_load_plan(const void *elf, size_t size, struct elf_plan *plan)
{
	const uint8_t *e = elf;
	uint64_t phoff;
	unsigned phnum;
	int err;

	base_memset(plan, 0, sizeof(*plan));
	err = elf_header_check(e, size, &phoff, &phnum);
	if (err)
		return err;
	for (unsigned i = 0; i < phnum; i++) {
		const uint8_t *p = e + phoff + (uint64_t)i * PHDR_SIZE;
		uint32_t type = base_le32(p);
		struct elf_segment seg;

		if (type == PT_INTERP || type == PT_DYNAMIC || type == PT_TLS)
			return ELF_ERR_DYNAMIC;
		if (type != PT_LOAD)
			continue;
		err = elf_segment_check(p, size, &seg);
		if (err)
			return err;
		if (seg.memsz == 0)
			continue;
		if (plan->nseg == ELF_PLAN_MAX)
			return ELF_ERR_TOOMANY;
		for (unsigned j = 0; j < plan->nseg; j++)
			if (seg_page_lo(&seg) < seg_page_hi(&plan->seg[j]) &&
			    seg_page_lo(&plan->seg[j]) < seg_page_hi(&seg))
				return ELF_ERR_OVERLAP;
		plan->seg[plan->nseg++] = seg;
	}
	if (plan->nseg == 0)
		return ELF_ERR_NOLOAD;
	plan->entry = base_le64(e + 24);
	if (!elf_entry_ok(plan))
		return ELF_ERR_ENTRY;
	return 0;
}

const char *
elf_strerror(int err)
{
	switch (err) {
	case 0:
		return "no error";
	case ELF_ERR_TRUNCATED:
		return "shorter than an ELF header";
	case ELF_ERR_MAGIC:
		return "not an ELF file";
	case ELF_ERR_CLASS:
		return "not a 64-bit ELF file";
	case ELF_ERR_ENDIAN:
		return "not little-endian";
	case ELF_ERR_VERSION:
		return "unknown ELF version";
	case ELF_ERR_TYPE:
		return "not an executable (ET_EXEC)";
	case ELF_ERR_MACHINE:
		return "not a RISC-V program";
	case ELF_ERR_ABI:
		return "needs a floating-point ABI or RV32E";
	case ELF_ERR_HEADER:
		return "wrong ELF or program header size";
	case ELF_ERR_PHDRS:
		return "program header table missing or outside the file";
	case ELF_ERR_DYNAMIC:
		return "dynamically linked or uses TLS";
	case ELF_ERR_NOLOAD:
		return "no loadable segment";
	case ELF_ERR_TOOMANY:
		return "too many loadable segments";
	case ELF_ERR_SEGFILE:
		return "segment data outside the file";
	case ELF_ERR_FILESZ:
		return "segment file size above its memory size";
	case ELF_ERR_RANGE:
		return "segment outside the user address range";
	case ELF_ERR_ALIGN:
		return "segment address and offset differ within a page";
	case ELF_ERR_OVERLAP:
		return "segments share a page";
	case ELF_ERR_WX:
		return "segment both writable and executable";
	case ELF_ERR_ENTRY:
		return "entry point not in an executable segment";
	default:
		return "unknown error";
	}
}
