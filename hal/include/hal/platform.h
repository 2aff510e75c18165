/*
 * hal/platform.h: what the machine is, as the device tree describes it.
 *
 * hal_platform_parse() reads a checked device tree into struct hal_platform
 * once at boot; nothing after that looks at the tree again.  Every address
 * the kernel uses comes from here, none is hard-coded.  Missing optional
 * devices leave their `present` false; a missing or malformed essential
 * node (memory, cpus, timebase) is an error with a message naming it.
 */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#define HAL_MAX_RESERVED 8
#define HAL_MAX_VIRTIO 8
#define HAL_BOOTARGS_MAX 256
#define HAL_MAX_HARTS 16

struct hal_mmio {
	bool present;
	uint64_t base;
	uint64_t size;
	uint32_t irq;		/* interrupt number at the PLIC, 0 if none */
};

struct hal_range {
	uint64_t base;
	uint64_t size;
};

struct hal_platform {
	struct hal_range mem;		/* the first RAM bank */
	uint32_t mem_banks;		/* how many the tree lists (others unused) */
	uint32_t harts;			/* enabled cpu nodes */
	uint32_t boot_hart;
	uint32_t hart_ids[HAL_MAX_HARTS];	/* the first HAL_MAX_HARTS harts' ids */
	uint64_t timebase_hz;
	bool sstc;			/* boot hart's ISA string lists Sstc */
	char isa[64];			/* boot hart's riscv,isa (truncated) */
	struct hal_mmio uart;		/* ns16550a */
	uint32_t uart_clock_hz;
	struct hal_mmio plic;
	uint32_t plic_ndev;
	uint32_t plic_context;		/* boot hart's S-mode context */
	struct hal_mmio test;		/* sifive,test0: exit / reset device */
	struct hal_mmio rtc;		/* google,goldfish-rtc: wall clock; the kernel leaves it to user drivers */
	uint32_t nvirtio;
	struct hal_mmio virtio[HAL_MAX_VIRTIO];
	uint32_t nreserved;
	struct hal_range reserved[HAL_MAX_RESERVED];	/* /reserved-memory and /memreserve/ */
	char bootargs[HAL_BOOTARGS_MAX];
	bool bootargs_truncated;
	char model[48];
	uint8_t rng_seed[64];		/* /chosen rng-seed, if the firmware gave one */
	uint32_t rng_seed_len;
};

/*
 * Fills *plat from the device tree blob at dtb (at most max bytes) for the
 * hart boot_hart.  Returns 0, or a negative code with a description of what
 * is wrong written to err (errlen bytes, always terminated).
 */
int hal_platform_parse(struct hal_platform *plat, const void *dtb, uint64_t max,
    uint32_t boot_hart, char *err, uint64_t errlen) __attribute__((warn_unused_result));
