/*
 * crypto_ed25519_verify.c: libFuzzer target for Ed25519 verification
 * (crypto/ed25519.h), with libsodium as the oracle.
 *
 * Input layout:
 *
 *   bytes 0..31    public key (also used as a seed in step 2)
 *   bytes 32..95   signature R || S
 *   the rest       message
 *
 * Shorter inputs are padded with zeros.  Each input is used twice:
 *   1. verified as it is: crypto_ed25519_verify() must accept exactly when
 *      libsodium's crypto_sign_verify_detached() does (both are strict in
 *      the same ways, see docs/crypto-sign.md);
 *   2. bytes 0..31 are taken as a seed: the message is signed, the
 *      signature must equal libsodium's and verify, and with one bit flipped
 *      (chosen by the input) in the signature it must not.
 * Any violation aborts, which libFuzzer reports as a crash.
 */
#include <crypto/ed25519.h>
#include <sodium.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t head[96] = { 0 }, pk[32], sk[64], spk[32], ssk[64];
	uint8_t sig[64], ssig[64];
	const uint8_t *msg = size > 96 ? data + 96 : data;
	size_t len = size > 96 ? size - 96 : 0, bit;
	int ours, theirs;
	static int ready;

	if (!ready) {
		if (sodium_init() < 0)
			abort();
		ready = 1;
	}
	memcpy(head, data, size < 96 ? size : 96);

	ours = crypto_ed25519_verify(head + 32, head, msg, len);
	theirs = crypto_sign_verify_detached(head + 32, msg, len, head);
	if ((ours == 0) != (theirs == 0))
		abort();

	crypto_ed25519_keypair(pk, sk, head);
	crypto_sign_seed_keypair(spk, ssk, head);
	if (memcmp(pk, spk, 32) != 0)
		abort();
	crypto_ed25519_sign(sig, sk, msg, len);
	crypto_sign_detached(ssig, NULL, msg, len, ssk);
	if (memcmp(sig, ssig, 64) != 0)
		abort();
	if (crypto_ed25519_verify(sig, pk, msg, len) != 0)
		abort();
	bit = (size_t)(head[32] | head[33] << 8) % 512;
	sig[bit / 8] ^= (uint8_t)(1 << (bit % 8));
	if (crypto_ed25519_verify(sig, pk, msg, len) == 0)
		abort();
	return 0;
}
