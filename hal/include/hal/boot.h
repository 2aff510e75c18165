/*
 * hal/boot.h: the hand-over from L0 to L1.
 *
 * The HAL brings the hart up (traps, paging, page allocator, guard-paged
 * stack, console, interrupts, timer) and then calls kernel_main(), which
 * the kernel defines.  This header is the only name L0 knows of L1.
 */
#pragma once

#include <hal/platform.h>
#include <stdint.h>

struct hal_boot {
	const struct hal_platform *plat;
	uint64_t kernel_base, kernel_end;	/* physical extent of the image */
	uint64_t text_size, rodata_size, data_size;
	uint64_t stack_base, stack_size;	/* the boot stack, above its guard page */
};

void kernel_main(const struct hal_boot *boot) __attribute__((noreturn));
