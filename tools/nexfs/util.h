/*
 * util.h: small helpers shared by the nexfs CLI and nexfs-fuse: number and
 * size parsing, path tidying, and names for the library's enums.
 */
#pragma once

#include <nexfs/nexfs.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Parses a byte size: digits with an optional binary suffix K, M, G, T
 * (also KiB, MiB, ..., case-insensitive; "k" means 1024 too).  Returns false
 * for anything else, for 0 when !allow_zero, and on overflow.
 */
bool util_parse_size(const char *s, uint64_t *out, bool allow_zero);

/* Parses a plain decimal number no greater than max. */
bool util_parse_uint(const char *s, uint64_t max, uint64_t *out);

/*
 * Turns a path inside a volume into the library's form: absolute, single
 * slashes, no trailing slash, no "." components (".." is refused).  Returns
 * false if the result would not fit NEXFS_PATH_MAX or has a bad component.
 */
bool util_fs_path(const char *in, char out[NEXFS_PATH_MAX + 1]);

/* The last component of path ("/" for the root). */
const char *util_basename(const char *path);

/* Joins dir and name with one slash; false if too long. */
bool util_join(const char *dir, const char *name, char out[NEXFS_PATH_MAX + 1]);

/* Names of checksum kinds ("blake3-256", ...) and back. */
const char *util_csum_name(unsigned int csum);
bool util_csum_parse(const char *s, uint8_t *out);

/* Formats bytes as "12.3 MiB" into buf. */
const char *util_human(uint64_t bytes, char *buf, size_t len);

/* Formats a time in ns since 1970 as "YYYY-MM-DD HH:MM:SS" (UTC). */
const char *util_time(uint64_t ns, char *buf, size_t len);

/* Writes the first n bytes of h as hex into buf (2n + 1 bytes). */
const char *util_hex(const uint8_t *h, size_t n, char *buf);
