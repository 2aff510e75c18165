/*
 * syscall.c: the system call handlers (abi/nexus.abi lists them).
 *
 * The generated dispatcher has already checked every argument: user
 * pointers are mapped with the rights the call needs for their whole
 * length, lengths and bounded values are in range.  A handler may still
 * refuse what only it can judge (an unknown fiber id, a program that is not
 * in the bundle); every refusal is an NX_ERR_* code, and every refusal is
 * recorded in the ledger as SYSCALL_DENIED, so a hostile fiber is visible.
 */
#include <base/mem.h>
#include <hal/console.h>
#include <hal/timer.h>
#include <hal/user.h>
#include <syscall_gen.h>

#include "chan.h"
#include "fiber.h"
#include "shm.h"
#include "syscall.h"

void
syscall_enter(struct fiber *f, struct hal_trap_frame *tf)
{
	uint64_t nr;
	uint64_t *a = hal_user_sysregs(tf, &nr);
	int64_t r;

	/* The handlers decode a[] before they change it (set_msg). */
	r = syscall_dispatch(f, f->pledge, nr, a);
	if (r < 0 && r != NX_ERR_AGAIN && r != NX_ERR_TIMEOUT && r != NX_ERR_PLEDGE)	/* logged already */
		fiber_log(f->id, LEDGER_SYSCALL_DENIED, nr, (uint64_t)r, a[0]);
	a[0] = (uint64_t)r;
}

void
syscall_fiber_died(struct fiber *f)
{
	cap_fiber_died(f);
	shm_fiber_died(f);
	chan_fiber_died(f);
}

const char *
syscall_strerror(int64_t err)
{
	switch (err) {
	case NX_ERR_INVAL:
		return "invalid argument";
	case NX_ERR_FAULT:
		return "bad user pointer";
	case NX_ERR_NOSYS:
		return "no such system call";
	case NX_ERR_NOENT:
		return "no such program or fiber";
	case NX_ERR_NOMEM:
		return "out of memory or fiber slots";
	case NX_ERR_BADSLOT:
		return "empty or out-of-range slot";
	case NX_ERR_CAPTYPE:
		return "capability of another type";
	case NX_ERR_REVOKED:
		return "capability revoked";
	case NX_ERR_PLEDGE:
		return "outside the pledge";
	case NX_ERR_PERM:
		return "not permitted";
	case NX_ERR_BADFORMAT:
		return "program image failed validation";
	case NX_ERR_DEAD:
		return "the peer died";
	case NX_ERR_STALE:
		return "the peer restarted";
	default:
		return err >= 0 ? "ok" : "error";
	}
}

int64_t
sys_exit(struct fiber *self, int64_t code)
{
	(void)self;
	fiber_exit(code);
}

int64_t
sys_yield(struct fiber *self)
{
	(void)self;
	fiber_yield();
	return 0;
}

int64_t
sys_sleep(struct fiber *self, uint64_t ns)
{
	(void)self;
	fiber_sleep_ns(ns);
	return 0;
}

int64_t
sys_console_write(struct fiber *self, uint32_t s, const void *buf, uint64_t len)
{
	char chunk[128];
	uint64_t done = 0;
	struct cap *cap;
	int64_t err = cap_use(self, s, NX_CAP_CONSOLE, NX_RIGHT_WRITE, &cap);

	if (err != 0)
		return err;
	while (done < len) {
		uint64_t n = len - done < sizeof(chunk) ? len - done : sizeof(chunk);
		hal_user_copy_in(chunk, (uint64_t)buf + done, n);
		hal_console_write(chunk, n);
		done += n;
	}
	return (int64_t)len;
}

int64_t
sys_fiber_self(struct fiber *self)
{
	return self->id;
}

int64_t
sys_fiber_info(struct fiber *self, uint64_t id, void *buf, uint64_t len)
{
	struct nx_fiber_info info;
	const struct fiber *f = fiber_by_id((uint32_t)id);

	(void)self;
	if (f == NULL)
		return NX_ERR_NOENT;
	if (len < sizeof(info))
		return NX_ERR_INVAL;
	base_memset(&info, 0, sizeof(info));
	info.id = f->id;
	info.generation = f->generation;
	info.tier = f->se.tier;
	info.home_tier = f->se.home_tier;
	info.state = (uint8_t)f->state;
	info.strikes = f->se.strikes;
	info.demotions = (uint32_t)f->se.demotions;
	info.runs = f->se.runs;
	info.overruns = f->se.overruns;
	info.ticks_used = f->se.ticks_used;
	base_memcpy(info.name, f->name, sizeof(info.name));
	info.pledge = f->pledge;
	info.flags = f->user ? 0 : NX_FIBER_F_KERNEL;
	info.pledge_denied = f->pledge_denied;
	info.exit_code = f->exit_code;
	hal_user_copy_out((uint64_t)buf, &info, sizeof(info));
	return (int64_t)sizeof(info);
}

int64_t
sys_spawn(struct fiber *self, uint32_t s, uint64_t tier, const void *grants, uint64_t len)
{
	static struct nx_grant g[NX_GRANTS_MAX / sizeof(struct nx_grant)];	/* spawn is not reentrant */
	char name[NX_NAME_MAX + 1];
	struct cap *cap;
	int n;
	int64_t err = cap_use(self, s, NX_CAP_SPAWN, NX_RIGHT_EXEC, &cap);

	if (err != 0)
		return err;
	if (len % sizeof(struct nx_grant) != 0)
		return NX_ERR_INVAL;
	n = fiber_program_name(cap->obj, name, sizeof(name));
	if (n < 0)
		return NX_ERR_NOENT;
	hal_user_copy_in(g, (uint64_t)grants, len);
	return fiber_spawn(name, (uint64_t)n, (int)tier, self->id, g, (unsigned)(len / sizeof(struct nx_grant)));
}

int64_t
sys_ledger_read(struct fiber *self, uint32_t s, uint64_t from_seq, void *buf, uint64_t len)
{
	struct ledger_event ev[8];
	uint64_t max = len / sizeof(struct nx_event), copied = 0, lost;
	size_t got;
	struct cap *cap;
	int64_t err = cap_use(self, s, NX_CAP_LEDGER, NX_RIGHT_READ, &cap);

	if (err != 0)
		return err;
	_Static_assert(sizeof(struct nx_event) == sizeof(struct ledger_event), "ABI event = ledger event");
	while (copied < max) {
		size_t want = max - copied < 8 ? (size_t)(max - copied) : 8;
		got = ledger_read(&fiber_ledger, from_seq, ev, want, &lost);
		if (got == 0)
			break;
		hal_user_copy_out((uint64_t)buf + copied * sizeof(struct nx_event), ev, got * sizeof(ev[0]));
		copied += got;
		from_seq = ev[got - 1].seq + 1;
	}
	return (int64_t)copied;
}

int64_t
sys_time_ns(struct fiber *self)
{
	(void)self;
	return (int64_t)hal_time_to_ns(hal_time_now());
}

int64_t
sys_pledge(struct fiber *self, uint64_t promises)
{
	uint32_t want = (uint32_t)promises | NX_PROMISE_STDIO;

	if ((want & ~self->pledge) != 0) {
		/* A widening: refused, logged and counted like any call outside the pledge. */
		return fiber_pledge_refused(self, want, NX_SYS_PLEDGE);
	}
	self->pledge = want;
	return 0;
}

int64_t
sys_chan_create(struct fiber *self, uint64_t kind)
{
	return chan_create(self, kind);
}

/* Puts a message into a1..a5 of the caller's frame. */
static void
set_msg(struct fiber *f, const struct nx_msg *m)
{
	uint64_t nr;
	uint64_t *a = hal_user_sysregs(f->tf, &nr);

	a[1] = m->tag;
	a[2] = m->w[0];
	a[3] = m->w[1];
	a[4] = m->w[2];
	a[5] = m->w[3];
}

int64_t
sys_chan_call(struct fiber *self, uint32_t h, const struct nx_msg *m)
{
	struct nx_msg reply;
	int64_t r = chan_call(self, h, m, &reply, NX_TIMEOUT_FOREVER);

	if (r == 0)
		set_msg(self, &reply);
	return r;
}

int64_t
sys_chan_call_for(struct fiber *self, uint32_t h, void *um, uint64_t len, uint64_t timeout_ns)
{
	struct nx_msg m, reply;
	int64_t r;

	if (len != sizeof(m))
		return NX_ERR_INVAL;
	hal_user_copy_in(&m, (uint64_t)um, sizeof(m));
	r = chan_call(self, h, &m, &reply, timeout_ns);
	/* The caller blocked: its buffer may have left its address space
	 * meanwhile (a region or ring revoked), so it is checked again. */
	if (r == 0 && !fiber_uaccess_ok(self, (uint64_t)um, sizeof(reply), true))
		return NX_ERR_FAULT;
	if (r == 0)
		hal_user_copy_out((uint64_t)um, &reply, sizeof(reply));
	return r;
}

int64_t
sys_chan_recv(struct fiber *self, uint32_t h, uint64_t timeout_ns)
{
	struct nx_msg req;
	int64_t r = chan_recv(self, h, timeout_ns, &req);

	if (r >= 0)
		set_msg(self, &req);
	return r;
}

int64_t
sys_chan_reply(struct fiber *self, uint32_t h, const struct nx_msg *m)
{
	return chan_reply(self, h, m);
}

int64_t
sys_chan_reply_recv(struct fiber *self, uint32_t h, const struct nx_msg *m)
{
	struct nx_msg req;
	int64_t r = chan_reply_recv(self, h, m, &req);

	if (r >= 0)
		set_msg(self, &req);
	return r;
}

int64_t
sys_chan_send(struct fiber *self, uint32_t h, const void *buf, uint64_t len)
{
	return chan_send(self, h, buf, len);
}

int64_t
sys_chan_poll(struct fiber *self, uint32_t h, uint64_t timeout_ns)
{
	return chan_poll(self, h, timeout_ns);
}

int64_t
sys_chan_notify(struct fiber *self, uint32_t h)
{
	return chan_notify(self, h);
}

int64_t
sys_cap_drop(struct fiber *self, uint32_t s)
{
	return cap_drop(self, s);
}

int64_t
sys_cap_copy(struct fiber *self, uint32_t from, uint32_t to, uint64_t rights, uint64_t badge)
{
	return cap_copy(self, from, to, rights, badge);
}

int64_t
sys_cap_revoke(struct fiber *self, uint32_t s)
{
	return cap_revoke(self, s);
}

int64_t
sys_cap_info(struct fiber *self, uint64_t id, uint64_t s, void *buf, uint64_t len)
{
	struct nx_cap_info info;
	struct fiber *f = id == 0 ? self : fiber_by_id((uint32_t)id);
	int64_t err;

	if (f == NULL || !f->user)
		return NX_ERR_NOENT;
	/* Another fiber's capabilities (their badges too) are the system's
	 * to observe: the LEDGER promise. */
	if (f != self && !(self->pledge & NX_PROMISE_LEDGER))
		return fiber_pledge_refused(self, NX_PROMISE_LEDGER, NX_SYS_CAP_INFO);
	if (len < sizeof(info))
		return NX_ERR_INVAL;
	if ((err = cap_describe(f, s, &info)) != 0)
		return err;
	hal_user_copy_out((uint64_t)buf, &info, sizeof(info));
	return (int64_t)sizeof(info);
}

int64_t
sys_dev_map(struct fiber *self, uint32_t s)
{
	return cap_dev_map(self, s);
}

int64_t
sys_shm_create(struct fiber *self, uint64_t pages)
{
	return shm_create(self, pages);
}

int64_t
sys_shm_map(struct fiber *self, uint32_t s)
{
	return shm_map(self, s);
}

int64_t
sys_irq_wait(struct fiber *self, uint32_t s, uint64_t timeout_ns)
{
	return cap_irq_wait(self, s, timeout_ns);
}
