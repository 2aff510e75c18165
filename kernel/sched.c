/*
 * sched.c: the Harmonic scheduler's policy (see sched.h).
 *
 * Invariants, checked by kernel/tests/test_sched.c after every step of a
 * random simulation:
 *   - an entity is in exactly one band's list iff e->queued, and that band
 *     is e->tier;
 *   - count[t] is the length of band t's list; head[t] == NULL iff
 *     count[t] == 0, and tail[t] is the last entity of that list;
 *   - strikes < SCHED_STRIKES_TO_DEMOTE and tier < SCHED_NTIERS always;
 *     exempt entities have no strikes, overruns or demotions;
 *   - slice_used < the tier's budget, and 0 for exempt and Void entities,
 *     so sched_budget never returns less than 1 for a budgeted entity
 *     except through its floor.
 * Start reading at sched_pick and sched_charge.
 */
#include "sched.h"

static const char *const tier_names[SCHED_NTIERS] = {"photon", "matter", "gravity", "void"};

const char *
sched_tier_name(int tier)
{
	return tier >= 0 && tier < SCHED_NTIERS ? tier_names[tier] : "?";
}

/* ms milliseconds in ticks, without overflowing for any plausible rate. */
static uint64_t
ms_to_ticks(uint64_t ticks_per_second, uint64_t ms)
{
	uint64_t t = ticks_per_second / 1000 * ms + ticks_per_second % 1000 * ms / 1000;

	return t ? t : 1;
}

void
sched_init(struct sched *s, uint64_t ticks_per_second)
{
	for (int t = 0; t < SCHED_NTIERS; t++) {
		s->head[t] = NULL;
		s->tail[t] = NULL;
		s->count[t] = 0;
	}
	s->ready = 0;
	s->ticks_per_second = ticks_per_second;
	s->budget[SCHED_PHOTON] = ms_to_ticks(ticks_per_second, SCHED_PHOTON_MS);
	s->budget[SCHED_MATTER] = ms_to_ticks(ticks_per_second, SCHED_MATTER_MS);
	s->budget[SCHED_GRAVITY] = ms_to_ticks(ticks_per_second, SCHED_GRAVITY_MS);
	/* Void has no budget; this is only its turn when others wait in Void. */
	s->budget[SCHED_VOID] = s->budget[SCHED_GRAVITY];
}

void
sched_entity_init(struct sched_entity *e, int tier, bool exempt)
{
	if (tier < SCHED_PHOTON)
		tier = SCHED_PHOTON;
	if (tier > SCHED_VOID)
		tier = SCHED_VOID;
	e->next = NULL;
	e->prev = NULL;
	e->tier = (uint8_t)tier;
	e->home_tier = (uint8_t)tier;
	e->strikes = 0;
	e->exempt = exempt;
	e->queued = false;
	e->runs = 0;
	e->overruns = 0;
	e->demotions = 0;
	e->ticks_used = 0;
	e->slice_used = 0;
}

void
sched_enqueue(struct sched *s, struct sched_entity *e)
{
	int t = e->tier;

	if (e->queued)
		return;
	if (e->slice_used != 0) {
		/* Outranked mid-slice: it finishes its turn first. */
		e->prev = NULL;
		e->next = s->head[t];
		if (s->head[t] != NULL)
			s->head[t]->prev = e;
		else
			s->tail[t] = e;
		s->head[t] = e;
	} else {
		e->next = NULL;
		e->prev = s->tail[t];
		if (s->tail[t] != NULL)
			s->tail[t]->next = e;
		else
			s->head[t] = e;
		s->tail[t] = e;
	}
	s->count[t]++;
	s->ready |= 1u << t;
	e->queued = true;
}

void
sched_dequeue(struct sched *s, struct sched_entity *e)
{
	int t = e->tier;

	if (!e->queued)
		return;
	if (e->prev != NULL)
		e->prev->next = e->next;
	else
		s->head[t] = e->next;
	if (e->next != NULL)
		e->next->prev = e->prev;
	else
		s->tail[t] = e->prev;
	e->next = NULL;
	e->prev = NULL;
	if (--s->count[t] == 0)
		s->ready &= ~(1u << t);
	e->queued = false;
}

struct sched_entity *
sched_pick(struct sched *s)
{
	for (int t = 0; t < SCHED_NTIERS; t++) {
		struct sched_entity *e = s->head[t];

		if (e != NULL) {
			sched_dequeue(s, e);
			return e;
		}
	}
	return NULL;
}

uint64_t
sched_budget(const struct sched *s, const struct sched_entity *e)
{
	uint64_t b;

	if (e->exempt)
		return 0;
	if (e->tier >= SCHED_VOID)
		return s->count[SCHED_VOID] != 0 ? s->budget[SCHED_VOID] : 0;
	b = s->budget[e->tier];
	return e->slice_used < b ? b - e->slice_used : 1;
}

/* Moves e to tier, keeping its place in the queue (tail of the new band). */
static void
set_tier(struct sched *s, struct sched_entity *e, int tier)
{
	bool queued = e->queued;

	if (e->tier == tier)
		return;
	sched_dequeue(s, e);
	e->tier = (uint8_t)tier;
	if (queued)
		sched_enqueue(s, e);
}

int
sched_charge(struct sched *s, struct sched_entity *e, uint64_t ticks, bool overran)
{
	int ev = 0;

	e->runs++;
	e->ticks_used += ticks;
	e->slice_used = 0;
	if (!overran || e->exempt || e->tier >= SCHED_VOID)
		return 0;
	e->overruns++;
	e->strikes++;
	ev |= SCHED_EV_STRIKE;
	if (e->strikes >= SCHED_STRIKES_TO_DEMOTE) {
		e->strikes = 0;
		e->demotions++;
		set_tier(s, e, e->tier + 1);
		ev |= SCHED_EV_DEMOTE;
	}
	return ev;
}

int
sched_charge_outranked(struct sched *s, struct sched_entity *e, uint64_t ticks)
{
	uint64_t used;

	if (e->exempt || e->tier >= SCHED_VOID)
		return sched_charge(s, e, ticks, false);
	used = e->slice_used + ticks;
	if (used >= s->budget[e->tier])
		return sched_charge(s, e, ticks, true);
	e->runs++;
	e->ticks_used += ticks;
	e->slice_used = used;
	return 0;
}

void
sched_entity_restore(struct sched *s, struct sched_entity *e)
{
	e->strikes = 0;
	e->slice_used = 0;
	set_tier(s, e, e->home_tier);
}

bool
sched_should_preempt(const struct sched *s, const struct sched_entity *running)
{
	int limit = running != NULL ? running->tier : SCHED_NTIERS;

	return (s->ready & ((1u << limit) - 1)) != 0;	/* bands 0..limit-1 */
}

bool
sched_may_hand_off(const struct sched *s, const struct sched_entity *e)
{
	return (s->ready & ((2u << e->tier) - 1)) == 0;	/* bands 0..e->tier */
}

uint32_t
sched_count(const struct sched *s)
{
	uint32_t n = 0;

	for (int t = 0; t < SCHED_NTIERS; t++)
		n += s->count[t];
	return n;
}
