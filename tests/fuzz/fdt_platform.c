/*
 * fdt_platform.c: libFuzzer target for the device tree path the kernel
 * trusts at boot: fdt_check() and hal_platform_parse() on arbitrary bytes,
 * then the walkers on whatever passes the check.
 */
#include <fdt/fdt.h>
#include <hal/platform.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct hal_platform plat;
	struct fdt fdt;
	char err[160];
	int depth = 0;

	/* An exact-size heap copy, so ASan sees any read past the end. */
	uint8_t *copy = malloc(size ? size : 1);
	memcpy(copy, data, size);
	(void)!hal_platform_parse(&plat, copy, size, 0, err, sizeof(err));
	if (fdt_check(&fdt, copy, size) == 0) {
		for (int n = fdt_next_node(&fdt, -1, &depth); n >= 0; n = fdt_next_node(&fdt, n, &depth)) {
			uint64_t a, s;
			uint32_t len;
			(void)fdt_get_name(&fdt, n);
			(void)fdt_getprop(&fdt, n, "compatible", &len);
			(void)!fdt_get_reg(&fdt, n, 0, &a, &s);
			(void)fdt_parent(&fdt, n);
		}
		(void)fdt_path(&fdt, "/soc/serial");
	}
	free(copy);
	return 0;
}
