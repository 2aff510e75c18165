/*
 * shm.h: shared-memory regions (docs/capabilities.md).
 *
 * shm_create makes a region of 1..NX_SHM_PAGES_MAX zeroed pages owned by
 * the caller and puts its owner capability (read, write, map, grant) in
 * the lowest empty slot.  The owner hands copies to the fibers it spawns
 * (struct nx_grant, into a shmem slot their manifest declares), with at
 * most its rights.  shm_map maps the region of a slot at NX_SHM_BASE +
 * slot * NX_SHM_SIZE: readable with the read right, writable with the
 * write right, never executable.  cap_revoke on the owner capability
 * unmaps every other holder's mapping at once; dropping the owner
 * capability ends the region (no new mappings); its pages are freed when
 * the last mapping goes.
 */
#pragma once

#include <stdint.h>

#include "cap.h"

struct fiber;

int64_t shm_create(struct fiber *self, uint64_t pages);
int64_t shm_map(struct fiber *self, uint64_t slot);
/* Whether shmem capability c is current: 0, NX_ERR_STALE or NX_ERR_REVOKED. */
int64_t shm_cap_live(const struct cap *c);
/* f drops the shmem capability in slot: unmaps it; the owner's ends the region. */
void shm_cap_drop(struct fiber *f, uint64_t slot);
/* The owner capability in slot revokes every other one. */
int64_t shm_cap_revoke(struct fiber *self, uint64_t slot);
/* f is going away with its address space: forget its mappings. */
void shm_fiber_died(struct fiber *f);
