/*
 * test_nexfs_mem.c: the memory report, and mounts of the small
 * configuration (1 MiB NOR, 4 KiB erase blocks) in exactly the memory the
 * report asks for: the full layout (buffer_bytes) and the lean one
 * (lean_bytes, no node buffer; stream.c), which must fit the 8.5 KiB goal.
 * The same files are written in both and read back after a remount; the
 * lean layout reads more from flash, which the test shows.
 */
#include "nexfs_test.h"
#include "../nexfs_internal.h"

#include <stdio.h>

static uint8_t data[40000], back[40000];

/* Writes files big enough for trees with nodes, remounts, reads them back. */
static bool
workload(struct tfs *t)
{
	char name[32];
	size_t n;

	if (nexfs_mkdir(&t->fs, "/d") != 0)
		return false;
	for (int i = 0; i < 24; i++) {
		snprintf(name, sizeof(name), "/d/f%d", i);
		if (tfs_put(t, name, data + i * 7, sizeof(data) - (size_t)i * 1000) != 0)
			return false;
	}
	if (nexfs_unmount(&t->fs) != 0 || nexfs_mount(&t->fs, &t->cfg) != 0)
		return false;
	for (int i = 0; i < 24; i++) {
		snprintf(name, sizeof(name), "/d/f%d", i);
		if (tfs_get(t, NEXFS_LIVE, name, back, sizeof(back), &n) != 0 ||
		    n != sizeof(data) - (size_t)i * 1000 || memcmp(back, data + i * 7, n) != 0)
			return false;
	}
	return true;
}

int
main(void)
{
	struct nexfs_flash_geometry small = { 256, 4096, 256, NEXFS_FLASH_NOR };
	struct nexfs_flash_geometry bad = { 100, 4096, 256, NEXFS_FLASH_NOR };
	struct nexfs_mem_report rep;
	struct nexfs_scrub_report sr;
	uint64_t reads_full, reads_lean;
	uint32_t x = 7;
	struct tfs t;

	for (size_t i = 0; i < sizeof(data); i++)
		data[i] = (uint8_t)(tfs_xorshift(&x) % 7);	/* compressible, not zero */
	tap_ok(nexfs_mem_required(&small, &rep) == 0, "report for 1 MiB NOR / 4 KiB blocks");
	tap_diag("full: state %zu + buffer %zu (block buffers %zu, allocation index %zu) = %zu "
	    "bytes", rep.state_bytes, rep.buffer_bytes, rep.block_buffers, rep.alloc_index,
	    rep.total);
	tap_diag("lean: state %zu + buffer %zu = %zu bytes", rep.state_bytes, rep.lean_bytes,
	    rep.lean_total);
	tap_diag("struct nexfs_state uses %zu of %zu bytes", sizeof(struct nexfs_state),
	    sizeof(struct nexfs));
	tap_ok(rep.total < 11 * 1024, "full layout needs under 11 KiB (%zu)", rep.total);
	tap_ok(rep.lean_total <= 8704, "lean layout needs at most 8.5 KiB (%zu)", rep.lean_total);
	tap_ok(rep.lean_bytes < rep.buffer_bytes, "lean buffer below the full one");
	tap_ok(nexfs_mem_required(&bad, &rep) == NEXFS_ERR_GEOMETRY, "bad geometry refused");
	(void)nexfs_mem_required(&small, &rep);

	/* Full layout, in exactly buffer_bytes. */
	tfs_init(&t, 256, 4096, 256, NEXFS_FLASH_NOR);
	t.cfg.buffer_size = rep.buffer_bytes;
	tap_ok(nexfs_format(&t.cfg, NULL) == 0, "format in buffer_bytes");
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0 && !nexfs_st(&t.fs)->lean,
	    "mount in buffer_bytes: the full layout");
	reads_full = t.emu.bytes_read;
	tap_ok(workload(&t), "full: 24 files of up to 40,000 bytes written, remounted, read back");
	reads_full = t.emu.bytes_read - reads_full;
	tap_ok(nexfs_unmount(&t.fs) == 0, "unmount");
	tfs_free(&t);

	/* Lean layout, in exactly lean_bytes: the same work. */
	tfs_init(&t, 256, 4096, 256, NEXFS_FLASH_NOR);
	t.cfg.buffer_size = rep.buffer_bytes - 1;
	tap_ok(nexfs_format(&t.cfg, NULL) == 0 && nexfs_mount(&t.fs, &t.cfg) == 0 &&
	    nexfs_st(&t.fs)->lean && nexfs_unmount(&t.fs) == 0,
	    "one byte below buffer_bytes: the lean layout");
	t.cfg.buffer_size = rep.lean_bytes;
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0 && nexfs_st(&t.fs)->lean,
	    "mount in lean_bytes: the lean layout");
	reads_lean = t.emu.bytes_read;
	tap_ok(workload(&t), "lean: the same files written, remounted, read back");
	reads_lean = t.emu.bytes_read - reads_lean;
	tap_diag("bytes read from flash: full %llu, lean %llu (%.1fx)",
	    (unsigned long long)reads_full, (unsigned long long)reads_lean,
	    (double)reads_lean / (double)reads_full);
	tap_ok(nexfs_scrub(&t.fs, &sr, NULL, NULL) == 0 && sr.errors == 0,
	    "lean: scrub finds nothing wrong (%llu blocks checked)",
	    (unsigned long long)sr.blocks_checked);
	tap_ok(nexfs_gc(&t.fs, NULL) == NEXFS_ERR_UNSUPPORTED,
	    "lean: compaction says it is not available");
	tap_ok(nexfs_unmount(&t.fs) == 0, "unmount");
	t.cfg.buffer_size = rep.buffer_bytes;
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0 && !nexfs_st(&t.fs)->lean &&
	    nexfs_scrub(&t.fs, &sr, NULL, NULL) == 0 && sr.errors == 0 &&
	    nexfs_unmount(&t.fs) == 0, "what the lean layout wrote mounts and scrubs in the full one");
	t.cfg.buffer_size = rep.lean_bytes - 1;
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == NEXFS_ERR_NOMEM, "one byte below lean_bytes: NOMEM");
	tfs_free(&t);
	return tap_done();
}
