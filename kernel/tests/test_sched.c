/*
 * test_sched.c: the Harmonic scheduler policy: bands, round robin, the
 * Ratchet, budgets, queue edge cases, and a seeded random simulation that
 * checks the invariants of sched.c after every step.
 */
#include <stdlib.h>
#include <string.h>
#include <tap.h>

#include "../sched.h"

#define HZ 10000000ull /* QEMU virt's timebase */

static struct sched s;

/* Whether every invariant of sched.c holds for s and the n entities at es. */
static bool
check(struct sched_entity *es, int n, char *why, size_t whylen)
{
	int seen[SCHED_NTIERS] = {0};

	for (int t = 0; t < SCHED_NTIERS; t++) {
		struct sched_entity *prev = NULL;
		uint32_t len = 0;

		for (struct sched_entity *e = s.head[t]; e != NULL; e = e->next) {
			if (e->prev != prev || !e->queued || e->tier != t) {
				snprintf(why, whylen, "band %d: bad links or tier", t);
				return false;
			}
			prev = e;
			if (++len > (uint32_t)n) {
				snprintf(why, whylen, "band %d: cycle", t);
				return false;
			}
		}
		if (s.tail[t] != prev || len != s.count[t] || (s.head[t] == NULL) != (len == 0)) {
			snprintf(why, whylen, "band %d: tail/count (%u vs %u)", t, len, s.count[t]);
			return false;
		}
	}
	for (int i = 0; i < n; i++) {
		struct sched_entity *e = &es[i];

		if (e->tier >= SCHED_NTIERS || e->strikes >= SCHED_STRIKES_TO_DEMOTE) {
			snprintf(why, whylen, "entity %d: tier %u strikes %u", i, e->tier, e->strikes);
			return false;
		}
		if (e->exempt && (e->strikes || e->overruns || e->demotions)) {
			snprintf(why, whylen, "exempt entity %d struck", i);
			return false;
		}
		if ((e->exempt || e->tier == SCHED_VOID) ? e->slice_used != 0 : e->slice_used >= s.budget[e->tier]) {
			snprintf(why, whylen, "entity %d: slice used %llu", i, (unsigned long long)e->slice_used);
			return false;
		}
		if (e->tier < e->home_tier) {
			snprintf(why, whylen, "entity %d above its home tier", i);
			return false;
		}
		if (e->queued)
			seen[e->tier]++;
	}
	for (int t = 0; t < SCHED_NTIERS; t++)
		if ((uint32_t)seen[t] != s.count[t]) {
			snprintf(why, whylen, "band %d: %d queued flags, count %u", t, seen[t], s.count[t]);
			return false;
		}
	return true;
}

static uint64_t rng_state;

static uint64_t
rnd(void)
{
	/* xorshift64*: deterministic for a seed. */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545f4914f6cdd1dull;
}

static void
test_bands(void)
{
	struct sched_entity e[4];

	sched_init(&s, HZ);
	tap_ok(sched_pick(&s) == NULL && sched_count(&s) == 0, "empty queue: pick gives NULL (idle, WFI)");
	sched_entity_init(&e[0], SCHED_VOID, false);
	sched_entity_init(&e[1], SCHED_GRAVITY, false);
	sched_entity_init(&e[2], SCHED_MATTER, false);
	sched_entity_init(&e[3], SCHED_PHOTON, false);
	for (int i = 0; i < 4; i++)
		sched_enqueue(&s, &e[i]);
	tap_ok(sched_count(&s) == 4, "four queued");
	struct sched_entity *a = sched_pick(&s), *b = sched_pick(&s), *c = sched_pick(&s), *d = sched_pick(&s);
	tap_ok(a == &e[3] && b == &e[2] && c == &e[1] && d == &e[0], "strict bands: photon, matter, gravity, void");
	tap_ok(sched_pick(&s) == NULL && !e[0].queued && !e[3].queued, "picked entities are no longer queued");

	/* Void runs only when nothing else is runnable. */
	sched_enqueue(&s, &e[0]);
	sched_enqueue(&s, &e[2]);
	int void_first = 0;
	for (int i = 0; i < 100; i++) {
		struct sched_entity *p = sched_pick(&s);
		if (p == &e[0]) {
			void_first++;
			sched_enqueue(&s, p);
			break;
		}
		sched_enqueue(&s, p); /* matter keeps running */
	}
	tap_ok(void_first == 0, "void never picked while a matter entity is runnable");
	sched_dequeue(&s, &e[2]);
	tap_ok(sched_pick(&s) == &e[0], "void picked once matter blocks");

	/* Preemption hint. */
	sched_init(&s, HZ);
	for (int i = 0; i < 4; i++)
		sched_entity_init(&e[i], i, false);
	tap_ok(!sched_should_preempt(&s, &e[1]) && !sched_should_preempt(&s, NULL), "nothing queued: no preemption");
	sched_enqueue(&s, &e[2]);
	tap_ok(!sched_should_preempt(&s, &e[1]) && !sched_should_preempt(&s, &e[2]) &&
	        sched_should_preempt(&s, &e[3]) && sched_should_preempt(&s, NULL),
	    "only a strictly higher band preempts");
	sched_enqueue(&s, &e[0]);
	tap_ok(sched_should_preempt(&s, &e[1]), "a woken photon preempts a running matter");

	/* Hand-off: only when nothing waits in the target's band or above. */
	sched_init(&s, HZ);
	for (int i = 0; i < 4; i++)
		sched_entity_init(&e[i], i, false);
	tap_ok(sched_may_hand_off(&s, &e[0]) && sched_may_hand_off(&s, &e[3]), "empty queue: hand-off allowed");
	sched_enqueue(&s, &e[2]);
	tap_ok(sched_may_hand_off(&s, &e[0]) && sched_may_hand_off(&s, &e[1]) && !sched_may_hand_off(&s, &e[2]) &&
	        !sched_may_hand_off(&s, &e[3]),
	    "a queued gravity blocks hand-off to gravity (round robin) and void, not to photon or matter");
	sched_dequeue(&s, &e[2]);
	sched_enqueue(&s, &e[0]);
	tap_ok(!sched_may_hand_off(&s, &e[1]), "a queued photon blocks hand-off to matter");
}

static void
test_round_robin(void)
{
	enum { N = 5, ROUNDS = 1000 };
	struct sched_entity e[N];
	int runs[N] = {0};
	bool order_ok = true;

	sched_init(&s, HZ);
	for (int i = 0; i < N; i++) {
		sched_entity_init(&e[i], SCHED_MATTER, false);
		sched_enqueue(&s, &e[i]);
	}
	for (int r = 0; r < ROUNDS * N; r++) {
		struct sched_entity *p = sched_pick(&s);
		int i = (int)(p - e);
		if (i != r % N)
			order_ok = false;
		runs[i]++;
		sched_charge(&s, p, 100, false);
		sched_enqueue(&s, p);
	}
	bool fair = true;
	for (int i = 0; i < N; i++)
		fair = fair && runs[i] == ROUNDS && e[i].runs == ROUNDS && e[i].ticks_used == 100ull * ROUNDS;
	tap_ok(order_ok, "round robin: entities run in enqueue order, cyclically");
	tap_ok(fair, "round robin: %d runs each over %d picks", ROUNDS, ROUNDS * N);

	/* An entity that blocks and wakes goes to the tail. */
	struct sched_entity *first = sched_pick(&s);
	sched_enqueue(&s, first);
	struct sched_entity *second = sched_pick(&s);
	tap_ok(first == &e[0] && second == &e[1], "a re-enqueued entity goes behind the others");
}

static void
test_ratchet(void)
{
	struct sched_entity e, k;
	int ev, strikes = 0, demotes = 0;
	bool flags_ok = true;

	sched_init(&s, HZ);
	sched_entity_init(&e, SCHED_PHOTON, false);
	ev = sched_charge(&s, &e, 20000, false);
	tap_ok(ev == 0 && e.strikes == 0 && e.runs == 1, "a run within budget earns nothing");
	ev = sched_charge(&s, &e, 20000, true);
	tap_ok(ev == SCHED_EV_STRIKE && e.strikes == 1 && e.tier == SCHED_PHOTON, "first overrun: a strike");
	ev = sched_charge(&s, &e, 20000, true);
	tap_ok(ev == SCHED_EV_STRIKE && e.strikes == 2 && e.tier == SCHED_PHOTON, "second overrun: a strike");
	ev = sched_charge(&s, &e, 20000, true);
	tap_ok(
	    ev == (SCHED_EV_STRIKE | SCHED_EV_DEMOTE) && e.strikes == 0 && e.tier == SCHED_MATTER && e.demotions == 1,
	    "third overrun: demoted photon -> matter, strikes cleared");
	for (int i = 0; i < 6; i++) {
		ev = sched_charge(&s, &e, 1, true);
		strikes += !!(ev & SCHED_EV_STRIKE);
		demotes += !!(ev & SCHED_EV_DEMOTE);
		if ((ev & SCHED_EV_DEMOTE) != ((i % 3 == 2) ? SCHED_EV_DEMOTE : 0))
			flags_ok = false;
	}
	tap_ok(e.tier == SCHED_VOID && e.demotions == 3 && strikes == 6 && demotes == 2 && flags_ok,
	    "six more overruns: matter -> gravity -> void");
	ev = 0;
	for (int i = 0; i < 10; i++)
		ev |= sched_charge(&s, &e, 1000000000, true);
	tap_ok(ev == 0 && e.tier == SCHED_VOID && e.strikes == 0 && e.overruns == 9 && e.runs == 20,
	    "void is the floor: no strikes, no demotion, runs still counted");

	/* Strikes persist across good runs. */
	sched_entity_init(&e, SCHED_GRAVITY, false);
	sched_charge(&s, &e, 1, true);
	sched_charge(&s, &e, 1, false);
	sched_charge(&s, &e, 1, true);
	tap_ok(e.strikes == 2 && e.tier == SCHED_GRAVITY, "strikes are not forgiven by a good run");

	/* Exempt kernel fibers. */
	sched_entity_init(&k, SCHED_PHOTON, true);
	ev = 0;
	for (int i = 0; i < 10; i++)
		ev |= sched_charge(&s, &k, 1000000, true);
	tap_ok(ev == 0 && k.strikes == 0 && k.tier == SCHED_PHOTON && k.overruns == 0 && k.runs == 10,
	    "exempt entities never strike");
	tap_ok(sched_budget(&s, &k) == 0, "exempt entities have no budget");

	/* Demotion of a queued entity moves it between bands. */
	struct sched_entity q, other;
	sched_init(&s, HZ);
	sched_entity_init(&q, SCHED_PHOTON, false);
	sched_entity_init(&other, SCHED_MATTER, false);
	sched_enqueue(&s, &other);
	sched_enqueue(&s, &q);
	q.strikes = 2;
	ev = sched_charge(&s, &q, 1, true);
	tap_ok(ev & SCHED_EV_DEMOTE && q.queued && s.count[SCHED_PHOTON] == 0 && s.count[SCHED_MATTER] == 2 &&
	        s.tail[SCHED_MATTER] == &q,
	    "a queued entity demoted goes to the tail of its new band");

	sched_entity_restore(&s, &q);
	tap_ok(q.tier == SCHED_PHOTON && q.strikes == 0 && q.queued && s.head[SCHED_PHOTON] == &q && q.demotions == 1,
	    "restore: back to the home tier, counters kept");
}

static void
test_outranked(void)
{
	struct sched_entity m, other, k, v;
	int ev;

	sched_init(&s, HZ);
	sched_entity_init(&m, SCHED_MATTER, false);
	sched_entity_init(&other, SCHED_MATTER, false);
	sched_enqueue(&s, &other);
	ev = sched_charge_outranked(&s, &m, 30000);
	tap_ok(ev == 0 && m.runs == 1 && m.ticks_used == 30000 && sched_budget(&s, &m) == 70000,
	    "outranked after 3 ms: 7 ms of the slice left");
	sched_enqueue(&s, &m);
	tap_ok(s.head[SCHED_MATTER] == &m && s.tail[SCHED_MATTER] == &other, "outranked: back at the head of its band");
	tap_ok(sched_pick(&s) == &m, "and it runs next in its band");
	ev = sched_charge_outranked(&s, &m, 60000);
	tap_ok(ev == 0 && sched_budget(&s, &m) == 10000, "outranked again: 1 ms left");
	ev = sched_charge_outranked(&s, &m, 10000);
	tap_ok(ev == SCHED_EV_STRIKE && m.strikes == 1 && sched_budget(&s, &m) == 100000,
	    "a slice used up by outranked runs is an overrun; the next slice is whole");
	sched_charge_outranked(&s, &m, 5000);
	sched_charge(&s, &m, 1000, false);
	tap_ok(sched_budget(&s, &m) == 100000, "a yield or block ends the slice");
	sched_enqueue(&s, &m);
	tap_ok(s.tail[SCHED_MATTER] == &m, "and a fresh slice queues at the tail");

	sched_entity_init(&k, SCHED_PHOTON, true);
	sched_entity_init(&v, SCHED_VOID, false);
	ev = sched_charge_outranked(&s, &k, 1000000) | sched_charge_outranked(&s, &v, 1000000);
	tap_ok(
	    ev == 0 && k.slice_used == 0 && v.slice_used == 0 && sched_budget(&s, &k) == 0 && sched_budget(&s, &v) == 0,
	    "exempt and void entities have no slice to keep");

	/* Void turns: only when another void entity waits. */
	struct sched_entity v2;
	sched_init(&s, HZ);
	sched_entity_init(&v, SCHED_VOID, false);
	sched_entity_init(&v2, SCHED_VOID, false);
	tap_ok(sched_budget(&s, &v) == 0, "a lone void entity runs with no deadline");
	sched_enqueue(&s, &v2);
	tap_ok(sched_budget(&s, &v) == 500000, "with another void entity waiting it gets a 50 ms turn");
	ev = sched_charge(&s, &v, 500000, true);
	tap_ok(ev == 0 && v.strikes == 0 && v.tier == SCHED_VOID, "a void turn running out is no strike");
}

static void
test_budgets(void)
{
	struct sched_entity e;
	static const struct {
		uint64_t hz, photon, matter, gravity;
	} cases[] = {
	    {10000000, 20000, 100000, 500000}, /* QEMU virt, 10 MHz */
	    {1000000, 2000, 10000, 50000},     /* SiFive U54, 1 MHz */
	    {32768, 65, 327, 1638},            /* a 32 kHz RTC: rounded down */
	    {100, 1, 1, 5},                    /* slower than the budget: one tick */
	    {0, 1, 1, 1},                      /* nonsense rate: still one tick */
	    {1000000000000ull, 2000000000ull, 10000000000ull, 50000000000ull},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		uint64_t b[SCHED_NTIERS];

		sched_init(&s, cases[i].hz);
		for (int t = 0; t < SCHED_NTIERS; t++) {
			sched_entity_init(&e, t, false);
			b[t] = sched_budget(&s, &e);
		}
		tap_ok(b[0] == cases[i].photon && b[1] == cases[i].matter && b[2] == cases[i].gravity && b[3] == 0,
		    "budgets at %llu Hz: %llu %llu %llu 0", (unsigned long long)cases[i].hz, (unsigned long long)b[0],
		    (unsigned long long)b[1], (unsigned long long)b[2]);
	}
	tap_ok(strcmp(sched_tier_name(SCHED_PHOTON), "photon") == 0 &&
	        strcmp(sched_tier_name(SCHED_VOID), "void") == 0 && strcmp(sched_tier_name(4), "?") == 0 &&
	        strcmp(sched_tier_name(-1), "?") == 0,
	    "tier names");
	sched_entity_init(&e, 9, false);
	tap_ok(e.tier == SCHED_VOID && e.home_tier == SCHED_VOID, "an out-of-range tier is clamped to void");
	sched_entity_init(&e, -3, false);
	tap_ok(e.tier == SCHED_PHOTON, "a negative tier is clamped to photon");
}

static void
test_edges(void)
{
	struct sched_entity e[3];
	char why[128];

	sched_init(&s, HZ);
	for (int i = 0; i < 3; i++)
		sched_entity_init(&e[i], SCHED_GRAVITY, false);
	sched_dequeue(&s, &e[0]);
	tap_ok(sched_count(&s) == 0 && check(e, 3, why, sizeof(why)), "dequeue of an unqueued entity does nothing");
	sched_enqueue(&s, &e[0]);
	sched_enqueue(&s, &e[0]);
	tap_ok(s.count[SCHED_GRAVITY] == 1 && check(e, 3, why, sizeof(why)), "double enqueue keeps one entry");
	sched_enqueue(&s, &e[1]);
	sched_enqueue(&s, &e[2]);
	sched_dequeue(&s, &e[1]);
	tap_ok(
	    s.head[SCHED_GRAVITY] == &e[0] && e[0].next == &e[2] && e[2].prev == &e[0] && check(e, 3, why, sizeof(why)),
	    "dequeue from the middle");
	sched_dequeue(&s, &e[2]);
	tap_ok(s.tail[SCHED_GRAVITY] == &e[0] && check(e, 3, why, sizeof(why)), "dequeue of the tail");
	sched_dequeue(&s, &e[0]);
	tap_ok(s.head[SCHED_GRAVITY] == NULL && s.tail[SCHED_GRAVITY] == NULL && check(e, 3, why, sizeof(why)),
	    "dequeue of the only entry empties the band");
	sched_enqueue(&s, &e[2]);
	sched_enqueue(&s, &e[1]);
	sched_dequeue(&s, &e[2]);
	tap_ok(sched_pick(&s) == &e[1] && sched_pick(&s) == NULL && check(e, 3, why, sizeof(why)),
	    "dequeue of the head, then pick");
}

static void
test_random(void)
{
	enum { N = 24, STEPS = 100000 };
	struct sched_entity e[N];
	struct sched_entity *running = NULL;
	char why[128] = "";
	bool ok = true;
	uint64_t picks[SCHED_NTIERS] = {0}, idle = 0, demotions = 0;
	bool band_ok = true;

	rng_state = 0x9e3779b97f4a7c15ull;
	sched_init(&s, HZ);
	for (int i = 0; i < N; i++)
		sched_entity_init(&e[i], (int)(rnd() % SCHED_NTIERS), i < 3);
	for (int step = 0; step < STEPS && ok; step++) {
		uint64_t r = rnd();
		struct sched_entity *x = &e[(r >> 8) % N];

		switch (r % 6) {
		case 0: /* wake */
			if (x != running)
				sched_enqueue(&s, x);
			break;
		case 1: /* block or kill while runnable */
			sched_dequeue(&s, x);
			break;
		case 2:
		case 3: /* end the running entity's slice, pick the next */
			if (running != NULL) {
				bool over = (r >> 16) % 4 == 0;
				int ev = sched_charge(&s, running, (r >> 20) % 1000000, over);
				demotions += !!(ev & SCHED_EV_DEMOTE);
				if ((r >> 40) % 8 != 0)
					sched_enqueue(&s, running);
			}
			{
				/* The pick must come from the highest non-empty band. */
				int best = SCHED_NTIERS;
				for (int t = SCHED_NTIERS - 1; t >= 0; t--)
					if (s.count[t] != 0)
						best = t;
				running = sched_pick(&s);
				if (running == NULL)
					idle++, band_ok = band_ok && best == SCHED_NTIERS;
				else
					picks[running->tier]++, band_ok = band_ok && running->tier == best;
			}
			break;
		case 4: /* a pardon */
			if ((r >> 32) % 64 == 0)
				sched_entity_restore(&s, x);
			break;
		case 5:
			if (running != NULL && sched_should_preempt(&s, running)) {
				int ev = sched_charge_outranked(&s, running, (r >> 20) % 300000);
				demotions += !!(ev & SCHED_EV_DEMOTE);
				sched_enqueue(&s, running);
				running = sched_pick(&s);
			}
			break;
		}
		if (running != NULL && running->queued) {
			snprintf(why, sizeof(why), "step %d: the running entity is queued", step);
			ok = false;
		}
		if (ok && !check(e, N, why, sizeof(why))) {
			char tmp[128];
			snprintf(tmp, sizeof(tmp), "step %d: %s", step, why);
			strcpy(why, tmp);
			ok = false;
		}
	}
	tap_diag("picks photon %llu matter %llu gravity %llu void %llu, idle %llu, demotions %llu",
	    (unsigned long long)picks[0], (unsigned long long)picks[1], (unsigned long long)picks[2],
	    (unsigned long long)picks[3], (unsigned long long)idle, (unsigned long long)demotions);
	tap_ok(ok, "random simulation, %d steps: invariants hold%s%s", STEPS, ok ? "" : ": ", why);
	tap_ok(band_ok, "random simulation: every pick from the highest non-empty band, idle only when empty");
	tap_ok(
	    demotions > 0 && picks[SCHED_VOID] > 0 && idle > 0, "random simulation exercised demotion, void and idle");
}

/*
 * The policy driven as the kernel drives it, in simulated time at 10 MHz:
 * a Photon fiber P that wakes every 10 ms and works 1 ms; a Photon fiber H,
 * a Gravity fiber G and a Void fiber V that spin forever.  The Ratchet
 * should take H and G down to Void, where the three take turns.  The kernel arms the budget
 * deadline, preempts on a wake-up of a higher band, and idles when nothing
 * is runnable.
 */
#define INF UINT64_MAX

struct simfiber {
	struct sched_entity se;
	uint64_t work;  /* ticks left in this burst; INF spins */
	uint64_t ticks; /* CPU received */
};

static void
test_timeline(void)
{
	enum { P, H, G, V, NF };
	struct simfiber f[NF];
	const uint64_t period = 100000, burst = 10000, end = 10 * HZ;
	uint64_t now = 0, next_wake = 0, woke_at = 0, last_demote = 0;
	uint64_t max_lat = 0, max_lat_after = 0, missed = 0, bursts = 0, strikes = 0, idle = 0;
	bool p_blocked = true;

	sched_init(&s, HZ);
	sched_entity_init(&f[P].se, SCHED_PHOTON, false);
	sched_entity_init(&f[H].se, SCHED_PHOTON, false);
	sched_entity_init(&f[G].se, SCHED_GRAVITY, false);
	sched_entity_init(&f[V].se, SCHED_VOID, false);
	for (int i = 0; i < NF; i++) {
		f[i].work = i == P ? burst : INF;
		f[i].ticks = 0;
	}
	for (int i = H; i < NF; i++)
		sched_enqueue(&s, &f[i].se);
	while (now < end) {
		if (p_blocked && now >= next_wake) {
			p_blocked = false;
			woke_at = next_wake;
			f[P].work = burst;
			sched_enqueue(&s, &f[P].se);
		}
		struct sched_entity *e = sched_pick(&s);
		if (e == NULL) { /* WFI until P's timer */
			idle += next_wake - now;
			now = next_wake;
			continue;
		}
		struct simfiber *r = (struct simfiber *)e;
		if (r == &f[P]) {
			uint64_t lat = now - woke_at;
			max_lat = lat > max_lat ? lat : max_lat;
			if (f[H].se.tier == SCHED_VOID && now > last_demote + period)
				max_lat_after = lat > max_lat_after ? lat : max_lat_after;
		}
		uint64_t budget = sched_budget(&s, e), start = now;
		uint64_t stop = r->work == INF ? INF : now + r->work;
		uint64_t deadline = budget ? now + budget : INF;
		uint64_t wake = p_blocked ? next_wake : INF;
		uint64_t t = stop < deadline ? stop : deadline;
		/* The wake-up interrupt preempts only a lower band. */
		bool preempt = wake < t && e->tier > SCHED_PHOTON;
		if (preempt)
			t = wake;
		now = t;
		r->ticks += now - start;
		if (r->work != INF)
			r->work -= now - start;
		if (r == &f[P] && r->work == 0) {
			sched_charge(&s, e, now - start, false);
			bursts++;
			if (now > woke_at + period)
				missed++;
			p_blocked = true;
			next_wake = woke_at + period;
			continue;
		}
		int ev = preempt ? sched_charge_outranked(&s, e, now - start)
		                 : sched_charge(&s, e, now - start, now == deadline);
		strikes += !!(ev & SCHED_EV_STRIKE);
		if (ev & SCHED_EV_DEMOTE && r == &f[H])
			last_demote = now;
		sched_enqueue(&s, e);
	}
	tap_diag(
	    "P %llu bursts, max latency %llu ticks (%llu once H is in void); CPU: P %llu H %llu G %llu V %llu idle "
	    "%llu",
	    (unsigned long long)bursts, (unsigned long long)max_lat, (unsigned long long)max_lat_after,
	    (unsigned long long)f[P].ticks, (unsigned long long)f[H].ticks, (unsigned long long)f[G].ticks,
	    (unsigned long long)f[V].ticks, (unsigned long long)idle);
	tap_ok(bursts == end / period && missed == 0, "timeline: the photon fiber meets all %llu deadlines",
	    (unsigned long long)bursts);
	tap_ok(max_lat <= s.budget[SCHED_PHOTON] && max_lat_after == 0,
	    "timeline: it waits at most one photon budget, and not at all once the hog is demoted");
	tap_ok(f[H].se.tier == SCHED_VOID && f[H].se.demotions == 3 && f[G].se.tier == SCHED_VOID &&
	        f[G].se.demotions == 1 && strikes == 12,
	    "timeline: the spinning photon and gravity fibers are both ratcheted down to void (12 strikes)");
	uint64_t lo = f[H].ticks, hi = f[H].ticks;
	for (int i = G; i <= V; i++) {
		lo = f[i].ticks < lo ? f[i].ticks : lo;
		hi = f[i].ticks > hi ? f[i].ticks : hi;
	}
	tap_ok(lo > end / 5 && hi - lo < end / 10, "timeline: the three spinners share void in turns");
	tap_ok(f[P].se.overruns == 0 && f[P].ticks == bursts * burst, "timeline: the photon fiber never overruns");
}

int
main(void)
{
	test_bands();
	test_round_robin();
	test_ratchet();
	test_outranked();
	test_budgets();
	test_edges();
	test_random();
	test_timeline();
	return tap_done();
}
