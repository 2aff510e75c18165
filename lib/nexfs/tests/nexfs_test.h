/*
 * nexfs_test.h: shared set-up for the NexFS host tests: an emulated flash
 * of a chosen geometry, a config with a fake clock, and helpers to mount,
 * remount and read whole files.
 */
#pragma once

#include <nexfs/flash_emu.h>
#include <nexfs/nexfs.h>

#include <stdlib.h>
#include <string.h>

#include "tap.h"

struct tfs {
	struct nexfs_flash_geometry geo;
	struct nexfs_emu emu;
	uint8_t *mem, *aux;
	void *buf;
	size_t buf_size;
	uint64_t clock;
	struct nexfs_config cfg;
	struct nexfs fs;
};

static uint64_t
tfs_now(void *ctx)
{
	struct tfs *t = ctx;

	return t->clock += 1000;
}

static const struct nexfs_clock_ops tfs_clock = { tfs_now };

/* Whether the tests run in the lean layout (NEXFS_TEST_LEAN=1). */
static inline bool
tfs_lean(void)
{
	const char *e = getenv("NEXFS_TEST_LEAN");

	return e != NULL && strcmp(e, "1") == 0;
}

static inline void
tfs_init(struct tfs *t, uint32_t page, uint32_t block, uint32_t count, uint32_t flags)
{
	struct nexfs_mem_report rep;

	memset(t, 0, sizeof(*t));
	t->geo.page_size = page;
	t->geo.block_size = block;
	t->geo.block_count = count;
	t->geo.flags = flags;
	t->mem = malloc((size_t)block * count);
	t->aux = malloc(nexfs_emu_aux_size(&t->geo));
	nexfs_emu_init(&t->emu, &t->geo, t->mem, t->aux, true);
	if (nexfs_mem_required(&t->geo, &rep) != 0)
		abort();
	/* NEXFS_TEST_LEAN=1: the least buffer, the lean layout (stream.c). */
	if (tfs_lean())
		t->buf_size = rep.lean_bytes;
	else
		t->buf_size = rep.buffer_bytes + rep.pack_bytes;	/* with compaction */
	t->buf = aligned_alloc(16, (t->buf_size + 15) & ~(size_t)15);
	t->cfg.flash = &nexfs_emu_ops;
	t->cfg.flash_ctx = &t->emu;
	t->cfg.clock = &tfs_clock;
	t->cfg.clock_ctx = t;
	t->cfg.buffer = t->buf;
	t->cfg.buffer_size = t->buf_size;
}

/*
 * The emulated flash with reads that fail: once set up, the read after the
 * next at - 1 (at counting down; 0: none) fails with NEXFS_ERR_IO, as an
 * uncorrectable page would.
 */
struct tfs_rfail {
	struct nexfs_emu *emu;
	uint64_t at;
};

static inline void
tfs_rf_geometry(void *ctx, struct nexfs_flash_geometry *geo)
{
	nexfs_emu_ops.geometry(((struct tfs_rfail *)ctx)->emu, geo);
}

static inline int
tfs_rf_read(void *ctx, nexfs_block_t block, uint32_t off, void *buf, uint32_t len)
{
	struct tfs_rfail *r = ctx;

	if (r->at != 0 && --r->at == 0)
		return NEXFS_ERR_IO;
	return nexfs_emu_ops.read(r->emu, block, off, buf, len);
}

static inline int
tfs_rf_prog(void *ctx, nexfs_block_t block, uint32_t off, const void *buf, uint32_t len)
{
	return nexfs_emu_ops.prog(((struct tfs_rfail *)ctx)->emu, block, off, buf, len);
}

static inline int
tfs_rf_erase(void *ctx, nexfs_block_t block)
{
	return nexfs_emu_ops.erase(((struct tfs_rfail *)ctx)->emu, block);
}

static inline int
tfs_rf_sync(void *ctx)
{
	return nexfs_emu_ops.sync(((struct tfs_rfail *)ctx)->emu);
}

static inline int
tfs_rf_is_bad(void *ctx, nexfs_block_t block, bool *bad)
{
	return nexfs_emu_ops.is_bad(((struct tfs_rfail *)ctx)->emu, block, bad);
}

static inline int
tfs_rf_mark_bad(void *ctx, nexfs_block_t block)
{
	return nexfs_emu_ops.mark_bad(((struct tfs_rfail *)ctx)->emu, block);
}

/* Puts r between t's config and its emulated flash. */
static inline void
tfs_rfail_setup(struct tfs *t, struct tfs_rfail *r)
{
	static const struct nexfs_flash_ops ops = { tfs_rf_geometry, tfs_rf_read, tfs_rf_prog,
		tfs_rf_erase, tfs_rf_sync, tfs_rf_is_bad, tfs_rf_mark_bad };

	r->emu = &t->emu;
	r->at = 0;
	t->cfg.flash = &ops;
	t->cfg.flash_ctx = r;
}

/* xorshift32: repeatable random numbers for the tests. */
static inline uint32_t
tfs_xorshift(uint32_t *x)
{
	*x ^= *x << 13;
	*x ^= *x >> 17;
	*x ^= *x << 5;
	return *x;
}

static inline void
tfs_free(struct tfs *t)
{
	free(t->mem);
	free(t->aux);
	free(t->buf);
}

/* Writes a whole file (create or truncate). */
static inline int
tfs_put(struct tfs *t, const char *path, const void *data, size_t len)
{
	struct nexfs_file f;
	int err;

	err = nexfs_file_open(&t->fs, &f, path, NEXFS_O_WRONLY | NEXFS_O_CREAT | NEXFS_O_TRUNC);
	if (err)
		return err;
	if (len > 0)
		err = nexfs_file_write(&t->fs, &f, 0, data, len);
	(void)nexfs_file_close(&t->fs, &f);
	return err;
}

/* Reads a whole file into buf (cap bytes); *len gets its size. */
static inline int
tfs_get(struct tfs *t, nexfs_snap_t snap, const char *path, void *buf, size_t cap, size_t *len)
{
	struct nexfs_file f;
	int err;

	err = nexfs_file_open_at(&t->fs, &f, snap, path);
	if (err)
		return err;
	err = nexfs_file_read(&t->fs, &f, 0, buf, cap, len);
	(void)nexfs_file_close(&t->fs, &f);
	return err;
}
