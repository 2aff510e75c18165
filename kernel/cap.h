/*
 * cap.h: capability spaces (docs/capabilities.md).
 *
 * Each fiber holds NX_CSPACE_SLOTS typed capabilities.  A capability names
 * an object (the console, the ledger, a program of the bundle, a channel),
 * the rights its holder has over it, a badge the object's server sees, and
 * the object's epoch when it was made.  Every system call that names an
 * object names it by slot; there is no other authority.
 *
 * Where capabilities come from:
 *   - at spawn, the kernel grants what the program's manifest lists, in the
 *     manifest's order, from slot 0: console, ledger and spawn capabilities
 *     it makes itself; channel slots the spawner fills with copies of its
 *     own capabilities (struct nx_grant), or they stay empty;
 *   - chan_create puts the owner capability of a new channel in the lowest
 *     empty slot;
 *   - cap_copy derives a copy in the caller's own space, with equal or
 *     fewer rights and, from an unbadged capability, a badge.
 * A copy never widens: rights are a subset at every step.  cap_revoke, on
 * an owner capability, bumps the object's epoch; every other capability to
 * the object then fails with NX_ERR_REVOKED, at once and for good.
 *
 * Only channels have owners among fibers today; the console, the ledger,
 * the programs and the devices belong to the kernel, and no fiber can
 * revoke them.
 */
#pragma once

#include <nexus/abi.h>
#include <stdbool.h>
#include <stdint.h>

struct fiber;
struct manifest;

/* Kernel-only flag: a ring's pages, or a device's registers, are mapped at this slot. */
#define CAP_F_MAPPED 0x80

struct hal_platform;

struct cap {
	uint8_t type;		/* NX_CAP_*; 0: the slot is empty */
	uint8_t flags;		/* NX_CAPF_OWNER, CAP_F_MAPPED */
	uint16_t rights;	/* NX_RIGHT_* */
	uint32_t obj;		/* channel index; program index in the bundle; device index */
	uint32_t pad;
	uint64_t gen;		/* channels, regions: the table entry's generation */
	uint64_t epoch;		/* channels, regions: the object's epoch when made */
	uint64_t badge;		/* 0: none */
};

/*
 * The capability in slot of f if it is of type and holds every right in
 * rights: 0 and *out, or NX_ERR_BADSLOT (out of range, empty),
 * NX_ERR_CAPTYPE or NX_ERR_PERM.  Whether the object is still alive is the
 * object's business (chan.c: NX_ERR_STALE, NX_ERR_REVOKED, NX_ERR_DEAD).
 */
static inline int64_t
cap_check(struct cap *cs, uint64_t slot, unsigned type, unsigned rights, struct cap **out)
{
	struct cap *c;

	if (slot >= NX_CSPACE_SLOTS || cs[slot].type == 0)
		return NX_ERR_BADSLOT;
	c = &cs[slot];
	if (c->type != type)
		return NX_ERR_CAPTYPE;
	if ((c->rights & rights) != rights)
		return NX_ERR_PERM;
	*out = c;
	return 0;
}

/* Takes the devices user drivers may be granted from the platform (once, at boot). */
void cap_init(const struct hal_platform *plat);

/*
 * Whether c is current for an object whose table entry is used (or not)
 * at generation gen and epoch epoch: 0, NX_ERR_STALE (the entry was
 * reused) or NX_ERR_REVOKED.
 */
static inline int64_t
cap_current(const struct cap *c, bool used, uint64_t gen, uint64_t epoch)
{
	if (!used || gen != c->gen)
		return NX_ERR_STALE;
	return epoch != c->epoch ? NX_ERR_REVOKED : 0;
}

/*
 * Calls fn(f, slot) for every capability of type to object obj at
 * generation gen, in every live fiber with an address space, whose epoch
 * is not epoch: the copies a revocation has just made stale.
 */
void cap_each_stale(unsigned type, uint32_t obj, uint64_t gen, uint64_t epoch, void (*fn)(struct fiber *, uint64_t));

/* cap_check on f's space. */
int64_t cap_use(struct fiber *f, uint64_t slot, unsigned type, unsigned rights, struct cap **out);

/*
 * Fills f's space at spawn: what manifest m lists, then the grants of
 * parent (NULL or n == 0: none).  Returns 0 or an NX_ERR_* code after
 * printing why on the console; f is then released by the caller.
 */
int64_t cap_spawn_grant(struct fiber *f, const struct manifest *m, struct fiber *parent, const struct nx_grant *g,
    unsigned n);

int64_t cap_copy(struct fiber *f, uint64_t from, uint64_t to, uint64_t rights, uint64_t badge);
int64_t cap_drop(struct fiber *f, uint64_t slot);
int64_t cap_revoke(struct fiber *f, uint64_t slot);
/* Describes slot of f into *out. */
int64_t cap_describe(struct fiber *f, uint64_t slot, struct nx_cap_info *out);
/* irq_wait: unmasks the line of f's slot and waits for it; 0 or NX_ERR_*. */
int64_t cap_irq_wait(struct fiber *f, uint64_t slot, uint64_t timeout_ns);
/* f is going away: it waits on no line any more. */
void cap_fiber_died(struct fiber *f);
/* dev_map: maps the device of f's slot; its address or NX_ERR_*. */
int64_t cap_dev_map(struct fiber *f, uint64_t slot);
/* Whether [addr, addr + len) touches the device window (the kernel never copies there). */
bool cap_in_device_window(uint64_t addr, uint64_t len);
/* Whether f holds a spawn capability with NX_RIGHT_EXEC for program (a bundle index; < 0: none). */
bool cap_may_start(const struct fiber *f, int32_t program);
/* The lowest empty slot of f, or -1. */
int cap_free_slot(struct fiber *f);
