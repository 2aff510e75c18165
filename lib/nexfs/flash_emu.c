/*
 * flash_emu.c: a RAM-backed flash device that enforces the flash rules.
 *
 * See nexfs/flash_emu.h.  Each program or erase is one "op"; when the op
 * counter reaches cut_at the op is torn (a program writes only its first
 * half, an erase resets only the first half of the block) and the device
 * goes dark: every later call fails with NEXFS_ERR_POWERCUT until
 * nexfs_emu_power_on().  Reads of a dark device fail too, so the library
 * cannot observe a half-dead state and then carry on.
 */
#include <nexfs/flash_emu.h>

#include <base/mem.h>

static void
emu_geometry(void *ctx, struct nexfs_flash_geometry *geo)
{
	const struct nexfs_emu *e = ctx;

	*geo = e->geo;
}

static int
emu_read(void *ctx, nexfs_block_t block, uint32_t off, void *buf, uint32_t len)
{
	struct nexfs_emu *e = ctx;

	if (e->off)
		return NEXFS_ERR_POWERCUT;
	if (block >= e->geo.block_count || off > e->geo.block_size ||
	    len > e->geo.block_size - off)
		return NEXFS_ERR_INVAL;
	memcpy(buf, e->mem + (size_t)block * e->geo.block_size + off, len);
	if (e->flip_read_at != 0 && --e->flip_read_at == 0 && len > 0)
		((uint8_t *)buf)[len / 2] ^= 0x10;
	e->reads++;
	e->bytes_read += len;
	return 0;
}

/*
 * Counts an op and reports whether it is the one the power dies in.
 */
static bool
emu_tick(struct nexfs_emu *e)
{
	e->ops++;
	if (e->cut_at != 0 && e->ops >= e->cut_at) {
		e->off = true;
		e->cut_at = 0;
		return true;
	}
	return false;
}

static int
emu_prog(void *ctx, nexfs_block_t block, uint32_t off, const void *buf, uint32_t len)
{
	struct nexfs_emu *e = ctx;
	const uint8_t *src = buf;
	uint32_t ps = e->geo.page_size;
	uint8_t *dst;
	bool torn;

	if (e->off)
		return NEXFS_ERR_POWERCUT;
	if (block >= e->geo.block_count || off % ps != 0 || len % ps != 0 ||
	    off > e->geo.block_size || len > e->geo.block_size - off)
		return NEXFS_ERR_INVAL;
	if (e->bad[block] || block == e->fail_block)
		return NEXFS_ERR_BADBLOCK;
	if (e->geo.flags & NEXFS_FLASH_NAND) {
		for (uint32_t p = off / ps; p < (off + len) / ps; p++) {
			size_t bit = (size_t)block * (e->geo.block_size / ps) + p;

			if (e->programmed[bit / 8] & (1u << (bit % 8)))
				return NEXFS_ERR_INVAL;	/* NAND: page programmed twice */
		}
	}
	torn = emu_tick(e);
	if (torn)
		len /= 2;
	dst = e->mem + (size_t)block * e->geo.block_size + off;
	for (uint32_t i = 0; i < len; i++)
		dst[i] &= src[i];	/* bits only go from 1 to 0 */
	for (uint32_t p = off / ps; p < (off + len + ps - 1) / ps; p++) {
		size_t bit = (size_t)block * (e->geo.block_size / ps) + p;

		e->programmed[bit / 8] |= (uint8_t)(1u << (bit % 8));
	}
	e->progs++;
	e->bytes_programmed += len;
	return torn ? NEXFS_ERR_POWERCUT : 0;
}

static int
emu_erase(void *ctx, nexfs_block_t block)
{
	struct nexfs_emu *e = ctx;
	uint32_t ps = e->geo.page_size, ppb = e->geo.block_size / ps;
	uint32_t len = e->geo.block_size;
	bool torn;

	if (e->off)
		return NEXFS_ERR_POWERCUT;
	if (block >= e->geo.block_count)
		return NEXFS_ERR_INVAL;
	if (e->bad[block] || block == e->fail_block)
		return NEXFS_ERR_BADBLOCK;
	torn = emu_tick(e);
	if (torn)
		len /= 2;
	memset(e->mem + (size_t)block * e->geo.block_size, 0xff, len);
	for (uint32_t p = 0; p < ppb; p++) {
		size_t bit = (size_t)block * ppb + p;

		/* A torn erase leaves the pages it did not reach programmed. */
		if (p * ps < len)
			e->programmed[bit / 8] &= (uint8_t)~(1u << (bit % 8));
	}
	e->erases[block]++;
	e->erase_total++;
	return torn ? NEXFS_ERR_POWERCUT : 0;
}

static int
emu_sync(void *ctx)
{
	struct nexfs_emu *e = ctx;

	return e->off ? NEXFS_ERR_POWERCUT : 0;
}

static int
emu_is_bad(void *ctx, nexfs_block_t block, bool *bad)
{
	struct nexfs_emu *e = ctx;

	if (e->off)
		return NEXFS_ERR_POWERCUT;
	if (block >= e->geo.block_count)
		return NEXFS_ERR_INVAL;
	*bad = e->bad[block] != 0;
	return 0;
}

static int
emu_mark_bad(void *ctx, nexfs_block_t block)
{
	struct nexfs_emu *e = ctx;

	if (e->off)
		return NEXFS_ERR_POWERCUT;
	if (block >= e->geo.block_count)
		return NEXFS_ERR_INVAL;
	e->bad[block] = 1;
	return 0;
}

const struct nexfs_flash_ops nexfs_emu_ops = {
	.geometry = emu_geometry,
	.read = emu_read,
	.prog = emu_prog,
	.erase = emu_erase,
	.sync = emu_sync,
	.is_bad = emu_is_bad,
	.mark_bad = emu_mark_bad,
};

size_t
nexfs_emu_aux_size(const struct nexfs_flash_geometry *geo)
{
	size_t n = geo->block_count;
	size_t pages = n * (geo->block_size / geo->page_size);

	return n * sizeof(uint32_t) + n + (pages + 7) / 8;
}

void
nexfs_emu_init(struct nexfs_emu *e, const struct nexfs_flash_geometry *geo,
    void *mem, void *aux, bool erase)
{
	size_t n = geo->block_count;
	size_t pages = n * (geo->block_size / geo->page_size);
	uint8_t *a = aux;

	memset(e, 0, sizeof(*e));
	e->geo = *geo;
	e->mem = mem;
	e->erases = aux;
	e->bad = a + n * sizeof(uint32_t);
	e->programmed = e->bad + n;
	e->fail_block = UINT32_MAX;
	memset(aux, 0, nexfs_emu_aux_size(geo));
	if (erase)
		memset(mem, 0xff, n * geo->block_size);
	else
		memset(e->programmed, 0xff, (pages + 7) / 8);
}

void
nexfs_emu_cut_after(struct nexfs_emu *e, uint64_t n)
{
	e->cut_at = e->ops + n;
}

void
nexfs_emu_power_on(struct nexfs_emu *e)
{
	e->off = false;
	e->cut_at = 0;
}

void
nexfs_emu_flip_read(struct nexfs_emu *e, uint64_t n)
{
	e->flip_read_at = n;
}

void
nexfs_emu_flip(struct nexfs_emu *e, nexfs_block_t block, uint32_t off, unsigned bit)
{
	if (block < e->geo.block_count && off < e->geo.block_size)
		e->mem[(size_t)block * e->geo.block_size + off] ^= (uint8_t)(1u << (bit & 7));
}

void
nexfs_emu_set_bad(struct nexfs_emu *e, nexfs_block_t block)
{
	if (block < e->geo.block_count)
		e->bad[block] = 1;
}

void
nexfs_emu_wear(const struct nexfs_emu *e, uint32_t *max, uint32_t *min, uint64_t *sum)
{
	uint32_t hi = 0, lo = UINT32_MAX;
	uint64_t s = 0;

	for (uint32_t b = 0; b < e->geo.block_count; b++) {
		if (e->bad[b])
			continue;
		if (e->erases[b] > hi)
			hi = e->erases[b];
		if (e->erases[b] < lo)
			lo = e->erases[b];
		s += e->erases[b];
	}
	*max = hi;
	*min = lo == UINT32_MAX ? 0 : lo;
	*sum = s;
}
