/*
 * riscv.h: RISC-V privileged architecture definitions for the S-mode HAL.
 *
 * CSR access, the bits of sstatus/sie/sip/satp that the HAL uses, and
 * scause codes (RISC-V privileged spec v1.12, chapter 4).  Private to
 * hal/riscv64; the rest of the system sees only hal/include/hal.
 */
#pragma once

#include <stdint.h>

#define csr_read(csr)                                             \
	({                                                            \
		uint64_t v_;                                              \
		__asm__ volatile("csrr %0, " #csr : "=r"(v_));            \
		v_;                                                       \
	})
#define csr_write(csr, v) __asm__ volatile("csrw " #csr ", %0" ::"r"((uint64_t)(v)) : "memory")
#define csr_set(csr, v) __asm__ volatile("csrs " #csr ", %0" ::"r"((uint64_t)(v)) : "memory")
#define csr_clear(csr, v) __asm__ volatile("csrc " #csr ", %0" ::"r"((uint64_t)(v)) : "memory")

/* sstatus */
#define SSTATUS_SIE (1ull << 1)
#define SSTATUS_SPIE (1ull << 5)
#define SSTATUS_SPP (1ull << 8)
#define SSTATUS_SUM (1ull << 18)

/* sie / sip */
#define SIE_SSIE (1ull << 1)
#define SIE_STIE (1ull << 5)
#define SIE_SEIE (1ull << 9)

/* scause */
#define SCAUSE_INTR (1ull << 63)
#define IRQ_S_SOFT 1
#define IRQ_S_TIMER 5
#define IRQ_S_EXT 9

/* satp (Sv39) */
#define SATP_SV39 (8ull << 60)

/* Page table entry bits (Sv39). */
#define PTE_V (1ull << 0)
#define PTE_R (1ull << 1)
#define PTE_W (1ull << 2)
#define PTE_X (1ull << 3)
#define PTE_U (1ull << 4)
#define PTE_G (1ull << 5)
#define PTE_A (1ull << 6)
#define PTE_D (1ull << 7)

/* stimecmp (Sstc), by number so old assemblers accept it. */
#define CSR_STIMECMP 0x14d

static inline uint64_t
rdtime(void)
{
	uint64_t t;

	__asm__ volatile("rdtime %0" : "=r"(t));
	return t;
}

static inline uint64_t
rdinstret(void)
{
	uint64_t t;

	__asm__ volatile("rdinstret %0" : "=r"(t));
	return t;
}
