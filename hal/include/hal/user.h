/*
 * hal/user.h: what the kernel needs from L0 to run fibers.
 *
 * Address spaces: each user fiber has one; it holds the kernel's mappings
 * (not accessible from user mode) and the fiber's own pages in
 * [HAL_USER_BASE, HAL_USER_END).  Kernel stacks: each fiber has one, above
 * an unmapped guard page.  Contexts: the callee-saved state of a kernel
 * thread of control, switched cooperatively.  Trap frames: the user
 * registers of a fiber, at the top of its kernel stack; the kernel reads the
 * syscall number and arguments and the fault details through the accessors
 * below and never depends on the architecture's layout.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define HAL_USER_BASE 0x1000000000ull
#define HAL_USER_END 0x2000000000ull

struct hal_as;
struct hal_trap_frame;

/* A new address space with the kernel mapped in; NULL when out of memory. */
struct hal_as *hal_as_create(void);
/* Frees the page tables of as (not the pages mapped in it). */
void hal_as_destroy(struct hal_as *as);
/*
 * Maps [va, va + size) to [pa, pa + size) for user mode with HAL_MAP_R/W/X
 * rights (never both W and X); va must lie in the user range.  Returns 0 or
 * a negative error (alignment, range, W+X, out of memory, already mapped).
 */
int hal_as_map(struct hal_as *as, uint64_t va, uint64_t pa, uint64_t size, unsigned perm)
	__attribute__((warn_unused_result));
/*
 * Removes the 4 KiB mappings of [va, va + size) from as (the pages stay the
 * caller's) and flushes them from the hart's TLB.  Returns 0 or a negative
 * error when part of the range was not mapped with 4 KiB pages.
 */
int hal_as_unmap(struct hal_as *as, uint64_t va, uint64_t size) __attribute__((warn_unused_result));
/* The HAL_MAP_* rights and physical address of user va, or -1 if unmapped. */
int hal_as_query(const struct hal_as *as, uint64_t va, unsigned *perm, uint64_t *pa);
/* Switches the hart to as (NULL: the kernel's own). */
void hal_as_activate(struct hal_as *as);
/* Page-table pages used by as. */
uint64_t hal_as_table_pages(const struct hal_as *as);

/*
 * Copies between kernel and user memory of the active address space.  The
 * caller must have checked every page with hal_as_query() first: these do
 * not catch faults.
 */
void hal_user_copy_in(void *dst, uint64_t usrc, size_t len);
void hal_user_copy_out(uint64_t udst, const void *src, size_t len);

/* A kernel stack of `pages` pages above a guard page; 0 or -1. */
int hal_kstack_alloc(uint64_t pages, uint64_t *lo, uint64_t *hi) __attribute__((warn_unused_result));

struct hal_context {
	uint64_t ra, sp, s[12];
	uint64_t stack_lo, stack_hi;
};
/* Prepares ctx to run fn(arg) on the stack [lo, hi) when switched to. */
void hal_context_init(struct hal_context *ctx, uint64_t lo, uint64_t hi, void (*fn)(void *), void *arg);
/* Saves the running context into from and resumes to. */
void hal_context_switch(struct hal_context *from, const struct hal_context *to);

/* The frame at the top of the kernel stack ending at stack_hi. */
struct hal_trap_frame *hal_user_frame(uint64_t stack_hi);
/* Bytes the frame takes at the top of a kernel stack. */
size_t hal_user_frame_size(void);
/* Sets up frame to start user code at pc with stack pointer sp and a0 = arg. */
void hal_user_frame_init(struct hal_trap_frame *tf, uint64_t pc, uint64_t sp, uint64_t arg);
/* Enters user mode with frame (the current fiber's); does not return. */
void hal_user_enter(struct hal_trap_frame *tf) __attribute__((noreturn));

enum hal_user_event {
	HAL_UEV_SYSCALL,	/* ecall: number and arguments in the frame */
	HAL_UEV_TIMER,		/* the timer fired while user code ran */
	HAL_UEV_IRQ,		/* another interrupt, already handled */
	HAL_UEV_FAULT,		/* an exception: see hal_user_fault() */
};

enum hal_fault_kind {
	HAL_UFAULT_ACCESS,	/* page fault or access fault */
	HAL_UFAULT_ILLEGAL,	/* illegal instruction */
	HAL_UFAULT_MISALIGNED,
	HAL_UFAULT_BREAKPOINT,
	HAL_UFAULT_OTHER,
};

struct hal_user_fault {
	enum hal_fault_kind kind;
	const char *name;	/* the architecture's name of the cause */
	uint64_t pc;
	uint64_t addr;		/* faulting address, where the cause has one */
	uint64_t cause;		/* the raw cause code */
};

/*
 * Called on the fiber's kernel stack for every trap from user mode; when it
 * returns, the fiber goes back to user mode with the (possibly changed)
 * frame.  The kernel sets it once at boot.
 */
typedef void (*hal_user_trap_fn)(struct hal_trap_frame *tf, enum hal_user_event ev);
void hal_user_set_trap_handler(hal_user_trap_fn fn);

/*
 * The system call registers of tf, for the fast path: returns its six
 * arguments as an array that the kernel reads and writes in place (element
 * 0 carries the result back, 1..5 a call's extra results) and sets *nr to
 * the call number.
 */
uint64_t *hal_user_sysregs(struct hal_trap_frame *tf, uint64_t *nr);
uint64_t hal_user_syscall_nr(const struct hal_trap_frame *tf);
/* Syscall argument i (0..5). */
uint64_t hal_user_arg(const struct hal_trap_frame *tf, int i);
void hal_user_set_return(struct hal_trap_frame *tf, uint64_t v);
/* Sets argument register i (0..5) of the frame: a call's extra results. */
void hal_user_set_arg(struct hal_trap_frame *tf, int i, uint64_t v);
void hal_user_fault(const struct hal_trap_frame *tf, struct hal_user_fault *f);
uint64_t hal_user_pc(const struct hal_trap_frame *tf);
