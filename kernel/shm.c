/*
 * shm.c: shared-memory regions (see shm.h).
 *
 * A region's pages are allocated one by one (they need not be contiguous:
 * nothing in the kernel reads them) and mapped page by page.  `maps`
 * counts the address spaces that map them; the pages go back to the
 * allocator when the region has ended (its owner dropped it or died) and
 * `maps` is 0.  Until then the region's slot is not reused, so a stale
 * mapping can never show another region's data.
 */
#include <base/mem.h>
#include <hal/fault.h>
#include <hal/mmu.h>
#include <hal/page.h>
#include <hal/user.h>

#include "fiber.h"
#include "shm.h"

#define SHM_MAX 32

_Static_assert(NX_SHM_PAGES_MAX * HAL_PAGE_SIZE <= NX_SHM_SIZE, "a region fits its slot's window");
_Static_assert(NX_SHM_BASE + NX_CSPACE_SLOTS * (uint64_t)NX_SHM_SIZE <= NX_DEVICE_BASE,
    "the shared-memory window lies below the device window");

struct shm {
	bool used;
	bool ended;		/* the owner dropped it or died */
	uint64_t gen, epoch;	/* 64 bits: never wrap */
	uint32_t npages, maps;
	struct fiber *owner;
	uint32_t owner_gen;
	void *pages[NX_SHM_PAGES_MAX];
};

static struct shm shms[SHM_MAX];

int64_t
shm_cap_live(const struct cap *c)
{
	const struct shm *s = &shms[c->obj];

	return cap_current(c, s->used, s->gen, s->epoch);
}

/* Frees an ended region's pages once nothing maps them. */
static void
release(struct shm *s)
{
	if (!s->ended || s->maps != 0)
		return;
	for (uint32_t i = 0; i < s->npages; i++)
		hal_page_free(s->pages[i]);
	s->npages = 0;
	s->used = false;
}

int64_t
shm_create(struct fiber *self, uint64_t pages)
{
	int slot = cap_free_slot(self);

	if (pages == 0)
		return NX_ERR_INVAL;
	if (slot < 0)
		return NX_ERR_NOMEM;
	for (uint32_t i = 0; i < SHM_MAX; i++) {
		struct shm *s = &shms[i];
		if (s->used)
			continue;
		uint64_t gen = s->gen + 1, epoch = s->epoch;
		base_memset(s, 0, sizeof(*s));
		s->gen = gen;
		s->epoch = epoch;
		s->used = true;
		s->owner = self;
		s->owner_gen = self->generation;
		for (; s->npages < pages; s->npages++) {
			if ((s->pages[s->npages] = hal_page_alloc()) == NULL) {
				s->ended = true;
				release(s);
				return NX_ERR_NOMEM;
			}
		}
		self->caps[slot] = (struct cap){.type = NX_CAP_SHMEM, .flags = NX_CAPF_OWNER,
		    .rights = NX_RIGHT_READ | NX_RIGHT_WRITE | NX_RIGHT_MAP | NX_RIGHT_GRANT, .obj = i, .gen = gen,
		    .epoch = epoch};
		return slot;
	}
	return NX_ERR_NOMEM;
}

static uint64_t
window(uint64_t slot)
{
	return NX_SHM_BASE + slot * NX_SHM_SIZE;
}

int64_t
shm_map(struct fiber *self, uint64_t slot)
{
	struct cap *c;
	struct shm *s;
	unsigned perm;
	int64_t err = cap_use(self, slot, NX_CAP_SHMEM, NX_RIGHT_MAP | NX_RIGHT_READ, &c);

	if (err != 0)
		return err;
	if ((err = shm_cap_live(c)) != 0)
		return err;
	s = &shms[c->obj];
	if (s->ended)
		return NX_ERR_DEAD;
	if (c->flags & CAP_F_MAPPED)
		return NX_ERR_BUSY;
	perm = HAL_MAP_R | ((c->rights & NX_RIGHT_WRITE) ? HAL_MAP_W : 0);
	for (uint32_t i = 0; i < s->npages; i++) {
		if (hal_as_map(self->as, window(slot) + i * HAL_PAGE_SIZE, (uint64_t)s->pages[i], HAL_PAGE_SIZE, perm) !=
		    0) {
			if (i > 0 && hal_as_unmap(self->as, window(slot), i * HAL_PAGE_SIZE) != 0)
				hal_panic("shm_map: could not undo a partial mapping");
			return NX_ERR_NOMEM;
		}
	}
	c->flags |= CAP_F_MAPPED;
	s->maps++;
	return (int64_t)window(slot);
}

/* Unmaps the region of f's slot, if mapped there. */
static void
unmap(struct fiber *f, uint64_t slot)
{
	struct cap *c = &f->caps[slot];
	struct shm *s = &shms[c->obj];

	if (!(c->flags & CAP_F_MAPPED))
		return;
	if (hal_as_unmap(f->as, window(slot), s->npages * HAL_PAGE_SIZE) != 0)
		hal_panic("shm: region of slot %u was not mapped", (unsigned)slot);
	c->flags &= (uint8_t)~CAP_F_MAPPED;
	s->maps--;
	release(s);
}

void
shm_cap_drop(struct fiber *f, uint64_t slot)
{
	struct cap *c = &f->caps[slot];
	struct shm *s = &shms[c->obj];

	if (shm_cap_live(c) == 0 && (c->flags & NX_CAPF_OWNER) && s->owner == f && s->owner_gen == f->generation)
		s->ended = true;
	unmap(f, slot);
	release(s);
}

int64_t
shm_cap_revoke(struct fiber *self, uint64_t slot)
{
	struct cap *own = &self->caps[slot];
	struct shm *s;
	int64_t err = shm_cap_live(own);

	if (err != 0)
		return err;
	s = &shms[own->obj];
	own->epoch = ++s->epoch;
	cap_each_stale(NX_CAP_SHMEM, own->obj, s->gen, s->epoch, unmap);
	return (int64_t)s->epoch;
}

void
shm_fiber_died(struct fiber *f)
{
	for (uint64_t k = 0; k < NX_CSPACE_SLOTS; k++) {
		struct cap *c = &f->caps[k];
		if (c->type != NX_CAP_SHMEM)
			continue;
		struct shm *s = &shms[c->obj];
		if (c->flags & CAP_F_MAPPED)
			s->maps--;	/* the address space goes as a whole */
		if (shm_cap_live(c) == 0 && (c->flags & NX_CAPF_OWNER) && s->owner == f && s->owner_gen == f->generation)
			s->ended = true;
		release(s);
	}
}
