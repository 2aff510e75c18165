/*
 * test_page.c: the physical page allocator on a host buffer standing in for
 * RAM: exclusion of reserved ranges, exhaustion, reuse, corruption
 * detection.
 */
#include <hal/page.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <tap.h>

int
main(void)
{
	size_t size = 64 * HAL_PAGE_SIZE;
	uint8_t *ram = aligned_alloc(HAL_PAGE_SIZE, size);
	uint64_t base = (uint64_t)(uintptr_t)ram;
	uint64_t excl[2][2] = {
		{ base + 10 * HAL_PAGE_SIZE + 100, 2 * HAL_PAGE_SIZE },	/* covers pages 10..12 */
		{ base + 40 * HAL_PAGE_SIZE, HAL_PAGE_SIZE },		/* page 40 */
	};
	struct hal_page_stats st;
	void *pages[64];
	int got = 0;
	bool outside = false, ascending = true;

	/* One byte short of the end: the last page is not whole. */
	hal_page_add_ram(base, size - 1, excl, 2);
	hal_page_stats(&st);
	tap_ok(st.total == 63 - 4 && st.free == st.total, "whole pages only, exclusions removed (%llu pages)",
	    (unsigned long long)st.total);
	for (int i = 0; i < 4; i++)
		pages[i] = hal_page_alloc();
	tap_ok(pages[3] != NULL, "allocate from the ranges");
	for (int i = 0; i < 4; i++)
		hal_page_free(pages[i]);
	hal_page_stats(&st);
	tap_ok(st.listed == 4 && st.free == st.total, "freed pages go on the list");
	/* A use-after-free style scribble over a freed page. */
	memset(pages[3], 0x5a, 64);
	pages[4] = hal_page_alloc();
	hal_page_stats(&st);
	tap_ok(pages[4] != NULL && pages[4] != pages[3] && st.corrupt == 1 && st.listed == 0 &&
	    st.free == st.total - 4 - 1,
	    "an overwritten free list is detected and abandoned, not followed");

	/* Drain what is left, then give a second block of RAM. */
	while (hal_page_alloc() != NULL)
		;
	uint8_t *old = ram;
	ram = aligned_alloc(HAL_PAGE_SIZE, size);
	base = (uint64_t)(uintptr_t)ram;
	excl[0][0] = base + 10 * HAL_PAGE_SIZE + 100;
	excl[1][0] = base + 40 * HAL_PAGE_SIZE;
	hal_page_add_ram(base, size, excl, 2);
	hal_page_stats(&st);
	uint64_t total = st.free;
	tap_ok(total == 64 - 4, "60 pages usable");
	got = 0;
	while (got < 64 && (pages[got] = hal_page_alloc()) != NULL) {
		uint64_t pa = (uint64_t)(uintptr_t)pages[got];
		uint64_t idx = (pa - base) / HAL_PAGE_SIZE;
		if (pa < base || pa >= base + size || (idx >= 10 && idx <= 12) || idx == 40)
			outside = true;
		if (got > 0 && pages[got] < pages[got - 1])
			ascending = false;
		got++;
	}
	tap_ok(got == 60 && !outside, "every usable page handed out once, none excluded");
	tap_ok(ascending, "pages come in ascending order");
	tap_ok(hal_page_alloc() == NULL, "exhaustion returns NULL");
	bool zero = true;
	for (size_t k = 0; k < HAL_PAGE_SIZE; k++)
		zero &= ((uint8_t *)pages[5])[k] == 0;
	tap_ok(zero, "allocated pages are zeroed");
	for (int i = 0; i < got; i++)
		hal_page_free(pages[i]);
	hal_page_stats(&st);
	tap_ok(st.free == 60, "freeing returns them all");
	void *again = hal_page_alloc();
	tap_ok(again == pages[got - 1], "the last freed page is reused first");
	free(ram);
	free(old);
	return tap_done();
}
