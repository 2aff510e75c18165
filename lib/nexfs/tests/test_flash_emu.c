/*
 * test_flash_emu.c: the emulated flash enforces the flash rules and
 * misbehaves on demand (power cut, torn program, bad blocks, wear counts).
 */
#include <nexfs/flash_emu.h>

#include <stdlib.h>

#include "tap.h"

int
main(void)
{
	struct nexfs_flash_geometry geo = { 256, 4096, 16, NEXFS_FLASH_NAND };
	struct nexfs_emu e;
	uint8_t *mem = malloc(16 * 4096), *aux = malloc(nexfs_emu_aux_size(&geo));
	uint8_t page[256], back[256];
	uint32_t max, min;
	uint64_t sum;

	nexfs_emu_init(&e, &geo, mem, aux, true);
	tap_ok(mem[0] == 0xff && mem[16 * 4096 - 1] == 0xff, "fresh medium is erased");
	memset(page, 0x5a, sizeof(page));
	tap_ok(nexfs_emu_ops.prog(&e, 1, 256, page, 256) == 0, "program a page");
	tap_ok(nexfs_emu_ops.read(&e, 1, 256, back, 256) == 0 &&
	    memcmp(back, page, 256) == 0, "read it back");
	tap_ok(nexfs_emu_ops.prog(&e, 1, 256, page, 256) == NEXFS_ERR_INVAL,
	    "NAND refuses a second program of a page");
	tap_ok(nexfs_emu_ops.prog(&e, 1, 100, page, 256) == NEXFS_ERR_INVAL,
	    "unaligned program refused");
	tap_ok(nexfs_emu_ops.erase(&e, 1) == 0 && mem[4096 + 256] == 0xff, "erase to 0xFF");
	tap_ok(e.erases[1] == 1, "erase counted");

	geo.flags = NEXFS_FLASH_NOR;
	nexfs_emu_init(&e, &geo, mem, aux, true);
	memset(page, 0xf0, sizeof(page));
	tap_ok(nexfs_emu_ops.prog(&e, 2, 0, page, 256) == 0, "NOR program");
	memset(page, 0x0f, sizeof(page));
	tap_ok(nexfs_emu_ops.prog(&e, 2, 0, page, 256) == 0 && mem[2 * 4096] == 0x00,
	    "NOR reprogram only clears bits");

	nexfs_emu_cut_after(&e, 2);
	tap_ok(nexfs_emu_ops.erase(&e, 3) == 0, "op before the cut works");
	memset(page, 0, sizeof(page));
	tap_ok(nexfs_emu_ops.prog(&e, 3, 0, page, 256) == NEXFS_ERR_POWERCUT,
	    "op at the cut reports the cut");
	tap_ok(mem[3 * 4096] == 0 && mem[3 * 4096 + 255] == 0xff, "cut program is torn");
	tap_ok(nexfs_emu_ops.read(&e, 3, 0, back, 16) == NEXFS_ERR_POWERCUT, "device is dark");
	nexfs_emu_power_on(&e);
	tap_ok(nexfs_emu_ops.read(&e, 3, 0, back, 16) == 0, "power back");

	nexfs_emu_set_bad(&e, 5);
	tap_ok(nexfs_emu_ops.erase(&e, 5) == NEXFS_ERR_BADBLOCK, "bad block refuses erase");
	nexfs_emu_flip(&e, 4, 10, 3);
	tap_ok(mem[4 * 4096 + 10] == (0xff ^ 8), "bit flip");
	memset(page, 0x33, sizeof(page));
	(void)nexfs_emu_ops.erase(&e, 6);
	(void)nexfs_emu_ops.prog(&e, 6, 0, page, 256);
	nexfs_emu_flip_read(&e, 1);
	tap_ok(nexfs_emu_ops.read(&e, 6, 0, back, 256) == 0 && memcmp(back, page, 256) != 0,
	    "flip on read: the data read differs");
	tap_ok(nexfs_emu_ops.read(&e, 6, 0, back, 256) == 0 && memcmp(back, page, 256) == 0,
	    "the medium is unchanged");
	nexfs_emu_wear(&e, &max, &min, &sum);
	tap_ok(max == 1 && min == 0 && sum == 2, "wear figures");
	free(mem);
	free(aux);
	return tap_done();
}
