/*
 * test_dispatch.c: the generated dispatcher, decode before invoke.
 *
 * The handlers are the generated recording ones (syscall_record.c) and
 * fiber_uaccess_ok() is a fake address space: one read-only window and one
 * writable window after it.  For every call described in nexus/abi_desc.h
 * the test checks that well-formed arguments reach the handler unchanged,
 * that each kind of bad argument returns its error without running the
 * handler, that a call outside the caller's pledge is refused before
 * anything else, and then, over 200,000 seeded random calls, that no handler ever
 * sees a pointer outside the fake address space or a length above its
 * maximum.
 */
#include <nexus/abi_desc.h>
#include <stdbool.h>
#include <stdint.h>
#include <tap.h>

#include "syscall_gen.h"

extern uint64_t syscall_record_nr;
extern unsigned long syscall_record_count;
extern uint64_t syscall_record_args[6];

#define RO_BASE 0x1000000000ull
#define RO_SIZE ((uint64_t)NX_LEN_MAX)
#define RW_BASE (RO_BASE + RO_SIZE)
#define RW_SIZE ((uint64_t)NX_LEN_MAX)
#define WIN_END (RW_BASE + RW_SIZE)

static unsigned long uaccess_calls;

bool
fiber_uaccess_ok(struct fiber *f, uint64_t addr, uint64_t len, bool write)
{
	uint64_t lo = write ? RW_BASE : RO_BASE;

	(void)f;
	uaccess_calls++;
	if (len == 0)
		return addr >= lo && addr <= WIN_END;
	return addr >= lo && addr < WIN_END && len <= WIN_END - addr;
}

/* The fake fiber's pledge, and the refusals counted as the kernel would. */
static uint32_t held = NX_PROMISE_ALL;
static unsigned long pledge_refusals;

int64_t
fiber_pledge_refused(struct fiber *f, uint32_t promise, uint64_t nr)
{
	(void)f;
	(void)promise;
	(void)nr;
	pledge_refusals++;
	return NX_ERR_PLEDGE;
}

/* Well-formed arguments for call d. */
static void
args_valid(const struct nx_sys_desc *d, uint64_t a[6])
{
	for (int i = 0; i < 6; i++) {
		switch (d->kind[i]) {
		case NX_ARG_U64:
			a[i] = d->max[i] < 12345 ? d->max[i] : 12345;
			break;
		case NX_ARG_I64:
			a[i] = (uint64_t)-42;
			break;
		case NX_ARG_SLOT:
			a[i] = 7;
			break;
		case NX_ARG_LEN:
			a[i] = d->max[i] < 16 ? d->max[i] : 16;
			break;
		case NX_ARG_IN:
			a[i] = RO_BASE + 100;
			break;
		case NX_ARG_OUT:
			a[i] = RW_BASE + 200;
			break;
		case NX_ARG_MSG:
			a[i] = 0x1111ull * (uint64_t)i;
			break;
		default:
			a[i] = 0xdead0000ull + (uint64_t)i;
			break;
		}
	}
}

/* Runs call nr; reports whether the handler ran and stores the result. */
static bool
run(uint64_t nr, const uint64_t a[6], int64_t *ret)
{
	unsigned long before = syscall_record_count;

	*ret = syscall_dispatch(NULL, held, nr, a);
	return syscall_record_count != before;
}

/* The result of a call whose handler must not run; -100 if it ran. */
static int64_t
refused(uint64_t nr, const uint64_t a[6])
{
	int64_t ret;

	return run(nr, a, &ret) ? -100 : ret;
}

static void
test_call(uint64_t nr, const struct nx_sys_desc *d)
{
	uint64_t a[6], b[6];
	int64_t ret;
	bool ran, same = true;

	args_valid(d, a);
	ran = run(nr, a, &ret);
	for (int i = 0; i < d->nargs; i++)
		same = same && syscall_record_args[i] == a[i];
	tap_ok(ran && ret == 0 && syscall_record_nr == nr && same, "%s: valid arguments reach the handler unchanged",
	    d->name);
	/* Without its promise (everything else held), the call is refused first. */
	held = NX_PROMISE_ALL & ~d->promise;
	unsigned long before = pledge_refusals;
	tap_ok(d->promise != 0 && refused(nr, a) == NX_ERR_PLEDGE && pledge_refusals == before + 1,
	    "%s: without promise 0x%x: NX_ERR_PLEDGE, handler not run", d->name, (unsigned)d->promise);
	held = NX_PROMISE_ALL;

	for (int i = 0; i < 6; i++) {
		switch (d->kind[i]) {
		case NX_ARG_LEN:
			memcpy(b, a, sizeof(b));
			b[i] = d->max[i];
			for (int j = 0; j < 6; j++)
				if ((d->kind[j] == NX_ARG_IN || d->kind[j] == NX_ARG_OUT) && d->lenarg[j] == i)
					b[j] = d->kind[j] == NX_ARG_IN ? RO_BASE : RW_BASE;
			tap_ok(run(nr, b, &ret) && ret == 0, "%s: a%d = its maximum %llu is accepted", d->name, i,
			    (unsigned long long)d->max[i]);
			b[i] = d->max[i] + 1;
			tap_ok(
			    refused(nr, b) == NX_ERR_TOOBIG, "%s: a%d above its maximum is NX_ERR_TOOBIG", d->name, i);
			b[i] = UINT64_MAX;
			tap_ok(refused(nr, b) == NX_ERR_TOOBIG, "%s: a%d = 2^64-1 is NX_ERR_TOOBIG", d->name, i);
			break;
		case NX_ARG_U64:
			if (d->max[i] == UINT64_MAX)
				break;
			memcpy(b, a, sizeof(b));
			b[i] = d->max[i] + 1;
			tap_ok(refused(nr, b) == NX_ERR_INVAL, "%s: a%d above %llu is NX_ERR_INVAL", d->name, i,
			    (unsigned long long)d->max[i]);
			break;
		case NX_ARG_SLOT:
			memcpy(b, a, sizeof(b));
			b[i] = NX_CSPACE_SLOTS;
			tap_ok(refused(nr, b) == NX_ERR_BADSLOT, "%s: a%d = NX_CSPACE_SLOTS is NX_ERR_BADSLOT", d->name, i);
			b[i] = 1ull << 32;
			tap_ok(refused(nr, b) == NX_ERR_BADSLOT, "%s: a%d = 2^32 is NX_ERR_BADSLOT", d->name, i);
			break;
		case NX_ARG_IN:
		case NX_ARG_OUT: {
			static const uint64_t bad[] = {
			    0, 0x80200000ull, 0xffffffc000000000ull, UINT64_MAX, RO_BASE - 1, WIN_END - 1};
			bool all = true;

			memcpy(b, a, sizeof(b));
			b[d->lenarg[i]] = 8;
			for (size_t k = 0; k < sizeof(bad) / sizeof(bad[0]); k++) {
				b[i] = bad[k];
				all = all && refused(nr, b) == NX_ERR_FAULT;
			}
			tap_ok(all, "%s: a%d outside the address space is NX_ERR_FAULT", d->name, i);
			if (d->kind[i] == NX_ARG_OUT) {
				b[i] = RO_BASE;
				tap_ok(refused(nr, b) == NX_ERR_FAULT, "%s: a%d read-only is NX_ERR_FAULT", d->name, i);
			}
			break;
		}
		default:
			break;
		}
	}
}

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint64_t
rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static uint64_t
rnd_arg(void)
{
	static const uint64_t pick[] = {0, 1, UINT64_MAX, 0x80200000ull, RO_BASE, RW_BASE, WIN_END - 1, WIN_END,
	    NX_LEN_MAX, NX_LEN_MAX + 1ull, 1ull << 32, 0x7fffffffffffffffull, 4096, 32, 3, 4};

	switch (rnd() % 4) {
	case 0:
		return rnd();
	case 1:
		return rnd() % 256;
	case 2:
		return RO_BASE + rnd() % (2 * NX_LEN_MAX + 16);
	default:
		return pick[rnd() % (sizeof(pick) / sizeof(pick[0]))];
	}
}

/* Whether the recorded arguments of a call that ran obey the decode rules. */
static bool
recorded_ok(const struct nx_sys_desc *d)
{
	for (int i = 0; i < d->nargs; i++) {
		uint64_t v = syscall_record_args[i];

		switch (d->kind[i]) {
		case NX_ARG_U64:
		case NX_ARG_LEN:
		case NX_ARG_SLOT:
			if (v > d->max[i])
				return false;
			break;
		case NX_ARG_IN:
		case NX_ARG_OUT:
			if (!fiber_uaccess_ok(NULL, v, syscall_record_args[d->lenarg[i]], d->kind[i] == NX_ARG_OUT))
				return false;
			break;
		default:
			break;
		}
	}
	return true;
}

int
main(void)
{
	unsigned described = 0, calls = 0, ran = 0, bad = 0, badret = 0;
	int64_t ret;
	uint64_t a[6] = {0};

	for (uint64_t nr = 0; nr < NX_SYS_COUNT + 8; nr++) {
		const struct nx_sys_desc *d = nx_sys_desc(nr);

		if (d == NULL) {
			tap_ok(refused(nr, a) == NX_ERR_NOSYS, "call %llu: NX_ERR_NOSYS", (unsigned long long)nr);
			continue;
		}
		described++;
		tap_ok(nx_sys_name(nr) != NULL && strcmp(nx_sys_name(nr), d->name) == 0, "call %llu is %s",
		    (unsigned long long)nr, d->name);
		test_call(nr, d);
	}
	tap_ok(refused(UINT64_MAX, a) == NX_ERR_NOSYS && refused(1ull << 32, a) == NX_ERR_NOSYS,
	    "huge call numbers: NX_ERR_NOSYS");
	tap_ok(described > 0, "%u calls described", described);

	for (int n = 0; n < 200000; n++) {
		uint64_t nr = rnd() % (NX_SYS_COUNT + 8);
		const struct nx_sys_desc *d = nx_sys_desc(nr);

		for (int i = 0; i < 6; i++)
			a[i] = rnd_arg();
		calls++;
		if (run(nr, a, &ret)) {
			ran++;
			if (d == NULL || !recorded_ok(d))
				bad++;
		} else if (ret >= 0 || ret < NX_ERR_MIN || nx_err_name(ret) == NULL) {
			badret++;
		}
	}
	tap_ok(bad == 0, "random calls: %u of %u reached a handler, none with a bad argument", ran, calls);
	tap_ok(badret == 0, "random calls: every refusal is a named NX_ERR_* code");
	tap_diag("fiber_uaccess_ok called %lu times", uaccess_calls);
	return tap_done();
}
