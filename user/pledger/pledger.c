/*
 * pledger.c: the pledge, checked from user mode (docs/pledge.md).
 *
 * Starts with the promises of its manifest (stdio spawn ledger ipc), then
 * gives up ipc: chan_create is refused with NX_ERR_PLEDGE (an error code,
 * never a fault), and pledgechild, whose manifest asks for ipc, is refused
 * it too (a child never holds what its parent gave up).  Widening back is
 * refused; after narrowing to stdio, spawn and the ledger are refused;
 * narrowing to nothing keeps stdio.
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

	expect(nx_ledger_read((uint32_t)nx_ledger_slot(), 0, &ev, sizeof(ev)) >= 0 ? 0 : -1, 0, "ledger_read with ledger pledged");
	expect(nx_pledge(NX_PROMISE_STDIO | NX_PROMISE_IPC | NX_PROMISE_SPAWN | NX_PROMISE_LEDGER), 0,
	    "pledge of what it holds");
	expect(nx_pledge(NX_PROMISE_STDIO | NX_PROMISE_SPAWN | NX_PROMISE_LEDGER), 0, "narrow to stdio spawn ledger");
	expect(nx_chan_create(NX_CHAN_CALL), NX_ERR_PLEDGE, "chan_create after dropping ipc");
	h = nx_spawn_named("pledgechild", NX_TIER_MANIFEST, NULL, 0);
	expect(h > 0 ? 0 : h, 0, "spawn of pledgechild, whose manifest asks for ipc");
	(void)nx_sleep(2000000);	/* let it report */
	expect(nx_pledge(NX_PROMISE_STDIO | NX_PROMISE_IPC), NX_ERR_PLEDGE, "widen back to ipc");
	expect(nx_pledge(NX_PROMISE_STDIO), 0, "narrow to stdio");
	expect(nx_spawn_named("hello", NX_TIER_MANIFEST, NULL, 0), NX_ERR_PLEDGE, "spawn after dropping spawn");
	expect(nx_ledger_read((uint32_t)nx_ledger_slot(), 0, &ev, sizeof(ev)), NX_ERR_PLEDGE, "ledger_read after dropping ledger");
	expect(nx_pledge(NX_PROMISE_ALL + 1), NX_ERR_INVAL, "pledge of an unknown promise");
	expect(nx_pledge(0), 0, "narrow to nothing (stdio stays)");
	expect(nx_puts("pledger: stdio still works\n") > 0 ? 0 : -1, 0, "console_write with stdio");
	nx_printf("pledger: %d failed\n", failed);
	return failed != 0;
}
