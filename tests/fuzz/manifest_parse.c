/*
 * manifest_parse.c: libFuzzer target for the manifest parser the kernel
 * runs on every spawn.  Each input is tried as an ELF image, through
 * manifest_find_in_elf() and then manifest_parse() on the section found,
 * and as a manifest on its own.  Aborts if a found section leaves the
 * image, or if an accepted manifest breaks a rule manifest.h promises.
 * The seeds are the build's user programs and their raw manifests.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <manifest/manifest.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
name_ok(const char *name, uint8_t len)
{
	if (len > MANIFEST_NAME_MAX || name[len] != 0)
		return 0;
	for (uint8_t i = 0; i < len; i++)
		if (name[i] < 0x21 || name[i] > 0x7e)
			return 0;
	return 1;
}

static void
manifest_check(const struct manifest *m, size_t size)
{
	if (m->version != MANIFEST_VERSION || m->size != size || size > MANIFEST_SIZE_MAX)
		abort();
	if (!(m->pledge & MANIFEST_PROMISE_STDIO) || (m->pledge & ~(uint32_t)MANIFEST_PROMISE_ALL))
		abort();
	if (m->tier > MANIFEST_TIER_VOID || m->restart > MANIFEST_RESTART_ON_FAULT ||
	    m->restart_backoff_ms > MANIFEST_BACKOFF_MAX_MS || m->ncaps > MANIFEST_CAPS_MAX)
		abort();
	if (!name_ok(m->restore, (uint8_t)strnlen(m->restore, sizeof(m->restore))) ||
	    (m->restore[0] != 0) != m->has_restore)
		abort();
	for (uint32_t i = 0; i < m->ncaps; i++) {
		const struct manifest_cap *c = &m->caps[i];

		if (c->rights == 0 || (c->rights & ~manifest_rights_valid(c->type)) || !name_ok(c->name, c->name_len))
			abort();
		if (c->has_badge != (c->badge != 0))
			abort();
		if (manifest_cap_promises(c->type, c->rights) & ~m->pledge)
			abort();
		for (uint32_t j = 0; j < i; j++)
			if (m->caps[j].type == c->type && strcmp(m->caps[j].name, c->name) == 0)
				abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* An exact-size heap copy, so ASan sees any read past the end. */
	uint8_t *copy = malloc(size ? size : 1);
	struct manifest m;
	const void *man;
	size_t man_len;

	memcpy(copy, data, size);
	if (manifest_find_in_elf(copy, size, &man, &man_len) == 0) {
		const uint8_t *p = man;

		if (p < copy || man_len > size || (size_t)(p - copy) > size - man_len)
			abort();
		if (manifest_parse(man, man_len, &m) == 0)
			manifest_check(&m, man_len);
	}
	if (manifest_parse(copy, size, &m) == 0)
		manifest_check(&m, size);
	free(copy);
	return 0;
}
