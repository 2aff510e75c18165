/*
 * bundle_find.c: libFuzzer target for the boot bundle validator:
 * bundle_check(), bundle_entry_get() and bundle_find() on arbitrary bytes,
 * then the ELF validator on every program of a bundle that passes, as the
 * kernel does on spawn.  Aborts if an accepted entry leaves the bundle.
 * The seed is the build's bundle.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../kernel/bundle.h"
#include "../../kernel/elf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[] = {"hello", "spin", "hostile", "", "x"};
	uint8_t *copy = malloc(size ? size : 1);
	const void *elf;
	size_t elf_size;
	int count;

	memcpy(copy, data, size);
	count = bundle_check(copy, size);
	for (int i = 0; i < count; i++) {
		struct bundle_entry e;
		struct elf_plan plan;
		const uint8_t *d;

		if (bundle_entry_get(copy, size, (unsigned)i, &e) != 0)
			abort();
		d = e.data;
		if (d < copy || e.size == 0 || e.size > size || (size_t)(d - copy) > size - e.size)
			abort();
		if (bundle_find(copy, size, e.name, e.name_len, &elf, &elf_size) != 0 || elf_size != e.size)
			abort();
		(void)!elf_load_plan(e.data, e.size, &plan);
	}
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		(void)!bundle_find(copy, size, names[i], strlen(names[i]), &elf, &elf_size);
	free(copy);
	return 0;
}
