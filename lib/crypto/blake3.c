/*
 * blake3.c: BLAKE3, written from the BLAKE3 specification (2020).
 *
 * BLAKE3 splits the input into 1024-byte chunks, hashes each chunk with a
 * chain of 64-byte block compressions, and combines the chunk chaining
 * values (CVs) in a binary tree whose parent nodes are compressions of two
 * child CVs.  The root node is compressed with the ROOT flag, and its output
 * can be extended to any length by compressing again with an incrementing
 * output-block counter.
 *
 * The incremental state holds the chunk being hashed (cv, the buffered block,
 * how many blocks it has compressed) and a stack of subtree CVs.  A chunk's
 * CV is pushed only once more input is known to follow (the last chunk may be
 * the root); pushing chunk n (counting from 1) first merges one stack entry
 * per trailing zero bit of n, so the stack always holds one CV per one bit of
 * the number of completed chunks, largest subtree at the bottom.  The last
 * block of a chunk is likewise kept buffered until more input arrives,
 * because it needs the CHUNK_END (and maybe ROOT) flag.
 *
 * Whole chunks that are known not to be the last are hashed four at a time
 * by hash4(), written with the compiler's generic vector types so that it
 * becomes SIMD code (SSE2, NEON) without intrinsics.
 *
 * Start reading at crypto_blake3_update().
 */
#include <base/mem.h>
#include <crypto/blake3.h>
#include <crypto/util.h>

/* Domain flags of the compression function. */
enum {
	CHUNK_START = 1 << 0,
	CHUNK_END = 1 << 1,
	PARENT = 1 << 2,
	ROOT = 1 << 3,
	KEYED_HASH = 1 << 4,
	DERIVE_KEY_CONTEXT = 1 << 5,
	DERIVE_KEY_MATERIAL = 1 << 6,
};

static const uint32_t blake3_iv[8] = {
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
	0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

/* Message word order of each of the 7 rounds (the permutation iterated). */
static const uint8_t blake3_sched[7][16] = {
	{ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 },
	{ 2, 6, 3, 10, 7, 0, 4, 13, 1, 11, 12, 5, 9, 14, 15, 8 },
	{ 3, 4, 10, 12, 13, 2, 7, 14, 6, 5, 9, 0, 11, 15, 8, 1 },
	{ 10, 7, 12, 9, 14, 3, 13, 15, 4, 0, 11, 2, 5, 8, 1, 6 },
	{ 12, 13, 9, 11, 15, 10, 14, 8, 7, 2, 5, 3, 0, 1, 6, 4 },
	{ 9, 14, 11, 5, 8, 12, 15, 1, 13, 3, 0, 10, 2, 6, 4, 7 },
	{ 11, 15, 5, 0, 1, 9, 8, 6, 14, 10, 2, 12, 3, 4, 7, 13 },
};

#define G(a, b, c, d, x, y) do {					\
	a = a + b + (x);						\
	d = crypto_rotr32(d ^ a, 16);					\
	c = c + d;							\
	b = crypto_rotr32(b ^ c, 12);					\
	a = a + b + (y);						\
	d = crypto_rotr32(d ^ a, 8);					\
	c = c + d;							\
	b = crypto_rotr32(b ^ c, 7);					\
} while (0)

/*
 * The compression function: runs the 7 rounds over the state built from
 * cv, the counter, the block length and the flags, with the 16 message
 * words m, and leaves the 16 state words in v (the feed-forward applied:
 * v[0..7] is the new CV, v[8..15] the extended output words).
 */
static void
compress(uint32_t v[16], const uint32_t cv[8], const uint32_t m[16],
    uint64_t counter, uint32_t block_len, uint32_t flags)
{
	uint32_t s0 = cv[0], s1 = cv[1], s2 = cv[2], s3 = cv[3];
	uint32_t s4 = cv[4], s5 = cv[5], s6 = cv[6], s7 = cv[7];
	uint32_t s8 = blake3_iv[0], s9 = blake3_iv[1];
	uint32_t s10 = blake3_iv[2], s11 = blake3_iv[3];
	uint32_t s12 = (uint32_t)counter, s13 = (uint32_t)(counter >> 32);
	uint32_t s14 = block_len, s15 = flags;
	int r;

	for (r = 0; r < 7; r++) {
		const uint8_t *o = blake3_sched[r];

		G(s0, s4, s8, s12, m[o[0]], m[o[1]]);
		G(s1, s5, s9, s13, m[o[2]], m[o[3]]);
		G(s2, s6, s10, s14, m[o[4]], m[o[5]]);
		G(s3, s7, s11, s15, m[o[6]], m[o[7]]);
		G(s0, s5, s10, s15, m[o[8]], m[o[9]]);
		G(s1, s6, s11, s12, m[o[10]], m[o[11]]);
		G(s2, s7, s8, s13, m[o[12]], m[o[13]]);
		G(s3, s4, s9, s14, m[o[14]], m[o[15]]);
	}
	v[0] = s0 ^ s8;
	v[1] = s1 ^ s9;
	v[2] = s2 ^ s10;
	v[3] = s3 ^ s11;
	v[4] = s4 ^ s12;
	v[5] = s5 ^ s13;
	v[6] = s6 ^ s14;
	v[7] = s7 ^ s15;
	v[8] = s8 ^ cv[0];
	v[9] = s9 ^ cv[1];
	v[10] = s10 ^ cv[2];
	v[11] = s11 ^ cv[3];
	v[12] = s12 ^ cv[4];
	v[13] = s13 ^ cv[5];
	v[14] = s14 ^ cv[6];
	v[15] = s15 ^ cv[7];
}

static void
load_block(uint32_t m[16], const uint8_t *p)
{
	int i;

	for (i = 0; i < 16; i++)
		m[i] = crypto_load32_le(p + 4 * i);
}

/* Compresses one 64-byte block in place into the chaining value cv. */
static void
compress_cv(uint32_t cv[8], const uint8_t block[64], uint64_t counter,
    uint32_t block_len, uint32_t flags)
{
	uint32_t m[16], v[16];

	load_block(m, block);
	compress(v, cv, m, counter, block_len, flags);
	memcpy(cv, v, 32);
}

/* The CV of the parent node of the children CVs l and r. */
static void
parent_cv(uint32_t out[8], const uint32_t l[8], const uint32_t r[8],
    const uint32_t key[8], uint32_t flags)
{
	uint32_t m[16], v[16];

	memcpy(m, l, 32);
	memcpy(m + 8, r, 32);
	compress(v, key, m, 0, 64, flags | PARENT);
	memcpy(out, v, 32);
}

/*
 * hash4() is used where the compiler has 128-bit vector registers (x86-64
 * has SSE2 in its baseline, AArch64 has NEON).  Without them (riscv64
 * without the V extension) the four-lane code would be split into scalar
 * operations on 128 live words, far more than the registers, so chunks are
 * hashed one at a time there.
 */
#if defined(__SSE2__) || defined(__ARM_NEON)
#define BLAKE3_HASH4 1
#else
#define BLAKE3_HASH4 0
#endif

/* Four 32-bit lanes (lane i works on chunk i), and the same as 16-bit. */
typedef uint32_t v4u32 __attribute__((vector_size(16)));
typedef uint16_t v8u16 __attribute__((vector_size(16)));

static inline v4u32
rotr4(v4u32 x, int n)
{
	return (x >> n) | (x << (32 - n));
}

/* Rotation by 16 swaps the halves of each word: one shuffle on SIMD. */
static inline v4u32
rotr4_16(v4u32 x)
{
	v8u16 h = (v8u16)x;

	return (v4u32)__builtin_shufflevector(h, h, 1, 0, 3, 2, 5, 4, 7, 6);
}

#define G4(a, b, c, d, x, y) do {					\
	a = a + b + (x);						\
	d = rotr4_16(d ^ a);						\
	c = c + d;							\
	b = rotr4(b ^ c, 12);						\
	a = a + b + (y);						\
	d = rotr4(d ^ a, 8);						\
	c = c + d;							\
	b = rotr4(b ^ c, 7);						\
} while (0)

/*
 * m[w] = word w of the 64-byte blocks at in, in + 1024, in + 2048 and
 * in + 3072 (lane i from in + 1024 i).
 * On a little-endian machine each chunk's block is read as four vectors and
 * the 4 x 4 blocks of words are transposed; otherwise word by word.
 */
static inline void
load4(v4u32 m[16], const uint8_t *in)
{
	v4u32 l0, l1, l2, l3, t0, t1, t2, t3;
	int g, i;

	if (__BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__) {
		for (i = 0; i < 16; i++)
			m[i] = (v4u32){
				crypto_load32_le(in + 4 * i),
				crypto_load32_le(in + 1024 + 4 * i),
				crypto_load32_le(in + 2048 + 4 * i),
				crypto_load32_le(in + 3072 + 4 * i),
			};
		return;
	}
	for (g = 0; g < 4; g++) {
		memcpy(&l0, in + 16 * g, 16);
		memcpy(&l1, in + 1024 + 16 * g, 16);
		memcpy(&l2, in + 2048 + 16 * g, 16);
		memcpy(&l3, in + 3072 + 16 * g, 16);
		t0 = __builtin_shufflevector(l0, l1, 0, 4, 1, 5);
		t1 = __builtin_shufflevector(l0, l1, 2, 6, 3, 7);
		t2 = __builtin_shufflevector(l2, l3, 0, 4, 1, 5);
		t3 = __builtin_shufflevector(l2, l3, 2, 6, 3, 7);
		m[4 * g + 0] = __builtin_shufflevector(t0, t2, 0, 1, 4, 5);
		m[4 * g + 1] = __builtin_shufflevector(t0, t2, 2, 3, 6, 7);
		m[4 * g + 2] = __builtin_shufflevector(t1, t3, 0, 1, 4, 5);
		m[4 * g + 3] = __builtin_shufflevector(t1, t3, 2, 3, 6, 7);
	}
}

/*
 * hash4: the CVs of four consecutive whole chunks at in (4096 bytes), the
 * first with chunk counter `counter`, none of them the root.  The code is
 * the scalar compression with every word widened to four lanes.
 */
static void
hash4(uint32_t out[4][8], const uint8_t *in, const uint32_t key[8],
    uint64_t counter, uint32_t flags)
{
	v4u32 h[8], m[16], ctr_lo = { 0 }, ctr_hi = { 0 };
	int b, i, r;

	for (i = 0; i < 8; i++)
		h[i] = (v4u32){ key[i], key[i], key[i], key[i] };
	for (i = 0; i < 4; i++) {
		ctr_lo[i] = (uint32_t)(counter + (uint64_t)i);
		ctr_hi[i] = (uint32_t)((counter + (uint64_t)i) >> 32);
	}
	for (b = 0; b < 16; b++) {
		uint32_t f = flags;
		v4u32 s0, s1, s2, s3, s4, s5, s6, s7;
		v4u32 s8, s9, s10, s11, s12, s13, s14, s15;

		if (b == 0)
			f |= CHUNK_START;
		if (b == 15)
			f |= CHUNK_END;
		load4(m, in + 64 * b);
		s0 = h[0]; s1 = h[1]; s2 = h[2]; s3 = h[3];
		s4 = h[4]; s5 = h[5]; s6 = h[6]; s7 = h[7];
		s8 = (v4u32){ 0 } + blake3_iv[0];
		s9 = (v4u32){ 0 } + blake3_iv[1];
		s10 = (v4u32){ 0 } + blake3_iv[2];
		s11 = (v4u32){ 0 } + blake3_iv[3];
		s12 = ctr_lo;
		s13 = ctr_hi;
		s14 = (v4u32){ 0 } + 64;
		s15 = (v4u32){ 0 } + f;
#pragma clang loop unroll(full)
		for (r = 0; r < 7; r++) {
			const uint8_t *o = blake3_sched[r];

			G4(s0, s4, s8, s12, m[o[0]], m[o[1]]);
			G4(s1, s5, s9, s13, m[o[2]], m[o[3]]);
			G4(s2, s6, s10, s14, m[o[4]], m[o[5]]);
			G4(s3, s7, s11, s15, m[o[6]], m[o[7]]);
			G4(s0, s5, s10, s15, m[o[8]], m[o[9]]);
			G4(s1, s6, s11, s12, m[o[10]], m[o[11]]);
			G4(s2, s7, s8, s13, m[o[12]], m[o[13]]);
			G4(s3, s4, s9, s14, m[o[14]], m[o[15]]);
		}
		h[0] = s0 ^ s8;
		h[1] = s1 ^ s9;
		h[2] = s2 ^ s10;
		h[3] = s3 ^ s11;
		h[4] = s4 ^ s12;
		h[5] = s5 ^ s13;
		h[6] = s6 ^ s14;
		h[7] = s7 ^ s15;
	}
	for (i = 0; i < 4; i++)
		for (b = 0; b < 8; b++)
			out[i][b] = h[b][i];
}

static void
state_init(struct crypto_blake3 *s, const uint32_t key[8], uint8_t flags)
{
	memset(s, 0, sizeof(*s));
	memcpy(s->key, key, 32);
	memcpy(s->cv, key, 32);
	s->flags = flags;
}

void
crypto_blake3_init(struct crypto_blake3 *s)
{
	state_init(s, blake3_iv, 0);
}

void
crypto_blake3_init_keyed(struct crypto_blake3 *s, const uint8_t key[32])
{
	uint32_t k[8];
	int i;

	for (i = 0; i < 8; i++)
		k[i] = crypto_load32_le(key + 4 * i);
	state_init(s, k, KEYED_HASH);
	crypto_wipe(k, sizeof(k));
}

void
crypto_blake3_init_derive_key(struct crypto_blake3 *s, const char *context,
    size_t context_len)
{
	struct crypto_blake3 ctx;
	uint8_t ck[32];
	uint32_t k[8];
	int i;

	/* The context string is hashed on its own into the key. */
	state_init(&ctx, blake3_iv, DERIVE_KEY_CONTEXT);
	crypto_blake3_update(&ctx, context, context_len);
	crypto_blake3_final(&ctx, ck, 32);
	for (i = 0; i < 8; i++)
		k[i] = crypto_load32_le(ck + 4 * i);
	state_init(s, k, DERIVE_KEY_MATERIAL);
	crypto_wipe(&ctx, sizeof(ctx));
}

/* Bytes absorbed into the current chunk so far. */
static size_t
chunk_len(const struct crypto_blake3 *s)
{
	return (size_t)s->blocks_compressed * 64 + s->block_len;
}

/*
 * Pushes the CV of a completed chunk, where total is the number of chunks
 * completed including this one, after merging one subtree per trailing zero
 * bit of total.
 */
static void
push_chunk_cv(struct crypto_blake3 *s, const uint32_t cv[8], uint64_t total)
{
	uint32_t c[8];

	memcpy(c, cv, 32);
	while ((total & 1) == 0) {
		s->cv_stack_len--;
		parent_cv(c, s->cv_stack[s->cv_stack_len], c, s->key, s->flags);
		total >>= 1;
	}
	memcpy(s->cv_stack[s->cv_stack_len], c, 32);
	s->cv_stack_len++;
}

/* Starts the next chunk with the current one's counter plus n. */
static void
next_chunk(struct crypto_blake3 *s, uint64_t n)
{
	memcpy(s->cv, s->key, 32);
	s->chunk_counter += n;
	s->block_len = 0;
	s->blocks_compressed = 0;
}

/*
 * Absorbs up to a chunk's worth of input into the current chunk and returns
 * how much it took.  The last block seen stays buffered, since it may need
 * CHUNK_END; whole blocks are compressed straight from the input.
 */
static size_t
chunk_update(struct crypto_blake3 *s, const uint8_t *in, size_t len)
{
	size_t want = CRYPTO_BLAKE3_CHUNK_LEN - chunk_len(s), taken, n;

	if (len > want)
		len = want;
	taken = len;
	if (s->block_len > 0) {
		n = 64 - s->block_len;
		if (n > len)
			n = len;
		memcpy(s->block + s->block_len, in, n);
		s->block_len = (uint8_t)(s->block_len + n);
		in += n;
		len -= n;
		if (len == 0)
			return taken;
		/* More follows, so the full buffered block is not the last. */
		compress_cv(s->cv, s->block, s->chunk_counter, 64, s->flags |
		    (s->blocks_compressed == 0 ? CHUNK_START : 0));
		s->blocks_compressed++;
		s->block_len = 0;
	}
	while (len > 64) {
		compress_cv(s->cv, in, s->chunk_counter, 64, s->flags |
		    (s->blocks_compressed == 0 ? CHUNK_START : 0));
		s->blocks_compressed++;
		in += 64;
		len -= 64;
	}
	memcpy(s->block, in, len);
	s->block_len = (uint8_t)len;
	return taken;
}

/* The output node of the current chunk: its state before the last block. */
struct output {
	uint32_t cv[8];
	uint32_t m[16];
	uint64_t counter;
	uint32_t block_len;
	uint32_t flags;
};

static void
chunk_output(const struct crypto_blake3 *s, struct output *o)
{
	uint8_t block[64];

	memset(block, 0, sizeof(block));
	memcpy(block, s->block, s->block_len);
	memcpy(o->cv, s->cv, 32);
	load_block(o->m, block);
	o->counter = s->chunk_counter;
	o->block_len = s->block_len;
	o->flags = (uint32_t)s->flags | CHUNK_END |
	    (s->blocks_compressed == 0 ? CHUNK_START : 0);
	crypto_wipe(block, sizeof(block));
}

/* The CV of a non-root output node. */
static void
output_cv(const struct output *o, uint32_t cv[8])
{
	uint32_t v[16];

	compress(v, o->cv, o->m, o->counter, o->block_len, o->flags);
	memcpy(cv, v, 32);
}

void
crypto_blake3_update(struct crypto_blake3 *s, const void *in, size_t len)
{
	const uint8_t *p = in;
	uint32_t cvs[4][8];
	struct output o;
	size_t n;
	int i;

	while (len > 0) {
		if (chunk_len(s) == CRYPTO_BLAKE3_CHUNK_LEN) {
			/* The full chunk is not the last: push its CV. */
			chunk_output(s, &o);
			output_cv(&o, cvs[0]);
			push_chunk_cv(s, cvs[0], s->chunk_counter + 1);
			next_chunk(s, 1);
		}
		/*
		 * At a chunk boundary with more than four chunks left, hash
		 * four chunks at once: none of them can be the last.
		 */
		while (BLAKE3_HASH4 && chunk_len(s) == 0 &&
		    len > 4 * CRYPTO_BLAKE3_CHUNK_LEN) {
			hash4(cvs, p, s->key, s->chunk_counter, s->flags);
			for (i = 0; i < 4; i++)
				push_chunk_cv(s, cvs[i], s->chunk_counter +
				    (uint64_t)i + 1);
			next_chunk(s, 4);
			p += 4 * CRYPTO_BLAKE3_CHUNK_LEN;
			len -= 4 * CRYPTO_BLAKE3_CHUNK_LEN;
		}
		n = chunk_update(s, p, len);
		p += n;
		len -= n;
	}
}

/* The root node: the current chunk merged with every subtree on the stack. */
static void
root_output(const struct crypto_blake3 *s, struct output *o)
{
	uint32_t cv[8];
	int i;

	chunk_output(s, o);
	for (i = s->cv_stack_len - 1; i >= 0; i--) {
		output_cv(o, cv);
		memcpy(o->cv, s->key, 32);
		memcpy(o->m, s->cv_stack[i], 32);
		memcpy(o->m + 8, cv, 32);
		o->counter = 0;
		o->block_len = 64;
		o->flags = (uint32_t)s->flags | PARENT;
	}
}

void
crypto_blake3_final_seek(const struct crypto_blake3 *s, uint64_t seek,
    uint8_t *out, size_t out_len)
{
	struct output o;
	uint64_t block = seek / 64;
	size_t skip = (size_t)(seek % 64), n;
	uint32_t v[16];
	uint8_t buf[64];
	int i;

	root_output(s, &o);
	while (out_len > 0) {
		compress(v, o.cv, o.m, block, o.block_len, o.flags | ROOT);
		for (i = 0; i < 16; i++)
			crypto_store32_le(buf + 4 * i, v[i]);
		n = 64 - skip;
		if (n > out_len)
			n = out_len;
		memcpy(out, buf + skip, n);
		out += n;
		out_len -= n;
		skip = 0;
		block++;
	}
	crypto_wipe(&o, sizeof(o));
	crypto_wipe(v, sizeof(v));
	crypto_wipe(buf, sizeof(buf));
}

void
crypto_blake3_final(const struct crypto_blake3 *s, uint8_t *out,
    size_t out_len)
{
	crypto_blake3_final_seek(s, 0, out, out_len);
}

void
crypto_blake3(uint8_t *out, size_t out_len, const void *in, size_t len)
{
	struct crypto_blake3 s;

	crypto_blake3_init(&s);
	crypto_blake3_update(&s, in, len);
	crypto_blake3_final(&s, out, out_len);
}
