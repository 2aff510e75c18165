/*
 * kconsole.c: the kernel console loop and its commands (see kconsole.h).
 *
 * The console is a kernel fiber.  It reads bytes from the HAL's receive
 * ring and, when there are none, blocks until the UART's receive interrupt
 * wakes it; with nothing else to run the hart sleeps in WFI, so an idle
 * console costs no CPU.
 */
#include <base/mem.h>
#include <hal/console.h>
#include <hal/cpu.h>
#include <hal/page.h>
#include <hal/reset.h>
#include <hal/timer.h>

#include "fiber.h"
#include "syscall.h"
#include "kconsole.h"
#include "lineedit.h"
#include "version.h"

#define PROMPT "nexus> "

struct cmd {
	const char *name;
	const char *help;
	void (*fn)(const struct hal_boot *boot, const char *args);
};

static void cmd_help(const struct hal_boot *boot, const char *args);

static void
cmd_version(const struct hal_boot *boot, const char *args)
{
	(void)args;
	(void)boot;
	hal_printf("Nexus %s (riscv64)\n", NEXUS_VERSION);
}

static void
cmd_mem(const struct hal_boot *boot, const char *args)
{
	(void)args;
	struct hal_page_stats st;
	const struct hal_platform *p = boot->plat;

	hal_page_stats(&st);
	hal_printf("ram:     %llu KiB at 0x%llx\n", (unsigned long long)(p->mem.size >> 10),
	    (unsigned long long)p->mem.base);
	hal_printf("kernel:  %llu KiB (text %llu, rodata %llu, data+bss %llu bytes)\n",
	    (unsigned long long)((boot->kernel_end - boot->kernel_base) >> 10),
	    (unsigned long long)boot->text_size, (unsigned long long)boot->rodata_size,
	    (unsigned long long)boot->data_size);
	hal_printf("pages:   %llu total, %llu free, %llu in use (4 KiB each)\n",
	    (unsigned long long)st.total, (unsigned long long)st.free,
	    (unsigned long long)(st.total - st.free));
	hal_printf("free:    %llu KiB\n", (unsigned long long)(st.free * 4));
	if (st.corrupt != 0)
		hal_printf("warning: %llu free-list corruptions detected\n", (unsigned long long)st.corrupt);
}

static void
cmd_uptime(const struct hal_boot *boot, const char *args)
{
	(void)args;
	uint64_t us = hal_time_to_us(hal_time_now());

	(void)boot;
	hal_printf("up %llu.%06llu s\n", (unsigned long long)(us / 1000000),
	    (unsigned long long)(us % 1000000));
}

static void
cmd_poweroff(const struct hal_boot *boot, const char *args)
{
	(void)args;
	(void)boot;
	hal_printf("powering off\n");
	hal_poweroff(0);
}

static void
cmd_reboot(const struct hal_boot *boot, const char *args)
{
	(void)args;
	(void)boot;
	hal_printf("rebooting\n");
	hal_reboot();
}


static void
cmd_fibers(const struct hal_boot *boot, const char *args)
{
	(void)boot;
	(void)args;
	hal_printf("  id gen name             kind   tier     home     state    strikes runs     overruns ticks      "
	    "pledge denied\n");
	for (int i = 0; i < FIBER_MAX; i++) {
		const struct fiber *f = fiber_slot(i);
		if (f->state == FIBER_FREE)
			continue;
		hal_printf("%4u %3u %-16s %-6s %-8s %-8s %-8s %7u %-8llu %-8llu %-10llu 0x%03x  %llu\n", f->id,
		    f->generation, f->name, f->user ? "user" : "kernel", sched_tier_name(f->se.tier),
		    sched_tier_name(f->se.home_tier), fiber_state_name(f->state), f->se.strikes,
		    (unsigned long long)f->se.runs, (unsigned long long)f->se.overruns,
		    (unsigned long long)f->se.ticks_used, (unsigned)f->pledge, (unsigned long long)f->pledge_denied);
	}
}

static void
cmd_ledger(const struct hal_boot *boot, const char *args)
{
	struct ledger_event ev[16];
	uint64_t from = ledger_oldest(&fiber_ledger), lost = 0;
	unsigned long long n;
	char line[LEDGER_LINE_MAX];
	size_t got;

	(void)boot;
	/* "ledger N": only the last N events. */
	if (args[0] != '\0' && base_parse_u64(args, base_strlen(args), &n) == 0 && fiber_ledger.next_seq > n &&
	    fiber_ledger.next_seq - n > from)
		from = fiber_ledger.next_seq - n;
	while ((got = ledger_read(&fiber_ledger, from, ev, 16, &lost)) > 0) {
		for (size_t i = 0; i < got; i++) {
			ledger_format(&ev[i], line, sizeof(line));
			hal_printf("%s\n", line);
		}
		from = ev[got - 1].seq + 1;
	}
	if (lost != 0)
		hal_printf("(%llu older events were overwritten)\n", (unsigned long long)lost);
}

static void
cmd_beb(const struct hal_boot *boot, const char *args)
{
	struct beb_record rec[8];
	uint64_t from = 0, lost = 0;
	size_t got;
	char line[LEDGER_LINE_MAX];

	(void)boot;
	(void)args;
	hal_printf("boot error buffer: boot %u, %llu records\n", fiber_beb.boots, (unsigned long long)fiber_beb.next_seq);
	while ((got = beb_read(&fiber_beb, from, rec, 8, &lost)) > 0) {
		for (size_t i = 0; i < got; i++) {
			beb_format(&rec[i], line, sizeof(line));
			hal_printf("%s\n", line);
		}
		from = rec[got - 1].seq + 1;
	}
}

static void
cmd_spawn(const struct hal_boot *boot, const char *args)
{
	const char *name = args, *sp = args;
	int tier = NX_TIER_MANIFEST;	/* the program's own, unless given */
	int64_t id;

	(void)boot;
	while (*sp != '\0' && *sp != ' ')
		sp++;
	if (sp == name) {
		hal_printf("usage: spawn PROGRAM [photon|matter|gravity|void]\n");
		return;
	}
	if (*sp == ' ') {
		const char *t = sp + 1;
		for (tier = 0; tier < SCHED_NTIERS; tier++)
			if (base_strcmp(t, sched_tier_name(tier)) == 0)
				break;
		if (tier == SCHED_NTIERS) {
			hal_printf("spawn: unknown tier '%s' (photon, matter, gravity, void)\n", t);
			return;
		}
	}
	id = fiber_spawn(name, (uint64_t)(sp - name), tier, fiber_current() ? fiber_current()->id : 0, NULL, 0);
	if (id < 0)
		hal_printf("spawn %.*s: %s\n", (int)(sp - name), name, syscall_strerror(id));
	else
		hal_printf("spawned fiber %lld\n", (long long)id);
}

static const struct cmd cmds[] = {
	{ "help", "list the commands", cmd_help },
	{ "version", "show the kernel version", cmd_version },
	{ "mem", "show memory use", cmd_mem },
	{ "uptime", "show time since reset", cmd_uptime },
	{ "fibers", "list the fibers", cmd_fibers },
	{ "spawn", "start a program: spawn NAME [tier]", cmd_spawn },
	{ "ledger", "show the System Truth Ledger (ledger N: the last N)", cmd_ledger },
	{ "beb", "show the Boot Error Buffer, this boot and earlier ones", cmd_beb },
	{ "poweroff", "power the machine off", cmd_poweroff },
	{ "reboot", "restart the machine", cmd_reboot },
};

static void
cmd_help(const struct hal_boot *boot, const char *args)
{
	(void)args;
	(void)boot;
	for (size_t i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		hal_printf("  %-10s %s\n", cmds[i].name, cmds[i].help);
	hal_printf("keys: Backspace, Ctrl-U erase line, Ctrl-W erase word, Ctrl-C cancel\n");
}

static void
run_line(const struct hal_boot *boot, char *line)
{
	char *s = line, *e, *args;

	while (*s == ' ')
		s++;
	e = s + base_strlen(s);
	while (e > s && e[-1] == ' ')
		*--e = '\0';
	if (e == s)
		return;
	args = s;
	while (*args != '\0' && *args != ' ')
		args++;
	size_t n = (size_t)(args - s);
	while (*args == ' ')
		args++;
	for (size_t i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++) {
		if (base_str_eqn(s, n, cmds[i].name)) {
			cmds[i].fn(boot, args);
			return;
		}
	}
	hal_printf("%.*s: unknown command; 'help' lists the commands\n", (int)n, s);
}

static void
echo(void *ctx, const char *s, size_t len)
{
	(void)ctx;
	hal_console_write(s, len);
}

void
kconsole_fiber(void *arg)
{
	const struct hal_boot *boot = arg;
	struct lineedit le;
	bool uart = base_strcmp(hal_console_name(), "uart") == 0;

	lineedit_init(&le, echo, NULL);
	hal_console_puts(PROMPT);
	for (;;) {
		int c, r;
		bool irq = hal_irq_save();

		c = hal_console_getc();
		if (c < 0) {
			hal_irq_restore(irq);
			if (uart && fiber_wait_console(UINT64_MAX) != NX_ERR_BUSY) {
				/* woken by input */
			} else {
				/* No receive interrupt without a UART: poll every 10 ms. */
				fiber_sleep_ns(10000000);
			}
			continue;
		}
		hal_irq_restore(irq);
		r = lineedit_feed(&le, c);
		if (r == LINEEDIT_MORE)
			continue;
		if (r == LINEEDIT_DONE)
			run_line(boot, le.buf);
		lineedit_reset(&le);
		hal_console_puts(PROMPT);
	}
}
