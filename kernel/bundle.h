/*
 * bundle.h: finding a program in the boot bundle.
 *
 * The boot bundle is the set of user programs the build packs into the
 * kernel image (tools/mkbundle.py; the format is in docs/abi.md).  All
 * numbers are little-endian:
 *
 *   offset  size  header (32 bytes)
 *        0     8  magic "NXBUNDLE"
 *        8     4  version (BUNDLE_VERSION, 2)
 *       12     4  count of entries (0..BUNDLE_MAX_ENTRIES)
 *       16     8  total size of the bundle in bytes
 *       24     4  entry size (80)
 *       28     4  reserved, 0
 *       32        count entries of 80 bytes:
 *                   0  32  name: 1..31 bytes of [A-Za-z0-9_.-], NUL-padded
 *                  32   8  offset of the data from the bundle's start
 *                  40   8  size of the data, > 0
 *                  48  32  BLAKE3-256 of the data
 *                 then the data, each 8-byte aligned, after the entry
 *                 table, in entry order, not overlapping
 *
 * Every function validates the whole bundle (header, every entry's name,
 * bounds and order, names unique) before it answers, reads only inside
 * [bundle, bundle + size) with byte loads, and keeps no state: the bundle
 * is untrusted bytes each time.  The hashes are reported, not checked: this
 * module needs no crypto; a caller that has BLAKE3 compares them.  Portable and freestanding (lib/base only);
 * kernel/tests/test_bundle.c tests it and tests/fuzz/bundle_find.c fuzzes it.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#define BUNDLE_MAGIC       "NXBUNDLE"
#define BUNDLE_VERSION     2
#define BUNDLE_HEADER_SIZE 32
#define BUNDLE_ENTRY_SIZE  80
#define BUNDLE_NAME_SIZE   32
#define BUNDLE_MAX_ENTRIES 64

/* Errors: distinct and negative; bundle_strerror() names them. */
enum bundle_err {
	BUNDLE_ERR_TRUNCATED = -1, /* shorter than its header or entry table */
	BUNDLE_ERR_MAGIC = -2,     /* not "NXBUNDLE" */
	BUNDLE_ERR_VERSION = -3,   /* a version this code does not read */
	BUNDLE_ERR_SIZE = -4,      /* the recorded total size is not the size given */
	BUNDLE_ERR_HEADER = -5,    /* wrong entry size or reserved field not 0 */
	BUNDLE_ERR_COUNT = -6,     /* more than BUNDLE_MAX_ENTRIES entries */
	BUNDLE_ERR_NAME = -7,      /* an empty, unterminated or ill-formed name */
	BUNDLE_ERR_DUPLICATE = -8, /* two entries with one name */
	BUNDLE_ERR_ALIGN = -9,     /* data not 8-byte aligned */
	BUNDLE_ERR_BOUNDS = -10,   /* data empty, in the table or past the end */
	BUNDLE_ERR_ORDER = -11,    /* data out of entry order or overlapping */
	BUNDLE_ERR_NOENT = -12,    /* no such program (or index) */
};

/* One program of the bundle. */
struct bundle_entry {
	char name[BUNDLE_NAME_SIZE]; /* NUL-terminated */
	size_t name_len;
	const void *data; /* inside the bundle */
	size_t size;
	uint8_t blake3[32]; /* BLAKE3-256 of the data, as recorded */
};

/*
 * Validates the size bytes at bundle.  Returns the number of entries (>= 0)
 * or a BUNDLE_ERR_* code.
 */
int bundle_check(const void *bundle, size_t size) __attribute__((warn_unused_result));

/*
 * Validates the bundle and describes its entry number index in *out.
 * Returns 0, BUNDLE_ERR_NOENT when index >= the count, or another error.
 */
int bundle_entry_get(const void *bundle, size_t size, unsigned index, struct bundle_entry *out)
    __attribute__((warn_unused_result));

/*
 * Validates the bundle and finds the program whose name is the name_len
 * bytes at name (not NUL-terminated; name may be NULL when name_len is 0).
 * On success sets *elf and *elf_size to its data inside the bundle and
 * returns 0; returns BUNDLE_ERR_NOENT when no entry has that exact name, or
 * the bundle's error.  *elf and *elf_size are untouched on failure.
 */
int bundle_find(const void *bundle, size_t size, const char *name, size_t name_len, const void **elf, size_t *elf_size)
    __attribute__((warn_unused_result));

/* bundle_find, giving the whole entry and its index: one walk of the bundle. */
int bundle_find_entry(const void *bundle, size_t size, const char *name, size_t name_len, struct bundle_entry *out,
    unsigned *index) __attribute__((warn_unused_result));

/* A sentence naming a BUNDLE_ERR_* code ("unknown error" for others). */
const char *bundle_strerror(int err);
