/*
 * fiber.c: fiber table, program loading, the scheduler loop, preemption by
 * budget, and what happens on a fault (see fiber.h).
 *
 * Control flow.  The boot context becomes the hart's idle/scheduler loop
 * (fiber_run).  It picks a fiber, arms the one-shot timer at the earlier of
 * the fiber's budget deadline and the next sleeper's wake time, and switches
 * to the fiber's kernel context.  A user fiber's kernel context enters user
 * mode; every trap from user mode comes back through user_trap() on that
 * fiber's kernel stack, which handles syscalls, budget overruns, wake-ups
 * and faults, and either returns to the same user code or switches back to
 * the scheduler loop (yield, preemption, sleep, exit, fault).
 *
 * Start reading at fiber_run() and user_trap().
 */
#include <base/fmt.h>
#include <base/mem.h>
#include <crypto/blake3.h>
#include <hal/console.h>
#include <hal/cpu.h>
#include <hal/fault.h>
#include <hal/mmu.h>
#include <hal/page.h>
#include <hal/timer.h>
#include <hal/user.h>
#include <manifest/manifest.h>

#include "bundle.h"
#include "elf.h"
#include "fiber.h"
#include "chan.h"
#include "sys_shell.h"
#include "syscall.h"

#define LEDGER_EVENTS 1024

/* The ABI's names for kernel facts must be the kernel's own. */
_Static_assert(NX_EV_BOOT == LEDGER_BOOT && NX_EV_SPAWN == LEDGER_SPAWN && NX_EV_EXIT == LEDGER_EXIT &&
	NX_EV_FAULT == LEDGER_FAULT && NX_EV_STRIKE == LEDGER_STRIKE && NX_EV_DEMOTE == LEDGER_DEMOTE &&
	NX_EV_PREEMPT == LEDGER_PREEMPT && NX_EV_BLOCK == LEDGER_BLOCK && NX_EV_WAKE == LEDGER_WAKE &&
	NX_EV_CHAN_ERR == LEDGER_CHAN_ERR && NX_EV_SYSCALL_DENIED == LEDGER_SYSCALL_DENIED &&
	NX_EV_BEB_REINIT == LEDGER_BEB_REINIT && NX_EV_SPAWN_REFUSED == LEDGER_SPAWN_REFUSED &&
	NX_EV_PLEDGE_DENIED == LEDGER_PLEDGE_DENIED && NX_EV_KILL == LEDGER_KILL, "ledger event types");
_Static_assert(NX_USER_BASE == HAL_USER_BASE && NX_USER_END == HAL_USER_END && ELF_USER_BASE == HAL_USER_BASE &&
	ELF_USER_END == HAL_USER_END, "user range");
_Static_assert(NX_TIER_PHOTON == SCHED_PHOTON && NX_TIER_MATTER == SCHED_MATTER && NX_TIER_GRAVITY == SCHED_GRAVITY &&
	NX_TIER_VOID == SCHED_VOID, "tiers");
_Static_assert(NX_FIBER_READY == FIBER_READY && NX_FIBER_RUNNING == FIBER_RUNNING && NX_FIBER_BLOCKED == FIBER_BLOCKED &&
	NX_FIBER_SLEEPING == FIBER_SLEEPING && NX_FIBER_EXITED == FIBER_EXITED && NX_FIBER_FAULTED == FIBER_FAULTED &&
	NX_FIBER_KILLED == FIBER_KILLED,
	"fiber states");

struct sched fiber_sched;
struct ledger fiber_ledger;
struct beb fiber_beb;

static struct fiber fibers[FIBER_MAX];
static struct fiber *current;
static struct hal_context idle_ctx;
static struct ledger_event ledger_buf[LEDGER_EVENTS];
static struct fiber *console_waiter;
static const uint8_t *bundle;
static uint64_t bundle_size;

extern const uint8_t bundle_start[], bundle_end[];

static struct fiber *
fiber_of(struct sched_entity *e)
{
	return (struct fiber *)(void *)e;
}

struct fiber *
fiber_current(void)
{
	return current;
}

struct fiber *
fiber_slot(int i)
{
	return i >= 0 && i < FIBER_MAX ? &fibers[i] : NULL;
}

struct fiber *
fiber_by_id(uint32_t id)
{
	if (id == 0 || id > FIBER_MAX || fibers[id - 1].state == FIBER_FREE)
		return NULL;
	return &fibers[id - 1];
}

const char *
fiber_state_name(int state)
{
	static const char *const names[] = { "ready", "running", "blocked", "sleeping", "exited", "faulted", "killed" };

	return state >= 0 && state <= FIBER_KILLED ? names[state] : "free";
}

void
fiber_log(uint32_t fiber, uint16_t type, uint64_t f0, uint64_t f1, uint64_t f2)
{
	uint64_t now = hal_time_now();
	struct fiber *f = fiber_by_id(fiber);
	uint16_t flags = f != NULL && !f->user ? LEDGER_F_KERNEL : 0;

	/* Faults, overruns and refused programs are also kept across a warm reset. */
	if (type == LEDGER_FAULT || type == LEDGER_STRIKE || type == LEDGER_DEMOTE || type == LEDGER_SPAWN_REFUSED) {
		flags |= LEDGER_F_BEB;
		(void)beb_append(&fiber_beb, now, fiber, type, flags, f0, f1, f2);
	}
	(void)ledger_append(&fiber_ledger, now, fiber, type, flags, f0, f1, f2);
}

bool
fiber_uaccess_ok(struct fiber *f, uint64_t addr, uint64_t len, bool write)
{
	uint64_t end, page;

	if (len == 0)
		return true;
	if (f == NULL || !f->user || addr + len < addr)
		return false;
	if (cap_in_device_window(addr, len))
		return false;	/* device registers: never read or written on a fiber's behalf */
	end = addr + len;
	for (page = addr & ~(HAL_PAGE_SIZE - 1); page < end; page += HAL_PAGE_SIZE) {
		unsigned perm;
		if (hal_as_query(f->as, page, &perm, NULL) != 0 || !(perm & HAL_MAP_R) ||
		    (write && !(perm & HAL_MAP_W)))
			return false;
	}
	return true;
}

/*
 * No sleeping or timed-blocked fiber wakes before wake_hint.  It may be
 * earlier than the truth (a waiter woken some other way leaves it behind);
 * then the next scan finds nothing due and recomputes it.  It keeps the
 * table scans off the fast paths: they run only when something may be due.
 */
static uint64_t wake_hint = UINT64_MAX;

static void
set_wake(struct fiber *f, uint64_t t)
{
	f->wake_at = t;
	if (t < wake_hint)
		wake_hint = t;
}

/* A time no later than the earliest wake-up, or UINT64_MAX. */
static uint64_t
next_wake(void)
{
	return wake_hint;
}

static void
make_ready(struct fiber *f)
{
	f->state = FIBER_READY;
	sched_enqueue(&fiber_sched, &f->se);
}

static void
wake_sleepers(uint64_t now)
{
	uint64_t hint = UINT64_MAX;

	if (now < wake_hint)
		return;
	for (int i = 0; i < FIBER_MAX; i++) {
		struct fiber *f = &fibers[i];

		if (f->state == FIBER_SLEEPING && f->wake_at <= now)
			make_ready(f);
		else if (f->state == FIBER_BLOCKED && f->wake_at <= now) {
			chan_timeout(f);
			fiber_wake(f, NX_ERR_TIMEOUT);
		} else if ((f->state == FIBER_SLEEPING || f->state == FIBER_BLOCKED) && f->wake_at < hint)
			hint = f->wake_at;
	}
	wake_hint = hint;
}

/* Arms the timer for the running fiber's deadline or the next wake-up. */
static void
arm_timer(void)
{
	uint64_t t = next_wake();

	if (current != NULL && current->deadline != 0 && current->deadline < t)
		t = current->deadline;
	if (t == UINT64_MAX)
		hal_timer_disarm();
	else
		hal_timer_arm(t);
}

/* Called from every timer interrupt, in S-mode or from user mode. */
static void
on_timer(void *ctx)
{
	(void)ctx;
	wake_sleepers(hal_time_now());
}

/* Called when the UART has received input. */
static void
on_console_input(void)
{
	if (console_waiter != NULL) {
		fiber_wake(console_waiter, 0);
		console_waiter = NULL;
	}
}

/*
 * Picks the next fiber and makes it current: state, start of run, budget
 * deadline, timer, address space.  Returns NULL when nothing is runnable.
 */
static void
begin_run(struct fiber *f, uint64_t now)
{
	uint64_t budget = sched_budget(&fiber_sched, &f->se);

	current = f;
	f->state = FIBER_RUNNING;
	f->run_start = now;
	f->deadline = budget != 0 ? now + budget : 0;
	arm_timer();
	if (f->user)
		hal_as_activate(f->as);
}

static struct fiber *
dispatch_next(void)
{
	struct sched_entity *e;
	uint64_t now = hal_time_now();

	wake_sleepers(now);
	e = sched_pick(&fiber_sched);
	if (e == NULL)
		return NULL;
	begin_run(fiber_of(e), now);
	return current;
}

/*
 * The running fiber f stops running (it yielded, blocked, was preempted or
 * died): switch straight to the next runnable fiber, or to the idle loop
 * when there is none.  Returns when f is picked again.
 */
static void
switch_out(struct fiber *f)
{
	struct fiber *next = dispatch_next();

	if (next == f)
		return;	/* it is the next to run itself */
	if (next == NULL) {
		current = NULL;
		hal_context_switch(&f->ctx, &idle_ctx);
	} else {
		hal_context_switch(&f->ctx, &next->ctx);
	}
}

static void
charge(struct fiber *f, bool overran)
{
	uint64_t ran = hal_time_now() - f->run_start;
	int tier = f->se.tier;
	int ev = sched_charge(&fiber_sched, &f->se, ran, overran);

	/* A demotion resets the strikes: log the one that caused it as 3. */
	if (ev & SCHED_EV_STRIKE)
		fiber_log(f->id, LEDGER_STRIKE, (uint64_t)tier,
		    (ev & SCHED_EV_DEMOTE) ? SCHED_STRIKES_TO_DEMOTE : f->se.strikes, ran);
	if (ev & SCHED_EV_DEMOTE)
		fiber_log(f->id, LEDGER_DEMOTE, (uint64_t)tier, f->se.tier, 0);
}

void
fiber_yield(void)
{
	struct fiber *f = current;

	charge(f, false);
	make_ready(f);
	switch_out(f);
}

void
fiber_sleep_ns(uint64_t ns)
{
	struct fiber *f = current;
	uint64_t hz = hal_time_hz();
	uint64_t ticks = ns / 1000000000ull * hz + ns % 1000000000ull * hz / 1000000000ull;

	if (ticks == 0) {
		fiber_yield();
		return;
	}
	charge(f, false);
	/* A huge time means "forever", without wrapping. */
	set_wake(f, hal_time_now() + ticks < ticks ? UINT64_MAX - 1 : hal_time_now() + ticks);
	f->state = FIBER_SLEEPING;
	fiber_log(f->id, LEDGER_BLOCK, 1, ticks, 0);
	switch_out(f);
}

int64_t
fiber_block(uint64_t deadline)
{
	struct fiber *f = current;

	charge(f, false);
	f->state = FIBER_BLOCKED;
	set_wake(f, deadline);
	f->chan_result = 0;
	switch_out(f);
	return f->chan_result;
}

int64_t
fiber_block_hand_off(struct fiber *next, uint64_t deadline)
{
	struct fiber *f = current;

	if (next->state != FIBER_BLOCKED || !sched_may_hand_off(&fiber_sched, &next->se)) {
		fiber_wake(next, 0);
		return fiber_block(deadline);
	}
	charge(f, false);
	f->state = FIBER_BLOCKED;
	set_wake(f, deadline);
	f->chan_result = 0;
	next->chan_result = 0;
	next->wake_at = UINT64_MAX;
	begin_run(next, hal_time_now());
	hal_context_switch(&f->ctx, &next->ctx);
	return f->chan_result;
}

void
fiber_wake(struct fiber *f, int64_t result)
{
	if (f->state != FIBER_BLOCKED)
		return;
	f->chan_result = result;
	f->wake_at = UINT64_MAX;
	make_ready(f);
}

int64_t
fiber_wait_console(uint64_t deadline)
{
	struct fiber *f = current;
	bool irq = hal_irq_save();
	int64_t r;

	if (console_waiter != NULL && console_waiter != f) {
		hal_irq_restore(irq);
		return NX_ERR_BUSY;
	}
	console_waiter = f;
	hal_irq_restore(irq);
	r = fiber_block(deadline);
	/* Woken by the deadline: no longer a waiter. */
	if (console_waiter == f)
		console_waiter = NULL;
	return r;
}

/* Frees what a dead fiber holds; the slot stays until reused. */
static void
release(struct fiber *f)
{
	if (f->as != NULL) {
		if (f == current)
			hal_as_activate(NULL);	/* never free the tables in use */
		hal_as_destroy(f->as);
		f->as = NULL;
	}
	for (uint32_t i = 0; i < f->npages; i++)
		hal_page_free(f->pages[i]);
	f->npages = 0;
	if (console_waiter == f)
		console_waiter = NULL;
	syscall_fiber_died(f);
	shell_fiber_died(f);
}

void
fiber_exit(int64_t code)
{
	struct fiber *f = current;

	charge(f, false);
	f->exit_code = code;
	f->state = FIBER_EXITED;
	fiber_log(f->id, LEDGER_EXIT, (uint64_t)code, f->se.ticks_used, 0);
	release(f);
	switch_out(f);
	hal_panic("fiber %u ran after exit", f->id);
}

bool
fiber_is_dead(const struct fiber *f)
{
	return f->state == FIBER_EXITED || f->state == FIBER_FAULTED || f->state == FIBER_KILLED;
}

void
fiber_kill(struct fiber *f, uint32_t by)
{
	int was = f->state;

	/* Out of the run queue; a dead state first, so that the wake-ups the
	 * release below makes (its channels fail their waiters) pass it by. */
	if (was == FIBER_READY)
		sched_dequeue(&fiber_sched, &f->se);
	f->state = FIBER_KILLED;
	f->wake_at = UINT64_MAX;
	f->chan_wait = NULL;
	fiber_log(f->id, LEDGER_KILL, by, (uint64_t)was, f->se.ticks_used);
	release(f);
}

void
fiber_fault_hook(struct fiber *f)
{
	/* Restart policy belongs to the Paranoid Watchdog; until then a
	 * faulted fiber stays stopped and the rest of the system goes on. */
	(void)f;
}

static void __attribute__((noreturn))
fault(struct fiber *f, const struct hal_user_fault *uf)
{
	charge(f, false);
	f->faults++;
	f->state = FIBER_FAULTED;
	fiber_log(f->id, LEDGER_FAULT, uf->cause, uf->pc, uf->addr);
	hal_printf("fiber %u (%s) stopped: %s at pc 0x%llx, address 0x%llx\n", f->id, f->name, uf->name,
	    (unsigned long long)uf->pc, (unsigned long long)uf->addr);
	release(f);
	fiber_fault_hook(f);
	switch_out(f);
	hal_panic("fiber %u ran after its fault", f->id);
}

/*
 * A fiber of a higher tier than running f is ready: f yields the hart with
 * no strike, and keeps the rest of its slice for its next run.
 */
static void
preempt_outranked(struct fiber *f, uint64_t now)
{
	fiber_log(f->id, LEDGER_PREEMPT, f->se.tier, now - f->run_start, 0);
	sched_charge_outranked(&fiber_sched, &f->se, now - f->run_start);
	make_ready(f);
	switch_out(f);
}

/* Every trap from user mode, on the fiber's kernel stack. */
static void
user_trap(struct hal_trap_frame *tf, enum hal_user_event ev)
{
	struct fiber *f = current;
	struct hal_user_fault uf;
	uint64_t now;

	switch (ev) {
	case HAL_UEV_SYSCALL:
		syscall_enter(f, tf);
		/* The call may have woken a fiber of a higher tier (a reply,
		 * a ring notification, a close): it runs now, not at the next
		 * interrupt. */
		if (sched_should_preempt(&fiber_sched, &f->se))
			preempt_outranked(f, hal_time_now());
		break;
	case HAL_UEV_FAULT:
		hal_user_fault(tf, &uf);
		fault(f, &uf);
	case HAL_UEV_TIMER:
	case HAL_UEV_IRQ:
		now = hal_time_now();
		if (f->deadline != 0 && now >= f->deadline) {
			/* The budget is spent: preempt, strike, maybe demote. */
			fiber_log(f->id, LEDGER_PREEMPT, f->se.tier, now - f->run_start, 1);
			charge(f, true);
			make_ready(f);
			switch_out(f);
		} else if (sched_should_preempt(&fiber_sched, &f->se)) {
			preempt_outranked(f, now);
		}
		break;
	}
	arm_timer();
}

/* A user fiber's first kernel context: enter user mode. */
static void
user_start(void *arg)
{
	struct fiber *f = arg;

	hal_user_enter(f->tf);
}

/* A kernel fiber's first context: run its function, then exit. */
static void
kernel_start(void *arg)
{
	struct fiber *f = arg;

	f->kfn(f->karg);
	fiber_exit(0);
}

/* A free slot with a kernel stack, or NULL. */
static struct fiber *
alloc_slot(void)
{
	for (int i = 0; i < FIBER_MAX; i++) {
		struct fiber *f = &fibers[i];

		if (f->state != FIBER_FREE && !fiber_is_dead(f))
			continue;
		if (f->kstack_hi == 0 && hal_kstack_alloc(FIBER_KSTACK_PAGES, &f->kstack_lo, &f->kstack_hi) != 0)
			return NULL;
		uint64_t lo = f->kstack_lo, hi = f->kstack_hi;
		uint32_t gen = f->generation + 1;
		base_memset(f, 0, sizeof(*f));
		f->kstack_lo = lo;
		f->kstack_hi = hi;
		f->generation = gen;
		f->id = (uint32_t)i + 1;
		f->program = -1;
		return f;
	}
	return NULL;
}

static void
set_name(struct fiber *f, const char *name, uint64_t len)
{
	if (len >= sizeof(f->name))
		len = sizeof(f->name) - 1;
	base_memcpy(f->name, name, len);
	f->name[len] = '\0';
}

static void *
own_page(struct fiber *f)
{
	void *p;

	if (f->npages == FIBER_PAGES_MAX || (p = hal_page_alloc()) == NULL)
		return NULL;
	f->pages[f->npages++] = p;
	return p;
}

/* Maps the ELF's segments and a stack into f's new address space. */
_Static_assert(NX_PROMISE_STDIO == MANIFEST_PROMISE_STDIO && NX_PROMISE_RPATH == MANIFEST_PROMISE_RPATH &&
        NX_PROMISE_WPATH == MANIFEST_PROMISE_WPATH && NX_PROMISE_INET == MANIFEST_PROMISE_INET &&
        NX_PROMISE_EXEC == MANIFEST_PROMISE_EXEC && NX_PROMISE_SPAWN == MANIFEST_PROMISE_SPAWN &&
        NX_PROMISE_DEVICE == MANIFEST_PROMISE_DEVICE && NX_PROMISE_LEDGER == MANIFEST_PROMISE_LEDGER &&
        NX_PROMISE_IPC == MANIFEST_PROMISE_IPC && NX_PROMISE_ALL == MANIFEST_PROMISE_ALL,
    "the ABI's promises are the manifest's");

int64_t
fiber_pledge_refused(struct fiber *f, uint32_t promise, uint64_t nr)
{
	f->pledge_denied++;
	fiber_log(f->id, LEDGER_PLEDGE_DENIED, promise, f->pledge, nr);
	return NX_ERR_PLEDGE;
}

/* The manifest of the program being spawned: 3 KiB, too big for a kernel
 * stack; spawn is not reentrant. */
static struct manifest man;

/* take_manifest: the restore callback lies outside the program's code. */
#define RESTORE_NOT_TEXT 1

/*
 * Finds, checks and keeps the manifest of the program being loaded into f.
 * Returns 0, a MANIFEST_ERR_* code or RESTORE_NOT_TEXT, having said why on
 * the console.
 */
static int
take_manifest(struct fiber *f, const uint8_t *elf, size_t size, const struct elf_plan *plan)
{
	const void *mb;
	size_t ml;
	int err = manifest_find_in_elf(elf, size, &mb, &ml);

	if (err == 0)
		err = manifest_parse(mb, ml, &man);
	if (err != 0) {
		hal_printf("spawn %s: refused: manifest: %s\n", f->name, manifest_strerror(err));
		return err;
	}
	if (man.has_restore) {
		bool in_text = false;
		for (unsigned s = 0; s < plan->nseg; s++)
			if ((plan->seg[s].flags & ELF_SEG_X) && man.restore_addr >= plan->seg[s].vaddr &&
			    man.restore_addr - plan->seg[s].vaddr < plan->seg[s].memsz)
				in_text = true;
		if (!in_text) {
			hal_printf("spawn %s: refused: manifest: restore callback %s at 0x%llx is not in executable code\n",
			    f->name, man.restore, (unsigned long long)man.restore_addr);
			return RESTORE_NOT_TEXT;
		}
	}
	f->pledge = man.pledge;
	f->manifest_tier = man.tier;
	f->restart = man.restart;
	f->restart_max = man.restart_max;
	f->restart_backoff_ms = man.restart_backoff_ms;
	return 0;
}

static int64_t
load(struct fiber *f, const uint8_t *elf, size_t size, uint32_t parent)
{
	struct elf_plan plan;
	uint64_t sp;
	int err = elf_load_plan(elf, size, &plan);

	if (err != 0) {
		hal_printf("spawn %s: refused: %s\n", f->name, elf_strerror(err));
		fiber_log(f->id, LEDGER_SPAWN_REFUSED, LEDGER_REFUSED_ELF, (uint64_t)err, parent);
		return NX_ERR_BADFORMAT;
	}
	for (unsigned s = 0; s < plan.nseg; s++) {
		/* The top of the user range holds regions, devices, rings and the stack. */
		if (plan.seg[s].vaddr + plan.seg[s].memsz > NX_SHM_BASE) {
			hal_printf("spawn %s: refused: a segment reaches into the shared-memory, device, ring and stack area\n",
			    f->name);
			fiber_log(f->id, LEDGER_SPAWN_REFUSED, LEDGER_REFUSED_LAYOUT, 0, parent);
			return NX_ERR_BADFORMAT;
		}
	}
	err = take_manifest(f, elf, size, &plan);
	if (err != 0) {
		fiber_log(f->id, LEDGER_SPAWN_REFUSED, err == RESTORE_NOT_TEXT ? LEDGER_REFUSED_LAYOUT :
		    LEDGER_REFUSED_MANIFEST, (uint64_t)(int64_t)err, parent);
		return NX_ERR_BADFORMAT;
	}
	f->as = hal_as_create();
	if (f->as == NULL)
		return NX_ERR_NOMEM;
	for (unsigned s = 0; s < plan.nseg; s++) {
		const struct elf_segment *seg = &plan.seg[s];
		uint64_t start = seg->vaddr & ~(HAL_PAGE_SIZE - 1);
		uint64_t end = (seg->vaddr + seg->memsz + HAL_PAGE_SIZE - 1) & ~(HAL_PAGE_SIZE - 1);
		unsigned perm = ((seg->flags & ELF_SEG_R) ? HAL_MAP_R : 0) | ((seg->flags & ELF_SEG_W) ? HAL_MAP_W : 0) |
		    ((seg->flags & ELF_SEG_X) ? HAL_MAP_X : 0);

		for (uint64_t va = start; va < end; va += HAL_PAGE_SIZE) {
			uint8_t *page = own_page(f);
			if (page == NULL)
				return NX_ERR_NOMEM;
			/* Copy the part of the file that falls in this page. */
			uint64_t lo = va > seg->vaddr ? va : seg->vaddr;
			uint64_t hi = va + HAL_PAGE_SIZE;
			if (hi > seg->vaddr + seg->filesz)
				hi = seg->vaddr + seg->filesz;
			if (hi > lo)
				base_memcpy(page + (lo - va), elf + seg->offset + (lo - seg->vaddr), hi - lo);
			if (hal_as_map(f->as, va, (uint64_t)page, HAL_PAGE_SIZE, perm) != 0)
				return NX_ERR_BADFORMAT;	/* overlapping pages of two segments */
		}
	}
	/* The stack, under an unmapped guard page at the top of the user range. */
	sp = HAL_USER_END - HAL_PAGE_SIZE;
	for (int i = 1; i <= FIBER_USTACK_PAGES; i++) {
		void *page = own_page(f);
		if (page == NULL || hal_as_map(f->as, sp - (uint64_t)i * HAL_PAGE_SIZE, (uint64_t)page, HAL_PAGE_SIZE,
		                        HAL_MAP_R | HAL_MAP_W) != 0)
			return NX_ERR_NOMEM;
	}
	f->tf = hal_user_frame(f->kstack_hi);
	hal_user_frame_init(f->tf, plan.entry, sp, f->id);
	return 0;
}

/*
 * The program's bytes must hash (BLAKE3-256) to what the bundle recorded
 * for them: a bundle damaged in memory or in the image is refused here,
 * before anything is loaded.  The bundle is in read-only kernel memory,
 * so a program that matched once this boot is not hashed again, except
 * under the Radiation profile, where memory itself may change.
 */
bool fiber_verify_every_spawn;

/* Programs whose image has matched its record once this boot (bit = index). */
static uint64_t verified;

static int64_t
check_hash(const struct bundle_entry *e, unsigned index)
{
	uint8_t h[32];
	uint64_t bit = index < 64 ? 1ull << index : 0;

	if ((verified & bit) && !fiber_verify_every_spawn)
		return 0;
	crypto_blake3(h, sizeof(h), e->data, e->size);
	if (base_memcmp(h, e->blake3, sizeof(h)) != 0) {
		verified &= ~bit;
		hal_printf("spawn %s: refused: its BLAKE3 does not match the bundle's record\n", e->name);
		return NX_ERR_BADFORMAT;
	}
	verified |= bit;
	return 0;
}

int64_t
fiber_program_index(const char *name, uint64_t len)
{
	struct bundle_entry e;
	unsigned index;

	if (bundle_find_entry(bundle, bundle_size, name, len, &e, &index) != 0)
		return NX_ERR_NOENT;
	return index;
}

int
fiber_program_name(uint32_t idx, char *out, size_t size)
{
	struct bundle_entry e;

	if (size == 0 || bundle_entry_get(bundle, bundle_size, idx, &e) != 0 || e.name_len >= size)
		return -1;
	base_memcpy(out, e.name, e.name_len);
	out[e.name_len] = 0;
	return (int)e.name_len;
}

int64_t
fiber_spawn(const char *name, uint64_t len, int tier, uint32_t parent, const struct nx_grant *g, unsigned ng)
{
	struct bundle_entry e;
	unsigned index;
	int64_t err;

	if (tier < 0 || tier > NX_TIER_MANIFEST)
		return NX_ERR_INVAL;
	if (bundle_find_entry(bundle, bundle_size, name, len, &e, &index) != 0)
		return NX_ERR_NOENT;
	err = check_hash(&e, index);
	if (err != 0)
		return err;
	err = fiber_spawn_image(name, len, e.data, e.size, tier, parent, g, ng);
	if (err > 0)
		fibers[err - 1].program = (int32_t)index;
	return err;
}

int64_t
fiber_spawn_image(const char *name, uint64_t len, const void *elf, size_t elf_size, int tier, uint32_t parent,
    const struct nx_grant *g, unsigned ng)
{
	struct fiber *f;
	int64_t err;

	if (tier < 0 || tier > NX_TIER_MANIFEST)
		return NX_ERR_INVAL;
	f = alloc_slot();
	if (f == NULL)
		return NX_ERR_NOMEM;
	set_name(f, name, len);
	f->user = true;
	err = load(f, elf, elf_size, parent);
	if (err != 0) {
		release(f);
		f->state = FIBER_FREE;
		return err;
	}
	if (tier == NX_TIER_MANIFEST)
		tier = f->manifest_tier;
	sched_entity_init(&f->se, tier, false);
	/* What its manifest lists, and what its parent hands it. */
	struct fiber *p = fiber_by_id(parent);
	err = cap_spawn_grant(f, &man, p != NULL && p->user ? p : NULL, g, ng);
	if (err != 0) {
		fiber_log(f->id, LEDGER_SPAWN_REFUSED, LEDGER_REFUSED_CAPS, (uint64_t)err, parent);
		release(f);
		f->state = FIBER_FREE;
		return err;
	}
	/* A child never holds a promise its user parent gave up. */
	if (p != NULL && p->user)
		f->pledge &= p->pledge;
	hal_context_init(&f->ctx, f->kstack_lo, f->kstack_hi - hal_user_frame_size(), user_start, f);
	fiber_log(f->id, LEDGER_SPAWN, parent, (uint64_t)tier, 0);
	make_ready(f);
	return f->id;
}

int64_t
fiber_spawn_kernel(const char *name, void (*fn)(void *), void *arg, int tier)
{
	struct fiber *f = alloc_slot();

	if (f == NULL)
		return NX_ERR_NOMEM;
	set_name(f, name, base_strlen(name));
	f->kfn = fn;
	f->karg = arg;
	sched_entity_init(&f->se, tier, true);
	hal_context_init(&f->ctx, f->kstack_lo, f->kstack_hi, kernel_start, f);
	fiber_log(f->id, LEDGER_SPAWN, 0, (uint64_t)tier, 1);
	make_ready(f);
	return f->id;
}

void
fiber_init(const struct hal_boot *boot)
{
	uint64_t base, size;

	for (int i = 0; i < FIBER_MAX; i++)
		fibers[i].state = FIBER_FREE;
	sched_init(&fiber_sched, hal_time_hz());
	(void)ledger_init(&fiber_ledger, ledger_buf, LEDGER_EVENTS);
	bundle = bundle_start;
	bundle_size = (uint64_t)(bundle_end - bundle_start);
	hal_persistent_region(&base, &size);
	int b = beb_attach(&fiber_beb, (void *)base, size);
	fiber_log(0, LEDGER_BOOT, fiber_beb.boots, hal_time_hz(), boot->plat->harts);
	if (b < 0)
		hal_printf("beb: no boot error buffer (region 0x%llx, %llu bytes, refused)\n", (unsigned long long)base,
		    (unsigned long long)size);
	else if (b != BEB_ATTACH_KEPT)
		fiber_log(0, LEDGER_BEB_REINIT, (uint64_t)b, fiber_beb.boots, 0);
	hal_timer_set_handler(on_timer, NULL);
	hal_console_set_rx_notify(on_console_input);
	hal_user_set_trap_handler(user_trap);
}

void
fiber_run(void)
{
	for (;;) {
		struct fiber *f;

		(void)hal_irq_save();
		current = NULL;
		hal_as_activate(NULL);
		f = dispatch_next();
		if (f == NULL) {
			/* Nothing to run: sleep until the next wake-up or interrupt. */
			arm_timer();
			hal_cpu_idle();
			continue;
		}
		hal_context_switch(&idle_ctx, &f->ctx);
	}
}
