/*
 * test_platform.c: the device tree parser and hal_platform_parse() on the
 * host, against a tree QEMU itself produced and against damaged copies.
 *
 * The QEMU tree comes from `qemu-system-riscv64 -machine virt,dumpdtb=...`
 * (tests run where QEMU is installed; the path is in $NEXUS_DTB, made by the
 * test command in hal/hal.mk).  Every single-byte corruption and every
 * truncation of it must either parse or be refused with an error, never
 * read outside the blob (ASan watches).
 */
#include <fdt/fdt.h>
#include <hal/platform.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tap.h>

static uint8_t *
load(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf;
	long len;

	if (f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)len);
	if (buf == NULL || fread(buf, 1, (size_t)len, f) != (size_t)len) {
		fclose(f);
		free(buf);
		return NULL;
	}
	fclose(f);
	*n = (size_t)len;
	return buf;
}

static void
put32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)(v >> 24);
	p[1] = (uint8_t)(v >> 16);
	p[2] = (uint8_t)(v >> 8);
	p[3] = (uint8_t)v;
}

int
main(void)
{
	const char *path = getenv("NEXUS_DTB");
	struct hal_platform plat;
	struct fdt fdt;
	char err[160];
	uint8_t *dtb, *copy;
	size_t n;
	int e;

	if (path == NULL || (dtb = load(path, &n)) == NULL) {
		tap_ok(false, "load the QEMU device tree from $NEXUS_DTB");
		return tap_done();
	}
	/* QEMU pads the file; the blob is what its header says. */
	if (n >= 8 && fdt_header_size(dtb) < n)
		n = fdt_header_size(dtb);
	tap_ok(fdt_check(&fdt, dtb, n) == 0, "QEMU's tree passes fdt_check (%zu bytes)", n);
	e = hal_platform_parse(&plat, dtb, n, 0, err, sizeof(err));
	tap_ok(e == 0, "hal_platform_parse accepts it (%s)", e ? err : "ok");
	tap_ok(plat.mem.base == 0x80000000 && plat.mem.size == 256ull << 20, "memory 256 MiB at 0x80000000");
	tap_ok(plat.harts == 3 && plat.boot_hart == 0, "3 harts");
	tap_ok(plat.timebase_hz == 10000000, "timebase 10 MHz");
	tap_ok(plat.uart.present && plat.uart.base == 0x10000000 && plat.uart.irq == 10, "UART at 0x10000000, irq 10");
	tap_ok(plat.plic.present && plat.plic.base == 0xc000000 && plat.plic_ndev == 0x60 && plat.plic_context == 1,
	    "PLIC at 0xc000000, 96 sources, S context of hart 0 is 1");
	tap_ok(plat.test.present && plat.test.base == 0x100000, "test device at 0x100000");
	tap_ok(plat.rtc.present && plat.rtc.base == 0x101000 && plat.rtc.size == 0x1000 && plat.rtc.irq == 11,
	    "goldfish RTC at 0x101000, 4 KiB, irq 11");
	tap_ok(plat.nvirtio == 8, "8 virtio-mmio slots");
	tap_ok(plat.sstc, "Sstc found in the ISA string");
	tap_ok(strcmp(plat.bootargs, "profile=hardened ktest=all") == 0, "bootargs from /chosen");
	e = hal_platform_parse(&plat, dtb, n, 2, err, sizeof(err));
	tap_ok(e == 0 && plat.plic_context == 5, "hart 2's S context is 5");
	e = hal_platform_parse(&plat, dtb, n, 7, err, sizeof(err));
	tap_ok(e != 0 && strstr(err, "no cpu node for boot hart 7") != NULL, "unknown boot hart refused: %s", err);

	/* Damaged headers. */
	copy = malloc(n);
	memcpy(copy, dtb, n);
	copy[0] ^= 0xff;
	e = hal_platform_parse(&plat, copy, n, 0, err, sizeof(err));
	tap_ok(e != 0 && strstr(err, "bad magic") != NULL, "bad magic: %s", err);
	memcpy(copy, dtb, n);
	e = hal_platform_parse(&plat, copy, n - 1, 0, err, sizeof(err));
	tap_ok(e != 0 && strstr(err, "smaller than its header") != NULL, "truncated blob: %s", err);
	memcpy(copy, dtb, n);
	put32(copy + 8, (uint32_t)n);	/* structure block past the end */
	tap_ok(fdt_check(&fdt, copy, n) == FDT_ERR_BADLAYOUT, "structure block outside the blob is refused");
	memcpy(copy, dtb, n);
	put32(copy + 20, 3);
	tap_ok(fdt_check(&fdt, copy, n) == FDT_ERR_BADVERSION, "old version refused");
	tap_ok(fdt_check(&fdt, dtb, 10) == FDT_ERR_TRUNCATED, "shorter than a header refused");

	/*
	 * Every bit position of the used part of the blob (QEMU pads the
	 * blob to 1 MiB), and truncations: no crash, no read outside (ASan).
	 */
	tap_ok(fdt_check(&fdt, dtb, n) == 0, "recheck the good tree");
	size_t used = fdt.off_strings + fdt.size_strings;
	if (fdt.off_struct + fdt.size_struct > used)
		used = fdt.off_struct + fdt.size_struct;
	int accepted = 0, refused = 0;
	memcpy(copy, dtb, n);
	for (size_t i = 0; i < used * 8; i += 3) {
		copy[i / 8] ^= (uint8_t)(1u << (i % 8));
		if (hal_platform_parse(&plat, copy, n, 0, err, sizeof(err)) == 0)
			accepted++;
		else
			refused++;
		copy[i / 8] ^= (uint8_t)(1u << (i % 8));
	}
	tap_ok(refused > 0 && accepted > 0,
	    "single-bit corruptions over %zu bytes parse or are refused cleanly (%d refused, %d accepted)",
	    used, refused, accepted);
	int trunc_ok = 1;
	for (size_t len = 0; len < n; len += 5) {
		uint8_t *t = malloc(len ? len : 1);
		memcpy(t, dtb, len);
		if (hal_platform_parse(&plat, t, len, 0, err, sizeof(err)) == 0)
			trunc_ok = 0;
		free(t);
	}
	tap_ok(trunc_ok, "every truncation is refused");

	/* fdt walking. */
	tap_ok(fdt_check(&fdt, dtb, n) == 0, "recheck");
	int node = fdt_path(&fdt, "/soc/serial");
	tap_ok(node >= 0 && strcmp(fdt_get_name(&fdt, node), "serial@10000000") == 0, "fdt_path finds /soc/serial");
	tap_ok(fdt_path(&fdt, "/nope") == FDT_ERR_NOTFOUND, "fdt_path reports a missing node");
	tap_ok(fdt_find_phandle(&fdt, 0xffff) == FDT_ERR_NOTFOUND, "fdt_find_phandle reports a missing phandle");
	free(copy);
	free(dtb);
	return tap_done();
}
