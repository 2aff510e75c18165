/*
 * kconsole.c: the kernel console loop and its commands (see kconsole.h).
 *
 * The loop reads bytes from the HAL's receive ring and sleeps in WFI when
 * there are none, so an idle console costs no CPU: the UART's receive
 * interrupt wakes the hart.
 */
#include <base/mem.h>
#include <hal/console.h>
#include <hal/cpu.h>
#include <hal/page.h>
#include <hal/reset.h>
#include <hal/timer.h>

#include "kconsole.h"
#include "lineedit.h"
#include "version.h"

#define PROMPT "nexus> "

struct cmd {
	const char *name;
	const char *help;
	void (*fn)(const struct hal_boot *boot);
};

static void cmd_help(const struct hal_boot *boot);

static void
cmd_version(const struct hal_boot *boot)
{
	(void)boot;
	hal_printf("Nexus %s (riscv64)\n", NEXUS_VERSION);
}

static void
cmd_mem(const struct hal_boot *boot)
{
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
cmd_uptime(const struct hal_boot *boot)
{
	uint64_t us = hal_time_to_us(hal_time_now());

	(void)boot;
	hal_printf("up %llu.%06llu s\n", (unsigned long long)(us / 1000000),
	    (unsigned long long)(us % 1000000));
}

static void
cmd_poweroff(const struct hal_boot *boot)
{
	(void)boot;
	hal_printf("powering off\n");
	hal_poweroff(0);
}

static void
cmd_reboot(const struct hal_boot *boot)
{
	(void)boot;
	hal_printf("rebooting\n");
	hal_reboot();
}

static const struct cmd cmds[] = {
	{ "help", "list the commands", cmd_help },
	{ "version", "show the kernel version", cmd_version },
	{ "mem", "show memory use", cmd_mem },
	{ "uptime", "show time since reset", cmd_uptime },
	{ "poweroff", "power the machine off", cmd_poweroff },
	{ "reboot", "restart the machine", cmd_reboot },
};

static void
cmd_help(const struct hal_boot *boot)
{
	(void)boot;
	for (size_t i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		hal_printf("  %-10s %s\n", cmds[i].name, cmds[i].help);
	hal_printf("keys: Backspace, Ctrl-U erase line, Ctrl-W erase word, Ctrl-C cancel\n");
}

static void
run_line(const struct hal_boot *boot, const char *line)
{
	const char *s = line, *e;

	while (*s == ' ')
		s++;
	e = s + base_strlen(s);
	while (e > s && e[-1] == ' ')
		e--;
	if (e == s)
		return;
	for (size_t i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++) {
		if (base_str_eqn(s, (size_t)(e - s), cmds[i].name)) {
			cmds[i].fn(boot);
			return;
		}
	}
	hal_printf("%.*s: unknown command; 'help' lists the commands\n", (int)(e - s), s);
}

static void
echo(void *ctx, const char *s, size_t len)
{
	(void)ctx;
	hal_console_write(s, len);
}

void
kconsole_run(const struct hal_boot *boot)
{
	struct lineedit le;
	bool uart = base_strcmp(hal_console_name(), "uart") == 0;

	lineedit_init(&le, echo, NULL);
	hal_console_puts(PROMPT);
	for (;;) {
		int c, r;
		bool irq = hal_irq_save();

		c = hal_console_getc();
		if (c < 0) {
			/*
			 * Without a UART interrupt nothing would wake us: poll
			 * the firmware console every 10 ms instead.
			 */
			if (!uart)
				hal_timer_arm(hal_time_now() + hal_time_hz() / 100);
			hal_cpu_idle();
			hal_irq_restore(irq);
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
