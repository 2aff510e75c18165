/*
 * hart.h: per-hart state of the riscv64 HAL, reached through tp.
 *
 * vector.S reads the first two fields by offset; keep them first.
 */
#pragma once

#include <stdint.h>

/* Size of the unmapped page under every kernel stack. */
#define HAL_STACK_GUARD 4096ull

struct hal_hart {
	uint64_t stack_lo;	/* lowest usable byte of the current kernel stack */
	uint64_t emergency_sp;	/* top of the stack used after an overflow */
	uint64_t stack_hi;	/* top of the current kernel stack */
	uint64_t hartid;
	uint32_t fault_depth;	/* faults being reported (nesting) */
};

_Static_assert(__builtin_offsetof(struct hal_hart, stack_lo) == 0, "vector.S");
_Static_assert(__builtin_offsetof(struct hal_hart, emergency_sp) == 8, "vector.S");
_Static_assert(__builtin_offsetof(struct hal_hart, stack_hi) == 16, "vector.S");

static inline struct hal_hart *
hart_self(void)
{
	struct hal_hart *h;

	__asm__("mv %0, tp" : "=r"(h));
	return h;
}

struct hal_trap_frame {
	uint64_t x[31];		/* x1..x31: x[n-1] holds xn */
	uint64_t sepc;
	uint64_t sstatus;
	uint64_t scause;
	uint64_t stval;
	uint64_t ktp;		/* the kernel's tp, restored on a trap from U-mode */
};

_Static_assert(sizeof(struct hal_trap_frame) == 288, "vector.S FRAME");

void hal_trap(struct hal_trap_frame *tf);
void hal_trap_user(struct hal_trap_frame *tf);
void hal_trap_vector(void);
void hal_stack_switch(uint64_t sp, void (*fn)(void *), void *arg) __attribute__((noreturn));
/* Internal: called by the trap path. */
void hal_timer_interrupt(void);
void hal_external_interrupt(void);
void hal_fault_report(struct hal_trap_frame *tf) __attribute__((noreturn));
