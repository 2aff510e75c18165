/*
 * sys.c: every system call of nsh that names a capability, in one place.
 *
 * nsh finds its capabilities by looking at its own capability space
 * (cap_info), never by assuming a slot: the manifest's order may change.
 * A capability it does not hold is NX_ERR_NOENT from here, before the
 * kernel is asked; the kernel then checks everything again.
 */
#include "nsh.h"

/* The console slot with the read right, found once. */
static int64_t
console_in_slot(void)
{
	static int64_t slot = -1;

	if (slot < 0)
		slot = nx_cap_find(NX_CAP_CONSOLE, NX_RIGHT_READ, NULL);
	return slot;
}

int64_t
sh_console_read(char *buf, size_t len, uint64_t timeout_ns)
{
	int64_t s = console_in_slot();

	if (s < 0)
		return s;
	return nx_console_read((uint32_t)s, buf, len, timeout_ns);
}

int64_t
sh_spawn(const char *name, uint64_t tier)
{
	return nx_spawn_named(name, tier, NULL, 0);
}

int64_t
sh_kill(uint32_t id)
{
	return nx_fiber_kill(id, 0);
}

int64_t
sh_ledger_read(uint64_t from, struct nx_event *ev, size_t n)
{
	int64_t s = nx_ledger_slot();

	if (s < 0)
		return s;
	return nx_ledger_read((uint32_t)s, from, ev, n * sizeof(*ev));
}

int64_t
sh_beb_read(uint64_t from, struct nx_beb_record *rec, size_t n)
{
	int64_t s = nx_ledger_slot();

	if (s < 0)
		return s;
	return nx_beb_read((uint32_t)s, from, rec, n * sizeof(*rec));
}

int64_t
sh_cap_info(uint32_t id, uint32_t slot, struct nx_cap_info *ci)
{
	int64_t r = nx_cap_info(id, slot, ci, sizeof(*ci));

	return r < 0 ? r : 0;
}
