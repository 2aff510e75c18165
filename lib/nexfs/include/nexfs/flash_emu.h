/*
 * nexfs/flash_emu.h: an emulated flash device in caller-provided memory.
 *
 * The emulator enforces the flash rules of nexfs.h (erase to 0xFF, program
 * whole pages and only 1 -> 0, NAND pages once per erase), counts erases per
 * block, and lets tests misbehave it: cut the power at the N-th program or
 * erase (that operation is torn half-way, every later one fails with
 * NEXFS_ERR_POWERCUT until nexfs_emu_power_on()), flip bits in the medium
 * or in what one read returns, and grow bad blocks.  Host tools may also use it over a memory-mapped image file.
 *
 * Memory: mem holds block_count * block_size bytes (the medium); aux holds
 * nexfs_emu_aux_size() bytes of bookkeeping (erase counters, bad-block and
 * programmed-page maps).  Both are owned by the caller.
 */
#pragma once

#include <nexfs/nexfs.h>

struct nexfs_emu {
	struct nexfs_flash_geometry geo;
	uint8_t *mem;
	uint32_t *erases;	/* per block */
	uint8_t *bad;		/* per block: 1 when bad */
	uint8_t *programmed;	/* one bit per page (NAND rule) */
	uint64_t ops;		/* programs + erases so far */
	uint64_t cut_at;	/* cut power at this op number (1-based); 0: never */
	bool off;		/* power is cut */
	uint32_t fail_block;	/* program/erase of this block fails (grown bad); UINT32_MAX: none */
	uint64_t flip_read_at;	/* the n-th read from now returns one bit flipped; 0: never */
	uint64_t reads, progs, erase_total;
	uint64_t bytes_read, bytes_programmed;
};

/* The ops table to put in struct nexfs_config (ctx: the struct nexfs_emu). */
extern const struct nexfs_flash_ops nexfs_emu_ops;

/* Bytes of aux memory the emulator needs for geo. */
size_t nexfs_emu_aux_size(const struct nexfs_flash_geometry *geo);

/*
 * Sets e up over mem and aux.  When erase is true the medium is filled with
 * 0xFF and all counters start at zero; otherwise mem is taken as is (an
 * existing image) and every page counts as programmed.
 */
void nexfs_emu_init(struct nexfs_emu *e, const struct nexfs_flash_geometry *geo,
    void *mem, void *aux, bool erase);

/* Cuts the power when the n-th program or erase from now starts (n >= 1). */
void nexfs_emu_cut_after(struct nexfs_emu *e, uint64_t n);

/* Restores power; the torn operation stays torn. */
void nexfs_emu_power_on(struct nexfs_emu *e);

/*
 * Makes the n-th read from now (n >= 1) return its data with one bit
 * inverted, as a marginal cell would; the medium is not changed.
 */
void nexfs_emu_flip_read(struct nexfs_emu *e, uint64_t n);

/* Inverts one bit of the medium (as a read disturbance would). */
void nexfs_emu_flip(struct nexfs_emu *e, nexfs_block_t block, uint32_t off, unsigned bit);

/* Marks a block bad now (reads still work; program and erase fail). */
void nexfs_emu_set_bad(struct nexfs_emu *e, nexfs_block_t block);

/* Highest, lowest and total erase count over all good blocks. */
void nexfs_emu_wear(const struct nexfs_emu *e, uint32_t *max, uint32_t *min, uint64_t *sum);
