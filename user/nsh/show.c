/*
 * show.c: the names nsh prints, and ledger events and boot error buffer
 * records as text.
 *
 * The text of an event is the line docs/ledger.md specifies, the one the
 * kernel console prints, so tools/ledger2perfetto.py reads nsh's output
 * as well.  Types, tiers and reasons this file does not know print as
 * numbers, never garbage.
 */
#include <base/fmt.h>
#include <base/mem.h>

#include "nsh.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const char *const tiers[] = {"photon", "matter", "gravity", "void"};
static const char *const states[] = {"ready", "running", "blocked", "sleeping", "exited", "faulted", "killed"};
static const char *const cap_types[] = {"empty", "console", "channel", "shmem", "device", "irq", "spawn", "ledger",
    "fs", "net"};
static const char *const rights[] = {"read", "write", "map", "send", "recv", "exec", "grant"};
static const char *const promises[] = {"stdio", "rpath", "wpath", "inet", "exec", "spawn", "device", "ledger",
    "ipc"};
static const char *const ev_types[] = {NULL, "boot", "spawn", "exit", "fault", "strike", "demote", "preempt", "block",
    "wake", "chan_err", "syscall_denied", "beb_reinit", "spawn_refused", "pledge_denied", "kill"};
static const char *const block_reasons[] = {"yield", "sleep", "recv", "send", "call"};
static const char *const attach[] = {"kept", "new", "corrupt"};
static const char *const refused[] = {"elf", "manifest", "layout", "caps"};

const char *
show_tier(unsigned tier)
{
	return tier < COUNT(tiers) ? tiers[tier] : "?";
}

const char *
show_state(unsigned state)
{
	return state < COUNT(states) ? states[state] : "?";
}

const char *
show_cap_type(unsigned type)
{
	return type < COUNT(cap_types) ? cap_types[type] : "?";
}

/* A line being built: appends never overflow, the result is always terminated. */
struct line {
	char *buf;
	size_t n, len;
};

static void __attribute__((format(printf, 2, 3)))
add(struct line *l, const char *fmt, ...)
{
	va_list ap;

	if (l->len + 1 >= l->n)
		return;
	va_start(ap, fmt);
	l->len += base_vsnprintf(l->buf + l->len, l->n - l->len, fmt, ap);
	va_end(ap);
	if (l->len >= l->n)
		l->len = l->n - 1;
}

/* Words for the bits of v from names, separated by sep, into buf ("none" for 0). */
static void
show_bits(unsigned v, const char *const *names, size_t count, const char *sep, char *buf, size_t n)
{
	struct line l = {buf, n, 0};

	buf[0] = '\0';
	for (unsigned i = 0; i < 32; i++) {
		if (!(v & (1u << i)))
			continue;
		if (i < count)
			add(&l, "%s%s", l.len ? sep : "", names[i]);
		else
			add(&l, "%s0x%x", l.len ? sep : "", 1u << i);
	}
	if (l.len == 0)
		add(&l, "none");
}

void
show_rights(unsigned r, char *buf, size_t n)
{
	show_bits(r, rights, COUNT(rights), ",", buf, n);
}

void
show_promises(uint32_t p, char *buf, size_t n)
{
	show_bits(p, promises, COUNT(promises), " ", buf, n);
}

uint32_t
show_promise_bit(const char *s, size_t n)
{
	for (size_t i = 0; i < COUNT(promises); i++)
		if (base_str_eqn(s, n, promises[i]))
			return 1u << i;
	return 0;
}

static void
add_name(struct line *l, const char *key, uint64_t v, const char *const *names, size_t count)
{
	if (v < count && names[v] != NULL)
		add(l, " %s=%s", key, names[v]);
	else
		add(l, " %s=%llu", key, (unsigned long long)v);
}

/* Everything after "fiber=N": the type's name and fields, and the flags. */
static void
add_body(struct line *l, unsigned type, unsigned flags, const uint64_t f[3])
{
	unsigned long long f0 = f[0], f1 = f[1], f2 = f[2];

	if (type < COUNT(ev_types) && ev_types[type] != NULL)
		add(l, " %s", ev_types[type]);
	switch (type) {
	case NX_EV_BOOT:
		add(l, " boots=%llu hz=%llu harts=%llu", f0, f1, f2);
		break;
	case NX_EV_SPAWN:
		add(l, " parent=%llu", f0);
		add_name(l, "tier", f1, tiers, COUNT(tiers));
		add(l, " kernel=%llu", f2);
		break;
	case NX_EV_EXIT:
		add(l, " code=%lld used=%llu", (long long)f0, f1);
		break;
	case NX_EV_FAULT:
		add(l, " cause=0x%llx pc=0x%llx tval=0x%llx", f0, f1, f2);
		break;
	case NX_EV_STRIKE:
		add_name(l, "tier", f0, tiers, COUNT(tiers));
		add(l, " strikes=%llu ran=%llu", f1, f2);
		break;
	case NX_EV_DEMOTE:
		add_name(l, "from", f0, tiers, COUNT(tiers));
		add_name(l, "to", f1, tiers, COUNT(tiers));
		break;
	case NX_EV_PREEMPT:
		add_name(l, "tier", f0, tiers, COUNT(tiers));
		add(l, " ran=%llu why=%s", f1, f2 ? "budget" : "outranked");
		break;
	case NX_EV_BLOCK:
		add_name(l, "reason", f0, block_reasons, COUNT(block_reasons));
		add(l, " arg=%llu ran=%llu", f1, f2);
		break;
	case NX_EV_WAKE:
		add(l, " by=%llu", f0);
		add_name(l, "reason", f1, block_reasons, COUNT(block_reasons));
		break;
	case NX_EV_CHAN_ERR:
		add(l, " chan=%llu err=%lld op=%llu", f0, (long long)f1, f2);
		break;
	case NX_EV_SYSCALL_DENIED:
		add(l, " nr=%llu err=%lld arg=0x%llx", f0, (long long)f1, f2);
		break;
	case NX_EV_BEB_REINIT:
		add_name(l, "found", f0, attach, COUNT(attach));
		add(l, " boots=%llu", f1);
		break;
	case NX_EV_SPAWN_REFUSED:
		add_name(l, "stage", f0, refused, COUNT(refused));
		add(l, " err=%lld parent=%llu", (long long)f1, f2);
		break;
	case NX_EV_PLEDGE_DENIED:
		add(l, " wanted=0x%llx held=0x%llx nr=%llu", f0, f1, f2);
		break;
	case NX_EV_KILL:
		add(l, " by=%llu", f0);
		add_name(l, "was", f1, states, 4);
		add(l, " used=%llu", f2);
		break;
	default:
		add(l, " type=%u f0=0x%llx f1=0x%llx f2=0x%llx", type, f0, f1, f2);
		break;
	}
	if (flags != 0)
		add(l, " flags=0x%x", flags);
}

void
show_event(const struct nx_event *ev, char *buf, size_t n)
{
	struct line l = {buf, n, 0};

	buf[0] = '\0';
	add(&l, "stl %llu t=%llu fiber=%u", (unsigned long long)ev->seq, (unsigned long long)ev->time,
	    (unsigned)ev->fiber);
	add_body(&l, ev->type, ev->flags, ev->f);
}

void
show_beb(const struct nx_beb_record *rec, char *buf, size_t n)
{
	struct line l = {buf, n, 0};

	buf[0] = '\0';
	add(&l, "beb %llu boot=%u t=%llu fiber=%u", (unsigned long long)rec->seq, (unsigned)rec->boot,
	    (unsigned long long)rec->time, (unsigned)rec->fiber);
	add_body(&l, rec->type, rec->flags, rec->f);
}
