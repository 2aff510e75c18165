/*
 * ktest.c: in-kernel tests, linked only into the test image.
 *
 * Booted with ktest=NAME, the kernel calls ktest_main() after the banner.
 *   ktest=all       every self-test below; TAP on the console, then power
 *                   off with status 0 when all passed, 1 otherwise
 *   ktest=fault     touch an unmapped address (the fault report is the test)
 *   ktest=overflow  recurse until the stack guard page is hit
 *   ktest=panic     call hal_panic()
 *   ktest=cryptobench  instruction counts of lib/crypto, as bench lines
 * tests/qemu/ktest.py boots the image and checks what comes out.
 */
#include <base/fmt.h>
#include <base/mem.h>
#include <hal/console.h>
#include <hal/cpu.h>
#include <hal/fault.h>
#include <hal/mmu.h>
#include <hal/page.h>
#include <hal/reset.h>
#include <hal/timer.h>

#include "../../kernel/ktest.h"
#include "ktest_internal.h"

static int count, failed;

bool
ktest_ok(bool cond, const char *fmt, ...)
{
	va_list ap;

	count++;
	if (!cond)
		failed++;
	hal_printf("%sok %d - ", cond ? "" : "not ", count);
	va_start(ap, fmt);
	hal_vprintf(fmt, ap);
	va_end(ap);
	hal_printf("\n");
	return cond;
}

static const char rodata_probe[16] = "read only";
static uint64_t data_probe = 1;

static void
test_fmt(void)
{
	char buf[64];

	base_snprintf(buf, sizeof(buf), "%d %x %s %5.2s|%-3c|", -12, 0xbeefu, "ok", "xyz", 'q');
	ktest_ok(base_strcmp(buf, "-12 beef ok    xy|q  |") == 0, "formatted printing in the kernel");
}

static void
test_pages(void)
{
	struct hal_page_stats before, after;
	void *p[64];
	bool zero = true, aligned = true, distinct = true;

	hal_page_stats(&before);
	for (int i = 0; i < 64; i++) {
		p[i] = hal_page_alloc();
		if (p[i] == NULL)
			break;
		aligned &= ((uint64_t)p[i] & (HAL_PAGE_SIZE - 1)) == 0;
		for (int k = 0; k < 512; k++)
			zero &= ((uint64_t *)p[i])[k] == 0;
		base_memset(p[i], 0xa5, HAL_PAGE_SIZE);
		for (int j = 0; j < i; j++)
			distinct &= p[j] != p[i];
	}
	ktest_ok(p[63] != NULL, "allocate 64 pages");
	ktest_ok(aligned && zero && distinct, "pages are aligned, zeroed and distinct");
	for (int i = 0; i < 64; i++)
		hal_page_free(p[i]);
	hal_page_stats(&after);
	ktest_ok(after.free == before.free && after.corrupt == 0, "free returns every page (%llu free)",
	    (unsigned long long)after.free);
	ktest_ok(before.total > 30000, "allocator holds the RAM the device tree reports (%llu pages)",
	    (unsigned long long)before.total);
}

static bool
perm_is(uint64_t va, unsigned want)
{
	unsigned perm;

	return hal_mmu_query(va, &perm) == 0 && (perm & (HAL_MAP_R | HAL_MAP_W | HAL_MAP_X | HAL_MAP_U)) == want;
}

static void
test_mmu(const struct hal_boot *boot)
{
	struct hal_mmu_audit a;
	unsigned perm;

	hal_mmu_audit(&a);
	ktest_ok(a.leaves > 0 && a.wx == 0, "no kernel mapping is both writable and executable (%llu leaves)",
	    (unsigned long long)a.leaves);
	ktest_ok(a.user == 0, "no kernel mapping is user-accessible");
	ktest_ok(perm_is((uint64_t)test_mmu, HAL_MAP_R | HAL_MAP_X), "kernel text is R+X");
	ktest_ok(perm_is((uint64_t)rodata_probe, HAL_MAP_R), "kernel rodata is R only");
	ktest_ok(perm_is((uint64_t)&data_probe, HAL_MAP_R | HAL_MAP_W), "kernel data is R+W");
	ktest_ok(hal_mmu_query(boot->stack_base - HAL_PAGE_SIZE, &perm) != 0,
	    "the page under the kernel stack is unmapped (guard)");
	ktest_ok(perm_is(boot->stack_base, HAL_MAP_R | HAL_MAP_W), "the kernel stack is R+W");
	ktest_ok(hal_mmu_query(0xdead0000, &perm) != 0, "an address outside RAM and devices is unmapped");
}

static volatile int timer_fired;

static void
on_timer(void *ctx)
{
	(void)ctx;
	timer_fired++;
}

static void
test_timer(void)
{
	uint64_t start = hal_time_now(), deadline = start + hal_time_hz() / 1000, end;
	bool irq;

	hal_timer_set_handler(on_timer, NULL);
	timer_fired = 0;
	hal_timer_arm(deadline);
	irq = hal_irq_save();
	while (timer_fired == 0 && hal_time_now() - start < hal_time_hz())
		hal_cpu_idle();
	hal_irq_restore(irq);
	end = hal_time_now();
	ktest_ok(timer_fired == 1, "one-shot timer fires once (%s)", hal_timer_mode());
	/* QEMU runs in real time on a shared host: late is possible, early is not. */
	ktest_ok(end >= deadline && end - start < hal_time_hz(),
	    "timer fires at its deadline, not before (%llu us)", (unsigned long long)hal_time_to_us(end - start));
	hal_timer_set_handler(NULL, NULL);
}

static void
test_symbols(void)
{
	uint64_t off = 1;
	const char *name = hal_symbolize((uint64_t)test_symbols + 8, &off);

	ktest_ok(name != NULL && base_strcmp(name, "test_symbols") == 0 && off == 8,
	    "symbol table resolves this function (%s+%llu)", name ? name : "?", (unsigned long long)off);
	ktest_ok(hal_symbolize(0x1000, &off) == NULL, "addresses outside the kernel have no symbol");
}

static void
test_platform(const struct hal_boot *boot)
{
	const struct hal_platform *p = boot->plat;

	ktest_ok(p->mem.size >= (64ull << 20) && p->harts >= 1 && p->timebase_hz > 0,
	    "platform from device tree: %llu MiB, %u harts, %llu Hz", (unsigned long long)(p->mem.size >> 20),
	    p->harts, (unsigned long long)p->timebase_hz);
	ktest_ok(p->uart.present && p->plic.present && p->test.present, "UART, PLIC and test device found");
}

static void __attribute__((noinline))
ktest_fault_touch(void)
{
	*(volatile uint64_t *)0xdead0000 = 42;
}

static volatile uint64_t recurse_limit = UINT64_MAX;

static uint64_t __attribute__((noinline))
ktest_recurse(uint64_t n)
{
	volatile uint8_t pad[256];

	pad[0] = (uint8_t)n;
	if (n >= recurse_limit)
		return n;
	return ktest_recurse(n + 1) + pad[0];
}

void
ktest_main(const struct hal_boot *boot, const char *which)
{
	if (base_strcmp(which, "fault") == 0) {
		ktest_fault_touch();
		hal_printf("ktest: the fault did not happen\n");
		hal_poweroff(4);
	}
	if (base_strcmp(which, "overflow") == 0) {
		hal_printf("ktest: %llu\n", (unsigned long long)ktest_recurse(0));
		hal_poweroff(4);
	}
	if (base_strcmp(which, "panic") == 0)
		hal_panic("ktest panic %d", 42);
	if (base_strcmp(which, "cryptobench") == 0) {
		ktest_cryptobench();
		hal_poweroff(failed ? 1 : 0);
	}
	if (base_strcmp(which, "all") != 0) {
		hal_printf("ktest: unknown test '%s' (all, fault, overflow, panic, cryptobench)\n", which);
		hal_poweroff(5);
	}
	test_fmt();
	test_platform(boot);
	test_pages();
	test_mmu(boot);
	test_timer();
	test_symbols();
	ktest_crypto();
	ktest_entropy();
	ktest_user();
	ktest_spawn(boot);	/* last: it starts the fiber layer */
	hal_printf("1..%d\nktest: %d passed, %d failed\n", count, count - failed, failed);
	hal_poweroff(failed ? 1 : 0);
}
