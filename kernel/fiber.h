/*
 * fiber.h: fibers, the unit of execution and isolation.
 *
 * A user fiber runs a program of the boot bundle in U-mode, in its own
 * address space, with its own kernel stack (the top of which holds its user
 * registers while it is in the kernel).  A kernel fiber runs a function in
 * S-mode on its own kernel stack and yields cooperatively; it is exempt from
 * budgets and strikes.  The Harmonic scheduler (sched.h) decides which
 * runnable fiber a hart runs next; the ledger (ledger.h) records what
 * happens to each.
 *
 * Fibers live in a fixed table of FIBER_MAX slots.  A fiber's id is its slot
 * index + 1 (id 0 is the kernel itself); each reuse of a slot increments its
 * generation, so a reference made to an earlier occupant can be told apart
 * (NX_ERR_STALE).  The kernel runs with interrupts off; they are taken in
 * user mode and in the idle loop only, so the tables need no locks on one
 * hart.
 */
#pragma once

#include <hal/boot.h>
#include <hal/user.h>
#include <stdbool.h>
#include <stdint.h>

#include "cap.h"
#include "ledger.h"
#include <nexus/abi.h>
#include "sched.h"

#define FIBER_MAX 32
#define FIBER_KSTACK_PAGES 4
#define FIBER_USTACK_PAGES 8
#define FIBER_PAGES_MAX 256	/* user pages a fiber may own (1 MiB) */

struct chan;

enum fiber_state {
	FIBER_FREE = -1,
	FIBER_READY = 0,	/* the NX_FIBER_* values of the ABI */
	FIBER_RUNNING = 1,
	FIBER_BLOCKED = 2,
	FIBER_SLEEPING = 3,
	FIBER_EXITED = 4,
	FIBER_FAULTED = 5,
	FIBER_KILLED = 6,	/* ended by fiber_kill */
};

struct fiber {
	struct sched_entity se;		/* first: fiber_of() relies on it */
	uint32_t id;
	uint32_t generation;
	int state;			/* enum fiber_state */
	bool user;
	int32_t program;		/* its index in the boot bundle; -1: none (kernel fiber, test image) */
	char name[16];
	struct hal_as *as;		/* user fibers only */
	uint64_t kstack_lo, kstack_hi;
	struct hal_context ctx;
	struct hal_trap_frame *tf;	/* user fibers: the frame at the kstack top */
	void (*kfn)(void *);		/* kernel fibers: what they run */
	void *karg;
	uint64_t run_start;		/* when the current run began (ticks) */
	uint64_t deadline;		/* budget deadline of this run; 0: none */
	uint64_t wake_at;		/* FIBER_SLEEPING: when to wake */
	int64_t exit_code;
	uint64_t faults;
	/* From the program's manifest (docs/manifest.md).  The pledge is
	 * enforced (docs/pledge.md); the restart policy is kept for the
	 * supervisor, which is not built yet. */
	uint32_t pledge;		/* NX_PROMISE_* held */
	uint64_t pledge_denied;		/* calls refused for want of a promise */
	uint8_t manifest_tier;		/* NX_TIER_* the program asks for */
	uint8_t restart;		/* MANIFEST_RESTART_* */
	uint8_t restart_max;
	uint32_t restart_backoff_ms;
	struct nx_msg msg;		/* channel message in flight (request or reply) */
	uint64_t msg_badge;		/* the badge of the capability the request came through */
	int64_t chan_result;		/* how the channel operation that blocked ended */
	struct fiber *chan_next;	/* link in a channel's queue of callers */
	struct chan *chan_wait;		/* the channel this fiber is blocked on */
	struct cap caps[NX_CSPACE_SLOTS];	/* its capability space (cap.h) */
	uint32_t npages;
	void *pages[FIBER_PAGES_MAX];	/* user pages owned, freed at exit */
};

extern struct sched fiber_sched;
extern struct ledger fiber_ledger;
extern struct beb fiber_beb;

/* Sets up the tables, the ledger and the trap handlers. */
void fiber_init(const struct hal_boot *boot);
/* Runs the scheduler on this hart forever (the boot context becomes idle). */
void fiber_run(void) __attribute__((noreturn));

/*
 * Starts the program name (len bytes) of the boot bundle as a user fiber in
 * tier (NX_TIER_MANIFEST: the tier its manifest asks for); parent is the
 * spawning fiber's id (0: the kernel).  The new fiber gets what its manifest
 * lists and the ng grants g of its parent (cap.h).  Returns the new id or a
 * negative NX_ERR_* code; a bad image or grant is refused with a ledger
 * event and a console line, never a fault.
 */
int64_t fiber_spawn(const char *name, uint64_t len, int tier, uint32_t parent, const struct nx_grant *g, unsigned ng);
/*
 * fiber_spawn's second half, for an image already found (and hashed):
 * validates the ELF and its manifest, loads it and makes it ready.  The
 * in-kernel tests hand it damaged images.
 */
int64_t fiber_spawn_image(const char *name, uint64_t len, const void *elf, size_t elf_size, int tier, uint32_t parent,
    const struct nx_grant *g, unsigned ng);
/*
 * Whether spawn hashes a program's image every time (the Radiation
 * profile, where memory may flip) or only the first time this boot (the
 * bundle lies in read-only kernel memory).
 */
extern bool fiber_verify_every_spawn;
/* The index of program name in the boot bundle, or NX_ERR_NOENT. */
int64_t fiber_program_index(const char *name, uint64_t len);
/* Copies the name of program idx, NUL-terminated, into out; its length or -1. */
int fiber_program_name(uint32_t idx, char *out, size_t size);
/* Starts fn(arg) as a kernel fiber (S-mode, exempt from budgets). */
int64_t fiber_spawn_kernel(const char *name, void (*fn)(void *), void *arg, int tier);

/* The fiber running on this hart, or NULL in the idle loop. */
struct fiber *fiber_current(void);
/* The live fiber with this id, or NULL. */
struct fiber *fiber_by_id(uint32_t id);
/* Slot i of the table (0 <= i < FIBER_MAX), live or not. */
struct fiber *fiber_slot(int i);

/* The calling fiber gives up the rest of its run. */
void fiber_yield(void);
/* The calling fiber sleeps at least ns nanoseconds. */
void fiber_sleep_ns(uint64_t ns);
/*
 * The calling fiber blocks (state BLOCKED) until fiber_wake() or, when
 * deadline is not UINT64_MAX, until that time; returns f->chan_result, which
 * a timeout sets to NX_ERR_TIMEOUT.
 */
int64_t fiber_block(uint64_t deadline);
/*
 * The calling fiber blocks as fiber_block(deadline) does, and next, which
 * must be blocked, is woken with result 0; next runs at once, without a
 * trip through the run queue, when sched_may_hand_off allows, else it is
 * queued like any woken fiber.  The channel fast path.
 */
int64_t fiber_block_hand_off(struct fiber *next, uint64_t deadline);
/* Ends f's block with result. */
void fiber_wake(struct fiber *f, int64_t result);
/* The calling fiber ends with code; does not return. */
void fiber_exit(int64_t code) __attribute__((noreturn));
/*
 * The calling fiber waits until console input arrives or, when deadline is
 * not UINT64_MAX, until that time: 0, NX_ERR_TIMEOUT, or NX_ERR_BUSY when
 * another fiber is waiting for input already (one reader at a time).
 */
int64_t fiber_wait_console(uint64_t deadline);
/*
 * Ends user fiber f, which is not the caller and is alive, on behalf of
 * fiber by: it leaves the run queue or whatever it was blocked on, its
 * peers get NX_ERR_DEAD as on exit, it is logged as KILL, and its state
 * becomes FIBER_KILLED.  The caller checks the right to do it.
 */
void fiber_kill(struct fiber *f, uint32_t by);
/* Whether f has ended: exited, faulted or killed. */
bool fiber_is_dead(const struct fiber *f);

/* Records an event in the ledger (and the BEB for faults and overruns). */
void fiber_log(uint32_t fiber, uint16_t type, uint64_t f0, uint64_t f1, uint64_t f2);

/*
 * Call nr of f needed promise, which f's pledge lacks (the check the
 * generated dispatcher makes first): counts the refusal in
 * f->pledge_denied, logs it as PLEDGE_DENIED, returns NX_ERR_PLEDGE.
 */
int64_t fiber_pledge_refused(struct fiber *f, uint32_t promise, uint64_t nr);
/*
 * Whether [addr, addr + len) of f's address space is mapped user-readable
 * (and writable if write).  len 0 is always fine.
 */
bool fiber_uaccess_ok(struct fiber *f, uint64_t addr, uint64_t len, bool write);

/*
 * What happens to a fiber after a fault.  For now the fiber stays stopped;
 * the Paranoid Watchdog's restart policy will plug in here.
 */
void fiber_fault_hook(struct fiber *f);

const char *fiber_state_name(int state);
