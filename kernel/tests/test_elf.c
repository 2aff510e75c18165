/*
 * test_elf.c: the user program ELF validator on hand-made images, one
 * defect each, on every truncation, on random corruption, and on the real
 * user programs of the build.
 *
 * The real programs are read from the directory in $NEXUS_USER_ELFS (every
 * *.elf there; make test sets it to $(B)/rv64/user); without it that part
 * is skipped.  Every image is copied to a heap buffer of exactly its size,
 * so ASan reports any read past the end.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <tap.h>

#include "../elf.h"

#define IMG_SIZE 0x3000
#define TEXT_VA  0x1000001000ull
#define DATA_VA  0x1000002000ull

static uint8_t img[IMG_SIZE];

static void
put16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
}

static void
put32(uint8_t *p, uint32_t v)
{
	put16(p, (uint16_t)v);
	put16(p + 2, (uint16_t)(v >> 16));
}

static void
put64(uint8_t *p, uint64_t v)
{
	put32(p, (uint32_t)v);
	put32(p + 4, (uint32_t)(v >> 32));
}

/* Program header i of the image. */
static uint8_t *
ph(int i)
{
	return img + 64 + 56 * i;
}

static void
set_ph(int i, uint32_t type, uint32_t flags, uint64_t off, uint64_t va, uint64_t filesz, uint64_t memsz)
{
	uint8_t *p = ph(i);

	put32(p, type);
	put32(p + 4, flags);
	put64(p + 8, off);
	put64(p + 16, va);
	put64(p + 24, va);
	put64(p + 32, filesz);
	put64(p + 40, memsz);
	put64(p + 48, 4096);
}

/*
 * A valid image: text R+X at TEXT_VA (file 0x1000, 0x100 bytes), data R+W at
 * DATA_VA (file 0x2000, 0x10 bytes, 0x3000 in memory), a GNU_STACK header.
 */
static void
img_reset(void)
{
	memset(img, 0, sizeof(img));
	memcpy(img, "\177ELF", 4);
	img[4] = 2;
	img[5] = 1;
	img[6] = 1;
	put16(img + 16, 2);
	put16(img + 18, 243);
	put32(img + 20, 1);
	put64(img + 24, TEXT_VA);
	put64(img + 32, 64);
	put32(img + 48, 0x1); /* RVC, soft float */
	put16(img + 52, 64);
	put16(img + 54, 56);
	put16(img + 56, 3);
	set_ph(0, 1, ELF_SEG_R | ELF_SEG_X, 0x1000, TEXT_VA, 0x100, 0x100);
	set_ph(1, 1, ELF_SEG_R | ELF_SEG_W, 0x2000, DATA_VA, 0x10, 0x3000);
	set_ph(2, 0x6474e551, ELF_SEG_R | ELF_SEG_W, 0, 0, 0, 0);
}

/* elf_load_plan on an exact-size heap copy of the first n bytes of p. */
static int
plan_bytes(const uint8_t *p, size_t n, struct elf_plan *plan)
{
	uint8_t *copy = malloc(n ? n : 1);
	int err;

	memcpy(copy, p, n);
	err = elf_load_plan(copy, n, plan);
	free(copy);
	return err;
}

static int
plan_img(void)
{
	struct elf_plan plan;

	return plan_bytes(img, sizeof(img), &plan);
}

static void
expect(int want, const char *what)
{
	int got = plan_img();

	tap_ok(got == want, "%s: %s (got %d: %s)", what, elf_strerror(want), got, elf_strerror(got));
	img_reset();
}

/* Whether an accepted plan obeys every rule elf.h promises. */
static bool
plan_sane(const struct elf_plan *p, size_t size)
{
	bool entry = false;

	if (p->nseg == 0 || p->nseg > ELF_PLAN_MAX)
		return false;
	for (unsigned i = 0; i < p->nseg; i++) {
		const struct elf_segment *s = &p->seg[i];

		if (s->memsz == 0 || s->filesz > s->memsz || s->offset > size || s->filesz > size - s->offset)
			return false;
		if (s->vaddr < ELF_USER_BASE || s->vaddr + s->memsz > ELF_USER_END || s->vaddr + s->memsz < s->vaddr)
			return false;
		if ((s->flags & ELF_SEG_W) && (s->flags & ELF_SEG_X))
			return false;
		if ((s->flags & ELF_SEG_X) && p->entry >= s->vaddr && p->entry < s->vaddr + s->filesz)
			entry = true;
		for (unsigned j = 0; j < i; j++) {
			const struct elf_segment *t = &p->seg[j];
			uint64_t slo = s->vaddr & ~0xfffull, shi = (s->vaddr + s->memsz + 0xfff) & ~0xfffull;
			uint64_t tlo = t->vaddr & ~0xfffull, thi = (t->vaddr + t->memsz + 0xfff) & ~0xfffull;

			if (slo < thi && tlo < shi)
				return false;
		}
	}
	return entry;
}

static void
test_synthetic(void)
{
	struct elf_plan plan;
	int err;

	img_reset();
	err = plan_bytes(img, sizeof(img), &plan);
	tap_ok(err == 0, "a valid image is accepted (%s)", elf_strerror(err));
	tap_ok(plan.entry == TEXT_VA && plan.nseg == 2, "entry and segment count");
	tap_ok(plan.seg[0].vaddr == TEXT_VA && plan.seg[0].offset == 0x1000 && plan.seg[0].filesz == 0x100 &&
	        plan.seg[0].memsz == 0x100 && plan.seg[0].flags == (ELF_SEG_R | ELF_SEG_X),
	    "text segment planned");
	tap_ok(plan.seg[1].vaddr == DATA_VA && plan.seg[1].offset == 0x2000 && plan.seg[1].filesz == 0x10 &&
	        plan.seg[1].memsz == 0x3000 && plan.seg[1].flags == (ELF_SEG_R | ELF_SEG_W),
	    "data segment planned, bss included");

	{
		bool all = true;
		size_t n;

		for (n = 0; n < 0x2010 && all; n++)
			all = plan_bytes(img, n, &plan) != 0;
		tap_ok(all, "every truncation before the last file byte is refused");
		tap_ok(plan_bytes(img, 63, &plan) == ELF_ERR_TRUNCATED, "63 bytes: truncated");
		tap_ok(plan_bytes(img, 64 + 56, &plan) == ELF_ERR_PHDRS, "cut in the program headers");
		tap_ok(plan_bytes(img, 0x1080, &plan) == ELF_ERR_SEGFILE, "cut in the text");
	}

	img[0] = 0x7e;
	expect(ELF_ERR_MAGIC, "bad magic");
	img[4] = 1;
	expect(ELF_ERR_CLASS, "ELFCLASS32");
	img[5] = 2;
	expect(ELF_ERR_ENDIAN, "big-endian");
	img[6] = 0;
	expect(ELF_ERR_VERSION, "ident version 0");
	put32(img + 20, 2);
	expect(ELF_ERR_VERSION, "header version 2");
	put16(img + 16, 3);
	expect(ELF_ERR_TYPE, "ET_DYN");
	put16(img + 16, 1);
	expect(ELF_ERR_TYPE, "ET_REL");
	put16(img + 18, 62);
	expect(ELF_ERR_MACHINE, "wrong machine (x86-64)");
	put32(img + 48, 0x5);
	expect(ELF_ERR_ABI, "double-float ABI");
	put32(img + 48, 0x8);
	expect(ELF_ERR_ABI, "RVE");
	put16(img + 52, 52);
	expect(ELF_ERR_HEADER, "e_ehsize 52");
	put16(img + 54, 32);
	expect(ELF_ERR_HEADER, "e_phentsize 32");
	put16(img + 56, 0);
	expect(ELF_ERR_PHDRS, "no program headers");
	put64(img + 32, UINT64_MAX - 8);
	expect(ELF_ERR_PHDRS, "program header offset near 2^64");
	put16(img + 56, 0xffff);
	expect(ELF_ERR_PHDRS, "65535 program headers");

	set_ph(2, 3, ELF_SEG_R, 0x100, 0, 0x10, 0x10);
	expect(ELF_ERR_DYNAMIC, "PT_INTERP");
	set_ph(2, 2, ELF_SEG_R, 0x100, 0, 0x10, 0x10);
	expect(ELF_ERR_DYNAMIC, "PT_DYNAMIC");
	set_ph(2, 7, ELF_SEG_R, 0x100, 0, 0x10, 0x10);
	expect(ELF_ERR_DYNAMIC, "PT_TLS");
	put32(ph(0), 4);
	put32(ph(1), 4);
	expect(ELF_ERR_NOLOAD, "no PT_LOAD");

	put32(ph(0) + 4, ELF_SEG_R | ELF_SEG_W | ELF_SEG_X);
	expect(ELF_ERR_WX, "text W+X");
	put32(ph(1) + 4, ELF_SEG_W | ELF_SEG_X);
	expect(ELF_ERR_WX, "data W+X without R");
	set_ph(1, 1, ELF_SEG_R | ELF_SEG_W, 0x2000, 0x80202000ull, 0x10, 0x3000);
	expect(ELF_ERR_RANGE, "data at a kernel address");
	set_ph(1, 1, ELF_SEG_R | ELF_SEG_W, 0x0, 0x0, 0x10, 0x3000);
	expect(ELF_ERR_RANGE, "data at address 0");
	set_ph(1, 1, ELF_SEG_R | ELF_SEG_W, 0x2000, ELF_USER_END - 0x1000, 0x10, 0x2000);
	expect(ELF_ERR_RANGE, "data crossing the end of the user range");
	set_ph(1, 1, ELF_SEG_R | ELF_SEG_W, 0x2000, 0xfffffffffffff000ull, 0x10, 0x2000);
	expect(ELF_ERR_RANGE, "data wrapping around 2^64");
	set_ph(1, 1, ELF_SEG_R | ELF_SEG_W, 0x2000, DATA_VA, 0x10, UINT64_MAX);
	expect(ELF_ERR_RANGE, "memsz 2^64-1");
	set_ph(1, 1, ELF_SEG_R | ELF_SEG_W, 0x2000, DATA_VA + 8, 0x10, 0x3000);
	expect(ELF_ERR_ALIGN, "vaddr and offset differ within a page");
	set_ph(1, 1, ELF_SEG_R | ELF_SEG_W, 0x2000, TEXT_VA, 0x10, 0x3000);
	expect(ELF_ERR_OVERLAP, "data at the text's address");
	set_ph(1, 1, ELF_SEG_R | ELF_SEG_W, 0x2800, TEXT_VA + 0x800, 0x10, 0x10);
	expect(ELF_ERR_OVERLAP, "data in the text's page, bytes apart");
	set_ph(1, 1, ELF_SEG_R | ELF_SEG_W, 0x2000, DATA_VA - 0x2000, 0x10, 0x1001);
	expect(ELF_ERR_OVERLAP, "data whose last page is the text's first");
	set_ph(1, 1, ELF_SEG_R | ELF_SEG_W, 0x2000, DATA_VA, 0x20, 0x10);
	expect(ELF_ERR_FILESZ, "filesz > memsz");
	set_ph(1, 1, ELF_SEG_R | ELF_SEG_W, UINT64_MAX - 4, DATA_VA, 0x10, 0x3000);
	expect(ELF_ERR_SEGFILE, "offset near 2^64");
	set_ph(1, 1, ELF_SEG_R | ELF_SEG_W, 0x2000, DATA_VA, 0x1001, 0x3000);
	expect(ELF_ERR_SEGFILE, "file bytes past the end");

	put64(img + 24, DATA_VA);
	expect(ELF_ERR_ENTRY, "entry in the data segment");
	put64(img + 24, 0);
	expect(ELF_ERR_ENTRY, "entry 0");
	put64(img + 24, TEXT_VA + 0x100);
	expect(ELF_ERR_ENTRY, "entry just past the text");
	put64(img + 24, TEXT_VA + 3);
	expect(ELF_ERR_ENTRY, "odd entry");
	put64(img + 24, TEXT_VA + 0xfe);
	expect(0, "entry at the last halfword of the text");

	set_ph(2, 1, ELF_SEG_R, 0x2000, 0x1000100000ull, 0, 0);
	expect(0, "an empty PT_LOAD is skipped");
	set_ph(2, 1, ELF_SEG_R, 0x2000, 0x1000100000ull, 0x10, 0);
	expect(ELF_ERR_FILESZ, "an empty PT_LOAD with file bytes");

	/* Nine loadable segments. */
	put16(img + 56, 9);
	for (int i = 2; i < 9; i++)
		set_ph(i, 1, ELF_SEG_R, 0, 0x1000100000ull + 0x1000ull * (uint64_t)i, 0, 0x10);
	expect(ELF_ERR_TOOMANY, "nine PT_LOAD segments");
	put16(img + 56, 8);
	for (int i = 2; i < 8; i++)
		set_ph(i, 1, ELF_SEG_R, 0, 0x1000100000ull + 0x1000ull * (uint64_t)i, 0, 0x10);
	expect(0, "eight PT_LOAD segments");
}

static uint64_t rng = 88172645463325252ull;

static uint64_t
rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* Random byte corruption of the headers: every accepted plan stays sane. */
static void
test_corruption(void)
{
	unsigned accepted = 0, insane = 0;
	struct elf_plan plan;

	for (int n = 0; n < 100000; n++) {
		img_reset();
		for (int k = 1 + (int)(rnd() % 4); k > 0; k--)
			img[rnd() % (64 + 56 * 3)] = (uint8_t)rnd();
		if (elf_load_plan(img, sizeof(img), &plan) == 0) {
			accepted++;
			insane += !plan_sane(&plan, sizeof(img));
		}
	}
	tap_ok(insane == 0, "100000 corrupted headers: %u accepted, all plans obey the rules", accepted);
	img_reset();
}

static void
test_strerror(void)
{
	bool distinct = true;

	for (int a = ELF_ERR_ENTRY; a <= 0; a++)
		for (int b = ELF_ERR_ENTRY; b < a; b++)
			distinct = distinct && strcmp(elf_strerror(a), elf_strerror(b)) != 0 &&
			    strcmp(elf_strerror(a), "unknown error") != 0;
	tap_ok(distinct, "elf_strerror names every code differently");
	tap_ok(strcmp(elf_strerror(-999), "unknown error") == 0 && strcmp(elf_strerror(5), "unknown error") == 0,
	    "elf_strerror of other values");
}

static uint8_t *
read_file(const char *path, size_t *size)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf = NULL;
	long n;

	if (f == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) > 0 && fseek(f, 0, SEEK_SET) == 0) {
		buf = malloc((size_t)n);
		if (fread(buf, 1, (size_t)n, f) != (size_t)n) {
			free(buf);
			buf = NULL;
		}
		*size = (size_t)n;
	}
	fclose(f);
	return buf;
}

static void
test_real(void)
{
	const char *dir = getenv("NEXUS_USER_ELFS");
	struct dirent *de;
	unsigned count = 0;
	DIR *d;

	if (dir == NULL) {
		tap_diag("NEXUS_USER_ELFS not set: the build's user programs are not checked");
		return;
	}
	d = opendir(dir);
	if (!tap_ok(d != NULL, "open %s", dir))
		return;
	while ((de = readdir(d)) != NULL) {
		size_t len = strlen(de->d_name), size = 0;
		struct elf_plan plan;
		char path[4096];
		uint8_t *buf;
		int err;

		if (len < 5 || strcmp(de->d_name + len - 4, ".elf") != 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		buf = read_file(path, &size);
		if (!tap_ok(buf != NULL, "read %s", de->d_name))
			continue;
		count++;
		err = elf_load_plan(buf, size, &plan);
		tap_ok(err == 0 && plan_sane(&plan, size) && plan.nseg >= 1, "%s: accepted, %u segments (%s)",
		    de->d_name, plan.nseg, elf_strerror(err));
		for (size_t n = 0; n < size && n < 8192; n += 1 + n / 16)
			if (plan_bytes(buf, n, &plan) == 0 && !plan_sane(&plan, n))
				tap_ok(false, "%s cut to %zu bytes: insane plan", de->d_name, n);
		buf[18] = 62;
		tap_ok(elf_load_plan(buf, size, &plan) == ELF_ERR_MACHINE, "%s as x86-64: refused", de->d_name);
		free(buf);
	}
	closedir(d);
	tap_ok(count >= 1, "%u user programs checked", count);
}

int
main(void)
{
	test_synthetic();
	test_corruption();
	test_strerror();
	test_real();
	return tap_done();
}
