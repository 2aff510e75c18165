/*
 * ktest_crypto.c: lib/crypto run inside the kernel, on known answers.
 *
 * The host suites prove the library against the full vector sets; this one
 * proves that the freestanding riscv64 build computes the same answers in
 * S-mode: BLAKE3 (the official empty-input vector, one-shot and in pieces),
 * and Ed25519 (RFC 8032 section 7.1, test 1: key pair, sign, verify, and a
 * tampered signature refused).
 */
#include <base/mem.h>
#include <crypto/blake3.h>
#include <crypto/aead.h>
#include <crypto/ed25519.h>
#include <hal/console.h>
#include <hal/cpu.h>
#include <hal/entropy.h>

#include "../../kernel/entropy.h"

#include "ktest_internal.h"

static int
unhex(uint8_t *out, const char *hex, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		int v = 0;
		for (int k = 0; k < 2; k++) {
			char c = hex[2 * i + (size_t)k];
			v <<= 4;
			if (c >= '0' && c <= '9')
				v |= c - '0';
			else if (c >= 'a' && c <= 'f')
				v |= c - 'a' + 10;
			else
				return -1;
		}
		out[i] = (uint8_t)v;
	}
	return 0;
}

void
ktest_crypto(void)
{
	uint8_t want[64], got[64], seed[32], pk[32], sk[64], sig[64];
	struct crypto_blake3 h;
	static const uint8_t msg[] = "Nexus";

	(void)unhex(want, "af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262", 32);
	crypto_blake3(got, 32, "", 0);
	ktest_ok(base_memcmp(got, want, 32) == 0, "BLAKE3 of the empty input in the kernel");

	crypto_blake3(want, 32, msg, sizeof(msg) - 1);
	crypto_blake3_init(&h);
	crypto_blake3_update(&h, msg, 2);
	crypto_blake3_update(&h, msg + 2, sizeof(msg) - 3);
	crypto_blake3_final(&h, got, 32);
	ktest_ok(base_memcmp(got, want, 32) == 0, "BLAKE3 incremental equals one-shot in the kernel");

	(void)unhex(seed, "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", 32);
	(void)unhex(want, "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", 32);
	crypto_ed25519_keypair(pk, sk, seed);
	ktest_ok(base_memcmp(pk, want, 32) == 0, "Ed25519 public key from seed (RFC 8032 test 1)");
	(void)unhex(want,
	    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
	    64);
	crypto_ed25519_sign(sig, sk, "", 0);
	ktest_ok(base_memcmp(sig, want, 64) == 0, "Ed25519 signature (RFC 8032 test 1)");
	ktest_ok(crypto_ed25519_verify(sig, pk, "", 0) == 0, "Ed25519 verify accepts it");
	sig[5] ^= 1;
	ktest_ok(crypto_ed25519_verify(sig, pk, "", 0) != 0, "Ed25519 verify refuses a tampered signature");
}

/*
 * ktest=cryptobench: instructions per byte and per operation of lib/crypto
 * on riscv64, read with rdinstret around each loop.  Under QEMU with
 * -icount shift=0 they are exact and repeatable; tools/bench-crypto-qemu.py
 * turns the lines into bench figures.
 */
void
ktest_cryptobench(void)
{
	static uint8_t buf[65536], out[65536 + 16];
	uint8_t key[32] = { 1 }, nonce[24] = { 2 }, seed[32] = { 3 }, pk[32], sk[64], sig[64], h[32];
	uint64_t i0, i1;
	int ok = 0;

	for (size_t i = 0; i < sizeof(buf); i++)
		buf[i] = (uint8_t)(i * 7);
	i0 = hal_cpu_instret();
	crypto_blake3(h, 32, buf, sizeof(buf));
	i1 = hal_cpu_instret();
	hal_printf("bench qemu_blake3_64k %llu.%02llu instructions/byte\n", (unsigned long long)((i1 - i0) / sizeof(buf)),
	    (unsigned long long)((i1 - i0) * 100 / sizeof(buf) % 100));
	i0 = hal_cpu_instret();
	crypto_aead_xchacha20poly1305_seal(out, buf, sizeof(buf), NULL, 0, nonce, key);
	i1 = hal_cpu_instret();
	hal_printf("bench qemu_xchacha20poly1305_64k %llu.%02llu instructions/byte\n",
	    (unsigned long long)((i1 - i0) / sizeof(buf)), (unsigned long long)((i1 - i0) * 100 / sizeof(buf) % 100));
	crypto_ed25519_keypair(pk, sk, seed);
	crypto_ed25519_sign(sig, sk, buf, 64);
	i0 = hal_cpu_instret();
	for (int i = 0; i < 4; i++)
		ok += crypto_ed25519_verify(sig, pk, buf, 64) == 0;
	i1 = hal_cpu_instret();
	hal_printf("bench qemu_ed25519_verify %llu instructions\n", (unsigned long long)((i1 - i0) / 4));
	i0 = hal_cpu_instret();
	crypto_ed25519_sign(sig, sk, buf, 64);
	i1 = hal_cpu_instret();
	hal_printf("bench qemu_ed25519_sign %llu instructions\n", (unsigned long long)(i1 - i0));
	ktest_ok(ok == 4, "the signature measured verifies");
}

/* The kernel's random generator: seeded, and not repeating itself. */
void
ktest_entropy(void)
{
	uint8_t a[64], b[64], zero[64] = { 0 };
	bool device = base_strcmp(hal_entropy_source(), "virtio-rng") == 0;

	ktest_ok(entropy_fill(a, sizeof(a)) == 0 && entropy_fill(b, sizeof(b)) == 0, "the kernel generator is seeded");
	ktest_ok(base_memcmp(a, b, sizeof(a)) != 0 && base_memcmp(a, zero, sizeof(a)) != 0,
	    "two draws differ and are not zero");
	ktest_ok(entropy_is_weak() == !device, "flagged weak exactly when there is no entropy device (%s)",
	    hal_entropy_source());
	if (device)
		ktest_ok(hal_entropy_read(a, sizeof(a)) == 0 && hal_entropy_read(b, sizeof(b)) == 0 &&
		    base_memcmp(a, b, sizeof(a)) != 0, "virtio-rng delivers fresh bytes");
}
