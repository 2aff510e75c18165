/*
 * sys_shell.c: the console at boot and the shell's system calls (see
 * sys_shell.h; docs/nsh.md).
 *
 * The calls, decoded by the generated dispatcher like every other:
 *
 *   console_read  the console capability's read right; one fiber owns the
 *                 console's input (the first that reads it, until it
 *                 ends): any other gets NX_ERR_BUSY, so two readers never
 *                 share keystrokes
 *   fiber_kill    a spawn capability (exec) for the program the victim
 *                 runs: what a fiber may start, it may stop
 *   beb_read      the ledger capability's read right, as ledger_read
 *   sys_info      nothing but stdio: figures, no secrets
 *
 * Start reading at shell_start and sys_console_read.
 */
#include <base/mem.h>
#include <hal/console.h>
#include <hal/cpu.h>
#include <hal/fault.h>
#include <hal/page.h>
#include <hal/timer.h>
#include <hal/user.h>
#include <syscall_gen.h>

#include "cap.h"
#include "chan.h"
#include "fiber.h"
#include "kconsole.h"
#include "ledger.h"
#include "sys_shell.h"
#include "syscall.h"
#include "version.h"

_Static_assert(sizeof(struct nx_beb_record) == sizeof(struct beb_record) &&
        __builtin_offsetof(struct nx_beb_record, boot) == __builtin_offsetof(struct beb_record, boot) &&
        __builtin_offsetof(struct nx_beb_record, type) == __builtin_offsetof(struct beb_record, type) &&
        __builtin_offsetof(struct nx_beb_record, f) == __builtin_offsetof(struct beb_record, fields) &&
        __builtin_offsetof(struct nx_beb_record, check) == __builtin_offsetof(struct beb_record, check),
    "ABI BEB record = kernel BEB record");

_Static_assert(NX_FIBER_ID_MAX == FIBER_MAX && FIBER_MAX <= 64, "fiber ids, and a bit for each in sys_info");

static const struct hal_boot *shell_boot;

/* The shell program's fiber, while it runs; 0: none. */
static uint32_t shell_id, shell_gen;
/* The kernel console fiber standing by for the shell. */
static struct fiber *standby;

/* Who owns the console's input: a user fiber (id, generation), or the kernel console. */
static struct {
	uint32_t id, gen;
	bool kernel;
} input_owner;

static bool
is_alive(uint32_t id, uint32_t gen)
{
	const struct fiber *f = fiber_by_id(id);

	return f != NULL && f->generation == gen && !fiber_is_dead(f);
}

/* The kernel console: from now on it owns the console's input. */
static void __attribute__((noreturn))
run_kconsole(void *arg)
{
	input_owner.kernel = true;
	kconsole_fiber(arg);
}

/* The standby: waits until the shell ends, then is the console. */
static void __attribute__((noreturn))
stand_by(void *arg)
{
	const struct fiber *sh;

	while (is_alive(shell_id, shell_gen))
		(void)fiber_block(UINT64_MAX);
	sh = fiber_by_id(shell_id);
	hal_printf("\nshell: %s (fiber %u) %s; the kernel console takes over\n", sh != NULL ? sh->name : "?",
	    shell_id, sh != NULL ? fiber_state_name(sh->state) : "ended");
	shell_id = 0;
	run_kconsole(arg);
}

static void
start_kconsole(const struct hal_boot *boot)
{
	if (fiber_spawn_kernel("console", run_kconsole, (void *)boot, SCHED_MATTER) < 0)
		hal_panic("cannot start the console fiber");
}

void
shell_start(const struct hal_boot *boot, const char *shell)
{
	const char *name = shell[0] != '\0' ? shell : "nsh";
	int64_t id;

	shell_boot = boot;
	if (base_strcmp(name, "kernel") == 0) {
		start_kconsole(boot);
		return;
	}
	id = fiber_spawn(name, base_strlen(name), NX_TIER_MANIFEST, 0, NULL, 0);
	if (id < 0) {
		hal_printf("shell: cannot start %s: %s (%s); the kernel console takes over\n", name,
		    syscall_strerror(id), nx_err_name(id));
		start_kconsole(boot);
		return;
	}
	shell_id = (uint32_t)id;
	shell_gen = fiber_by_id(shell_id)->generation;
}

void
shell_start_fallback(void)
{
	int64_t id;

	if (shell_id == 0)
		return;
	id = fiber_spawn_kernel("console", stand_by, (void *)shell_boot, SCHED_MATTER);
	if (id < 0)
		hal_printf("shell: no fiber left for the fallback console: %s\n", syscall_strerror(id));
	else
		standby = fiber_by_id((uint32_t)id);
}

void
shell_fiber_died(struct fiber *f)
{
	if (shell_id != 0 && f->id == shell_id && f->generation == shell_gen && standby != NULL)
		fiber_wake(standby, 0);
}

/* Whether self may read the console's input: it owns it now, or nobody else does. */
static bool
claim_input(struct fiber *self)
{
	if (input_owner.kernel)
		return false;
	if (input_owner.id != 0 && (input_owner.id != self->id || input_owner.gen != self->generation) &&
	    is_alive(input_owner.id, input_owner.gen))
		return false;
	input_owner.id = self->id;
	input_owner.gen = self->generation;
	return true;
}

int64_t
sys_console_read(struct fiber *self, uint32_t s, void *buf, uint64_t len, uint64_t timeout_ns)
{
	struct cap *cap;
	char chunk[64];
	uint64_t deadline;
	bool uart = base_strcmp(hal_console_name(), "uart") == 0;
	int64_t err = cap_use(self, s, NX_CAP_CONSOLE, NX_RIGHT_READ, &cap);

	if (err != 0)
		return err;
	if (len == 0)
		return NX_ERR_INVAL;
	if (!claim_input(self))
		return NX_ERR_BUSY;
	deadline = chan_deadline(timeout_ns);
	for (;;) {
		uint64_t n = 0;
		bool irq = hal_irq_save();
		int c;

		while (n < len && n < sizeof(chunk) && (c = hal_console_getc()) >= 0)
			chunk[n++] = (char)c;
		hal_irq_restore(irq);
		if (n > 0) {
			/* The buffer was checked on entry; a block since may have
			 * changed the address space (a revoked ring unmapped). */
			if (!fiber_uaccess_ok(self, (uint64_t)buf, n, true))
				return NX_ERR_FAULT;
			hal_user_copy_out((uint64_t)buf, chunk, n);
			return (int64_t)n;
		}
		if (timeout_ns == NX_TIMEOUT_POLL)
			return NX_ERR_AGAIN;
		if (hal_time_now() >= deadline)
			return NX_ERR_TIMEOUT;
		if (uart) {
			if (fiber_wait_console(deadline) == NX_ERR_BUSY)
				return NX_ERR_BUSY;
		} else {
			/* No receive interrupt without a UART: look every 10 ms. */
			fiber_sleep_ns(10000000);
		}
	}
}

int64_t
sys_fiber_kill(struct fiber *self, uint64_t id, uint64_t generation)
{
	struct fiber *f = fiber_by_id((uint32_t)id);

	if (f == NULL)
		return NX_ERR_NOENT;
	if (generation != 0 && f->generation != generation)
		return NX_ERR_STALE;
	if (f == self)
		return NX_ERR_INVAL;	/* a fiber ends itself with exit */
	if (!f->user || !cap_may_start(self, f->program))
		return NX_ERR_PERM;
	if (fiber_is_dead(f))
		return NX_ERR_DEAD;
	fiber_kill(f, self->id);
	return 0;
}

int64_t
sys_beb_read(struct fiber *self, uint32_t s, uint64_t from_seq, void *buf, uint64_t len)
{
	struct beb_record rec[8];
	uint64_t max = len / sizeof(struct nx_beb_record), copied = 0;
	size_t got;
	struct cap *cap;
	int64_t err = cap_use(self, s, NX_CAP_LEDGER, NX_RIGHT_READ, &cap);

	if (err != 0)
		return err;
	while (copied < max) {
		size_t want = max - copied < 8 ? (size_t)(max - copied) : 8;

		got = beb_read(&fiber_beb, from_seq, rec, want, NULL);
		if (got == 0)
			break;
		hal_user_copy_out((uint64_t)buf + copied * sizeof(struct nx_beb_record), rec, got * sizeof(rec[0]));
		copied += got;
		from_seq = rec[got - 1].seq + 1;
	}
	return (int64_t)copied;
}

int64_t
sys_sys_info(struct fiber *self, void *buf, uint64_t len)
{
	struct nx_sys_info si;
	struct hal_page_stats st;
	const struct hal_boot *b = shell_boot;

	(void)self;
	if (len < sizeof(si))
		return NX_ERR_INVAL;
	base_memset(&si, 0, sizeof(si));
	hal_page_stats(&st);
	if (b != NULL) {
		si.ram_base = b->plat->mem.base;
		si.ram_size = b->plat->mem.size;
		si.kernel_size = b->kernel_end - b->kernel_base;
		si.text_size = b->text_size;
		si.rodata_size = b->rodata_size;
		si.data_size = b->data_size;
		si.harts = b->plat->harts;
	}
	si.pages_total = st.total;
	si.pages_free = st.free;
	si.pages_corrupt = st.corrupt;
	si.hz = hal_time_hz();
	si.ledger_next = fiber_ledger.next_seq;
	si.ledger_oldest = ledger_oldest(&fiber_ledger);
	si.beb_next = fiber_beb.next_seq;
	si.console_overruns = hal_console_overruns();
	si.boots = fiber_beb.boots;
	for (uint32_t id = 1; id <= NX_FIBER_ID_MAX; id++)
		if (fiber_by_id(id) != NULL)
			si.fibers |= 1ull << (id - 1);
	_Static_assert(sizeof(NEXUS_VERSION) <= sizeof(si.version), "the version fits");
	base_memcpy(si.version, NEXUS_VERSION, sizeof(NEXUS_VERSION));
	hal_user_copy_out((uint64_t)buf, &si, sizeof(si));
	return (int64_t)sizeof(si);
}
