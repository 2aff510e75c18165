/*
 * boot.c: bringing a RISC-V hart from firmware hand-off to kernel_main().
 *
 * Order matters and each step needs only what the steps before it set up:
 *   1. trap vector and per-hart state (tp), so any fault is reported;
 *   2. the device tree, read and checked, into struct hal_platform;
 *   3. the page allocator over RAM less the image, the tree and reservations;
 *   4. Sv39 paging with W^X kernel mappings;
 *   5. a fresh kernel stack above a guard page, and the switch onto it;
 *   6. UART, PLIC and timer, then kernel_main().
 * A boot error before the UART is up is printed on the firmware console.
 */
#include <base/fmt.h>
#include <base/mem.h>
#include <fdt/fdt.h>
#include <hal/boot.h>
#include <hal/console.h>
#include <hal/cpu.h>
#include <hal/fault.h>
#include <hal/page.h>
#include <hal/platform.h>

#include "../core/hal_internal.h"
#include "hart.h"
#include "mmu.h"
#include "riscv.h"
#include "riscv64_internal.h"
#include "sbi.h"

/* Kernel stack size in pages (plus one guard page below). */
#define KSTACK_PAGES 4
#define DTB_MAX (1u << 20)

extern char _kernel_start[], _text_end[], _rodata_end[], _data_end[], _kernel_end[];
extern char boot_stack[];
void hal_boot(uint64_t hartid, uint64_t dtb);

static struct hal_hart hart0;
static struct hal_platform plat;
static struct hal_boot boot;
static uint8_t emergency_stack[8192] __attribute__((aligned(16)));
static volatile bool probing, probe_trapped;
static uint64_t persistent_base;

void
hal_persistent_region(uint64_t *base, uint64_t *size)
{
	*base = persistent_base;
	*size = HAL_PERSISTENT_SIZE;
}

void
hal_arch_early_putc(int c)
{
	sbi_putchar(c);
}

int
hal_arch_early_getc(void)
{
	return sbi_getchar();
}

uint64_t
riscv64_test_device(void)
{
	return plat.test.present ? plat.test.base : 0;
}

bool
riscv64_probe_csr(void (*probe)(void))
{
	probing = true;
	probe_trapped = false;
	probe();
	probing = false;
	return !probe_trapped;
}

bool
riscv64_probing(void)
{
	return probing;
}

void
riscv64_probe_failed(void)
{
	probe_trapped = true;
}

static void __attribute__((noreturn))
boot_error(const char *what)
{
	hal_printf("nexus: boot error: %s\n", what);
	hal_printf("nexus: cannot continue; halting\n");
	hal_cpu_halt();
}

static void
add_region(struct mmu_layout *lay, const char *name, uint64_t base, uint64_t end, uint64_t perm)
{
	if (end > base && lay->nregions < sizeof(lay->regions) / sizeof(lay->regions[0]))
		lay->regions[lay->nregions++] = (struct mmu_region){ name, base, end - base, perm };
}

static void
add_mmio(struct mmu_layout *lay, const char *name, const struct hal_mmio *m)
{
	uint64_t b = m->base & ~(HAL_PAGE_SIZE - 1);
	uint64_t e = (m->base + m->size + HAL_PAGE_SIZE - 1) & ~(HAL_PAGE_SIZE - 1);

	if (m->present)
		add_region(lay, name, b, e, PTE_R | PTE_W);
}

void hal_park(void);

/*
 * Moves every other hart from the firmware's waiting loop into hal_park,
 * where it sleeps for real.  A hart the firmware cannot start is left where
 * it is, and said so.
 */
static void
park_secondaries(void)
{
	if (!sbi_probe(SBI_EXT_HSM))
		return;
	for (uint32_t i = 0; i < plat.harts && i < HAL_MAX_HARTS; i++) {
		uint32_t id = plat.hart_ids[i];
		struct sbiret r;

		if (id == plat.boot_hart)
			continue;
		r = sbi_call(SBI_EXT_HSM, 0, id, (long)(uint64_t)hal_park, 0);
		if (r.error != 0)
			hal_printf("hal: hart %u stays in the firmware (HSM start error %ld)\n", id, r.error);
	}
}

static void __attribute__((noreturn))
boot_on_stack(void *arg)
{
	(void)arg;
	park_secondaries();
	if (plat.uart.present)
		hal_console_use_uart(&plat.uart);
	plic_init(&plat);
	riscv64_timer_init(&plat);
	hal_entropy_set_platform(&plat);
	kernel_main(&boot);
}

void
hal_boot(uint64_t hartid, uint64_t dtb)
{
	char err[160];
	uint64_t ks = (uint64_t)_kernel_start, ke = (uint64_t)_kernel_end;
	uint64_t dtb_size, excl[3 + HAL_MAX_RESERVED][2];
	unsigned nexcl = 0;
	struct mmu_layout lay = { 0 };
	uint64_t lo, hi;
	int e;

	hart0.hartid = hartid;
	hart0.stack_lo = (uint64_t)boot_stack;
	hart0.stack_hi = hart0.stack_lo + 16384;
	hart0.emergency_sp = (uint64_t)emergency_stack + sizeof(emergency_stack);
	__asm__ volatile("mv tp, %0" ::"r"(&hart0));
	csr_write(sscratch, 0);
	csr_write(sie, 0);
	csr_write(stvec, (uint64_t)hal_trap_vector);
	/* User code may read cycle, time and instret (rdtime, rdinstret). */
	csr_write(scounteren, 7);

	if (dtb == 0 || (dtb & 7) != 0)
		boot_error("no device tree was passed in a1");
	dtb_size = fdt_header_size((const void *)dtb);
	if (hal_platform_parse(&plat, (const void *)dtb, dtb_size < DTB_MAX ? dtb_size : DTB_MAX,
	        (uint32_t)hartid, err, sizeof(err)) != 0)
		boot_error(err);
	if (ks < plat.mem.base || ke > plat.mem.base + plat.mem.size)
		boot_error("the kernel image is outside the RAM the device tree reports");

	/* Pages nobody may allocate. */
	excl[nexcl][0] = ks;
	excl[nexcl++][1] = ke - ks;
	excl[nexcl][0] = dtb;
	excl[nexcl++][1] = dtb_size;
	/* The persistent region: top of RAM, or just below the tree if it is there. */
	persistent_base = plat.mem.base + plat.mem.size - HAL_PERSISTENT_SIZE;
	if (dtb + dtb_size > persistent_base && dtb < plat.mem.base + plat.mem.size)
		persistent_base = (dtb & ~(HAL_PAGE_SIZE - 1)) - HAL_PERSISTENT_SIZE;
	excl[nexcl][0] = persistent_base;
	excl[nexcl++][1] = HAL_PERSISTENT_SIZE;
	for (uint32_t i = 0; i < plat.nreserved; i++) {
		excl[nexcl][0] = plat.reserved[i].base;
		excl[nexcl++][1] = plat.reserved[i].size;
	}
	hal_page_add_ram(plat.mem.base, plat.mem.size, excl, nexcl);

	add_region(&lay, "text", ks, (uint64_t)_text_end, PTE_R | PTE_X);
	add_region(&lay, "rodata", (uint64_t)_text_end, (uint64_t)_rodata_end, PTE_R);
	add_region(&lay, "data", (uint64_t)_rodata_end, (uint64_t)_data_end, PTE_R | PTE_W);
	add_region(&lay, "ksyms", (uint64_t)_data_end, ke, PTE_R);
	add_region(&lay, "ram below kernel", plat.mem.base, ks, PTE_R | PTE_W);
	add_region(&lay, "ram above kernel", ke, plat.mem.base + plat.mem.size, PTE_R | PTE_W);
	add_mmio(&lay, "uart", &plat.uart);
	add_mmio(&lay, "plic", &plat.plic);
	add_mmio(&lay, "test", &plat.test);
	for (uint32_t i = 0; i < plat.nvirtio; i++)
		add_mmio(&lay, "virtio", &plat.virtio[i]);
	e = mmu_kernel_init(&lay);
	if (e != 0)
		boot_error(mmu_strerror(e));

	e = mmu_stack_alloc(KSTACK_PAGES, &lo, &hi);
	if (e != 0)
		boot_error(mmu_strerror(e));
	boot.plat = &plat;
	boot.kernel_base = ks;
	boot.kernel_end = ke;
	boot.text_size = (uint64_t)_text_end - ks;
	boot.rodata_size = (uint64_t)_rodata_end - (uint64_t)_text_end;
	boot.data_size = (uint64_t)_data_end - (uint64_t)_rodata_end;
	boot.stack_base = lo;
	boot.stack_size = hi - lo;
	/* From here a stack overflow hits the guard page below lo. */
	hart0.stack_lo = lo;
	hart0.stack_hi = hi;
	hal_stack_switch(hi, boot_on_stack, NULL);
}
