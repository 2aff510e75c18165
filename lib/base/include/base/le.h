/*
 * le.h: little-endian loads from byte arrays of any alignment, for the
 * parsers of on-disk and in-image formats (ELF, the bundle, manifests).
 */
#pragma once

#include <stdint.h>

static inline uint16_t
base_le16(const uint8_t *p)
{
	return (uint16_t)(p[0] | p[1] << 8);
}

static inline uint32_t
base_le32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static inline uint64_t
base_le64(const uint8_t *p)
{
	return (uint64_t)base_le32(p) | (uint64_t)base_le32(p + 4) << 32;
}
