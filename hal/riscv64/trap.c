/*
 * trap.c: where every trap lands, and the kernel fault report.
 *
 * Interrupts go to their drivers.  An exception in S-mode is a kernel bug
 * (user-mode traps arrive with the fiber work): it is reported with the cause
 * by name, the registers and a symbolic backtrace, then the machine halts,
 * resets or powers off as hal_fault_set_action() chose.
 */
#include <base/fmt.h>
#include <hal/console.h>
#include <hal/cpu.h>
#include <hal/fault.h>
#include <hal/reset.h>
#include <stdarg.h>

#include "hart.h"
#include "riscv.h"
#include "riscv64_internal.h"

static enum hal_fault_action fault_action = HAL_FAULT_HALT;

/* The symbol table the build links into .ksyms (tools/ksyms.py). */
struct ksym {
	uint64_t addr;
	uint32_t name;	/* offset into the string table */
	uint32_t size;
};
extern const struct {
	uint64_t count;
	uint64_t strtab;	/* offset of the string table from this header */
	struct ksym sym[];
} ksyms;

static const char *const exc_names[] = {
	[0] = "instruction address misaligned",
	[1] = "instruction access fault",
	[2] = "illegal instruction",
	[3] = "breakpoint",
	[4] = "load address misaligned",
	[5] = "load access fault",
	[6] = "store/AMO address misaligned",
	[7] = "store/AMO access fault",
	[8] = "environment call from U-mode",
	[9] = "environment call from S-mode",
	[12] = "instruction page fault",
	[13] = "load page fault",
	[15] = "store/AMO page fault",
};

static const char *const reg_names[31] = {
	"ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1",
	"a2", "a3", "a4", "a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6",
	"s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
};

const char *
riscv64_cause_name(uint64_t code)
{
	return code < sizeof(exc_names) / sizeof(exc_names[0]) && exc_names[code] != NULL ? exc_names[code]
											    : "unknown exception";
}

void
hal_fault_set_action(enum hal_fault_action a)
{
	fault_action = a;
}

const char *
hal_fault_action_name(enum hal_fault_action a)
{
	switch (a) {
	case HAL_FAULT_HALT:
		return "halt";
	case HAL_FAULT_RESET:
		return "reset";
	case HAL_FAULT_POWEROFF:
		return "poweroff";
	}
	return "?";
}

const char *
hal_symbolize(uint64_t addr, uint64_t *off)
{
	uint64_t lo = 0, hi = ksyms.count;
	const char *strtab = (const char *)&ksyms + ksyms.strtab;

	/* Last symbol with sym.addr <= addr. */
	while (lo < hi) {
		uint64_t mid = lo + (hi - lo) / 2;
		if (ksyms.sym[mid].addr <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return NULL;
	const struct ksym *s = &ksyms.sym[lo - 1];
	if (s->size != 0 && addr >= s->addr + s->size)
		return NULL;
	*off = addr - s->addr;
	return strtab + s->name;
}

static void
print_addr(const char *label, uint64_t addr)
{
	uint64_t off;
	const char *name = hal_symbolize(addr, &off);

	if (name != NULL)
		hal_printf("%s0x%016llx <%s+0x%llx>\n", label, (unsigned long long)addr, name,
		    (unsigned long long)off);
	else
		hal_printf("%s0x%016llx\n", label, (unsigned long long)addr);
}

static bool
fp_ok(uint64_t fp, uint64_t lo, uint64_t hi)
{
	return fp >= lo + 16 && fp <= hi && (fp & 7) == 0;
}

/*
 * Walks frame records from fp: with clang's RISC-V frame layout the return
 * address is at fp-8 and the caller's fp at fp-16.  Stops at a frame
 * pointer outside the stack being walked, so a corrupt chain cannot fault.
 */
/*
 * Leaf functions keep no frame record (-momit-leaf-frame-pointer), so when
 * pc is in one, its caller is known only from ra: print ra too, unless it
 * is the record's own return address or a return point inside pc's own
 * function (a non-leaf that has made calls).  ra = 0: not known.
 */
static bool
leaf_caller(uint64_t pc, uint64_t ra, uint64_t fp, uint64_t lo, uint64_t hi)
{
	uint64_t off;
	const char *f = hal_symbolize(pc, &off), *g;

	if (ra == 0 || (fp_ok(fp, lo, hi) && ((const uint64_t *)fp)[-1] == ra))
		return false;
	g = hal_symbolize(ra - 4, &off);
	return f == NULL || f != g;	/* one symbol table: equal names are equal pointers */
}

static void
backtrace(uint64_t pc, uint64_t ra, uint64_t fp, uint64_t lo, uint64_t hi)
{
	char label[16];
	int depth = 0;
	uint64_t last = 0, repeats = 0;

	hal_printf("backtrace:\n");
	base_snprintf(label, sizeof(label), "  #%-2d ", depth++);
	print_addr(label, pc);
	if (leaf_caller(pc, ra, fp, lo, hi)) {
		base_snprintf(label, sizeof(label), "  #%-2d ", depth++);
		print_addr(label, ra - 4);
		last = ra;
	}
	while (depth < 64 && fp_ok(fp, lo, hi)) {
		uint64_t ret = ((const uint64_t *)fp)[-1];
		uint64_t prev = ((const uint64_t *)fp)[-2];

		if (ret == 0)
			break;
		if (ret == last) {
			/* Deep recursion: one line for the run of equal frames. */
			repeats++;
		} else {
			if (repeats > 0)
				hal_printf("       ... the frame above repeated %llu more times\n",
				    (unsigned long long)repeats);
			repeats = 0;
			base_snprintf(label, sizeof(label), "  #%-2d ", depth++);
			print_addr(label, ret - 4);	/* the call, not the return point */
		}
		last = ret;
		if (prev <= fp)
			break;	/* frames must move up the stack */
		fp = prev;
	}
	if (repeats > 0)
		hal_printf("       ... the frame above repeated %llu more times\n", (unsigned long long)repeats);
}

static void __attribute__((noreturn))
finish(void)
{
	hal_printf("fault action: %s\n", hal_fault_action_name(fault_action));
	switch (fault_action) {
	case HAL_FAULT_RESET:
		hal_reboot();
	case HAL_FAULT_POWEROFF:
		hal_poweroff(3);
	case HAL_FAULT_HALT:
		break;
	}
	hal_cpu_halt();
}

void
hal_fault_report(struct hal_trap_frame *tf)
{
	struct hal_hart *h = hart_self();
	uint64_t code = tf->scause & ~SCAUSE_INTR;
	const char *name = riscv64_cause_name(code);
	uint64_t sp = tf->x[1];

	if (h->fault_depth++ > 0) {
		hal_printf("\n*** NESTED KERNEL FAULT: %s at sepc 0x%llx stval 0x%llx\n", name,
		    (unsigned long long)tf->sepc, (unsigned long long)tf->stval);
		finish();
	}
	hal_printf("\n*** KERNEL FAULT: %s (scause 0x%llx) ***\n", name, (unsigned long long)tf->scause);
	if (sp < h->stack_lo && sp + HAL_STACK_GUARD >= h->stack_lo)
		hal_printf("kernel stack overflow: sp 0x%llx is in the guard page below the stack at 0x%llx\n",
		    (unsigned long long)sp, (unsigned long long)h->stack_lo);
	print_addr("sepc    ", tf->sepc);
	hal_printf("stval   0x%016llx\nsstatus 0x%016llx (%s mode)\n", (unsigned long long)tf->stval,
	    (unsigned long long)tf->sstatus, (tf->sstatus & SSTATUS_SPP) ? "S" : "U");
	for (int i = 0; i < 31; i++)
		hal_printf("%-3s 0x%016llx%s", reg_names[i], (unsigned long long)tf->x[i],
		    (i % 4 == 3 || i == 30) ? "\n" : "  ");
	backtrace(tf->sepc, tf->x[0], tf->x[7], sp < h->stack_lo ? sp : h->stack_lo, h->stack_hi);
	finish();
}

void
hal_panic(const char *fmt, ...)
{
	struct hal_hart *h = hart_self();
	va_list ap;
	uint64_t fp;

	(void)hal_irq_save();
	hal_printf("\n*** KERNEL PANIC: ");
	va_start(ap, fmt);
	hal_vprintf(fmt, ap);
	va_end(ap);
	hal_printf(" ***\n");
	__asm__ volatile("mv %0, s0" : "=r"(fp));
	backtrace((uint64_t)__builtin_return_address(0), 0, ((const uint64_t *)fp)[-2], h->stack_lo, h->stack_hi);
	finish();
}

void
hal_trap(struct hal_trap_frame *tf)
{
	if (tf->scause & SCAUSE_INTR) {
		switch (tf->scause & ~SCAUSE_INTR) {
		case IRQ_S_TIMER:
			hal_timer_interrupt();
			return;
		case IRQ_S_EXT:
			hal_external_interrupt();
			return;
		default:
			hal_printf("hal: spurious interrupt, scause 0x%llx\n", (unsigned long long)tf->scause);
			return;
		}
	}
	if (tf->scause == 2 && riscv64_probing()) {
		/* An expected illegal instruction: a CSR probe. Skip it. */
		riscv64_probe_failed();
		tf->sepc += 4;
		return;
	}
	hal_fault_report(tf);
}
