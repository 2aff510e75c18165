/*
 * elf_plan.c: libFuzzer target for the user program ELF validator the
 * kernel runs on every spawn: elf_load_plan() on arbitrary bytes, and on
 * anything it accepts, the rules elf.h promises (it aborts if one fails).
 * The seeds are the build's user programs.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../kernel/elf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
plan_check(const struct elf_plan *p, size_t size)
{
	int entry = 0;

	if (p->nseg == 0 || p->nseg > ELF_PLAN_MAX)
		abort();
	for (unsigned i = 0; i < p->nseg; i++) {
		const struct elf_segment *s = &p->seg[i];

		if (s->memsz == 0 || s->filesz > s->memsz || s->offset > size || s->filesz > size - s->offset)
			abort();
		if (s->vaddr < ELF_USER_BASE || s->vaddr >= ELF_USER_END || s->memsz > ELF_USER_END - s->vaddr)
			abort();
		if ((s->flags & ELF_SEG_W) && (s->flags & ELF_SEG_X))
			abort();
		if ((s->flags & ELF_SEG_X) && p->entry >= s->vaddr && p->entry - s->vaddr < s->filesz)
			entry = 1;
		for (unsigned j = 0; j < i; j++) {
			const struct elf_segment *t = &p->seg[j];

			if ((s->vaddr & ~0xfffull) < ((t->vaddr + t->memsz + 0xfff) & ~0xfffull) &&
			    (t->vaddr & ~0xfffull) < ((s->vaddr + s->memsz + 0xfff) & ~0xfffull))
				abort();
		}
	}
	if (!entry)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct elf_plan plan;
	/* An exact-size heap copy, so ASan sees any read past the end. */
	uint8_t *copy = malloc(size ? size : 1);

	memcpy(copy, data, size);
	if (elf_load_plan(copy, size, &plan) == 0)
		plan_check(&plan, size);
	free(copy);
	return 0;
}
