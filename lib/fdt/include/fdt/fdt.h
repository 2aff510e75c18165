/*
 * fdt/fdt.h: a read-only parser for flattened device trees (DTB, the
 * Devicetree Specification v0.4, chapter 5).
 *
 * A blob is checked once, whole, by fdt_check(): header fields, block
 * bounds, every token of the structure block, every name and property
 * name.  After a successful check the walking functions cannot read outside
 * the blob, so they need no error paths of their own.  Nothing is copied or
 * allocated; offsets are byte offsets into the structure block of the blob,
 * as in libfdt, and a negative return is an FDT_ERR_* code.
 *
 * Start reading at fdt_check(), then fdt_next_node() and fdt_getprop().
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
	FDT_ERR_TRUNCATED = -1,	/* blob smaller than its header says */
	FDT_ERR_BADMAGIC = -2,	/* not a device tree */
	FDT_ERR_BADVERSION = -3,	/* version older than 16 */
	FDT_ERR_BADLAYOUT = -4,	/* blocks overlap or lie outside the blob */
	FDT_ERR_BADSTRUCT = -5,	/* malformed token stream */
	FDT_ERR_BADNAME = -6,	/* unterminated node or property name */
	FDT_ERR_TOODEEP = -7,	/* nesting deeper than FDT_MAX_DEPTH */
	FDT_ERR_NOTFOUND = -8,	/* no such node or property */
	FDT_ERR_BADVALUE = -9,	/* property has the wrong length or form */
};

#define FDT_MAGIC 0xd00dfeedu
#define FDT_MAX_DEPTH 16

struct fdt {
	const uint8_t *blob;
	uint32_t size;		/* totalsize from the header */
	uint32_t off_struct, size_struct;
	uint32_t off_strings, size_strings;
	uint32_t off_rsvmap;
};

/* Returns a short English description of an FDT_ERR_* code. */
const char *fdt_strerror(int err);

/*
 * Checks the blob at p, of at most max bytes (pass the size of the memory
 * known to hold it), and fills *fdt.  Returns 0 or an FDT_ERR_* code; on
 * error *fdt must not be used.
 */
int fdt_check(struct fdt *fdt, const void *p, size_t max)
	__attribute__((warn_unused_result));

/* Reads the big-endian 32-bit total size from a header (no checks). */
uint32_t fdt_header_size(const void *p);

/*
 * Steps to the node after node (pass -1 to get the root), in document
 * order.  *depth is updated (root is depth 0).  Returns the node's offset,
 * or FDT_ERR_NOTFOUND after the last node.
 */
int fdt_next_node(const struct fdt *fdt, int node, int *depth);

/* The node's name including any unit address ("serial@10000000"). */
const char *fdt_get_name(const struct fdt *fdt, int node);

/*
 * Finds property name of node; returns its value and sets *len, or returns
 * NULL when absent.
 */
const void *fdt_getprop(const struct fdt *fdt, int node, const char *name, uint32_t *len);

/* Offset of the parent of node, or FDT_ERR_NOTFOUND for the root. */
int fdt_parent(const struct fdt *fdt, int node);

/* Offset of the node at absolute path ("/cpus", "/chosen"), or an error. */
int fdt_path(const struct fdt *fdt, const char *path);

/* Next node after start (-1: from the beginning) whose compatible list has compat. */
int fdt_find_compatible(const struct fdt *fdt, int start, const char *compat);

/* The node whose phandle property is ph, or FDT_ERR_NOTFOUND. */
int fdt_find_phandle(const struct fdt *fdt, uint32_t ph);

/* Whether node's compatible string list contains compat. */
bool fdt_is_compatible(const struct fdt *fdt, int node, const char *compat);

/* Whether the node has no status, or status "okay"/"ok". */
bool fdt_is_enabled(const struct fdt *fdt, int node);

/*
 * Reads a u32 property; returns 0 or FDT_ERR_NOTFOUND / FDT_ERR_BADVALUE
 * when the property is absent or not 4 bytes long.
 */
int fdt_get_u32(const struct fdt *fdt, int node, const char *name, uint32_t *out)
	__attribute__((warn_unused_result));

/*
 * Reads entry index of node's reg property, with the #address-cells and
 * #size-cells of its parent (1 or 2 each).  Returns 0 or an error.
 */
int fdt_get_reg(const struct fdt *fdt, int node, int index, uint64_t *addr, uint64_t *size)
	__attribute__((warn_unused_result));

/* Big-endian load from an unaligned property cell. */
uint32_t fdt_be32(const void *p);
