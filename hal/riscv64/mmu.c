/*
 * mmu.c: Sv39 page tables for the kernel.
 *
 * Three levels of 512 entries; a virtual address splits as
 *
 *   38        30 29        21 20        12 11          0
 *  +------------+------------+------------+-------------+
 *  |  VPN[2]    |  VPN[1]    |  VPN[0]    |   offset    |
 *  +------------+------------+------------+-------------+
 *
 * The kernel maps RAM at its physical addresses (identity).  Each section of
 * the image gets exactly the rights it needs (text R+X, rodata R, data and
 * bss R+W, symbol table R) and no page is both writable and executable.
 * The rest of RAM is R+W, using 2 MiB pages where alignment allows; device
 * registers are R+W.  Kernel stacks live above RAM, at HAL_STACK_VA, each
 * under an unmapped guard page.
 */
#include <base/mem.h>
#include <hal/console.h>
#include <hal/fault.h>
#include <hal/mmu.h>
#include <hal/page.h>

#include "mmu.h"
#include "riscv.h"

#define LEVELS 3
#define PTES 512
#define MEGA (2ull << 20)

static uint64_t *kernel_root;
static uint64_t next_stack_va = HAL_STACK_VA;
static uint64_t table_pages;

static uint64_t *
pte_table(uint64_t pte)
{
	return (uint64_t *)((pte >> 10) << 12);
}

/*
 * Finds or creates the entry for va at level `level` (0 = 4 KiB leaf,
 * 1 = 2 MiB leaf).  Returns NULL when a table page cannot be allocated or a
 * larger leaf already covers va.
 */
static uint64_t *
walk(uint64_t *root, uint64_t va, int level)
{
	uint64_t *t = root;

	for (int l = LEVELS - 1; l > level; l--) {
		uint64_t *pte = &t[(va >> (12 + 9 * l)) & (PTES - 1)];

		if (*pte & PTE_V) {
			if (*pte & (PTE_R | PTE_W | PTE_X))
				return NULL;
			t = pte_table(*pte);
		} else {
			uint64_t *n = hal_page_alloc();
			if (n == NULL)
				return NULL;
			table_pages++;
			*pte = (((uint64_t)n >> 12) << 10) | PTE_V;
			t = n;
		}
	}
	return &t[(va >> (12 + 9 * level)) & (PTES - 1)];
}

int
mmu_map(uint64_t *root, uint64_t va, uint64_t pa, uint64_t size, uint64_t perm)
{
	uint64_t end = va + size;

	if (((va | pa | size) & (HAL_PAGE_SIZE - 1)) != 0)
		return MMU_ERR_ALIGN;
	if ((perm & PTE_W) && (perm & PTE_X))
		return MMU_ERR_WX;
	while (va < end) {
		int level = ((va | pa) & (MEGA - 1)) == 0 && end - va >= MEGA ? 1 : 0;
		uint64_t *pte = walk(root, va, level);

		if (pte == NULL)
			return MMU_ERR_NOMEM;
		if (*pte & PTE_V)
			return MMU_ERR_EXISTS;
		*pte = ((pa >> 12) << 10) | perm | PTE_V | PTE_A | PTE_D;
		va += level ? MEGA : HAL_PAGE_SIZE;
		pa += level ? MEGA : HAL_PAGE_SIZE;
	}
	return 0;
}

int
mmu_unmap(uint64_t *root, uint64_t va, uint64_t size)
{
	if (((va | size) & (HAL_PAGE_SIZE - 1)) != 0)
		return MMU_ERR_ALIGN;
	for (uint64_t end = va + size; va < end; va += HAL_PAGE_SIZE) {
		uint64_t *t = root;
		int l;

		for (l = LEVELS - 1; l > 0; l--) {
			uint64_t pte = t[(va >> (12 + 9 * l)) & (PTES - 1)];
			if (!(pte & PTE_V) || (pte & (PTE_R | PTE_W | PTE_X)))
				return MMU_ERR_UNMAPPED;	/* absent, or a large leaf */
			t = pte_table(pte);
		}
		if (!(t[(va >> 12) & (PTES - 1)] & PTE_V))
			return MMU_ERR_UNMAPPED;
		t[(va >> 12) & (PTES - 1)] = 0;
	}
	return 0;
}

int
mmu_translate(const uint64_t *root, uint64_t va, uint64_t *pte_out)
{
	const uint64_t *t = root;

	for (int l = LEVELS - 1; l >= 0; l--) {
		uint64_t pte = t[(va >> (12 + 9 * l)) & (PTES - 1)];

		if (!(pte & PTE_V))
			return MMU_ERR_UNMAPPED;
		if (pte & (PTE_R | PTE_W | PTE_X)) {
			*pte_out = pte;
			return 0;
		}
		t = pte_table(pte);
	}
	return MMU_ERR_UNMAPPED;
}

uint64_t *
mmu_kernel_root(void)
{
	return kernel_root;
}

uint64_t
mmu_table_pages(void)
{
	return table_pages;
}

int
mmu_kernel_init(const struct mmu_layout *lay)
{
	int err;

	kernel_root = hal_page_alloc();
	if (kernel_root == NULL)
		return MMU_ERR_NOMEM;
	table_pages = 1;
	for (unsigned i = 0; i < lay->nregions; i++) {
		const struct mmu_region *r = &lay->regions[i];

		if (r->size == 0)
			continue;
		err = mmu_map(kernel_root, r->base, r->base, r->size, r->perm | PTE_G);
		if (err != 0) {
			hal_printf("mmu: cannot map %s [0x%llx, 0x%llx): %s\n", r->name,
			    (unsigned long long)r->base, (unsigned long long)(r->base + r->size),
			    mmu_strerror(err));
			return err;
		}
	}
	__asm__ volatile("sfence.vma zero, zero");
	csr_write(satp, SATP_SV39 | ((uint64_t)kernel_root >> 12));
	__asm__ volatile("sfence.vma zero, zero");
	return 0;
}

int
mmu_stack_alloc(uint64_t pages, uint64_t *lo, uint64_t *hi)
{
	uint64_t va = next_stack_va + HAL_PAGE_SIZE;	/* skip the guard page */

	for (uint64_t i = 0; i < pages; i++) {
		void *p = hal_page_alloc();
		int err;

		if (p == NULL)
			return MMU_ERR_NOMEM;
		err = mmu_map(kernel_root, va + i * HAL_PAGE_SIZE, (uint64_t)p, HAL_PAGE_SIZE,
		    PTE_R | PTE_W | PTE_G);
		if (err != 0)
			return err;
	}
	__asm__ volatile("sfence.vma zero, zero");
	*lo = va;
	*hi = va + pages * HAL_PAGE_SIZE;
	next_stack_va = *hi;
	return 0;
}

const char *
mmu_strerror(int err)
{
	switch (err) {
	case MMU_ERR_ALIGN:
		return "address or size not page aligned";
	case MMU_ERR_WX:
		return "refusing a mapping both writable and executable";
	case MMU_ERR_NOMEM:
		return "out of memory for page tables";
	case MMU_ERR_EXISTS:
		return "address already mapped";
	case MMU_ERR_UNMAPPED:
		return "address not mapped";
	case MMU_ERR_RANGE:
		return "address outside the user range";
	default:
		return "unknown error";
	}
}

int
hal_mmu_query(uint64_t va, unsigned *perm)
{
	uint64_t pte;

	if (mmu_translate(kernel_root, va, &pte) != 0)
		return -1;
	*perm = ((pte & PTE_R) ? HAL_MAP_R : 0) | ((pte & PTE_W) ? HAL_MAP_W : 0) |
	    ((pte & PTE_X) ? HAL_MAP_X : 0) | ((pte & PTE_U) ? HAL_MAP_U : 0);
	return 0;
}

static void
audit_table(const uint64_t *t, int level, struct hal_mmu_audit *a)
{
	for (int i = 0; i < PTES; i++) {
		uint64_t pte = t[i];

		if (!(pte & PTE_V))
			continue;
		if (pte & (PTE_R | PTE_W | PTE_X)) {
			a->leaves++;
			a->bytes += 1ull << (12 + 9 * level);
			if ((pte & PTE_W) && (pte & PTE_X))
				a->wx++;
			if (pte & PTE_U)
				a->user++;
		} else if (level > 0) {
			a->table_pages++;
			audit_table(pte_table(pte), level - 1, a);
		}
	}
}

void
hal_mmu_audit(struct hal_mmu_audit *a)
{
	base_memset(a, 0, sizeof(*a));
	a->table_pages = 1;
	audit_table(kernel_root, LEVELS - 1, a);
}
