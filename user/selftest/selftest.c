/*
 * selftest.c: the system call ABI checked from user mode.
 *
 * Each check prints one TAP line prefixed "selftest: " (user/tests/
 * test_selftest.py boots it and strips the prefix); the last line is
 * "selftest: done N checks, F failed" and the exit code is F != 0.  It
 * covers what the host test of the dispatcher cannot: that the kernel's
 * fiber_uaccess_ok() refuses kernel, unmapped and read-only memory, that
 * every register but a0 survives a call, and the handlers' own answers
 * (unknown fiber, short buffer, unknown program, poll and timeout on an
 * idle channel, a dropped capability), and the capability space: its
 * manifest's slots, copies that may not widen, badges, revocation.
 *
 * Its slots (user/selftest/manifest): 0 console, 1 ledger, 2 spawn hello,
 * 3 a channel it may be granted (empty, so chan_create takes it).
 */
#include <base/mem.h>
#include <nexus/rt.h>

#define S_CONSOLE 0
#define S_LEDGER  1
#define S_HELLO   2
#define S_CHAN    3

static int checks, failed;

static void __attribute__((format(printf, 2, 3))) check(bool cond, const char *fmt, ...)
{
	va_list ap;

	checks++;
	failed += !cond;
	nx_printf("selftest: %sok %d - ", cond ? "" : "not ", checks);
	va_start(ap, fmt);
	nx_vprintf(fmt, ap);
	va_end(ap);
	nx_printf("\n");
}

static const char rodata_buf[64] = "read-only";
static struct nx_event events[64];

/* Calls fiber_self with sentinels in t0..t6 and a1..a6; counts changed ones. */
static int
clobbered_regs(void)
{
	uint64_t out[13];
	int n = 0;

	__asm__ volatile(
	    "mv s1, %1\n"
	    "li t0, 0x1010\nli t1, 0x1011\nli t2, 0x1012\nli t3, 0x1013\nli t4, 0x1014\nli t5, 0x1015\n"
	    "li t6, 0x1016\nli a1, 0x1021\nli a2, 0x1022\nli a3, 0x1023\nli a4, 0x1024\nli a5, 0x1025\n"
	    "li a6, 0x1026\nli a0, 0\nli a7, %2\necall\n"
	    "sd t0, 0(s1)\nsd t1, 8(s1)\nsd t2, 16(s1)\nsd t3, 24(s1)\nsd t4, 32(s1)\nsd t5, 40(s1)\n"
	    "sd t6, 48(s1)\nsd a1, 56(s1)\nsd a2, 64(s1)\nsd a3, 72(s1)\nsd a4, 80(s1)\nsd a5, 88(s1)\n"
	    "sd a6, 96(s1)\n"
	    : "=m"(out)
	    : "r"(out), "i"(NX_SYS_FIBER_SELF)
	    : "s1", "t0", "t1", "t2", "t3", "t4", "t5", "t6", "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "memory");
	for (int i = 0; i < 7; i++)
		n += out[i] != 0x1010u + (unsigned)i;
	for (int i = 0; i < 6; i++)
		n += out[7 + i] != 0x1021u + (unsigned)i;
	return n;
}

static void
test_fiber(void)
{
	struct nx_fiber_info info;
	int64_t self = nx_fiber_self(), r;

	check(self > 0, "fiber_self is a fiber id: %lld", (long long)self);
	base_memset(&info, 0xa5, sizeof(info));
	r = nx_fiber_info((uint64_t)self, &info, sizeof(info));
	check(r == (int64_t)sizeof(info), "fiber_info(self) fills %d bytes: %lld", (int)sizeof(info), (long long)r);
	check(info.id == (uint64_t)self && base_strncmp(info.name, "selftest", 16) == 0, "fiber_info names this fiber");
	check(info.state == NX_FIBER_RUNNING && info.tier <= NX_TIER_VOID && info.home_tier <= NX_TIER_VOID,
	    "fiber_info: running, tiers in range (state %u, tier %u)", info.state, info.tier);
	check(nx_fiber_info((uint64_t)self, &info, sizeof(info) - 1) == NX_ERR_INVAL,
	    "fiber_info into a buffer one byte short: NX_ERR_INVAL");
	check(nx_fiber_info(0xfffffff0, &info, sizeof(info)) == NX_ERR_NOENT, "fiber_info of no fiber: NX_ERR_NOENT");
	check(nx_fiber_info((uint64_t)self, (void *)rodata_buf, sizeof(info)) == NX_ERR_FAULT,
	    "fiber_info into read-only memory: NX_ERR_FAULT");
	check(nx_fiber_info((uint64_t)self, (void *)0x80200000, sizeof(info)) == NX_ERR_FAULT,
	    "fiber_info into the kernel: NX_ERR_FAULT");
	check(nx_fiber_info((uint64_t)self, &info, NX_INFO_MAX + 1) == NX_ERR_TOOBIG,
	    "fiber_info with a length above the maximum: NX_ERR_TOOBIG");
	check(nx_syscall6(NX_SYS_FIBER_INFO, 1ull << 32, (uint64_t)(uintptr_t)&info, sizeof(info), 0, 0, 0) ==
	        NX_ERR_INVAL,
	    "fiber_info of id 2^32: NX_ERR_INVAL");
	check(clobbered_regs() == 0, "a call preserves t0..t6 and a1..a6");
}

static void
test_console_time(void)
{
	int64_t t0, t1;

	check(nx_console_write(S_CONSOLE, "", 0) == 0, "console_write of 0 bytes: 0");
	check(nx_console_write(S_CONSOLE, "selftest: # console\n", 20) == 20, "console_write returns the length");
	check(nx_console_write(S_CONSOLE, NULL, 1) == NX_ERR_FAULT, "console_write from address 0: NX_ERR_FAULT");
	check(nx_console_write(S_CONSOLE, (const void *)0x80200000, 16) == NX_ERR_FAULT,
	    "console_write from the kernel: NX_ERR_FAULT");
	check(nx_console_write(S_CONSOLE, (const void *)(NX_USER_END - 4096), 8) == NX_ERR_FAULT,
	    "console_write from the stack guard page: NX_ERR_FAULT");
	check(nx_console_write(S_CONSOLE, rodata_buf, NX_CONSOLE_MAX + 1) == NX_ERR_TOOBIG,
	    "console_write above NX_CONSOLE_MAX: NX_ERR_TOOBIG");
	check(nx_console_write(S_CONSOLE, rodata_buf, UINT64_MAX) == NX_ERR_TOOBIG, "console_write of 2^64-1: NX_ERR_TOOBIG");
	check(nx_console_write(S_LEDGER, "x\n", 2) == NX_ERR_CAPTYPE, "console_write through the ledger slot: NX_ERR_CAPTYPE");
	check(nx_console_write(9, "x\n", 2) == NX_ERR_BADSLOT, "console_write through an empty slot: NX_ERR_BADSLOT");
	check(nx_console_write(NX_CSPACE_SLOTS, "x\n", 2) == NX_ERR_BADSLOT,
	    "console_write through slot 64: NX_ERR_BADSLOT");

	t0 = nx_time_ns();
	check(nx_yield() == 0, "yield returns 0");
	check(nx_sleep(2000000) == 0, "sleep 2 ms returns 0");
	t1 = nx_time_ns();
	check(t0 > 0 && t1 - t0 >= 2000000, "time_ns advances across a 2 ms sleep: %lld ns", (long long)(t1 - t0));
}

static void
test_ledger(int64_t self)
{
	uint64_t from = 0, prev = 0;
	bool ordered = true, spawned = false;
	int total = 0;
	int64_t r;

	for (int round = 0; round < 64; round++) {
		r = nx_ledger_read(S_LEDGER, from, events, sizeof(events));
		if (r <= 0)
			break;
		for (int i = 0; i < r; i++) {
			if (total + i > 0 && events[i].seq <= prev)
				ordered = false;
			prev = events[i].seq;
			if (events[i].type == NX_EV_SPAWN && events[i].fiber == (uint64_t)self)
				spawned = true;
		}
		total += (int)r;
		from = events[r - 1].seq + 1;
	}
	check(total > 0 && ordered, "ledger_read: %d events in increasing order", total);
	check(spawned, "the ledger holds this fiber's spawn");
	check(nx_ledger_read(S_LEDGER, 0, events, sizeof(events[0]) - 1) == 0, "ledger_read into less than one event: 0");
	check(nx_ledger_read(S_LEDGER, 0, (void *)rodata_buf, sizeof(events[0])) == NX_ERR_FAULT,
	    "ledger_read into read-only memory: NX_ERR_FAULT");
	check(nx_ledger_read(S_LEDGER, 0, events, NX_LEDGER_READ_MAX + 1) == NX_ERR_TOOBIG,
	    "ledger_read above its maximum: NX_ERR_TOOBIG");
	check(nx_ledger_read(S_CONSOLE, 0, events, sizeof(events)) == NX_ERR_CAPTYPE,
	    "ledger_read through the console slot: NX_ERR_CAPTYPE");
}

static void
test_spawn_chan(void)
{
	struct nx_msg m = {1, {2, 3, 4, 5}};
	struct nx_grant g = {.from = S_CHAN, .to = 1, .rights = NX_RIGHT_SEND};
	int64_t h, t0, r;

	check(nx_spawn_named("no-such-program", NX_TIER_MATTER, NULL, 0) == NX_ERR_NOENT,
	    "spawn of a program it holds no capability for: NX_ERR_NOENT");
	check(nx_spawn(S_CONSOLE, NX_TIER_MATTER, NULL, 0) == NX_ERR_CAPTYPE, "spawn through the console slot: NX_ERR_CAPTYPE");
	check(nx_spawn(12, NX_TIER_MATTER, NULL, 0) == NX_ERR_BADSLOT, "spawn through an empty slot: NX_ERR_BADSLOT");
	check(nx_spawn(S_HELLO, NX_TIER_MANIFEST + 1, NULL, 0) == NX_ERR_INVAL, "spawn in tier 5: NX_ERR_INVAL");
	check(nx_spawn(S_HELLO, NX_TIER_MATTER, &g, sizeof(g) - 1) == NX_ERR_INVAL,
	    "spawn with a grant list of 15 bytes: NX_ERR_INVAL");
	check(nx_spawn(S_HELLO, NX_TIER_MATTER, &g, NX_GRANTS_MAX + 16) == NX_ERR_TOOBIG,
	    "spawn with a grant list above NX_GRANTS_MAX: NX_ERR_TOOBIG");
	check(nx_spawn(S_HELLO, NX_TIER_MATTER, (const void *)0x80200000, 16) == NX_ERR_FAULT,
	    "spawn with grants in the kernel: NX_ERR_FAULT");
	check(nx_spawn(S_HELLO, NX_TIER_MATTER, &g, sizeof(g)) == NX_ERR_BADSLOT,
	    "spawn granting from an empty slot: NX_ERR_BADSLOT");

	check(nx_chan_create(NX_CHAN_RING + 1) == NX_ERR_INVAL, "chan_create of kind 2: NX_ERR_INVAL");
	h = nx_chan_create(NX_CHAN_CALL);
	check(h == S_CHAN, "chan_create: the lowest empty slot, %d: %lld", S_CHAN, (long long)h);
	if (h < 0)
		return;
	g.from = (uint8_t)h;
	r = nx_spawn(S_HELLO, NX_TIER_MATTER, &g, sizeof(g));
	check(r == NX_ERR_BADSLOT, "spawn granting into a slot hello's manifest does not declare: NX_ERR_BADSLOT (%lld)",
	    (long long)r);
	g.to = 0;
	r = nx_spawn(S_HELLO, NX_TIER_MATTER, &g, sizeof(g));
	check(r == NX_ERR_CAPTYPE, "spawn granting a channel into hello's console slot: NX_ERR_CAPTYPE (%lld)",
	    (long long)r);
	r = nx_chan_recv((uint32_t)h, NX_TIMEOUT_POLL, &m);
	check(r == NX_ERR_AGAIN, "chan_recv polling an idle channel: NX_ERR_AGAIN (%lld)", (long long)r);
	t0 = nx_time_ns();
	r = nx_chan_recv((uint32_t)h, 1000000, &m);
	check(r == NX_ERR_TIMEOUT && nx_time_ns() - t0 >= 1000000,
	    "chan_recv for 1 ms on an idle channel: NX_ERR_TIMEOUT after >= 1 ms (%lld)", (long long)r);
	check(nx_chan_call(S_CONSOLE, &m) == NX_ERR_CAPTYPE, "chan_call through the console slot: NX_ERR_CAPTYPE");
	check(nx_cap_drop((uint32_t)h) == 0, "cap_drop of the channel: 0");
	check(nx_cap_drop((uint32_t)h) == NX_ERR_BADSLOT, "cap_drop again: NX_ERR_BADSLOT");
	check(nx_chan_call((uint32_t)h, &m) == NX_ERR_BADSLOT, "chan_call on a dropped slot: NX_ERR_BADSLOT");
	check(nx_syscall6(NX_SYS_CAP_DROP, 1ull << 32, 0, 0, 0, 0, 0) == NX_ERR_BADSLOT,
	    "cap_drop of slot 2^32: NX_ERR_BADSLOT");
	check(nx_syscall6(NX_SYS_COUNT, 0, 0, 0, 0, 0, 0) == NX_ERR_NOSYS &&
	        nx_syscall6(UINT64_MAX, 0, 0, 0, 0, 0, 0) == NX_ERR_NOSYS &&
	        nx_syscall6((1ull << 32) | NX_SYS_EXIT, 0, 0, 0, 0, 0, 0) == NX_ERR_NOSYS,
	    "unknown call numbers (NX_SYS_COUNT, 2^64-1, 2^32 + exit): NX_ERR_NOSYS");
}

static void
test_caps(void)
{
	struct nx_cap_info ci;
	struct nx_msg m = {1, {0, 0, 0, 0}};
	int64_t h, r;

	r = nx_cap_info(0, S_CONSOLE, &ci, sizeof(ci));
	check(r == (int64_t)sizeof(ci) && ci.type == NX_CAP_CONSOLE && ci.rights == NX_RIGHT_WRITE && ci.flags == 0,
	    "cap_info of slot 0: the console, write only (%lld, type %u, rights %x)", (long long)r, ci.type, ci.rights);
	r = nx_cap_info(0, S_HELLO, &ci, sizeof(ci));
	check(r > 0 && ci.type == NX_CAP_SPAWN && base_strncmp(ci.name, "hello", sizeof(ci.name)) == 0,
	    "cap_info of slot 2: spawn hello (%s)", ci.name);
	r = nx_cap_info(0, 40, &ci, sizeof(ci));
	check(r > 0 && ci.type == 0, "cap_info of an empty slot: type 0");
	check(nx_cap_info(0, NX_CSPACE_SLOTS, &ci, sizeof(ci)) == NX_ERR_BADSLOT, "cap_info of slot 64: NX_ERR_BADSLOT");
	check(nx_cap_info(0, 0, &ci, sizeof(ci) - 1) == NX_ERR_INVAL, "cap_info into a short buffer: NX_ERR_INVAL");

	check(nx_cap_copy(S_CONSOLE, 10, NX_RIGHT_WRITE | NX_RIGHT_READ, 0) == NX_ERR_PERM,
	    "cap_copy adding a right: NX_ERR_PERM");
	check(nx_cap_copy(S_CONSOLE, 10, 0, 0) == NX_ERR_PERM, "cap_copy with no rights: NX_ERR_PERM");
	check(nx_cap_copy(S_CONSOLE, 10, NX_RIGHT_WRITE, 0) == 0, "cap_copy of the console: 0");
	check(nx_console_write(10, "selftest: # through the copy\n", 29) == 29, "console_write through the copy");
	check(nx_cap_copy(S_CONSOLE, 10, NX_RIGHT_WRITE, 0) == NX_ERR_BUSY, "cap_copy into a full slot: NX_ERR_BUSY");
	check(nx_cap_copy(S_CONSOLE, NX_CSPACE_SLOTS, NX_RIGHT_WRITE, 0) == NX_ERR_BADSLOT,
	    "cap_copy into slot 64: NX_ERR_BADSLOT");
	check(nx_cap_revoke(S_CONSOLE) == NX_ERR_PERM, "cap_revoke of the kernel's console: NX_ERR_PERM");
	check(nx_cap_drop(10) == 0, "cap_drop of the copy: 0");

	h = nx_chan_create(NX_CHAN_CALL);
	check(h >= 0, "chan_create: %lld", (long long)h);
	if (h < 0)
		return;
	check(nx_cap_copy((uint32_t)h, 20, NX_RIGHT_SEND, 42) == 0, "a badged, send-only copy of the channel: 0");
	r = nx_cap_info(0, 20, &ci, sizeof(ci));
	check(r > 0 && ci.type == NX_CAP_CHANNEL && ci.badge == 42 && ci.rights == NX_RIGHT_SEND && ci.flags == 0,
	    "cap_info of the copy: channel, send, badge 42, no owner flag");
	check(nx_cap_copy(20, 21, NX_RIGHT_SEND, 43) == NX_ERR_PERM, "re-badging a badged copy: NX_ERR_PERM");
	check(nx_cap_copy(20, 21, NX_RIGHT_SEND | NX_RIGHT_RECV, 0) == NX_ERR_PERM,
	    "a copy of the copy with recv added: NX_ERR_PERM");
	check(nx_cap_copy(20, 21, NX_RIGHT_SEND, 0) == 0, "a copy of the copy, same rights: 0");
	check(nx_chan_recv(20, NX_TIMEOUT_POLL, &m) == NX_ERR_PERM, "chan_recv through a send-only copy: NX_ERR_PERM");
	check(nx_cap_revoke(20) == NX_ERR_PERM, "cap_revoke through a copy: NX_ERR_PERM");
	r = nx_cap_revoke((uint32_t)h);
	check(r > 0, "cap_revoke through the owner capability: the new epoch, %lld", (long long)r);
	check(nx_chan_call_for(20, &m, sizeof(m), NX_TIMEOUT_POLL) == NX_ERR_REVOKED,
	    "a call through the revoked copy: NX_ERR_REVOKED");
	check(nx_chan_call_for(21, &m, sizeof(m), NX_TIMEOUT_POLL) == NX_ERR_REVOKED,
	    "a call through the copy of the copy: NX_ERR_REVOKED");
	r = nx_cap_info(0, 21, &ci, sizeof(ci));
	check(r > 0 && (ci.flags & NX_CAPF_STALE), "cap_info of a revoked copy: NX_CAPF_STALE");
	check(nx_cap_copy(21, 22, NX_RIGHT_SEND, 0) == NX_ERR_REVOKED, "cap_copy of a revoked copy: NX_ERR_REVOKED");
	check(nx_chan_recv((uint32_t)h, NX_TIMEOUT_POLL, &m) == NX_ERR_AGAIN,
	    "the owner capability still works after the revocation");
	check(nx_cap_drop(20) == 0 && nx_cap_drop(21) == 0, "cap_drop of revoked copies: 0");
	check(nx_cap_drop((uint32_t)h) == 0, "cap_drop of the owner capability: 0");
}

/* The shell's calls (docs/nsh.md): what they refuse, and what they answer. */
static void
test_shell_calls(int64_t self)
{
	static struct nx_beb_record rec[4];
	struct nx_sys_info si;
	struct nx_fiber_info fi;
	char c;
	int64_t r, hello;
	int64_t kernel_fiber = 0, user_fiber = 0;

	check(nx_console_read(S_CONSOLE, &c, 1, NX_TIMEOUT_POLL) == NX_ERR_PERM,
	    "console_read through a console capability without the read right: NX_ERR_PERM");
	check(nx_console_read(S_LEDGER, &c, 1, NX_TIMEOUT_POLL) == NX_ERR_CAPTYPE,
	    "console_read through the ledger slot: NX_ERR_CAPTYPE");
	check(nx_console_read(9, &c, 1, NX_TIMEOUT_POLL) == NX_ERR_BADSLOT, "console_read through an empty slot: NX_ERR_BADSLOT");
	check(nx_console_read(S_CONSOLE, &c, NX_CONSOLE_MAX + 1, 0) == NX_ERR_TOOBIG,
	    "console_read of more than NX_CONSOLE_MAX: NX_ERR_TOOBIG");
	check(nx_console_read(S_CONSOLE, (void *)rodata_buf, 1, 0) == NX_ERR_FAULT,
	    "console_read into read-only memory: NX_ERR_FAULT");

	check(nx_sys_info(&si, sizeof(si) - 1) == NX_ERR_INVAL, "sys_info into a buffer one byte short: NX_ERR_INVAL");
	r = nx_sys_info(&si, sizeof(si));
	check(r == (int64_t)sizeof(si) && si.version[0] >= '0' && si.version[0] <= '9' && si.pages_free <= si.pages_total &&
	    si.pages_total > 0 && si.hz > 0 && si.harts >= 1 && si.ledger_next > si.ledger_oldest,
	    "sys_info: version %.16s, %llu of %llu pages free, %llu Hz", si.version, (unsigned long long)si.pages_free,
	    (unsigned long long)si.pages_total, (unsigned long long)si.hz);
	check((si.fibers >> (self - 1)) & 1, "sys_info: this fiber exists (fibers 0x%llx)", (unsigned long long)si.fibers);
	for (uint32_t id = 1; id <= NX_FIBER_ID_MAX; id++) {
		if (!((si.fibers >> (id - 1)) & 1) || id == (uint64_t)self || nx_fiber_info(id, &fi, sizeof(fi)) < 0)
			continue;
		if ((fi.flags & NX_FIBER_F_KERNEL) && kernel_fiber == 0)
			kernel_fiber = id;
		else if (!(fi.flags & NX_FIBER_F_KERNEL) && fi.state < NX_FIBER_EXITED && user_fiber == 0)
			user_fiber = id;
	}

	r = nx_beb_read(S_LEDGER, 0, rec, sizeof(rec));
	check(r >= 0 && r <= 4, "beb_read: %lld records", (long long)r);
	check(nx_beb_read(S_CONSOLE, 0, rec, sizeof(rec)) == NX_ERR_CAPTYPE, "beb_read through the console slot: NX_ERR_CAPTYPE");
	check(nx_beb_read(S_LEDGER, 0, (void *)rodata_buf, sizeof(rec[0])) == NX_ERR_FAULT,
	    "beb_read into read-only memory: NX_ERR_FAULT");

	check(nx_fiber_kill((uint64_t)self, 0) == NX_ERR_INVAL, "fiber_kill of itself: NX_ERR_INVAL");
	check(nx_fiber_kill(NX_FIBER_ID_MAX, 0) == NX_ERR_NOENT || NX_FIBER_ID_MAX == self,
	    "fiber_kill of no fiber: NX_ERR_NOENT");
	check(nx_fiber_kill(1ull << 32, 0) == NX_ERR_INVAL, "fiber_kill of id 2^32: NX_ERR_INVAL");
	check(kernel_fiber == 0 || nx_fiber_kill((uint64_t)kernel_fiber, 0) == NX_ERR_PERM,
	    "fiber_kill of a kernel fiber (%lld): NX_ERR_PERM", (long long)kernel_fiber);
	check(user_fiber == 0 || nx_fiber_kill((uint64_t)user_fiber, 0) == NX_ERR_PERM,
	    "fiber_kill of a fiber running a program it may not start (%lld): NX_ERR_PERM", (long long)user_fiber);
	/* In Void, hello cannot run (and end) while this fiber is runnable. */
	hello = nx_spawn(S_HELLO, NX_TIER_VOID, NULL, 0);
	check(hello > 0 && nx_fiber_info((uint64_t)hello, &fi, sizeof(fi)) > 0, "spawn hello to kill it: %lld",
	    (long long)hello);
	check(nx_fiber_kill((uint64_t)hello, fi.generation + 1) == NX_ERR_STALE,
	    "fiber_kill naming another generation: NX_ERR_STALE");
	r = nx_fiber_kill((uint64_t)hello, fi.generation);
	check(r == 0, "fiber_kill of a fiber it may start: %lld", (long long)r);
	check(nx_fiber_info((uint64_t)hello, &fi, sizeof(fi)) > 0 && fi.state == NX_FIBER_KILLED,
	    "fiber_info: the fiber is killed");
	check(nx_fiber_kill((uint64_t)hello, 0) == NX_ERR_DEAD, "fiber_kill of an ended fiber: NX_ERR_DEAD");
}

int
main(void)
{
	int64_t self = nx_fiber_self();

	test_fiber();
	test_console_time();
	test_ledger(self);
	test_spawn_chan();
	test_caps();
	test_shell_calls(self);
	nx_printf("selftest: done %d checks, %d failed\n", checks, failed);
	return failed != 0;
}
