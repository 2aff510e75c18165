/*
 * ktest_none.c: ktest_main() for the normal image, which has no tests.
 */
#include <hal/console.h>

#include "ktest.h"

void
ktest_main(const struct hal_boot *boot, const char *which)
{
	(void)boot;
	hal_printf("bootargs: ktest=%s ignored: this image has no in-kernel tests\n", which);
}
