/*
 * test_nexfs_mem.c: the memory report, and a mount of the small
 * configuration (1 MiB NOR, 4 KiB erase blocks) in exactly the memory the
 * report asks for.
 */
#include "nexfs_test.h"
#include "../nexfs_internal.h"

int
main(void)
{
	struct nexfs_flash_geometry small = { 256, 4096, 256, NEXFS_FLASH_NOR };
	struct nexfs_flash_geometry bad = { 100, 4096, 256, NEXFS_FLASH_NOR };
	struct nexfs_mem_report rep;
	struct tfs t;
	uint8_t data[6000];

	tap_ok(nexfs_mem_required(&small, &rep) == 0, "report for 1 MiB NOR / 4 KiB blocks");
	tap_diag("state %zu + buffer %zu (block buffers %zu, allocation index %zu) = %zu bytes",
	    rep.state_bytes, rep.buffer_bytes, rep.block_buffers, rep.alloc_index, rep.total);
	tap_diag("struct nexfs_state uses %zu of %zu bytes", sizeof(struct nexfs_state),
	    sizeof(struct nexfs));
	tap_ok(rep.total < 11 * 1024, "small configuration needs under 11 KiB (%zu)", rep.total);
	tap_ok(nexfs_mem_required(&bad, &rep) == NEXFS_ERR_GEOMETRY, "bad geometry refused");

	tfs_init(&t, 256, 4096, 256, NEXFS_FLASH_NOR);
	(void)nexfs_mem_required(&small, &rep);
	t.cfg.buffer_size = rep.buffer_bytes;
	tap_ok(nexfs_format(&t.cfg, NULL) == 0, "format in the reported memory");
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0, "mount in the reported memory");
	memset(data, 0xa5, sizeof(data));
	tap_ok(tfs_put(&t, "/f", data, sizeof(data)) == 0, "write works");
	tap_ok(nexfs_unmount(&t.fs) == 0, "unmount");
	t.cfg.buffer_size = rep.buffer_bytes - 1;
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == NEXFS_ERR_NOMEM, "one byte less: NOMEM");
	tfs_free(&t);
	return tap_done();
}
