/*
 * platform.c: device tree to struct hal_platform.
 *
 * The tree is checked whole by fdt_check() first, so a corrupt blob is
 * refused before any field is read.  Then each thing the kernel needs is
 * looked up by its standard name or compatible string:
 *   memory     /memory nodes with device_type "memory"         (required)
 *   harts      enabled cpu nodes under /cpus, timebase-frequency (required)
 *   UART       "ns16550a"                                       (optional)
 *   PLIC       "riscv,plic0" / "sifive,plic-1.0.0"              (optional)
 *   test dev   "sifive,test0"                                   (optional)
 *   RTC        "google,goldfish-rtc"                            (optional)
 *   virtio     "virtio,mmio"                                    (optional)
 *   bootargs   /chosen bootargs                                 (optional)
 *   reserved   children of /reserved-memory and the /memreserve/ map
 */
#include <base/fmt.h>
#include <base/mem.h>
#include <fdt/fdt.h>
#include <hal/platform.h>

#define FAIL(...)                                          \
	do {                                                   \
		base_snprintf(err, (size_t)errlen, __VA_ARGS__);   \
		return -1;                                         \
	} while (0)

static void
copy_str(char *dst, size_t n, const char *src, uint32_t srclen)
{
	size_t len = base_strnlen(src, srclen);

	if (len >= n)
		len = n - 1;
	base_memcpy(dst, src, len);
	dst[len] = '\0';
}

static bool
isa_has(const char *isa, const char *ext)
{
	/* Multi-letter extensions follow an underscore: "..._sstc_...". */
	size_t n = base_strlen(ext);

	for (const char *p = isa; *p != '\0'; p++)
		if (*p == '_' && base_strncmp(p + 1, ext, n) == 0 &&
		    (p[1 + n] == '\0' || p[1 + n] == '_'))
			return true;
	return false;
}

static int
get_mmio(const struct fdt *fdt, int node, struct hal_mmio *m)
{
	uint32_t irq;

	if (fdt_get_reg(fdt, node, 0, &m->base, &m->size) != 0)
		return -1;
	m->irq = fdt_get_u32(fdt, node, "interrupts", &irq) == 0 ? irq : 0;
	m->present = true;
	return 0;
}

static int
parse_cpus(struct hal_platform *plat, const struct fdt *fdt, char *err, uint64_t errlen,
    uint32_t *intc_phandle)
{
	int cpus = fdt_path(fdt, "/cpus"), depth = 0, n;
	uint32_t tb;
	bool found_boot = false;

	if (cpus < 0)
		FAIL("device tree has no /cpus node");
	if (fdt_get_u32(fdt, cpus, "timebase-frequency", &tb) != 0 || tb == 0)
		FAIL("/cpus has no valid timebase-frequency");
	plat->timebase_hz = tb;
	depth = 1;
	for (n = fdt_next_node(fdt, cpus, &depth); n >= 0 && depth >= 2; n = fdt_next_node(fdt, n, &depth)) {
		uint32_t len, hart;
		const char *dt = fdt_getprop(fdt, n, "device_type", &len);

		if (depth != 2 || dt == NULL || !base_str_eqn(dt, base_strnlen(dt, len), "cpu"))
			continue;
		if (!fdt_is_enabled(fdt, n))
			continue;
		if (fdt_get_u32(fdt, n, "reg", &hart) != 0)
			FAIL("cpu node %s has no valid reg", fdt_get_name(fdt, n));
		if (plat->harts < HAL_MAX_HARTS)
			plat->hart_ids[plat->harts] = hart;
		plat->harts++;
		if (hart == plat->boot_hart) {
			const char *isa = fdt_getprop(fdt, n, "riscv,isa", &len);
			int d = depth, c;

			found_boot = true;
			if (isa != NULL) {
				copy_str(plat->isa, sizeof(plat->isa), isa, len);
				/* Check the whole string, not only the copy. */
				char full[256];
				copy_str(full, sizeof(full), isa, len);
				plat->sstc = isa_has(full, "sstc");
			}
			/* The hart's interrupt controller, for the PLIC context. */
			for (c = fdt_next_node(fdt, n, &d); c >= 0 && d > 2; c = fdt_next_node(fdt, c, &d))
				if (fdt_is_compatible(fdt, c, "riscv,cpu-intc"))
					(void)fdt_get_u32(fdt, c, "phandle", intc_phandle);
		}
	}
	if (plat->harts == 0)
		FAIL("/cpus lists no enabled cpu");
	if (!found_boot)
		FAIL("no cpu node for boot hart %u", plat->boot_hart);
	return 0;
}

static int
parse_memory(struct hal_platform *plat, const struct fdt *fdt, char *err, uint64_t errlen)
{
	int depth = 0, n;

	for (n = fdt_next_node(fdt, -1, &depth); n >= 0; n = fdt_next_node(fdt, n, &depth)) {
		uint32_t len;
		const char *dt = fdt_getprop(fdt, n, "device_type", &len);
		uint64_t base, size;

		if (depth != 1 || dt == NULL || !base_str_eqn(dt, base_strnlen(dt, len), "memory"))
			continue;
		for (int i = 0; fdt_get_reg(fdt, n, i, &base, &size) == 0; i++) {
			if (size == 0 || base + size < base)
				FAIL("memory node %s has an empty or wrapping range", fdt_get_name(fdt, n));
			if (plat->mem_banks++ == 0) {
				plat->mem.base = base;
				plat->mem.size = size;
			}
		}
	}
	if (plat->mem_banks == 0)
		FAIL("device tree has no memory node with a valid reg property");
	return 0;
}

static void
parse_reserved(struct hal_platform *plat, const struct fdt *fdt)
{
	int rsv = fdt_path(fdt, "/reserved-memory"), depth = 1, n;
	const uint8_t *map = fdt->blob + fdt->off_rsvmap;

	/* The /memreserve/ map: pairs of u64 until a zero pair. */
	for (uint32_t off = fdt->off_rsvmap; off + 16 <= fdt->size; off += 16, map += 16) {
		uint64_t a = (uint64_t)fdt_be32(map) << 32 | fdt_be32(map + 4);
		uint64_t s = (uint64_t)fdt_be32(map + 8) << 32 | fdt_be32(map + 12);
		if (a == 0 && s == 0)
			break;
		if (plat->nreserved < HAL_MAX_RESERVED)
			plat->reserved[plat->nreserved++] = (struct hal_range){ a, s };
	}
	if (rsv < 0)
		return;
	for (n = fdt_next_node(fdt, rsv, &depth); n >= 0 && depth >= 2; n = fdt_next_node(fdt, n, &depth)) {
		uint64_t a, s;
		if (depth == 2 && fdt_get_reg(fdt, n, 0, &a, &s) == 0 && plat->nreserved < HAL_MAX_RESERVED)
			plat->reserved[plat->nreserved++] = (struct hal_range){ a, s };
	}
}

static int
parse_plic(struct hal_platform *plat, const struct fdt *fdt, uint32_t intc, char *err, uint64_t errlen)
{
	int n = fdt_find_compatible(fdt, -1, "riscv,plic0");
	uint32_t len;
	const uint8_t *ie;

	if (n < 0)
		n = fdt_find_compatible(fdt, -1, "sifive,plic-1.0.0");
	if (n < 0)
		return 0;
	if (get_mmio(fdt, n, &plat->plic) != 0)
		FAIL("PLIC node %s has no valid reg", fdt_get_name(fdt, n));
	if (fdt_get_u32(fdt, n, "riscv,ndev", &plat->plic_ndev) != 0)
		FAIL("PLIC node %s has no riscv,ndev", fdt_get_name(fdt, n));
	/* Context i is the i-th (phandle, irq) pair of interrupts-extended. */
	ie = fdt_getprop(fdt, n, "interrupts-extended", &len);
	if (ie == NULL || len % 8 != 0)
		FAIL("PLIC node %s has no valid interrupts-extended", fdt_get_name(fdt, n));
	for (uint32_t i = 0; i < len / 8; i++) {
		if (fdt_be32(ie + 8 * i) == intc && fdt_be32(ie + 8 * i + 4) == 9) {
			plat->plic_context = i;
			return 0;
		}
	}
	plat->plic.present = false;
	FAIL("PLIC has no supervisor context for boot hart %u", plat->boot_hart);
}

int
hal_platform_parse(struct hal_platform *plat, const void *dtb, uint64_t max,
    uint32_t boot_hart, char *err, uint64_t errlen)
{
	struct fdt fdt;
	int e, n, chosen;
	uint32_t len, intc = 0;
	const char *s;

	base_memset(plat, 0, sizeof(*plat));
	plat->boot_hart = boot_hart;
	e = fdt_check(&fdt, dtb, (size_t)max);
	if (e != 0)
		FAIL("device tree is not valid: %s", fdt_strerror(e));
	if (parse_memory(plat, &fdt, err, errlen) != 0)
		return -1;
	if (parse_cpus(plat, &fdt, err, errlen, &intc) != 0)
		return -1;
	parse_reserved(plat, &fdt);
	if (fdt_next_node(&fdt, -1, &(int){ 0 }) >= 0) {
		s = fdt_getprop(&fdt, 0, "model", &len);
		if (s != NULL)
			copy_str(plat->model, sizeof(plat->model), s, len);
	}
	n = fdt_find_compatible(&fdt, -1, "ns16550a");
	if (n >= 0 && fdt_is_enabled(&fdt, n)) {
		if (get_mmio(&fdt, n, &plat->uart) != 0)
			FAIL("UART node %s has no valid reg", fdt_get_name(&fdt, n));
		(void)fdt_get_u32(&fdt, n, "clock-frequency", &plat->uart_clock_hz);
	}
	if (parse_plic(plat, &fdt, intc, err, errlen) != 0)
		return -1;
	n = fdt_find_compatible(&fdt, -1, "sifive,test0");
	if (n >= 0 && get_mmio(&fdt, n, &plat->test) != 0)
		FAIL("test device node %s has no valid reg", fdt_get_name(&fdt, n));
	n = fdt_find_compatible(&fdt, -1, "google,goldfish-rtc");
	if (n >= 0 && fdt_is_enabled(&fdt, n) && get_mmio(&fdt, n, &plat->rtc) != 0)
		FAIL("RTC node %s has no valid reg", fdt_get_name(&fdt, n));
	for (n = fdt_find_compatible(&fdt, -1, "virtio,mmio"); n >= 0 && plat->nvirtio < HAL_MAX_VIRTIO;
	     n = fdt_find_compatible(&fdt, n, "virtio,mmio"))
		if (get_mmio(&fdt, n, &plat->virtio[plat->nvirtio]) == 0)
			plat->nvirtio++;
	chosen = fdt_path(&fdt, "/chosen");
	if (chosen >= 0 && (s = fdt_getprop(&fdt, chosen, "rng-seed", &len)) != NULL) {
		plat->rng_seed_len = len < sizeof(plat->rng_seed) ? len : (uint32_t)sizeof(plat->rng_seed);
		base_memcpy(plat->rng_seed, s, plat->rng_seed_len);
	}
	if (chosen >= 0 && (s = fdt_getprop(&fdt, chosen, "bootargs", &len)) != NULL) {
		plat->bootargs_truncated = base_strnlen(s, len) >= sizeof(plat->bootargs);
		copy_str(plat->bootargs, sizeof(plat->bootargs), s, len);
	}
	return 0;
}
