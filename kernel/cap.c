/*
 * cap.c: capability spaces (see cap.h and docs/capabilities.md).
 *
 * The generic half: slots, manifest grants, copies, drops.  What a
 * capability's object thinks of it (is the channel alive, is the copy
 * current, are ring pages to be mapped) is asked of the object's module:
 * chan.c for channels.  The console, the ledger and the programs of the
 * bundle are the kernel's and never change, so their capabilities are
 * valid as long as they exist.
 */
#include <base/mem.h>
#include <hal/console.h>
#include <hal/fault.h>
#include <hal/irq.h>
#include <hal/mmu.h>
#include <hal/page.h>
#include <hal/platform.h>
#include <hal/user.h>
#include <manifest/manifest.h>

#include "cap.h"
#include "chan.h"
#include "fiber.h"
#include "shm.h"

_Static_assert(NX_CSPACE_SLOTS == MANIFEST_CAPS_MAX, "a manifest lists at most one capability per slot");
_Static_assert(NX_CAP_CONSOLE == MANIFEST_CAP_CONSOLE && NX_CAP_CHANNEL == MANIFEST_CAP_CHANNEL &&
        NX_CAP_SHMEM == MANIFEST_CAP_SHMEM && NX_CAP_DEVICE == MANIFEST_CAP_DEVICE &&
        NX_CAP_IRQ == MANIFEST_CAP_IRQ && NX_CAP_SPAWN == MANIFEST_CAP_SPAWN &&
        NX_CAP_LEDGER == MANIFEST_CAP_LEDGER && NX_CAP_FS == MANIFEST_CAP_FS && NX_CAP_NET == MANIFEST_CAP_NET,
    "the ABI's capability types are the manifest's");
_Static_assert(NX_RIGHT_READ == MANIFEST_RIGHT_READ && NX_RIGHT_WRITE == MANIFEST_RIGHT_WRITE &&
        NX_RIGHT_MAP == MANIFEST_RIGHT_MAP && NX_RIGHT_SEND == MANIFEST_RIGHT_SEND &&
        NX_RIGHT_RECV == MANIFEST_RIGHT_RECV && NX_RIGHT_EXEC == MANIFEST_RIGHT_EXEC &&
        NX_RIGHT_GRANT == MANIFEST_RIGHT_GRANT,
    "the ABI's rights are the manifest's");
_Static_assert(sizeof(struct nx_grant) == 16, "a grant record is 16 bytes");

static const char *const type_names[] = {
    "empty", "console", "channel", "shmem", "device", "irq", "spawn", "ledger", "fs", "net",
};

/*
 * The devices a manifest may name.  Only devices the kernel itself never
 * drives are here: the UART, the PLIC and the test device stay the
 * kernel's whatever a manifest says.
 */
struct device {
	const char *name;
	struct hal_mmio mmio;
	struct fiber *waiter;	/* blocked in irq_wait */
	bool pending;		/* an interrupt came that no irq_wait has taken */
};

static struct device devices[1] = {{.name = "rtc"}};
#define NDEVICES (sizeof(devices) / sizeof(devices[0]))

/* A lent line fired (the HAL has masked it): wake its driver. */
static void
on_irq(uint32_t irq)
{
	for (unsigned i = 0; i < NDEVICES; i++) {
		struct device *d = &devices[i];
		if (!d->mmio.present || d->mmio.irq != irq)
			continue;
		/* To the waiter, or kept for the next irq_wait: delivered once. */
		if (d->waiter != NULL) {
			fiber_wake(d->waiter, 0);
			d->waiter = NULL;
		} else {
			d->pending = true;
		}
	}
}

void
cap_init(const struct hal_platform *plat)
{
	devices[0].mmio = plat->rtc;
	hal_irq_set_handler(on_irq);
}

int64_t
cap_irq_wait(struct fiber *f, uint64_t slot, uint64_t timeout_ns)
{
	struct cap *c;
	struct device *d;
	int64_t err = cap_use(f, slot, NX_CAP_IRQ, NX_RIGHT_RECV, &c);

	if (err != 0)
		return err;
	d = &devices[c->obj];
	if (d->waiter != NULL)
		return NX_ERR_BUSY;
	if (d->pending) {
		d->pending = false;	/* it came meanwhile; the line is still masked */
		return 0;
	}
	/* The driver has served the last one: the line may fire again. */
	if (hal_irq_enable(d->mmio.irq) != 0)
		return NX_ERR_NOENT;
	if (timeout_ns == NX_TIMEOUT_POLL)
		return NX_ERR_AGAIN;
	d->waiter = f;
	err = fiber_block(chan_deadline(timeout_ns));
	if (d->waiter == f)
		d->waiter = NULL;
	return err;
}

void
cap_fiber_died(struct fiber *f)
{
	for (unsigned i = 0; i < NDEVICES; i++)
		if (devices[i].waiter == f)
			devices[i].waiter = NULL;
}

static int64_t
device_index(const char *name, uint64_t len)
{
	for (unsigned i = 0; i < NDEVICES; i++)
		if (devices[i].mmio.present && base_strlen(devices[i].name) == len &&
		    base_memcmp(devices[i].name, name, len) == 0)
			return i;
	return NX_ERR_NOENT;
}

bool
cap_in_device_window(uint64_t addr, uint64_t len)
{
	uint64_t end = NX_DEVICE_BASE + NX_CSPACE_SLOTS * (uint64_t)NX_DEVICE_SIZE;

	return addr < end && addr + len > NX_DEVICE_BASE;
}

int64_t
cap_use(struct fiber *f, uint64_t slot, unsigned type, unsigned rights, struct cap **out)
{
	return cap_check(f->caps, slot, type, rights, out);
}

int
cap_free_slot(struct fiber *f)
{
	for (int i = 0; i < NX_CSPACE_SLOTS; i++)
		if (f->caps[i].type == 0)
			return i;
	return -1;
}

/* Whether the object of *c is still what c was made for: 0 or NX_ERR_*. */
static int64_t
cap_live(const struct cap *c)
{
	if (c->type == NX_CAP_CHANNEL)
		return chan_cap_live(c);
	return c->type == NX_CAP_SHMEM ? shm_cap_live(c) : 0;
}

/*
 * Puts *c into slot of f, which must be empty, and lets the object know
 * (a ring is mapped there).  Returns 0 or NX_ERR_NOMEM, leaving the slot
 * empty.
 */
static int64_t
cap_install(struct fiber *f, uint64_t slot, const struct cap *c)
{
	int64_t err;

	f->caps[slot] = *c;
	f->caps[slot].flags &= (uint8_t)~CAP_F_MAPPED;
	if (c->type != NX_CAP_CHANNEL)
		return 0;
	err = chan_cap_attach(f, slot);
	if (err != 0)
		base_memset(&f->caps[slot], 0, sizeof(f->caps[slot]));
	return err;
}

/* The manifest's own capabilities: the kernel makes console, ledger, spawn. */
static int64_t
grant_manifest(struct fiber *f, const struct manifest *m)
{
	for (uint32_t i = 0; i < m->ncaps; i++) {
		const struct manifest_cap *mc = &m->caps[i];
		struct cap c = {.type = mc->type, .rights = mc->rights, .badge = mc->badge};
		int64_t idx;

		switch (mc->type) {
		case NX_CAP_CONSOLE:
		case NX_CAP_LEDGER:
			break;
		case NX_CAP_SPAWN:
			idx = fiber_program_index(mc->name, mc->name_len);
			if (idx < 0) {
				hal_printf("spawn %s: refused: manifest slot %u: no program %s in the bundle\n", f->name, i,
				    mc->name);
				return NX_ERR_NOENT;
			}
			c.obj = (uint32_t)idx;
			break;
		case NX_CAP_DEVICE:
		case NX_CAP_IRQ:
			idx = device_index(mc->name, mc->name_len);
			if (idx >= 0 && mc->type == NX_CAP_IRQ && devices[idx].mmio.irq == 0)
				idx = NX_ERR_NOENT;	/* a device without a line */
			if (idx < 0) {
				hal_printf("spawn %s: refused: manifest slot %u: no device %s on this machine\n", f->name, i,
				    mc->name);
				return NX_ERR_NOENT;
			}
			c.obj = (uint32_t)idx;
			break;
		case NX_CAP_CHANNEL:
		case NX_CAP_SHMEM:
			continue;	/* the spawner's to fill, or empty */
		default:
			hal_printf("spawn %s: refused: manifest slot %u: %s capabilities cannot be granted yet\n", f->name,
			    i, type_names[mc->type]);
			return NX_ERR_NOSYS;
		}
		f->caps[i] = c;
	}
	return 0;
}

/* One grant of parent into f's slot g->to, checked against the manifest. */
static int64_t
grant_one(struct fiber *f, const struct manifest *m, struct fiber *parent, const struct nx_grant *g)
{
	struct cap *src, c;
	int64_t err;

	if (g->pad != 0 || g->to >= NX_CSPACE_SLOTS || g->badge > NX_BADGE_MAX)
		return NX_ERR_INVAL;
	/* Only channels and regions pass from fiber to fiber; the kernel makes the rest. */
	if (g->from >= NX_CSPACE_SLOTS || parent->caps[g->from].type == 0)
		return NX_ERR_BADSLOT;
	src = &parent->caps[g->from];
	if (src->type != NX_CAP_CHANNEL && src->type != NX_CAP_SHMEM)
		return NX_ERR_CAPTYPE;
	if (!(src->rights & NX_RIGHT_GRANT))
		return NX_ERR_PERM;
	if ((err = cap_live(src)) != 0)
		return err;
	if (g->to >= m->ncaps)
		return NX_ERR_BADSLOT;	/* the manifest declares nothing there */
	if (m->caps[g->to].type != src->type)
		return NX_ERR_CAPTYPE;
	if (g->rights == 0 || (g->rights & ~src->rights) != 0 || (g->rights & ~m->caps[g->to].rights) != 0)
		return NX_ERR_PERM;
	if (f->caps[g->to].type != 0)
		return NX_ERR_BUSY;	/* granted twice */
	if (g->badge != 0 && src->badge != 0)
		return NX_ERR_PERM;	/* a badge is set once */
	c = *src;
	c.flags &= (uint8_t)~NX_CAPF_OWNER;
	c.rights = g->rights;
	if (g->badge != 0)
		c.badge = g->badge;
	return cap_install(f, g->to, &c);
}

int64_t
cap_spawn_grant(struct fiber *f, const struct manifest *m, struct fiber *parent, const struct nx_grant *g,
    unsigned n)
{
	int64_t err = grant_manifest(f, m);

	if (err != 0)
		return err;
	for (unsigned i = 0; i < n; i++) {
		if (parent == NULL)
			return NX_ERR_INVAL;
		err = grant_one(f, m, parent, &g[i]);
		if (err != 0) {
			hal_printf("spawn %s: refused: grant %u (slot %u to slot %u): %s\n", f->name, i,
			    (unsigned)g[i].from, (unsigned)g[i].to, nx_err_name(err));
			return err;
		}
	}
	return 0;
}

int64_t
cap_copy(struct fiber *f, uint64_t from, uint64_t to, uint64_t rights, uint64_t badge)
{
	struct cap *src, c;
	int64_t err;

	if (from >= NX_CSPACE_SLOTS || f->caps[from].type == 0)
		return NX_ERR_BADSLOT;
	src = &f->caps[from];
	if ((err = cap_live(src)) != 0)
		return err;
	if (rights == 0 || (rights & ~(uint64_t)src->rights) != 0)
		return NX_ERR_PERM;	/* a copy never widens */
	if (badge != 0 && src->badge != 0)
		return NX_ERR_PERM;	/* nor changes a badge */
	if (to >= NX_CSPACE_SLOTS)
		return NX_ERR_BADSLOT;
	if (f->caps[to].type != 0)
		return NX_ERR_BUSY;
	c = *src;
	c.flags &= (uint8_t)~NX_CAPF_OWNER;
	c.rights = (uint16_t)rights;
	if (badge != 0)
		c.badge = badge;
	return cap_install(f, to, &c);
}

int64_t
cap_drop(struct fiber *f, uint64_t slot)
{
	if (slot >= NX_CSPACE_SLOTS || f->caps[slot].type == 0)
		return NX_ERR_BADSLOT;
	if (f->caps[slot].type == NX_CAP_CHANNEL)
		chan_cap_drop(f, slot);
	if (f->caps[slot].type == NX_CAP_SHMEM)
		shm_cap_drop(f, slot);
	if (f->caps[slot].type == NX_CAP_DEVICE && (f->caps[slot].flags & CAP_F_MAPPED) &&
	    hal_as_unmap(f->as, NX_DEVICE_BASE + slot * NX_DEVICE_SIZE, devices[f->caps[slot].obj].mmio.size) != 0)
		hal_panic("cap_drop: device of slot %u was not mapped", (unsigned)slot);
	base_memset(&f->caps[slot], 0, sizeof(f->caps[slot]));
	return 0;
}

int64_t
cap_revoke(struct fiber *f, uint64_t slot)
{
	if (slot >= NX_CSPACE_SLOTS || f->caps[slot].type == 0)
		return NX_ERR_BADSLOT;
	if (!(f->caps[slot].flags & NX_CAPF_OWNER))
		return NX_ERR_PERM;	/* only an object's owner revokes */
	if (f->caps[slot].type == NX_CAP_SHMEM)
		return shm_cap_revoke(f, slot);
	return chan_cap_revoke(f, slot);
}

int64_t
cap_describe(struct fiber *f, uint64_t slot, struct nx_cap_info *out)
{
	const struct cap *c;

	if (slot >= NX_CSPACE_SLOTS)
		return NX_ERR_BADSLOT;
	c = &f->caps[slot];
	base_memset(out, 0, sizeof(*out));
	if (c->type == 0)
		return 0;
	out->type = c->type;
	out->flags = (uint8_t)((c->flags & NX_CAPF_OWNER) | (cap_live(c) != 0 ? NX_CAPF_STALE : 0));
	out->rights = c->rights;
	out->object = c->obj;
	out->badge = c->badge;
	if (c->type == NX_CAP_SPAWN)
		(void)fiber_program_name(c->obj, out->name, sizeof(out->name));
	if (c->type == NX_CAP_DEVICE || c->type == NX_CAP_IRQ)
		base_memcpy(out->name, devices[c->obj].name, base_strlen(devices[c->obj].name) + 1);
	return 0;
}

bool
cap_may_start(const struct fiber *f, int32_t program)
{
	for (int i = 0; i < NX_CSPACE_SLOTS && program >= 0; i++) {
		const struct cap *c = &f->caps[i];
		if (c->type == NX_CAP_SPAWN && c->obj == (uint32_t)program && (c->rights & NX_RIGHT_EXEC))
			return true;
	}
	return false;
}

int64_t
cap_dev_map(struct fiber *f, uint64_t slot)
{
	struct cap *c;
	const struct hal_mmio *m;
	uint64_t va = NX_DEVICE_BASE + slot * NX_DEVICE_SIZE;
	int64_t err = cap_use(f, slot, NX_CAP_DEVICE, NX_RIGHT_MAP | NX_RIGHT_READ, &c);

	if (err != 0)
		return err;
	if (c->flags & CAP_F_MAPPED)
		return NX_ERR_BUSY;
	m = &devices[c->obj].mmio;
	if (m->size > NX_DEVICE_SIZE || m->size % HAL_PAGE_SIZE != 0 || m->base % HAL_PAGE_SIZE != 0)
		return NX_ERR_TOOBIG;	/* a device this window cannot hold */
	if (hal_as_map(f->as, va, m->base, m->size, HAL_MAP_R | ((c->rights & NX_RIGHT_WRITE) ? HAL_MAP_W : 0)) != 0)
		return NX_ERR_NOMEM;
	c->flags |= CAP_F_MAPPED;
	return (int64_t)va;
}

void
cap_each_stale(unsigned type, uint32_t obj, uint64_t gen, uint64_t epoch, void (*fn)(struct fiber *, uint64_t))
{
	for (int i = 0; i < FIBER_MAX; i++) {
		struct fiber *f = fiber_slot(i);
		if (f->state == FIBER_FREE || f->as == NULL)
			continue;
		for (uint64_t k = 0; k < NX_CSPACE_SLOTS; k++) {
			const struct cap *c = &f->caps[k];
			if (c->type == type && c->obj == obj && c->gen == gen && c->epoch != epoch)
				fn(f, k);
		}
	}
}
