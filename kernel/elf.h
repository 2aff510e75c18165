/*
 * elf.h: validating a user program's ELF image and planning its load.
 *
 * elf_load_plan() reads an ELF64 little-endian RISC-V executable (ET_EXEC,
 * soft-float lp64) from untrusted bytes and, only if every check passes,
 * describes what to map:
 *
 *   ELF header   size 64, version 1, program headers of 56 bytes inside
 *                the file
 *   PT_LOAD      1..ELF_PLAN_MAX segments; file bytes inside the file;
 *                filesz <= memsz; vaddr and offset equal modulo the page
 *                size; [vaddr, vaddr + memsz) inside [ELF_USER_BASE,
 *                ELF_USER_END); no two segments share a page; never both
 *                writable and executable
 *   entry        inside the file bytes of an executable segment, 2-aligned
 *   others       PT_INTERP, PT_DYNAMIC and PT_TLS are refused; other types
 *                (notes, GNU_STACK, RISCV_ATTRIBUTES) are ignored
 *
 * The parser reads the image with byte loads (no alignment needed), never
 * reads outside [elf, elf + size) and writes only *plan.  It is portable and
 * freestanding (lib/base only); kernel/tests/test_elf.c tests it on the host
 * and tests/fuzz/elf_plan.c fuzzes it.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#define ELF_PLAN_MAX  8 /* most PT_LOAD segments accepted */
#define ELF_PAGE_SIZE 4096ull
#define ELF_USER_BASE 0x1000000000ull /* = NX_USER_BASE */
#define ELF_USER_END  0x2000000000ull /* = NX_USER_END */

/* Segment rights (struct elf_segment.flags), as the ELF p_flags bits. */
#define ELF_SEG_X 0x1
#define ELF_SEG_W 0x2
#define ELF_SEG_R 0x4

/* Errors: distinct and negative; elf_strerror() names them. */
enum elf_err {
	ELF_ERR_TRUNCATED = -1, /* shorter than an ELF header */
	ELF_ERR_MAGIC = -2,     /* not \177ELF */
	ELF_ERR_CLASS = -3,     /* not ELFCLASS64 */
	ELF_ERR_ENDIAN = -4,    /* not little-endian */
	ELF_ERR_VERSION = -5,   /* ident or header version is not 1 */
	ELF_ERR_TYPE = -6,      /* not ET_EXEC */
	ELF_ERR_MACHINE = -7,   /* not EM_RISCV */
	ELF_ERR_ABI = -8,       /* needs a float ABI or RVE */
	ELF_ERR_HEADER = -9,    /* e_ehsize or e_phentsize wrong */
	ELF_ERR_PHDRS = -10,    /* no program headers, or the table leaves the file */
	ELF_ERR_DYNAMIC = -11,  /* PT_INTERP, PT_DYNAMIC or PT_TLS */
	ELF_ERR_NOLOAD = -12,   /* no PT_LOAD segment */
	ELF_ERR_TOOMANY = -13,  /* more than ELF_PLAN_MAX PT_LOAD segments */
	ELF_ERR_SEGFILE = -14,  /* a segment's file bytes leave the file */
	ELF_ERR_FILESZ = -15,   /* p_filesz > p_memsz */
	ELF_ERR_RANGE = -16,    /* a segment leaves [ELF_USER_BASE, ELF_USER_END) */
	ELF_ERR_ALIGN = -17,    /* p_vaddr and p_offset differ modulo the page size */
	ELF_ERR_OVERLAP = -18,  /* two segments share a page */
	ELF_ERR_WX = -19,       /* a segment both writable and executable */
	ELF_ERR_ENTRY = -20,    /* the entry is not in an executable segment's file bytes */
};

struct elf_segment {
	uint64_t vaddr;  /* first byte; not necessarily page aligned */
	uint64_t memsz;  /* bytes in memory, > 0 */
	uint64_t offset; /* file offset of the first byte */
	uint64_t filesz; /* bytes from the file; the rest are zero */
	uint32_t flags;  /* ELF_SEG_R | ELF_SEG_W | ELF_SEG_X */
};

/* A load plan: segments in file order. */
struct elf_plan {
	uint64_t entry;
	unsigned nseg;
	struct elf_segment seg[ELF_PLAN_MAX];
};

/*
 * Validates the size bytes at elf and fills *plan.  Returns 0, or an
 * ELF_ERR_* code with *plan unspecified.  PT_LOAD segments with memsz 0 are
 * skipped (after their file bytes are checked).
 */
int elf_load_plan(const void *elf, size_t size, struct elf_plan *plan) __attribute__((warn_unused_result));

/* A sentence naming an ELF_ERR_* code ("unknown error" for others). */
const char *elf_strerror(int err);
