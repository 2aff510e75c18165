/*
 * ringproto.h: what ringsrc writes and ringsink checks, message by message.
 *
 * The first 8 bytes of every message are (phase << 32) | sequence number,
 * the sequence counting from 0 in each phase.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

enum { PH_CHECK, PH_BARE, PH_FILL, PH_COPY, PH_SEND, PH_END };

#define RINGPROTO_BIG 4096u	/* the message of PH_CHECK and PH_FILL */
#define RINGPROTO_SLOTS 16u	/* slots of a ring channel */
#define RINGPROTO_CHECK 512u	/* messages per phase */
#define RINGPROTO_BARE 4000u
#define RINGPROTO_FILL 2000u
#define RINGPROTO_COPY 512u
#define RINGPROTO_SEND 2000u
#define RINGPROTO_SMALL 64u	/* the message of PH_SEND */

/* Byte j (>= 8) of message seq. */
static inline uint8_t
ringproto_byte(uint32_t seq, size_t j)
{
	return (uint8_t)(seq * 131u + j * 7u + (j >> 8));
}

/* Length of copied message seq: 8 to 4096 bytes. */
static inline size_t
ringproto_copy_len(uint32_t seq)
{
	return 8 + (seq * 523u) % (RINGPROTO_BIG - 7);
}
