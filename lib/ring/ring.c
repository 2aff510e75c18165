/*
 * ring.c: the single-producer single-consumer ring of asynchronous
 * channels (see ring.h for the layout, the trust model and the memory
 * ordering).
 *
 * Invariants of a view r, whatever the other side does:
 *   - r->capacity is a power of two in 1..RING_MAX_CAPACITY and
 *     RING_HDR_SIZE + capacity * slot_size fits in the mapping, checked once
 *     at init or attach and never re-read from shared memory;
 *   - every slot address is r->slots + (index & (capacity - 1)) * slot_size,
 *     so it lies inside the mapping for any index;
 *   - a length read from a slot is used only after the check
 *     len <= slot_size - RING_SLOT_HDR, and it is read exactly once;
 *   - the other side's index is read once per operation and used only if
 *     its distance from our own index is at most capacity.
 * Start reading at ring_try_push and ring_try_pop.
 */
#include <base/mem.h>

#include <ring/ring.h>

/* Atomic accessors of shared 32-bit words. */
static inline uint32_t
load_acquire(const uint32_t *p)
{
	return __atomic_load_n(p, __ATOMIC_ACQUIRE);
}

static inline uint32_t
load_relaxed(const uint32_t *p)
{
	return __atomic_load_n(p, __ATOMIC_RELAXED);
}

static inline void
store_release(uint32_t *p, uint32_t v)
{
	__atomic_store_n(p, v, __ATOMIC_RELEASE);
}

static inline void
store_relaxed(uint32_t *p, uint32_t v)
{
	__atomic_store_n(p, v, __ATOMIC_RELAXED);
}

static bool
is_pow2(uint32_t x)
{
	return x != 0 && (x & (x - 1)) == 0;
}

static bool
role_valid(int role)
{
	return role == RING_PRODUCER || role == RING_CONSUMER;
}

static bool
slot_size_valid(uint32_t slot_size)
{
	/* The upper bound keeps capacity * slot_size far from overflow. */
	return slot_size >= RING_MIN_SLOT && slot_size % 8 == 0 && slot_size <= (1u << 30);
}

static uint8_t *
slot_at(const struct ring *r, uint32_t index)
{
	return r->slots + (size_t)(index & (r->capacity - 1)) * r->slot_size;
}

int
ring_init(struct ring *r, void *mem, size_t size, uint32_t slot_size, enum ring_role role)
{
	struct ring_shared *sh = mem;
	size_t n;
	uint32_t capacity = 1;

	if (mem == NULL || (uintptr_t)mem % 8 != 0 || !role_valid(role) || !slot_size_valid(slot_size) ||
	    size < RING_HDR_SIZE + (size_t)slot_size)
		return RING_ERR_INVAL;
	n = (size - RING_HDR_SIZE) / slot_size;
	while (capacity < RING_MAX_CAPACITY && (size_t)capacity * 2 <= n)
		capacity *= 2;
	memset(sh, 0, RING_HDR_SIZE);
	sh->version = RING_VERSION;
	sh->capacity = capacity;
	sh->slot_size = slot_size;
	store_release(&sh->magic, RING_MAGIC);
	return ring_attach(r, mem, size, role);
}

int
ring_attach(struct ring *r, void *mem, size_t size, enum ring_role role)
{
	struct ring_shared *sh = mem;
	uint32_t magic, version, capacity, slot_size, head, tail;

	if (mem == NULL || (uintptr_t)mem % 8 != 0 || !role_valid(role))
		return RING_ERR_INVAL;
	if (size < RING_HDR_SIZE)
		return RING_ERR_CORRUPT;
	/* Each shared field is read once, into a local, then checked. */
	magic = load_acquire(&sh->magic);
	version = __atomic_load_n(&sh->version, __ATOMIC_RELAXED);
	capacity = load_relaxed(&sh->capacity);
	slot_size = load_relaxed(&sh->slot_size);
	if (magic != RING_MAGIC || version != RING_VERSION || !is_pow2(capacity) || capacity > RING_MAX_CAPACITY ||
	    !slot_size_valid(slot_size))
		return RING_ERR_CORRUPT;
	if ((uint64_t)capacity * slot_size > (uint64_t)(size - RING_HDR_SIZE))
		return RING_ERR_CORRUPT;
	tail = load_acquire(&sh->tail);
	head = load_acquire(&sh->head);
	if (tail - head > capacity)
		return RING_ERR_CORRUPT;
	r->sh = sh;
	r->role = role;
	r->slots = (uint8_t *)mem + RING_HDR_SIZE;
	r->capacity = capacity;
	r->slot_size = slot_size;
	r->head = head;
	r->tail = tail;
	r->open = false;
	return RING_OK;
}

int
ring_try_push(struct ring *r, const void *msg, size_t len)
{
	uint32_t head, used;
	uint8_t *slot;

	if (r->role != RING_PRODUCER || r->open)
		return RING_ERR_INVAL;
	if (len > ring_max_msg(r))
		return RING_ERR_TOOBIG;
	/* Acquire: the consumer has finished reading every slot before head. */
	head = load_acquire(&r->sh->head);
	used = r->tail - head;
	if (used > r->capacity)
		return RING_ERR_CORRUPT;
	if (used == r->capacity)
		return RING_ERR_FULL;
	slot = slot_at(r, r->tail);
	store_relaxed((uint32_t *)slot, (uint32_t)len);
	store_relaxed((uint32_t *)(slot + 4), 0);
	if (len != 0)
		memcpy(slot + RING_SLOT_HDR, msg, len);
	r->tail++;
	/* Release: the slot's bytes are visible before the new tail. */
	store_release(&r->sh->tail, r->tail);
	return RING_OK;
}

int
ring_try_pop(struct ring *r, void *buf, size_t max, size_t *len)
{
	uint32_t tail, avail, n;
	uint8_t *slot;

	if (r->role != RING_CONSUMER || r->open)
		return RING_ERR_INVAL;
	/* Acquire: the producer's writes to the slot happened before tail. */
	tail = load_acquire(&r->sh->tail);
	avail = tail - r->head;
	if (avail > r->capacity)
		return RING_ERR_CORRUPT;
	if (avail == 0)
		return RING_ERR_EMPTY;
	slot = slot_at(r, r->head);
	n = load_relaxed((const uint32_t *)slot);
	if (n > ring_max_msg(r))
		return RING_ERR_CORRUPT;
	*len = n;
	if (n > max)
		return RING_ERR_TOOBIG;
	if (n != 0)
		memcpy(buf, slot + RING_SLOT_HDR, n);
	r->head++;
	/* Release: our reads of the slot are done before the producer reuses it. */
	store_release(&r->sh->head, r->head);
	return RING_OK;
}

int
ring_push_reserve(struct ring *r, void **slot, size_t *room)
{
	uint32_t used;

	if (r->role != RING_PRODUCER || r->open)
		return RING_ERR_INVAL;
	used = r->tail - load_acquire(&r->sh->head);
	if (used > r->capacity)
		return RING_ERR_CORRUPT;
	if (used == r->capacity)
		return RING_ERR_FULL;
	*slot = slot_at(r, r->tail) + RING_SLOT_HDR;
	*room = ring_max_msg(r);
	r->open = true;
	return RING_OK;
}

int
ring_push_commit(struct ring *r, size_t len)
{
	uint8_t *slot;

	if (r->role != RING_PRODUCER || !r->open)
		return RING_ERR_INVAL;
	if (len > ring_max_msg(r))
		return RING_ERR_TOOBIG;
	/*
	 * An honest consumer only moves head forward, so the slot is still
	 * free; a hostile one can only spoil its own messages: the slot lies in
	 * the mapping whatever head says.
	 */
	slot = slot_at(r, r->tail);
	store_relaxed((uint32_t *)slot, (uint32_t)len);
	store_relaxed((uint32_t *)(slot + 4), 0);
	r->tail++;
	r->open = false;
	store_release(&r->sh->tail, r->tail);
	return RING_OK;
}

int
ring_pop_peek(struct ring *r, const void **msg, size_t *len)
{
	uint32_t avail, n;
	const uint8_t *slot;

	if (r->role != RING_CONSUMER || r->open)
		return RING_ERR_INVAL;
	avail = load_acquire(&r->sh->tail) - r->head;
	if (avail > r->capacity)
		return RING_ERR_CORRUPT;
	if (avail == 0)
		return RING_ERR_EMPTY;
	slot = slot_at(r, r->head);
	n = load_relaxed((const uint32_t *)slot);
	if (n > ring_max_msg(r))
		return RING_ERR_CORRUPT;
	*msg = slot + RING_SLOT_HDR;
	*len = n;
	r->open = true;
	return RING_OK;
}

int
ring_pop_release(struct ring *r)
{
	if (r->role != RING_CONSUMER || !r->open)
		return RING_ERR_INVAL;
	r->head++;
	r->open = false;
	store_release(&r->sh->head, r->head);
	return RING_OK;
}

int32_t
ring_count(const struct ring *r)
{
	uint32_t n;

	if (r->role == RING_PRODUCER)
		n = r->tail - load_acquire(&r->sh->head);
	else
		n = load_acquire(&r->sh->tail) - r->head;
	if (n > r->capacity)
		return RING_ERR_CORRUPT;
	return (int32_t)n;
}

void
ring_flags_set(struct ring *r, uint32_t bits)
{
	__atomic_fetch_or(&r->sh->flags, bits, __ATOMIC_SEQ_CST);
}

void
ring_flags_clear(struct ring *r, uint32_t bits)
{
	__atomic_fetch_and(&r->sh->flags, ~bits, __ATOMIC_SEQ_CST);
}

uint32_t
ring_flags_get(const struct ring *r)
{
	return __atomic_load_n(&r->sh->flags, __ATOMIC_SEQ_CST);
}

/* The flag a view sets when it sleeps, and the one its peer sets. */
static uint32_t
own_wait_flag(const struct ring *r)
{
	return r->role == RING_CONSUMER ? RING_FLAG_READER_WAITS : RING_FLAG_WRITER_WAITS;
}

static uint32_t
peer_wait_flag(const struct ring *r)
{
	return r->role == RING_CONSUMER ? RING_FLAG_WRITER_WAITS : RING_FLAG_READER_WAITS;
}

bool
ring_wait_prepare(struct ring *r)
{
	uint32_t flag = own_wait_flag(r);
	int32_t n;
	bool wait;

	__atomic_fetch_or(&r->sh->flags, flag, __ATOMIC_SEQ_CST);
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	n = ring_count(r);
	/* A corrupt ring is not waited on: the next operation reports it. */
	if (r->role == RING_CONSUMER)
		wait = n == 0;
	else
		wait = n == (int32_t)r->capacity;
	if (!wait)
		__atomic_fetch_and(&r->sh->flags, ~flag, __ATOMIC_SEQ_CST);
	return wait;
}

bool
ring_wake_needed(struct ring *r)
{
	uint32_t flag = peer_wait_flag(r);

	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	if ((__atomic_load_n(&r->sh->flags, __ATOMIC_SEQ_CST) & flag) == 0)
		return false;
	return (__atomic_fetch_and(&r->sh->flags, ~flag, __ATOMIC_SEQ_CST) & flag) != 0;
}
