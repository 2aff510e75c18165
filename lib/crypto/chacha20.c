/*
 * chacha20.c: ChaCha20 (RFC 8439 section 2.3-2.4), HChaCha20 and XChaCha20
 * (draft-irtf-cfrg-xchacha section 2.2-2.3).
 *
 * The state is 16 little-endian words:
 *
 *   +--------+--------+--------+--------+
 *   | "expa" | "nd 3" | "2-by" | "te k" |   constants
 *   | key 0  | key 1  | key 2  | key 3  |
 *   | key 4  | key 5  | key 6  | key 7  |
 *   | counter| nonce0 | nonce1 | nonce2 |
 *   +--------+--------+--------+--------+
 *
 * A block is 10 double rounds (a column round, then a diagonal round) and
 * the addition of the input state.  Everything is add, rotate and XOR on
 * 32-bit words, so the code has no secret-dependent branch or index.
 *
 * Two block functions exist.  chacha20_block() makes one block with 16
 * scalar words; it is used everywhere for short inputs and tails and is
 * the only one on targets without SIMD (riscv64 today).  On hosts with
 * 128-bit SIMD (x86-64 SSE2, AArch64 NEON, both little-endian) whole
 * 256-byte runs go through chacha20_blocks4(), which keeps each state word
 * of four consecutive blocks in one vector (clang/GCC vector types, so no
 * intrinsics and no assembly) and transposes at the end.  Start reading at
 * crypto_chacha20_ietf().
 */
#include <base/mem.h>
#include <crypto/chacha20.h>
#include <crypto/util.h>

/*
 * The 4-way path needs SIMD registers (without them the vectors would be
 * split into 64 scalars and spill) and a little-endian byte order (it
 * moves keystream words to memory with plain vector stores).
 */
#if (defined(__SSE2__) || defined(__ARM_NEON)) && \
    defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define CHACHA20_WIDE 1
#else
#define CHACHA20_WIDE 0
#endif

#define QR(a, b, c, d) do {						\
	a += b; d ^= a; d = crypto_rotl32(d, 16);			\
	c += d; b ^= c; b = crypto_rotl32(b, 12);			\
	a += b; d ^= a; d = crypto_rotl32(d, 8);			\
	c += d; b ^= c; b = crypto_rotl32(b, 7);			\
} while (0)

/* Sets up the state of section 2.3 with the counter and a 96-bit nonce. */
static void
chacha20_init(uint32_t st[16], const uint8_t key[32], uint32_t counter,
    const uint8_t nonce[12])
{
	st[0] = 0x61707865U;
	st[1] = 0x3320646eU;
	st[2] = 0x79622d32U;
	st[3] = 0x6b206574U;
	for (int i = 0; i < 8; i++)
		st[4 + i] = crypto_load32_le(key + 4 * i);
	st[12] = counter;
	st[13] = crypto_load32_le(nonce);
	st[14] = crypto_load32_le(nonce + 4);
	st[15] = crypto_load32_le(nonce + 8);
}

/* The 20 rounds on x, in place, without the final addition. */
static void
chacha20_rounds(uint32_t x[16])
{
	uint32_t x0 = x[0], x1 = x[1], x2 = x[2], x3 = x[3];
	uint32_t x4 = x[4], x5 = x[5], x6 = x[6], x7 = x[7];
	uint32_t x8 = x[8], x9 = x[9], x10 = x[10], x11 = x[11];
	uint32_t x12 = x[12], x13 = x[13], x14 = x[14], x15 = x[15];

	for (int i = 0; i < 10; i++) {
		QR(x0, x4, x8, x12);
		QR(x1, x5, x9, x13);
		QR(x2, x6, x10, x14);
		QR(x3, x7, x11, x15);
		QR(x0, x5, x10, x15);
		QR(x1, x6, x11, x12);
		QR(x2, x7, x8, x13);
		QR(x3, x4, x9, x14);
	}
	x[0] = x0; x[1] = x1; x[2] = x2; x[3] = x3;
	x[4] = x4; x[5] = x5; x[6] = x6; x[7] = x7;
	x[8] = x8; x[9] = x9; x[10] = x10; x[11] = x11;
	x[12] = x12; x[13] = x13; x[14] = x14; x[15] = x15;
}

/* One 64-byte keystream block for state st, serialised little-endian. */
static void
chacha20_block(uint8_t out[64], const uint32_t st[16])
{
	uint32_t x[16];

	memcpy(x, st, sizeof(x));
	chacha20_rounds(x);
	for (int i = 0; i < 16; i++)
		crypto_store32_le(out + 4 * i, x[i] + st[i]);
	crypto_wipe(x, sizeof(x));
}

typedef uint32_t u32x4 __attribute__((vector_size(16)));
typedef uint16_t u16x8 __attribute__((vector_size(16)));

/* Rotation by 16 swaps the halves of each word: one shuffle, no shifts. */
static inline u32x4
vrot16(u32x4 v)
{
	u16x8 h = (u16x8)v;

	return (u32x4)__builtin_shufflevector(h, h, 1, 0, 3, 2, 5, 4, 7, 6);
}

#define VQR(a, b, c, d) do {						\
	a += b; d ^= a; d = vrot16(d);					\
	c += d; b ^= c; b = (b << 12) | (b >> 20);			\
	a += b; d ^= a; d = (d << 8) | (d >> 24);			\
	c += d; b ^= c; b = (b << 7) | (b >> 25);			\
} while (0)

/*
 * Four blocks (counters st[12] .. st[12] + 3) XORed with 256 bytes of in
 * (or zeros if in is NULL) into out.  Vector element j of every variable
 * belongs to block j.
 */
static void
chacha20_blocks4(uint8_t *out, const uint8_t *in, const uint32_t st[16])
{
	u32x4 x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14,
	    x15;
	u32x4 o[16];

	for (int i = 0; i < 16; i++)
		o[i] = (u32x4){ st[i], st[i], st[i], st[i] };
	o[12] += (u32x4){ 0, 1, 2, 3 };
	x0 = o[0]; x1 = o[1]; x2 = o[2]; x3 = o[3];
	x4 = o[4]; x5 = o[5]; x6 = o[6]; x7 = o[7];
	x8 = o[8]; x9 = o[9]; x10 = o[10]; x11 = o[11];
	x12 = o[12]; x13 = o[13]; x14 = o[14]; x15 = o[15];
	for (int i = 0; i < 10; i++) {
		VQR(x0, x4, x8, x12);
		VQR(x1, x5, x9, x13);
		VQR(x2, x6, x10, x14);
		VQR(x3, x7, x11, x15);
		VQR(x0, x5, x10, x15);
		VQR(x1, x6, x11, x12);
		VQR(x2, x7, x8, x13);
		VQR(x3, x4, x9, x14);
	}
	x0 += o[0]; x1 += o[1]; x2 += o[2]; x3 += o[3];
	x4 += o[4]; x5 += o[5]; x6 += o[6]; x7 += o[7];
	x8 += o[8]; x9 += o[9]; x10 += o[10]; x11 += o[11];
	x12 += o[12]; x13 += o[13]; x14 += o[14]; x15 += o[15];

	/*
	 * Transpose each group of four words so that vector j holds words
	 * 4g..4g+3 of block j, then XOR 16 bytes at offset 64j + 16g.
	 */
#define GROUP(g, a, b, c, d) do {					\
	u32x4 t0 = __builtin_shufflevector(a, b, 0, 4, 1, 5);		\
	u32x4 t1 = __builtin_shufflevector(a, b, 2, 6, 3, 7);		\
	u32x4 t2 = __builtin_shufflevector(c, d, 0, 4, 1, 5);		\
	u32x4 t3 = __builtin_shufflevector(c, d, 2, 6, 3, 7);		\
	u32x4 r[4];							\
	r[0] = __builtin_shufflevector(t0, t2, 0, 1, 4, 5);		\
	r[1] = __builtin_shufflevector(t0, t2, 2, 3, 6, 7);		\
	r[2] = __builtin_shufflevector(t1, t3, 0, 1, 4, 5);		\
	r[3] = __builtin_shufflevector(t1, t3, 2, 3, 6, 7);		\
	for (int j = 0; j < 4; j++) {					\
		u32x4 m;						\
		if (in != NULL) {					\
			memcpy(&m, in + 64 * j + 16 * (g), 16);		\
			r[j] ^= m;					\
		}							\
		memcpy(out + 64 * j + 16 * (g), &r[j], 16);		\
	}								\
} while (0)
	GROUP(0, x0, x1, x2, x3);
	GROUP(1, x4, x5, x6, x7);
	GROUP(2, x8, x9, x10, x11);
	GROUP(3, x12, x13, x14, x15);
#undef GROUP
}

/*
 * The keystream of state st XORed into len bytes; st[12] is advanced by
 * the number of blocks used.
 */
static void
chacha20_xor(uint8_t *out, const uint8_t *in, size_t len, uint32_t st[16])
{
	uint8_t ks[64];

	if (CHACHA20_WIDE) {
		for (; len >= 256; len -= 256) {
			chacha20_blocks4(out, in, st);
			st[12] += 4;
			out += 256;
			if (in != NULL)
				in += 256;
		}
	}
	while (len > 0) {
		size_t n = len < 64 ? len : 64;

		chacha20_block(ks, st);
		st[12]++;
		if (in != NULL) {
			for (size_t i = 0; i < n; i++)
				out[i] = in[i] ^ ks[i];
			in += n;
		} else {
			memcpy(out, ks, n);
		}
		out += n;
		len -= n;
	}
	crypto_wipe(ks, sizeof(ks));
}

void
crypto_chacha20_ietf(uint8_t *out, const uint8_t *in, size_t len,
    const uint8_t key[32], const uint8_t nonce[12], uint32_t counter)
{
	uint32_t st[16];

	chacha20_init(st, key, counter, nonce);
	chacha20_xor(out, in, len, st);
	crypto_wipe(st, sizeof(st));
}

void
crypto_hchacha20(uint8_t out[32], const uint8_t key[32], const uint8_t in[16])
{
	uint32_t x[16];

	/* Counter and nonce positions hold the 16 input bytes. */
	chacha20_init(x, key, crypto_load32_le(in), in + 4);
	chacha20_rounds(x);
	for (int i = 0; i < 4; i++) {
		crypto_store32_le(out + 4 * i, x[i]);
		crypto_store32_le(out + 16 + 4 * i, x[12 + i]);
	}
	crypto_wipe(x, sizeof(x));
}

void
crypto_xchacha20(uint8_t *out, const uint8_t *in, size_t len,
    const uint8_t key[32], const uint8_t nonce[24], uint32_t counter)
{
	uint8_t subkey[32], n12[12];

	crypto_hchacha20(subkey, key, nonce);
	memset(n12, 0, 4);
	memcpy(n12 + 4, nonce + 16, 8);
	crypto_chacha20_ietf(out, in, len, subkey, n12, counter);
	crypto_wipe(subkey, sizeof(subkey));
}
