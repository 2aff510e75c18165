/*
 * sched.h: the Harmonic scheduler's policy, without hardware.
 *
 * Fibers run in Spectrum tiers, which are strict priority bands:
 *
 *   tier            budget (slice)   runs when
 *   SCHED_PHOTON     2 ms            anything in it is runnable
 *   SCHED_MATTER    10 ms            no Photon is runnable
 *   SCHED_GRAVITY   50 ms            no Photon or Matter is runnable
 *   SCHED_VOID      none (*)         nothing else is runnable
 *
 * (*) Void fibers never strike; they get 50 ms turns only when several
 * wait, so a lone Void fiber runs with no timer armed.
 *
 * Inside a band, fibers take turns (round robin: sched_enqueue puts a fiber
 * at the tail, sched_pick takes from the head; a fiber preempted by a higher
 * band keeps the rest of its slice and goes back to the head).  A fiber that overruns its
 * budget earns a strike; three strikes demote it one tier and clear the
 * strikes (the Ratchet): Photon -> Matter -> Gravity -> Void, and Void is the
 * floor.  S-mode kernel fibers are exempt: no budget, no strikes.
 *
 * This module only decides; it never touches a timer, a CSR or a lock.  The
 * kernel embeds a struct sched_entity in its fiber, arms the timer for
 * sched_budget() ticks, and reports each run with sched_charge() (or
 * sched_charge_outranked() when a higher band cut it short), logging the
 * events it returns.  docs/scheduler.md tells the story.  Time is in timer ticks, given by the caller.  The
 * structure is not thread-safe: the caller serialises access (one run queue
 * per hart, or a lock around it).
 *
 * Every operation is O(1): a band is an intrusive doubly linked list, and
 * sched_pick looks at SCHED_NTIERS list heads.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Tiers, highest priority first; the numeric order is the demotion order. */
enum sched_tier {
	SCHED_PHOTON = 0,
	SCHED_MATTER = 1,
	SCHED_GRAVITY = 2,
	SCHED_VOID = 3,
	SCHED_NTIERS = 4,
};

/* Strikes that demote an entity one tier. */
#define SCHED_STRIKES_TO_DEMOTE 3

/* Budgets in milliseconds; Void has none. */
#define SCHED_PHOTON_MS  2
#define SCHED_MATTER_MS  10
#define SCHED_GRAVITY_MS 50

/* Bits returned by sched_charge, for the caller to log. */
#define SCHED_EV_STRIKE 0x1 /* the run overran its budget: one more strike */
#define SCHED_EV_DEMOTE 0x2 /* the strikes reached 3: moved down one tier */

/*
 * The scheduler's part of a fiber, embedded in the kernel's struct fiber
 * (recover the fiber with a container_of).  Fields are read freely by the
 * kernel (for fiber info and the ledger) but written only through this API.
 */
struct sched_entity {
	struct sched_entity *next; /* band links; valid only while queued */
	struct sched_entity *prev;
	uint8_t tier;        /* current band (enum sched_tier) */
	uint8_t home_tier;   /* the tier it was created in */
	uint8_t strikes;     /* overruns since the last demotion, 0..2 */
	bool exempt;         /* S-mode kernel fiber: no budget, no strikes */
	bool queued;         /* runnable and waiting in its band */
	uint64_t runs;       /* runs charged */
	uint64_t overruns;   /* runs that overran and earned a strike */
	uint64_t demotions;  /* tiers lost to the Ratchet */
	uint64_t ticks_used; /* sum of the ticks charged */
	uint64_t slice_used; /* ticks of this slice spent before being outranked */
};

/* A run queue: one band per tier. */
struct sched {
	struct sched_entity *head[SCHED_NTIERS];
	struct sched_entity *tail[SCHED_NTIERS];
	uint32_t count[SCHED_NTIERS];  /* entities queued in each band */
	uint32_t ready;                /* bit t set when band t is not empty */
	uint64_t budget[SCHED_NTIERS]; /* ticks; Void's is its turn among others */
	uint64_t ticks_per_second;
};

/*
 * Prepares an empty run queue for a timer running at ticks_per_second.  A
 * budget is rounded down to whole ticks but is never less than one tick.
 */
void sched_init(struct sched *s, uint64_t ticks_per_second);

/*
 * Prepares a new, unqueued entity in the given tier (clamped to
 * SCHED_VOID), which also becomes its home tier; counters start at 0.
 * exempt marks an S-mode kernel fiber.
 */
void sched_entity_init(struct sched_entity *e, int tier, bool exempt);

/*
 * Makes e runnable: puts it at the tail of its tier's band, or at the head
 * if it was outranked in the middle of its slice (see
 * sched_charge_outranked), so that it finishes its turn first.  Enqueueing
 * an entity that is already queued does nothing (it keeps its place).
 */
void sched_enqueue(struct sched *s, struct sched_entity *e);

/*
 * Takes e out of its band (it blocked, exited or was killed while
 * runnable).  Dequeueing an entity that is not queued does nothing.
 */
void sched_dequeue(struct sched *s, struct sched_entity *e);

/*
 * Removes and returns the entity to run next: the head of the highest
 * non-empty band.  Returns NULL when nothing is runnable; the caller then
 * waits for an interrupt (WFI), with the timer armed only for the next real
 * deadline.  The caller re-enqueues the entity when it stops running and is
 * still runnable (preempted or yielded).
 */
struct sched_entity *sched_pick(struct sched *s);

/*
 * The ticks e may run before it is preempted: what is left of its slice
 * (the budget of its tier, less what it ran before being outranked; at
 * least 1); 0 (unlimited) for exempt entities.  A Void entity has no
 * budget and never strikes, but when other Void entities are waiting it
 * gets a 50 ms turn so that they take turns; alone it gets 0.  The kernel
 * arms the timer at now + this, when it is not 0, and reports a timer that
 * fired with sched_charge(..., true) in every case.  Call it after
 * sched_pick (e not queued).
 */
uint64_t sched_budget(const struct sched *s, const struct sched_entity *e);

/*
 * Accounts a run of e that lasted ticks and ended its slice: it yielded,
 * blocked, exited, or overran.  overran says the budget timer fired (the
 * kernel preempted it).  The next run gets a whole budget.  For a non-exempt entity outside Void an
 * overrun adds a strike; the third strike moves e down one tier and clears
 * its strikes.  Exempt and Void entities never strike (they have no
 * budget); their runs are still counted.  If e is queued when demoted it
 * moves to the tail of its new band.
 *
 * Returns 0, or SCHED_EV_STRIKE, or SCHED_EV_STRIKE | SCHED_EV_DEMOTE; the
 * caller logs them (LEDGER_STRIKE, LEDGER_DEMOTE) with e->tier and
 * e->strikes as they are after the call.
 */
int sched_charge(struct sched *s, struct sched_entity *e, uint64_t ticks, bool overran);

/*
 * Accounts a run of e that lasted ticks and was cut short because a higher
 * band became runnable (sched_should_preempt).  The slice goes on: the
 * ticks count against it, the next sched_budget is what is left, and
 * sched_enqueue puts e at the head of its band.  Without this, a fiber
 * outranked more often than its budget would never overrun, whatever it
 * did.  Returns what sched_charge returns: if the slice is used up
 * (the deadline and the wake-up came together), it counts as an overrun.
 */
int sched_charge_outranked(struct sched *s, struct sched_entity *e, uint64_t ticks);

/*
 * Puts e back in its home tier with no strikes (a restart by the
 * watchdog, or an operator's pardon).  Counters are kept.  If e is queued
 * it moves to the tail of the home band.
 */
void sched_entity_restore(struct sched *s, struct sched_entity *e);

/*
 * Whether an entity queued in s outranks running (is in a strictly higher
 * band), so the kernel should preempt running now rather than at the end of
 * its budget; used when a wake-up makes a fiber runnable.  running may be
 * NULL (the hart is idle): then any queued entity outranks it.
 */
bool sched_should_preempt(const struct sched *s, const struct sched_entity *running);

/*
 * Whether e may run straight away, ahead of the queue (a channel handing the
 * hart from caller to server): only when nothing is queued in e's band or a
 * higher one, so that the hand-off neither jumps a more urgent entity nor
 * starves the round robin of e's own band.
 */
bool sched_may_hand_off(const struct sched *s, const struct sched_entity *e);

/* Number of entities queued in all bands. */
uint32_t sched_count(const struct sched *s);

/* "photon", "matter", "gravity", "void", or "?" for anything else. */
const char *sched_tier_name(int tier);
