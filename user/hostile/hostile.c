/*
 * hostile.c: a seeded random system call fuzzer run as an ordinary fiber.
 *
 * It makes HOSTILE_CALLS calls with numbers from 0 to NX_SYS_COUNT + 8 (and
 * a few huge ones, such as 2^32 + NX_SYS_EXIT, which a kernel truncating the
 * number would take for exit) and arguments biased to what breaks kernels:
 * 0, -1, kernel addresses, huge lengths, unmapped user addresses, its own
 * read-only code, and valid buffers.  Every call must return, and return a
 * value >= 0 or a named NX_ERR_* code; a call whose pointer argument is
 * certainly invalid (kernel, unmapped, read-only for an out buffer) must
 * fail.  It then prints
 *
 *   hostile: N calls, all returned
 *   hostile: seed S, K refused, V violations
 *
 * and exits 0, or 1 if there were violations.
 *
 * Half the calls aim each argument at its kind (from nx_sys_desc): lengths
 * at and around their maximum, pointers inside and at the edge of a valid
 * buffer, slots around the CSpace size, bounded values at their bound.
 *
 * So that it terminates and stays alone: it never calls exit or spawn,
 * sleeps and waits (chan_recv, chan_poll) only for under a microsecond,
 * holds only its console capability and drops every slot it fills (by
 * chan_create or cap_copy) at once (so chan_call, which has no timeout,
 * never finds a channel to block on), never drops its console, and never
 * writes to the
 * console from a mapped buffer.  Valid buffers all lie in scratch[], with
 * NX_LEN_MAX bytes after each, so whatever the kernel rightly writes there
 * cannot reach the fuzzer's own state.
 */
#include <nexus/abi_desc.h>
#include <nexus/rt.h>

#define HOSTILE_CALLS 100000
#define HOSTILE_SEED  0x6e657875736e7821ull

static uint8_t scratch[8192 + NX_LEN_MAX] __attribute__((aligned(4096)));
static uint64_t rng = HOSTILE_SEED;

static uint64_t
rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* What an argument value is, for judging the result. */
enum arg_class {
	ARG_PLAIN, /* a number */
	ARG_BAD,   /* certainly not a user buffer: kernel, unmapped, null */
	ARG_RO,    /* mapped, read-only (the program's code) */
	ARG_RW,    /* inside scratch[] */
};

static uint64_t
pick(const uint64_t *v, size_t n)
{
	return v[rnd() % n];
}

#define PICK(a) pick((a), sizeof(a) / sizeof((a)[0]))

static uint64_t
arg_random(enum arg_class *cls)
{
	static const uint64_t kernel[] = {
	    0x80200000ull, 0x80000000ull, 0xffffffc000000000ull, 0xffffffff80000000ull, 0x80200000ull + 4096};
	static const uint64_t huge[] = {
	    1ull << 32, 1ull << 63, NX_LEN_MAX + 1ull, UINT64_MAX - 7, 0x7fffffffffffffffull};
	static const uint64_t unmapped[] = {
	    0x1000800000ull, NX_USER_END - 4096, NX_USER_END, NX_USER_BASE - 8, NX_USER_END - 1, 0x1800000000ull, 8};
	uint64_t base = (uint64_t)(uintptr_t)scratch;

	*cls = ARG_PLAIN;
	switch (rnd() % 10) {
	case 0:
		*cls = ARG_BAD;
		return 0;
	case 1:
		*cls = ARG_BAD;
		return UINT64_MAX;
	case 2:
		*cls = ARG_BAD;
		return PICK(kernel);
	case 3:
		return PICK(huge);
	case 4:
		*cls = ARG_BAD;
		return PICK(unmapped);
	case 5: {
		const uint64_t valid[] = {base, base + 1, base + 4093, base + 4096, base + 8191 - 7};

		*cls = ARG_RW;
		return PICK(valid);
	}
	case 6:
		*cls = ARG_RO;
		return (uint64_t)(uintptr_t)&arg_random + (rnd() % 64);
	case 7:
		return rnd() % 64;
	case 8:
		return rnd() % (NX_LEN_MAX + 2ull);
	default:
		return rnd();
	}
}

/*
 * An argument aimed at its kind (nx_sys_desc): lengths near their maximum,
 * pointers good and bad, handles small and huge, so that half the calls get
 * past the decoder into the handlers' own checks.
 */
static uint64_t
arg_typed(const struct nx_sys_desc *d, int i, enum arg_class *cls)
{
	uint64_t base = (uint64_t)(uintptr_t)scratch;

	*cls = ARG_PLAIN;
	switch (d->kind[i]) {
	case NX_ARG_LEN: {
		const uint64_t lens[] = {0, 1, 8, 48, 56, d->max[i], d->max[i] + 1, d->max[i] - 1, UINT64_MAX};

		return PICK(lens);
	}
	case NX_ARG_IN:
	case NX_ARG_OUT:
		switch (rnd() % 4) {
		case 0:
			*cls = ARG_RW;
			return base + (rnd() % 8192);
		case 1:
			*cls = ARG_RW;
			return base + 8192 - (rnd() % 64);
		default:
			return arg_random(cls);
		}
	case NX_ARG_SLOT: {
		const uint64_t hs[] = {0, 1, 2, 15, 16, 17, 63, 64, 255, 0xffffffff, 1ull << 32, UINT64_MAX};

		return PICK(hs);
	}
	case NX_ARG_U64:
		if (d->max[i] != UINT64_MAX) {
			const uint64_t vs[] = {0, 1, d->max[i], d->max[i] + 1, d->max[i] - 1, UINT64_MAX};

			return PICK(vs);
		}
		return arg_random(cls);
	default:
		return arg_random(cls);
	}
}

static unsigned violations;

static void
violation(uint64_t nr, const uint64_t a[6], int64_t r, const char *why)
{
	if (violations++ < 10)
		nx_printf("hostile: VIOLATION %s: call %llu (%llx %llx %llx %llx %llx %llx) -> %lld\n", why,
		    (unsigned long long)nr, (unsigned long long)a[0], (unsigned long long)a[1],
		    (unsigned long long)a[2], (unsigned long long)a[3], (unsigned long long)a[4],
		    (unsigned long long)a[5], (long long)r);
}

/* Whether call nr with these arguments must fail on a bad pointer. */
static bool
must_fault(const struct nx_sys_desc *d, const uint64_t a[6], const enum arg_class cls[6])
{
	for (int i = 0; i < 6; i++) {
		if (d->kind[i] != NX_ARG_IN && d->kind[i] != NX_ARG_OUT)
			continue;
		if (a[d->lenarg[i]] == 0)
			continue;
		if (cls[i] == ARG_BAD || (cls[i] == ARG_RO && d->kind[i] == NX_ARG_OUT))
			return true;
	}
	return false;
}

int
main(void)
{
	static const uint64_t odd_nrs[] = {UINT64_MAX, (1ull << 32) | NX_SYS_EXIT, (1ull << 32) | NX_SYS_YIELD,
	    1ull << 63, 0x8000000000000000ull | NX_SYS_SPAWN, 4096};
	unsigned calls = 0, refused = 0;

	nx_printf("hostile: seed %llx, %d calls\n", (unsigned long long)HOSTILE_SEED, HOSTILE_CALLS);
	/* Its one capability is the console, in slot 0 (its manifest): it keeps
	 * it, so that chan_call finds no channel and cannot block. */
	while (calls < HOSTILE_CALLS) {
		uint64_t nr = rnd() % 64 == 0 ? PICK(odd_nrs) : rnd() % (NX_SYS_COUNT + 9);
		const struct nx_sys_desc *d = nx_sys_desc(nr);
		enum arg_class cls[6];
		uint64_t a[6];
		int64_t r;

		if (nr == NX_SYS_EXIT || nr == NX_SYS_SPAWN)
			continue;
		for (int i = 0; i < 6; i++)
			a[i] = d != NULL && rnd() % 2 ? arg_typed(d, i, &cls[i]) : arg_random(&cls[i]);
		if (nr == NX_SYS_SLEEP)
			a[0] = rnd() % 1000;
		if (nr == NX_SYS_CHAN_RECV || nr == NX_SYS_CHAN_POLL)
			a[1] = rnd() % 1000;
		/* No garbage on the console: a write that could succeed gets a bad pointer. */
		if (nr == NX_SYS_CONSOLE_WRITE && (cls[1] == ARG_RW || cls[1] == ARG_RO || a[2] == 0))
			a[2] = rnd() % 2 ? 0 : NX_CONSOLE_MAX + 1 + rnd() % 1000;
		if (nr == NX_SYS_CONSOLE_WRITE && a[2] > 0 && a[2] <= NX_CONSOLE_MAX && cls[1] != ARG_BAD) {
			a[1] = 0;
			cls[1] = ARG_BAD;
		}
		if (nr == NX_SYS_CAP_DROP && a[0] == 0)
			continue;	/* its own console: it reports through it */

		r = nx_syscall6(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
		calls++;
		if (r < 0)
			refused++;
		if (r < 0 && (r < NX_ERR_MIN || nx_err_name(r) == NULL))
			violation(nr, a, r, "unnamed error");
		if (d == NULL && r != NX_ERR_NOSYS)
			violation(nr, a, r, "unknown call not NX_ERR_NOSYS");
		if (d != NULL && r >= 0 && must_fault(d, a, cls))
			violation(nr, a, r, "bad pointer accepted");
		if ((nr == NX_SYS_CHAN_CREATE || nr == NX_SYS_CAP_COPY) && r >= 0) {
			/* Empty the slots it made, so that chan_call cannot block on its own channels. */
			for (uint64_t s = 1; s < NX_CSPACE_SLOTS; s++)
				(void)nx_cap_drop((uint32_t)s);
		}
	}
	nx_printf("hostile: %u calls, all returned\n", calls);
	nx_printf(
	    "hostile: seed %llx, %u refused, %u violations\n", (unsigned long long)HOSTILE_SEED, refused, violations);
	return violations == 0 ? 0 : 1;
}
