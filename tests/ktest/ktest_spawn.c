/*
 * ktest_spawn.c: the kernel checks each program's manifest at spawn.
 *
 * Takes `hello` from the boot bundle and hands fiber_spawn_image copies of
 * it: intact (spawned, in the tier its manifest asks for), and with the
 * manifest damaged in the ways a corrupt or hostile image could be (bad
 * magic, a length past the section, an unknown entry, zeroed, the section
 * renamed away).  (No program declares a restore callback yet, so the
 * check that one lies in executable code is not exercised here.)  Each damaged copy must be refused
 * with NX_ERR_BADFORMAT and a SPAWN_REFUSED ledger event naming the stage
 * and the manifest error, and never fault the kernel.
 */
#include <base/mem.h>
#include <hal/page.h>
#include <manifest/manifest.h>

#include "../../kernel/bundle.h"
#include "../../kernel/fiber.h"
#include "ktest_internal.h"

extern const uint8_t bundle_start[], bundle_end[];

#define COPY_PAGES 16

/* The last ledger event, or NULL. */
static const struct ledger_event *
last_event(void)
{
	static struct ledger_event ev;
	uint64_t lost;

	if (fiber_ledger.next_seq == 0 ||
	    ledger_read(&fiber_ledger, fiber_ledger.next_seq - 1, &ev, 1, &lost) != 1)
		return NULL;
	return &ev;
}

/* Spawns a damaged copy and checks the refusal and its ledger event. */
static void
refused(const uint8_t *img, size_t size, uint64_t stage, int64_t err, const char *what)
{
	int64_t r = fiber_spawn_image("hello", 5, img, size, NX_TIER_MANIFEST, 0, NULL, 0);
	const struct ledger_event *ev = last_event();

	ktest_ok(r == NX_ERR_BADFORMAT && ev != NULL && ev->type == LEDGER_SPAWN_REFUSED && ev->fields[0] == stage &&
	        (int64_t)ev->fields[1] == err,
	    "spawn refuses %s: %lld, ledger spawn_refused stage %llu err %lld", what, (long long)r,
	    ev != NULL ? (unsigned long long)ev->fields[0] : 99ull, ev != NULL ? (long long)ev->fields[1] : 0ll);
}

void
ktest_spawn(const struct hal_boot *boot)
{
	const void *elf, *man;
	size_t size, mlen;
	uint8_t *copy = hal_page_alloc_run(COPY_PAGES);
	int64_t id;

	fiber_init(boot);
	if (bundle_find(bundle_start, (size_t)(bundle_end - bundle_start), "hello", 5, &elf, &size) != 0 ||
	    copy == NULL || size > COPY_PAGES * HAL_PAGE_SIZE || manifest_find_in_elf(elf, size, &man, &mlen) != 0) {
		ktest_ok(false, "spawn: hello and its manifest are in the bundle");
		return;
	}
	size_t off = (size_t)((const uint8_t *)man - (const uint8_t *)elf);

	base_memcpy(copy, elf, size);
	id = fiber_spawn_image("hello", 5, copy, size, NX_TIER_MANIFEST, 0, NULL, 0);
	ktest_ok(id > 0 && fiber_by_id((uint32_t)id)->se.tier == fiber_by_id((uint32_t)id)->manifest_tier &&
	        fiber_by_id((uint32_t)id)->manifest_tier == NX_TIER_MATTER,
	    "spawn of an intact copy: fiber %lld, in its manifest's tier", (long long)id);

	copy[off] ^= 0xff;	/* the magic */
	refused(copy, size, LEDGER_REFUSED_MANIFEST, MANIFEST_ERR_MAGIC, "a manifest with a bad magic");
	base_memcpy(copy, elf, size);
	copy[off + 6] = 0xff;	/* total length, low byte: past the section */
	copy[off + 7] = 0x03;
	refused(copy, size, LEDGER_REFUSED_MANIFEST, MANIFEST_ERR_TRUNCATED, "a manifest longer than its section");
	base_memcpy(copy, elf, size);
	copy[off + 8] = 0x7f;	/* the first entry's kind */
	refused(copy, size, LEDGER_REFUSED_MANIFEST, MANIFEST_ERR_KIND, "a manifest with an unknown entry");
	base_memcpy(copy, elf, size);
	base_memset(copy + off, 0, mlen);
	refused(copy, size, LEDGER_REFUSED_MANIFEST, MANIFEST_ERR_MAGIC, "a zeroed manifest");
	base_memcpy(copy, elf, size);
	for (size_t i = 0; i + 15 <= size; i++)
		if (base_memcmp(copy + i, ".nexus.manifest", 15) == 0)
			copy[i + 1] = 'X';	/* the section's name in the string table */
	refused(copy, size, LEDGER_REFUSED_MANIFEST, MANIFEST_ERR_NOSECTION, "an image without a manifest section");
	ktest_ok(fiber_spawn_image("hello", 5, elf, size, 7, 0, NULL, 0) == NX_ERR_INVAL, "spawn with tier 7: NX_ERR_INVAL");
	for (unsigned i = 0; i < COPY_PAGES; i++)
		hal_page_free(copy + i * HAL_PAGE_SIZE);
}
