/*
 * main.c: the kernel's entry from the HAL, kernel_main().
 *
 * By the time we get here L0 has set up traps, paging, memory, the console
 * and the timer.  We read the command line, apply the boot profile, print
 * the banner with the boot time, run the in-kernel tests when the test
 * image was asked to, and start the console: the shell program (nsh), or
 * the kernel console as its fallback (sys_shell.c).
 */
#include <base/mem.h>
#include <hal/boot.h>
#include <hal/console.h>
#include <hal/cpu.h>
#include <hal/fault.h>
#include <hal/page.h>
#include <hal/timer.h>

#include "bootargs.h"
#include "entropy.h"
#include "fiber.h"
#include "sys_shell.h"
#include "ktest.h"
#include "syscall.h"
#include "version.h"

static struct bootargs args;

static void
warn(void *ctx, const char *msg)
{
	(void)ctx;
	hal_printf("%s\n", msg);
}

static enum hal_fault_action
fault_action(enum panic_action a)
{
	switch (a) {
	case PANIC_RESET:
		return HAL_FAULT_RESET;
	case PANIC_POWEROFF:
		return HAL_FAULT_POWEROFF;
	default:
		return HAL_FAULT_HALT;
	}
}

/* Starts the programs of run= ("hello,spin:photon"); reports what fails. */
static void
start_programs(const char *run)
{
	const char *p = run;

	while (*p != '\0') {
		const char *end = p, *colon;
		int tier = NX_TIER_MANIFEST;	/* the program's own, unless given */
		int64_t id;

		while (*end != '\0' && *end != ',')
			end++;
		for (colon = p; colon < end && *colon != ':'; colon++)
			;
		if (colon < end) {
			for (tier = 0; tier < SCHED_NTIERS; tier++)
				if (base_str_eqn(colon + 1, (size_t)(end - colon - 1), sched_tier_name(tier)))
					break;
			if (tier == SCHED_NTIERS) {
				hal_printf("run: unknown tier '%.*s' for %.*s; using its manifest's\n",
				    (int)(end - colon - 1), colon + 1, (int)(colon - p), p);
				tier = NX_TIER_MANIFEST;
			}
		}
		id = fiber_spawn(p, (uint64_t)(colon - p), tier, 0, NULL, 0);
		if (id < 0)
			hal_printf("run: cannot start %.*s: %s\n", (int)(colon - p), p, syscall_strerror(id));
		p = *end == ',' ? end + 1 : end;
	}
}

static void
banner(const struct hal_boot *boot)
{
	const struct hal_platform *p = boot->plat;
	struct hal_page_stats st;

	hal_page_stats(&st);
	hal_printf("\nNexus %s (riscv64) on %s\n", NEXUS_VERSION, p->model[0] ? p->model : "unknown board");
	hal_printf("profile: %s (features 0x%02x), kernel fault action: %s\n", profile_name(args.profile),
	    profile_features(args.profile), panic_action_name(bootargs_panic_action(&args)));
	hal_printf("harts: %u (booted on hart %u), isa %s\n", p->harts, p->boot_hart, p->isa);
	hal_printf("memory: %llu MiB at 0x%llx, %llu KiB free\n", (unsigned long long)(p->mem.size >> 20),
	    (unsigned long long)p->mem.base, (unsigned long long)(st.free * 4));
	hal_printf("timer: %llu Hz via %s; console: %s; virtio-mmio slots: %u\n",
	    (unsigned long long)hal_time_hz(), hal_timer_mode(), hal_console_name(), p->nvirtio);
	hal_printf("entropy: %s\n", entropy_init());
}

void
kernel_main(const struct hal_boot *boot)
{
	const struct hal_platform *p = boot->plat;
	uint64_t now, instret;

	if (p->bootargs_truncated)
		hal_printf("bootargs: longer than %u bytes; the rest is ignored\n",
		    (unsigned)sizeof(p->bootargs) - 1);
	bootargs_parse(&args, p->bootargs, sizeof(p->bootargs), warn, NULL);
	hal_fault_set_action(fault_action(bootargs_panic_action(&args)));
	banner(boot);
	cap_init(boot->plat);
	if (args.ktest[0] != '\0')
		ktest_main(boot, args.ktest);	/* does not return */
	fiber_init(boot);
	fiber_verify_every_spawn = args.profile == PROFILE_RADIATION;
	/* The shell first, as the console always was: its prompt comes
	 * before what the run= programs print. */
	shell_start(boot, args.shell);
	start_programs(args.run);
	shell_start_fallback();
	now = hal_time_now();
	instret = hal_cpu_instret();
	hal_printf("boot: console ready %llu us after kernel entry (%llu instructions), %llu us after reset\n",
	    (unsigned long long)hal_time_to_us(now - hal_time_at_entry()),
	    (unsigned long long)(instret - hal_instret_at_entry()),
	    (unsigned long long)hal_time_to_us(now));
	hal_printf("type 'help' for commands\n");
	fiber_run();
}
