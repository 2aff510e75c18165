/*
 * ktest_user.c: the HAL's user-mode support, tested without the fiber layer.
 *
 * A page of hand-assembled RISC-V code is mapped into a fresh address space
 * and run in U-mode on its own kernel stack:
 *
 *     mv   s2, a0            the data page's address, passed in a0
 *     addi a0, zero, 42      a syscall with an argument
 *     addi a7, zero, 77
 *     ecall
 *     sd   a0, 0(s2)         store the syscall's result into the data page
 *     ld   a1, 0(zero)       a fault at address 0
 *
 * and a second run spins (j .) until the timer interrupts it.  The test's
 * trap handler checks what arrives and switches back to the test.
 */
#include <base/mem.h>
#include <hal/cpu.h>
#include <hal/mmu.h>
#include <hal/page.h>
#include <hal/timer.h>
#include <hal/user.h>

#include "ktest_internal.h"

#define CODE_VA (HAL_USER_BASE + 0x1000)
#define DATA_VA (HAL_USER_BASE + 0x3000)

static struct hal_context test_ctx, user_ctx;
static struct hal_trap_frame *frame;
static int syscalls, timers;
static struct hal_user_fault fault;
static bool faulted;
static uint64_t sys_nr, sys_arg;

static void
handler(struct hal_trap_frame *tf, enum hal_user_event ev)
{
	switch (ev) {
	case HAL_UEV_SYSCALL:
		syscalls++;
		sys_nr = hal_user_syscall_nr(tf);
		sys_arg = hal_user_arg(tf, 0);
		hal_user_set_return(tf, sys_arg + 1);
		return;	/* back to user mode */
	case HAL_UEV_FAULT:
		hal_user_fault(tf, &fault);
		faulted = true;
		break;
	case HAL_UEV_TIMER:
		timers++;
		break;
	case HAL_UEV_IRQ:
		return;
	}
	hal_context_switch(&user_ctx, &test_ctx);
}

static void
enter(void *arg)
{
	(void)arg;
	hal_user_enter(frame);
}

void
ktest_user(void)
{
	static const uint32_t code[] = {
		0x00050913,	/* mv s2, a0 */
		0x02a00513,	/* addi a0, zero, 42 */
		0x04d00893,	/* addi a7, zero, 77 */
		0x00000073,	/* ecall */
		0x00a93023,	/* sd a0, 0(s2) */
		0x00003583,	/* ld a1, 0(zero) */
	};
	static const uint32_t spin[] = { 0x0000006f };	/* j . */
	struct hal_page_stats before, after;
	uint64_t lo, hi, word = 0;
	unsigned perm;
	uint8_t *cpage, *dpage;
	struct hal_as *as;

	hal_page_stats(&before);
	as = hal_as_create();
	cpage = hal_page_alloc();
	dpage = hal_page_alloc();
	ktest_ok(as != NULL && cpage != NULL && dpage != NULL, "create an address space");
	base_memcpy(cpage, code, sizeof(code));
	ktest_ok(hal_as_map(as, CODE_VA, (uint64_t)cpage, HAL_PAGE_SIZE, HAL_MAP_R | HAL_MAP_X) == 0 &&
	    hal_as_map(as, DATA_VA, (uint64_t)dpage, HAL_PAGE_SIZE, HAL_MAP_R | HAL_MAP_W) == 0,
	    "map user code R+X and data R+W");
	ktest_ok(hal_as_map(as, DATA_VA + HAL_PAGE_SIZE, (uint64_t)dpage, HAL_PAGE_SIZE, HAL_MAP_W | HAL_MAP_X) != 0,
	    "a user mapping both W and X is refused");
	ktest_ok(hal_as_map(as, 0x80200000, (uint64_t)dpage, HAL_PAGE_SIZE, HAL_MAP_R) != 0,
	    "a user mapping outside the user range is refused");
	ktest_ok(hal_as_map(as, CODE_VA, (uint64_t)dpage, HAL_PAGE_SIZE, HAL_MAP_R) != 0, "mapping twice is refused");
	ktest_ok(hal_as_query(as, CODE_VA, &perm, NULL) == 0 && perm == (HAL_MAP_R | HAL_MAP_X | HAL_MAP_U) &&
	    hal_as_query(as, CODE_VA + 8 * HAL_PAGE_SIZE, &perm, NULL) != 0,
	    "query reports user rights and unmapped pages");
	ktest_ok(hal_as_query(as, 0x80200000, &perm, NULL) != 0, "kernel text is not visible as user memory");
	ktest_ok(hal_kstack_alloc(2, &lo, &hi) == 0, "kernel stack for the user context");

	hal_user_set_trap_handler(handler);
	frame = hal_user_frame(hi);
	hal_user_frame_init(frame, CODE_VA, DATA_VA + HAL_PAGE_SIZE, DATA_VA);
	hal_context_init(&user_ctx, lo, hi - hal_user_frame_size(), enter, NULL);
	hal_as_activate(as);
	hal_context_switch(&test_ctx, &user_ctx);
	hal_user_copy_in(&word, DATA_VA, sizeof(word));
	hal_as_activate(NULL);
	ktest_ok(syscalls == 1 && sys_nr == 77 && sys_arg == 42, "ecall from U-mode: number and argument arrive");
	ktest_ok(word == 43, "the syscall's return value reached user code (%llu)", (unsigned long long)word);
	ktest_ok(faulted && fault.kind == HAL_UFAULT_ACCESS && fault.addr == 0 && fault.pc == CODE_VA + 20,
	    "a user load from 0 is a fault of the fiber, not of the kernel (%s)", fault.name);

	/* A spinning user program is interrupted by the timer. */
	base_memcpy(cpage, spin, sizeof(spin));
	__asm__ volatile("fence.i");
	hal_user_frame_init(frame, CODE_VA, DATA_VA + HAL_PAGE_SIZE, 0);
	hal_context_init(&user_ctx, lo, hi - hal_user_frame_size(), enter, NULL);
	hal_timer_arm(hal_time_now() + hal_time_hz() / 500);
	hal_as_activate(as);
	hal_context_switch(&test_ctx, &user_ctx);
	hal_as_activate(NULL);
	ktest_ok(timers == 1, "the timer preempts a spinning U-mode program");

	hal_user_set_trap_handler(NULL);
	hal_as_destroy(as);
	hal_page_free(cpage);
	hal_page_free(dpage);
	hal_page_stats(&after);
	/* The kernel stack's pages stay mapped: stacks are reused, not freed. */
	ktest_ok(after.free + 2 == before.free, "destroying the space frees its tables (%lld pages held)",
	    (long long)(before.free - after.free));
}
