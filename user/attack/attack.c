/*
 * attack.c: a hostile fiber against the capability space and the pledge.
 *
 * Each attempt prints "attack: WHAT: R (NX_ERR_E is N)"; the test checks
 * R == N for each, that the kernel logged each refusal, and that the
 * system still answers.  Its slots (manifest): 0 console (write only),
 * 1 spawn yielder, 2 an empty channel slot nobody granted.
 * The attacks that end in a fault (kernel memory, kernel text, pages it
 * was not given, a write to a device granted read-only) are the atk_*
 * programs: a fault ends the fiber.
 */
#include <nexus/rt.h>

static int wrong;

static void
expect(const char *what, int64_t r, int64_t want, const char *name)
{
	nx_printf("attack: %s: %lld (NX_ERR_%s is %lld)\n", what, (long long)r, name, (long long)want);
	wrong += r != want;
}

int
main(void)
{
	struct nx_msg m = {1, {0, 0, 0, 0}};
	int64_t h, r;
	unsigned made = 0;

	/* Slots that hold nothing, or something else. */
	expect("call through the empty channel slot", nx_chan_call(2, &m), NX_ERR_BADSLOT, "BADSLOT");
	expect("call through slot 64", nx_syscall6(NX_SYS_CHAN_CALL, 64, 1, 0, 0, 0, 0), NX_ERR_BADSLOT, "BADSLOT");
	expect("call through slot 2^32 + 1", nx_syscall6(NX_SYS_CHAN_CALL, (1ull << 32) + 1, 1, 0, 0, 0, 0),
	    NX_ERR_BADSLOT, "BADSLOT");
	expect("call through the console slot", nx_chan_call(0, &m), NX_ERR_CAPTYPE, "CAPTYPE");
	expect("spawn through the console slot", nx_spawn(0, NX_TIER_MATTER, NULL, 0), NX_ERR_CAPTYPE, "CAPTYPE");

	/* Rights: no widening, no re-badging, no revoking what it does not own. */
	expect("copy of the console adding read", nx_cap_copy(0, 10, NX_RIGHT_WRITE | NX_RIGHT_READ, 0), NX_ERR_PERM,
	    "PERM");
	expect("copy of spawn adding grant", nx_cap_copy(1, 10, NX_RIGHT_EXEC | NX_RIGHT_GRANT, 0), NX_ERR_PERM, "PERM");
	expect("revoke of the kernel's console", nx_cap_revoke(0), NX_ERR_PERM, "PERM");

	/* A revoked capability: its own channel, a copy, the revocation. */
	h = nx_chan_create(NX_CHAN_CALL);
	r = h >= 0 ? nx_cap_copy((uint32_t)h, 20, NX_RIGHT_SEND, 7) : h;
	expect("badged send-only copy of its own channel", r, 0, "OK");
	expect("re-badging the copy", nx_cap_copy(20, 21, NX_RIGHT_SEND, 8), NX_ERR_PERM, "PERM");
	expect("copy of the copy adding recv", nx_cap_copy(20, 21, NX_RIGHT_SEND | NX_RIGHT_RECV, 0), NX_ERR_PERM,
	    "PERM");
	expect("serving through the send-only copy", nx_chan_recv(20, NX_TIMEOUT_POLL, &m), NX_ERR_PERM, "PERM");
	expect("revoke through the copy", nx_cap_revoke(20), NX_ERR_PERM, "PERM");
	r = nx_cap_revoke((uint32_t)h);
	expect("revoke through the owner", r > 0 ? 0 : r, 0, "OK");
	expect("call through the revoked copy", nx_chan_call_for(20, &m, sizeof(m), NX_TIMEOUT_POLL), NX_ERR_REVOKED,
	    "REVOKED");
	expect("copy of the revoked copy", nx_cap_copy(20, 22, NX_RIGHT_SEND, 0), NX_ERR_REVOKED, "REVOKED");
	(void)nx_cap_drop(20);
	(void)nx_cap_drop((uint32_t)h);

	/* Devices it holds no capability for. */
	expect("map a device through the console slot", nx_dev_map(0), NX_ERR_CAPTYPE, "CAPTYPE");
	expect("map a device through the empty slot", nx_dev_map(2), NX_ERR_BADSLOT, "BADSLOT");
	expect("wait on an interrupt through the console slot", nx_irq_wait(0, NX_TIMEOUT_POLL), NX_ERR_CAPTYPE,
	    "CAPTYPE");

	/* Programs it holds no spawn capability for. */
	expect("spawn through the empty slot", nx_spawn(2, NX_TIER_MATTER, NULL, 0), NX_ERR_BADSLOT, "BADSLOT");
	expect("spawn through a slot past its space", nx_spawn(40, NX_TIER_MATTER, NULL, 0), NX_ERR_BADSLOT, "BADSLOT");
	expect("find a spawn capability for hello", nx_spawn_named("hello", NX_TIER_MATTER, NULL, 0), NX_ERR_NOENT,
	    "NOENT");

	/* Channels until the kernel says no, then everything back. */
	while ((r = nx_chan_create(NX_CHAN_RING)) >= 0)
		made++;
	nx_printf("attack: created %u ring channels before the refusal\n", made);
	expect("ring channel past the limit", r, NX_ERR_NOMEM, "NOMEM");
	for (uint32_t s = 3; s < NX_CSPACE_SLOTS; s++)
		(void)nx_cap_drop(s);
	h = nx_chan_create(NX_CHAN_CALL);
	expect("a channel after dropping them all", h >= 0 ? 0 : h, 0, "OK");
	(void)nx_cap_drop((uint32_t)h);

	/* Fibers until the kernel says no. */
	made = 0;
	while ((r = nx_spawn(1, NX_TIER_VOID, NULL, 0)) > 0)
		made++;
	nx_printf("attack: spawned %u fibers before the refusal\n", made);
	expect("spawn past the fiber table", r, NX_ERR_NOMEM, "NOMEM");

	/* The pledge: narrow, then try to widen back and to use what went. */
	expect("narrow the pledge to stdio", nx_pledge(NX_PROMISE_STDIO), 0, "OK");
	expect("widen the pledge back to ipc", nx_pledge(NX_PROMISE_STDIO | NX_PROMISE_IPC), NX_ERR_PLEDGE, "PLEDGE");
	expect("chan_create after giving up ipc", nx_chan_create(NX_CHAN_CALL), NX_ERR_PLEDGE, "PLEDGE");
	expect("spawn after giving up spawn", nx_spawn(1, NX_TIER_MATTER, NULL, 0), NX_ERR_PLEDGE, "PLEDGE");
	nx_printf("attack: done, %d wrong\n", wrong);
	return wrong != 0;
}
