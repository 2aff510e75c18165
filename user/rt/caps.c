/*
 * caps.c: finding the program's own capabilities by type and name.
 */
#include <base/mem.h>
#include <nexus/rt.h>

int64_t
nx_cap_find(unsigned type, unsigned rights, const char *name)
{
	struct nx_cap_info ci;

	for (uint64_t s = 0; s < NX_CSPACE_SLOTS; s++) {
		if (nx_cap_info(0, s, &ci, sizeof(ci)) < 0)
			break;
		if (ci.type != type || (ci.rights & rights) != rights || (ci.flags & NX_CAPF_STALE))
			continue;
		if (name != NULL && base_strncmp(ci.name, name, sizeof(ci.name)) != 0)
			continue;
		return (int64_t)s;
	}
	return NX_ERR_NOENT;
}

/* A slot found once and kept; looked for again while none is found. */
static int64_t
cached(int64_t *slot, unsigned type, unsigned rights)
{
	if (*slot < 0)
		*slot = nx_cap_find(type, rights, NULL);
	return *slot;
}

int64_t
nx_console_slot(void)
{
	static int64_t slot = -1;

	return cached(&slot, NX_CAP_CONSOLE, NX_RIGHT_WRITE);
}

int64_t
nx_ledger_slot(void)
{
	static int64_t slot = -1;

	return cached(&slot, NX_CAP_LEDGER, NX_RIGHT_READ);
}

int64_t
nx_spawn_named(const char *name, uint64_t tier, const struct nx_grant *g, unsigned n)
{
	int64_t s = nx_cap_find(NX_CAP_SPAWN, NX_RIGHT_EXEC, name);

	if (s < 0)
		return s;
	return nx_spawn((uint32_t)s, tier, g, (uint64_t)n * sizeof(*g));
}
