/*
 * hal/page.h: the physical page allocator.
 *
 * Owns every 4 KiB page of RAM that the device tree reports and nothing
 * else uses (the kernel image, firmware reservations and the device tree
 * itself are carved out at boot).  Untouched RAM is handed out from ranges
 * by a bump pointer; freed pages go on a list threaded through the pages
 * themselves, so set-up, allocation and free are O(1) and need no memory of
 * their own.  Each listed page carries a check word; a corrupted free list
 * is detected at allocation, counted and abandoned, never followed.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#define HAL_PAGE_SIZE 4096ull

struct hal_page_stats {
	uint64_t total;		/* pages handed to the allocator */
	uint64_t free;		/* pages that can be allocated now */
	uint64_t listed;	/* of those, pages on the free list */
	uint64_t corrupt;	/* free-list corruptions detected */
};

/*
 * Gives the allocator every whole page of [base, base + size) that does not
 * overlap one of the nexcl excluded ranges (given as base/size pairs).
 */
void hal_page_add_ram(uint64_t base, uint64_t size, const uint64_t (*excl)[2], unsigned nexcl);
/* A zeroed page, or NULL when memory is exhausted. */
void *hal_page_alloc(void);
void hal_page_free(void *page);
/*
 * n physically contiguous zeroed pages from untouched RAM (not the free
 * list), or NULL.  Give them back one by one with hal_page_free().
 */
void *hal_page_alloc_run(unsigned n);
void hal_page_stats(struct hal_page_stats *st);

#define HAL_PERSISTENT_SIZE (64ull << 10)

/*
 * The RAM the HAL leaves alone across a warm reset: never allocated, never
 * zeroed at boot.  HAL_PERSISTENT_SIZE bytes at the top of the first RAM
 * bank (below the device tree if the firmware put it there).  The kernel
 * keeps its Boot Error Buffer here.
 */
void hal_persistent_region(uint64_t *base, uint64_t *size);
