/*
 * page.c: the physical page allocator (see hal/page.h).
 *
 * RAM is identity-mapped, so a page's physical address is also the address
 * the kernel uses to touch it.  A free page holds, in its first two words,
 * the next free page and a check word derived from its own address:
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
		/* Split around the excluded range; upper part first, see below. */
		add_range(xe < end ? xe : end, end, excl + i + 1, nexcl - i - 1);
		add_range(base, xb > base ? xb : base, excl + i + 1, nexcl - i - 1);
		return;
	}
	/* Push highest first so the list hands out ascending addresses. */
	for (uint64_t pa = end; pa > base; pa -= HAL_PAGE_SIZE) {
		push((uintptr_t)(pa - HAL_PAGE_SIZE));
		stats.total++;
	}
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

	if (free_head == 0)
		return NULL;
	p = (struct free_page *)free_head;
	if (p->check != ((uint64_t)free_head ^ PAGE_FREE_MAGIC)) {
		/* The list is damaged here; do not follow it. */
		stats.corrupt++;
		stats.free = 0;
		free_head = 0;
		return NULL;
	}
	free_head = p->next;
	stats.free--;
	base_memset(p, 0, HAL_PAGE_SIZE);
	return p;
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
