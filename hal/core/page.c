/*
 * page.c: the physical page allocator (see hal/page.h).
 *
 * RAM is identity-mapped, so a page's physical address is also the address
 * the kernel uses to touch it.  Pages never yet handed out are kept as
 * ranges with a bump pointer each, so setting up the allocator costs the
 * same for 16 MiB as for 16 GiB.  A freed page goes on a free list threaded
 * through the pages: it holds, in its first two words, the next free page
 * and a check word derived from its own address:
 *
 *   +0  next   (uintptr_t, 0 ends the list)
 *   +8  check  (address ^ PAGE_FREE_MAGIC)
 *
 * Allocation verifies the check word before following next; a mismatch
 * means something wrote into a free page (use after free), so the rest of
 * the list is abandoned rather than trusted, and the event counted.
 *
 * Not yet safe for several harts at once: callers hold interrupts off and
 * only the boot hart runs.
 */
#include <base/mem.h>
#include <hal/page.h>
#include <stdbool.h>

#define PAGE_FREE_MAGIC 0x4e58706167656672ull	/* "NXpagefr" */

struct free_page {
	uintptr_t next;
	uint64_t check;
};

#define MAX_RANGES 16

/* Untouched memory: [next, end) of each range, sorted by address. */
static struct {
	uint64_t next, end;
} ranges[MAX_RANGES];
static unsigned nranges;
static uintptr_t free_head;
static struct hal_page_stats stats;

static void
push(uintptr_t pa)
{
	struct free_page *p = (struct free_page *)pa;

	p->next = free_head;
	p->check = (uint64_t)pa ^ PAGE_FREE_MAGIC;
	free_head = pa;
	stats.free++;
	stats.listed++;
}

static void
add_range(uint64_t base, uint64_t end, const uint64_t (*excl)[2], unsigned nexcl)
{
	/* Round inwards to whole pages. */
	base = (base + HAL_PAGE_SIZE - 1) & ~(HAL_PAGE_SIZE - 1);
	end &= ~(HAL_PAGE_SIZE - 1);
	if (base >= end)
		return;
	for (unsigned i = 0; i < nexcl; i++) {
		uint64_t xb = excl[i][0], xe = excl[i][0] + excl[i][1];

		if (xe <= base || xb >= end || excl[i][1] == 0)
			continue;
		/* Split around the excluded range. */
		add_range(base, xb > base ? xb : base, excl + i + 1, nexcl - i - 1);
		add_range(xe < end ? xe : end, end, excl + i + 1, nexcl - i - 1);
		return;
	}
	if (nranges == MAX_RANGES) {
		/* More holes than we track: the smaller pieces are given up. */
		return;
	}
	/* Keep the ranges sorted so pages come out in ascending order. */
	unsigned i = nranges++;
	for (; i > 0 && ranges[i - 1].next > base; i--)
		ranges[i] = ranges[i - 1];
	ranges[i].next = base;
	ranges[i].end = end;
	stats.total += (end - base) / HAL_PAGE_SIZE;
	stats.free += (end - base) / HAL_PAGE_SIZE;
}

void
hal_page_add_ram(uint64_t base, uint64_t size, const uint64_t (*excl)[2], unsigned nexcl)
{
	if (base + size < base)
		size = UINT64_MAX - base;
	add_range(base, base + size, excl, nexcl);
}

void *
hal_page_alloc(void)
{
	struct free_page *p;

	if (free_head == 0) {
		for (unsigned i = 0; i < nranges; i++) {
			if (ranges[i].next < ranges[i].end) {
				p = (struct free_page *)(uintptr_t)ranges[i].next;
				ranges[i].next += HAL_PAGE_SIZE;
				stats.free--;
				base_memset(p, 0, HAL_PAGE_SIZE);
				return p;
			}
		}
		return NULL;
	}
	p = (struct free_page *)free_head;
	if (p->check != ((uint64_t)free_head ^ PAGE_FREE_MAGIC)) {
		/* The list is damaged here; do not follow it. */
		stats.corrupt++;
		stats.free -= stats.listed;
		stats.listed = 0;
		free_head = 0;
		return hal_page_alloc();
	}
	free_head = p->next;
	stats.free--;
	stats.listed--;
	base_memset(p, 0, HAL_PAGE_SIZE);
	return p;
}

void *
hal_page_alloc_run(unsigned n)
{
	uint64_t bytes = (uint64_t)n * HAL_PAGE_SIZE;

	for (unsigned i = 0; i < nranges && n > 0; i++) {
		if (ranges[i].end - ranges[i].next >= bytes) {
			void *p = (void *)(uintptr_t)ranges[i].next;
			ranges[i].next += bytes;
			stats.free -= n;
			base_memset(p, 0, bytes);
			return p;
		}
	}
	return NULL;
}

void
hal_page_free(void *page)
{
	if (page == NULL)
		return;
	push((uintptr_t)page);
}

void
hal_page_stats(struct hal_page_stats *st)
{
	*st = stats;
}
