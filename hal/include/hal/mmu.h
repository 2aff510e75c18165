/*
 * hal/mmu.h: questions about the kernel's address space.
 *
 * The page tables themselves are the architecture's business; the kernel
 * and the watchdog only ask what a virtual address maps to, and audit the
 * whole kernel space for mappings that break the W^X rule.
 */
#pragma once

#include <stdint.h>

enum {
	HAL_MAP_R = 1,
	HAL_MAP_W = 2,
	HAL_MAP_X = 4,
	HAL_MAP_U = 8,
};

/* Sets *perm to the HAL_MAP_* rights of va; returns 0, or -1 if unmapped. */
int hal_mmu_query(uint64_t va, unsigned *perm);

struct hal_mmu_audit {
	uint64_t leaves;	/* leaf entries */
	uint64_t bytes;		/* bytes mapped */
	uint64_t wx;		/* leaves both writable and executable (must be 0) */
	uint64_t user;		/* leaves with the user bit (0 in the kernel space) */
	uint64_t table_pages;	/* pages used by the tables */
};

/* Walks every entry of the kernel page tables. */
void hal_mmu_audit(struct hal_mmu_audit *a);
