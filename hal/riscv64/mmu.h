/*
 * mmu.h: the riscv64 HAL's Sv39 interface (private to hal/riscv64).
 */
#pragma once

#include <stdint.h>

/* Kernel stacks: above the 38-bit half of RAM QEMU can have, below 2^38. */
#define HAL_STACK_VA 0x3f00000000ull

enum {
	MMU_ERR_ALIGN = -1,
	MMU_ERR_WX = -2,
	MMU_ERR_NOMEM = -3,
	MMU_ERR_EXISTS = -4,
	MMU_ERR_UNMAPPED = -5,
	MMU_ERR_RANGE = -6,
};

struct mmu_region {
	const char *name;
	uint64_t base, size, perm;
};

struct mmu_layout {
	unsigned nregions;
	struct mmu_region regions[24];
};

int mmu_kernel_init(const struct mmu_layout *lay) __attribute__((warn_unused_result));
int mmu_map(uint64_t *root, uint64_t va, uint64_t pa, uint64_t size, uint64_t perm)
	__attribute__((warn_unused_result));
/* Clears the 4 KiB leaves of [va, va + size); the caller fences. */
int mmu_unmap(uint64_t *root, uint64_t va, uint64_t size) __attribute__((warn_unused_result));
int mmu_translate(const uint64_t *root, uint64_t va, uint64_t *pte);
/* Maps pages of fresh stack above an unmapped guard page; returns its range. */
int mmu_stack_alloc(uint64_t pages, uint64_t *lo, uint64_t *hi) __attribute__((warn_unused_result));
uint64_t *mmu_kernel_root(void);
uint64_t mmu_table_pages(void);
const char *mmu_strerror(int err);
