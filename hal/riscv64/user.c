/*
 * user.c: address spaces, kernel stacks, contexts and user-mode traps on
 * RISC-V (the contract is hal/include/hal/user.h).
 *
 * An address space is a root page table whose entries for the kernel half
 * are copies of the kernel root's, so the kernel's lower-level tables (RAM,
 * devices, kernel stacks) are shared by every space and a kernel mapping
 * made later in an already shared table shows everywhere.  User mappings
 * live under root entries 64..127 ([HAL_USER_BASE, HAL_USER_END)), which
 * the kernel root never uses; destroying a space frees exactly those tables.
 */
#include <base/mem.h>
#include <hal/mmu.h>
#include <hal/page.h>
#include <hal/timer.h>
#include <hal/user.h>

#include "hart.h"
#include "mmu.h"
#include "riscv.h"
#include "riscv64_internal.h"

#define ROOT_USER_FIRST (HAL_USER_BASE >> 30)
#define ROOT_USER_LAST ((HAL_USER_END >> 30) - 1)

struct hal_as {
	uint64_t *root;
	uint64_t tables;	/* page-table pages, root included */
};

_Static_assert(sizeof(struct hal_as) <= HAL_PAGE_SIZE, "hal_as fits a page");

static hal_user_trap_fn user_trap;

void hal_context_trampoline(void);
void hal_user_return(struct hal_trap_frame *tf) __attribute__((noreturn));

struct hal_as *
hal_as_create(void)
{
	struct hal_as *as = hal_page_alloc();
	uint64_t *kroot = mmu_kernel_root();

	if (as == NULL)
		return NULL;
	as->root = hal_page_alloc();
	if (as->root == NULL) {
		hal_page_free(as);
		return NULL;
	}
	as->tables = 1;
	for (int i = 0; i < 512; i++)
		if (i < (int)ROOT_USER_FIRST || i > (int)ROOT_USER_LAST)
			as->root[i] = kroot[i];
	return as;
}

static void
free_tables(uint64_t *t, int level)
{
	for (int i = 0; i < 512; i++) {
		uint64_t pte = t[i];

		if ((pte & PTE_V) && !(pte & (PTE_R | PTE_W | PTE_X)) && level > 0)
			free_tables((uint64_t *)((pte >> 10) << 12), level - 1);
	}
	hal_page_free(t);
}

void
hal_as_destroy(struct hal_as *as)
{
	if (as == NULL)
		return;
	for (uint64_t i = ROOT_USER_FIRST; i <= ROOT_USER_LAST; i++) {
		uint64_t pte = as->root[i];
		if ((pte & PTE_V) && !(pte & (PTE_R | PTE_W | PTE_X)))
			free_tables((uint64_t *)((pte >> 10) << 12), 1);
	}
	hal_page_free(as->root);
	hal_page_free(as);
}

int
hal_as_map(struct hal_as *as, uint64_t va, uint64_t pa, uint64_t size, unsigned perm)
{
	uint64_t p = PTE_U;
	uint64_t before = mmu_table_pages();
	int err;

	if (va < HAL_USER_BASE || va >= HAL_USER_END || size > HAL_USER_END - va)
		return MMU_ERR_RANGE;
	if (perm & HAL_MAP_R)
		p |= PTE_R;
	if (perm & HAL_MAP_W)
		p |= PTE_W | PTE_R;
	if (perm & HAL_MAP_X)
		p |= PTE_X;
	err = mmu_map(as->root, va, pa, size, p);
	as->tables += mmu_table_pages() - before;
	return err;
}

int
hal_as_unmap(struct hal_as *as, uint64_t va, uint64_t size)
{
	int err;

	if (va < HAL_USER_BASE || va >= HAL_USER_END || size > HAL_USER_END - va)
		return MMU_ERR_RANGE;
	err = mmu_unmap(as->root, va, size);
	__asm__ volatile("sfence.vma" ::: "memory");
	return err;
}

int
hal_as_query(const struct hal_as *as, uint64_t va, unsigned *perm, uint64_t *pa)
{
	uint64_t pte, page;

	if (va < HAL_USER_BASE || va >= HAL_USER_END)
		return -1;
	if (mmu_translate(as->root, va, &pte) != 0 || !(pte & PTE_U))
		return -1;
	*perm = ((pte & PTE_R) ? HAL_MAP_R : 0) | ((pte & PTE_W) ? HAL_MAP_W : 0) |
	    ((pte & PTE_X) ? HAL_MAP_X : 0) | HAL_MAP_U;
	page = (pte >> 10) << 12;
	if (pa != NULL)
		*pa = page + (va & (HAL_PAGE_SIZE - 1));
	return 0;
}

uint64_t
hal_as_table_pages(const struct hal_as *as)
{
	return as->tables;
}

void
hal_as_activate(struct hal_as *as)
{
	uint64_t *root = as != NULL ? as->root : mmu_kernel_root();

	csr_write(satp, SATP_SV39 | ((uint64_t)root >> 12));
	__asm__ volatile("sfence.vma zero, zero");
}

void
hal_user_copy_in(void *dst, uint64_t usrc, size_t len)
{
	csr_set(sstatus, SSTATUS_SUM);
	base_memcpy(dst, (const void *)usrc, len);
	csr_clear(sstatus, SSTATUS_SUM);
}

void
hal_user_copy_out(uint64_t udst, const void *src, size_t len)
{
	csr_set(sstatus, SSTATUS_SUM);
	base_memcpy((void *)udst, src, len);
	csr_clear(sstatus, SSTATUS_SUM);
}

int
hal_kstack_alloc(uint64_t pages, uint64_t *lo, uint64_t *hi)
{
	return mmu_stack_alloc(pages, lo, hi) == 0 ? 0 : -1;
}

void
hal_context_init(struct hal_context *ctx, uint64_t lo, uint64_t hi, void (*fn)(void *), void *arg)
{
	base_memset(ctx, 0, sizeof(*ctx));
	ctx->ra = (uint64_t)hal_context_trampoline;
	ctx->sp = hi & ~15ull;
	ctx->s[1] = (uint64_t)fn;
	ctx->s[2] = (uint64_t)arg;
	ctx->stack_lo = lo;
	ctx->stack_hi = hi;
}

struct hal_trap_frame *
hal_user_frame(uint64_t stack_hi)
{
	return (struct hal_trap_frame *)(stack_hi - sizeof(struct hal_trap_frame));
}

size_t
hal_user_frame_size(void)
{
	return sizeof(struct hal_trap_frame);
}

void
hal_user_frame_init(struct hal_trap_frame *tf, uint64_t pc, uint64_t sp, uint64_t arg)
{
	base_memset(tf, 0, sizeof(*tf));
	tf->sepc = pc;
	tf->x[1] = sp;
	tf->x[9] = arg;
	/* Return to U-mode with interrupts on; no access to user pages from S. */
	tf->sstatus = (csr_read(sstatus) & ~(SSTATUS_SPP | SSTATUS_SIE | SSTATUS_SUM)) | SSTATUS_SPIE;
}

void
hal_user_enter(struct hal_trap_frame *tf)
{
	hal_user_return(tf);
}

void
hal_user_set_trap_handler(hal_user_trap_fn fn)
{
	user_trap = fn;
}

uint64_t
hal_user_syscall_nr(const struct hal_trap_frame *tf)
{
	return tf->x[16];	/* a7 */
}

uint64_t *
hal_user_sysregs(struct hal_trap_frame *tf, uint64_t *nr)
{
	*nr = tf->x[16];	/* a7 */
	return &tf->x[9];	/* a0..a5 */
}

uint64_t
hal_user_arg(const struct hal_trap_frame *tf, int i)
{
	return i >= 0 && i < 6 ? tf->x[9 + i] : 0;	/* a0..a5 */
}

void
hal_user_set_return(struct hal_trap_frame *tf, uint64_t v)
{
	tf->x[9] = v;
}

void
hal_user_set_arg(struct hal_trap_frame *tf, int i, uint64_t v)
{
	if (i >= 0 && i < 6)
		tf->x[9 + i] = v;
}

uint64_t
hal_user_pc(const struct hal_trap_frame *tf)
{
	return tf->sepc;
}

void
hal_user_fault(const struct hal_trap_frame *tf, struct hal_user_fault *f)
{
	uint64_t code = tf->scause & ~SCAUSE_INTR;

	f->cause = code;
	f->pc = tf->sepc;
	f->addr = tf->stval;
	f->name = riscv64_cause_name(code);
	switch (code) {
	case 1: case 5: case 7: case 12: case 13: case 15:
		f->kind = HAL_UFAULT_ACCESS;
		break;
	case 2:
		f->kind = HAL_UFAULT_ILLEGAL;
		f->addr = 0;
		break;
	case 0: case 4: case 6:
		f->kind = HAL_UFAULT_MISALIGNED;
		break;
	case 3:
		f->kind = HAL_UFAULT_BREAKPOINT;
		break;
	default:
		f->kind = HAL_UFAULT_OTHER;
		break;
	}
}

void
hal_trap_user(struct hal_trap_frame *tf)
{
	enum hal_user_event ev;

	if (tf->scause & SCAUSE_INTR) {
		switch (tf->scause & ~SCAUSE_INTR) {
		case IRQ_S_TIMER:
			hal_timer_interrupt();
			ev = HAL_UEV_TIMER;
			break;
		case IRQ_S_EXT:
			hal_external_interrupt();
			ev = HAL_UEV_IRQ;
			break;
		default:
			ev = HAL_UEV_IRQ;
			break;
		}
	} else if ((tf->scause & ~SCAUSE_INTR) == 8) {
		tf->sepc += 4;	/* past the ecall */
		ev = HAL_UEV_SYSCALL;
	} else {
		ev = HAL_UEV_FAULT;
	}
	if (user_trap == NULL)
		hal_fault_report(tf);	/* nobody to hand user traps to: a kernel bug */
	user_trap(tf, ev);
}
