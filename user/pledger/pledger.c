/*
 * pledger.c: the pledge, checked from user mode (docs/pledge.md).
 *
 * Starts with the promises of its manifest (stdio spawn ledger ipc), uses
 * each, then narrows to stdio and ipc: spawn and the ledger are refused
 * with NX_ERR_PLEDGE (an error code, never a fault), channels still work;
 * an attempt to widen again is refused; narrowing to nothing keeps stdio.
 * Every refusal is a PLEDGE_DENIED ledger event and counts in the fiber's
 * `denied` column of the console's fibers table.
 */
#include <nexus/rt.h>

static int failed;

static void
expect(int64_t got, int64_t want, const char *what)
{
	nx_printf("pledger: %s: %lld (want %lld)\n", what, (long long)got, (long long)want);
	if (got != want)
		failed++;
}

int
main(void)
{
	struct nx_event ev;
	int64_t h;

	expect(nx_ledger_read(0, &ev, sizeof(ev)) >= 0 ? 0 : -1, 0, "ledger_read with ledger pledged");
	expect(nx_pledge(NX_PROMISE_STDIO | NX_PROMISE_IPC | NX_PROMISE_SPAWN | NX_PROMISE_LEDGER), 0,
	    "pledge of what it holds");
	expect(nx_pledge(NX_PROMISE_STDIO | NX_PROMISE_IPC), 0, "narrow to stdio ipc");
	expect(nx_spawn("hello", 5, NX_TIER_MANIFEST), NX_ERR_PLEDGE, "spawn after dropping spawn");
	expect(nx_ledger_read(0, &ev, sizeof(ev)), NX_ERR_PLEDGE, "ledger_read after dropping ledger");
	h = nx_chan_create(NX_CHAN_CALL);
	expect(h >= 0 ? 0 : h, 0, "chan_create with ipc kept");
	expect(nx_pledge(NX_PROMISE_STDIO | NX_PROMISE_IPC | NX_PROMISE_SPAWN), NX_ERR_PLEDGE, "widen back to spawn");
	expect(nx_spawn("hello", 5, NX_TIER_MANIFEST), NX_ERR_PLEDGE, "spawn after the refused widening");
	expect(nx_pledge(NX_PROMISE_ALL + 1), NX_ERR_INVAL, "pledge of an unknown promise");
	expect(nx_pledge(0), 0, "narrow to nothing (stdio stays)");
	expect(nx_chan_create(NX_CHAN_CALL), NX_ERR_PLEDGE, "chan_create after dropping ipc");
	expect(nx_puts("pledger: stdio still works\n") > 0 ? 0 : -1, 0, "console_write with stdio");
	nx_printf("pledger: %d failed\n", failed);
	return failed != 0;
}
