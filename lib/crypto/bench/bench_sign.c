/*
 * bench_sign.c: speed of BLAKE3, SHA-512, Ed25519 and X25519 beside
 * libsodium's, in the same run.  Built from the -O2 objects without
 * sanitizers (build/hostopt); `make bench` runs it.
 *
 * Each figure is measured by repeating the operation for about half a
 * second of process CPU time (after a short warm-up), so that other load on
 * the machine disturbs it less, and printed as
 *	bench <name> <value> <unit>
 * with a <name>_ratio line (ours divided by libsodium's, higher is better)
 * where libsodium has the same primitive.  BENCH_SECONDS changes the time.
 */
#include <crypto/blake3.h>
#include <crypto/ed25519.h>
#include <crypto/sha512.h>
#include <crypto/x25519.h>
#include <sodium.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double bench_seconds = 0.5;
static volatile uint8_t sink;

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

enum op {
	OP_BLAKE3, OP_SHA512, OP_SODIUM_SHA512,
	OP_SIGN, OP_SODIUM_SIGN, OP_VERIFY, OP_SODIUM_VERIFY,
	OP_X25519, OP_SODIUM_X25519,
};

static uint8_t big[1 << 20];
static uint8_t seed[32], pk[32], sk[64], msg[64], sig[64];
static uint8_t xsk[32], xpk[32], out[64];

static void
run(enum op op)
{
	switch (op) {
	case OP_BLAKE3:
		crypto_blake3(out, 32, big, sizeof(big));
		break;
	case OP_SHA512:
		crypto_sha512(out, big, sizeof(big));
		break;
	case OP_SODIUM_SHA512:
		crypto_hash_sha512(out, big, sizeof(big));
		break;
	case OP_SIGN:
		crypto_ed25519_sign(sig, sk, msg, sizeof(msg));
		break;
	case OP_SODIUM_SIGN:
		crypto_sign_detached(sig, NULL, msg, sizeof(msg), sk);
		break;
	case OP_VERIFY:
		sink ^= (uint8_t)crypto_ed25519_verify(sig, pk, msg,
		    sizeof(msg));
		break;
	case OP_SODIUM_VERIFY:
		sink ^= (uint8_t)crypto_sign_verify_detached(sig, msg,
		    sizeof(msg), pk);
		break;
	case OP_X25519:
		sink ^= (uint8_t)crypto_x25519(out, xsk, xpk);
		xsk[0] ^= out[0];	/* a new scalar each time */
		break;
	case OP_SODIUM_X25519:
		sink ^= (uint8_t)crypto_scalarmult(out, xsk, xpk);
		xsk[0] ^= out[0];
		break;
	}
	sink ^= out[0];
}

/* Operations per second of op, measured for about `seconds`. */
static double
rate(enum op op, double seconds)
{
	double t0, t;
	long n = 0, batch = 1;

	t0 = now();
	while (now() - t0 < seconds / 10)
		run(op);
	t0 = now();
	do {
		for (long i = 0; i < batch; i++)
			run(op);
		n += batch;
		if (batch < 64)
			batch *= 2;
		t = now() - t0;
	} while (t < seconds);
	return (double)n / t;
}

/*
 * Ours and libsodium's, in five alternating slices each, keeping the best
 * slice of each: a burst of load elsewhere then hurts both sides alike.
 */
static void
pair(const char *name, enum op ours, enum op theirs, double scale,
    const char *unit)
{
	double a = 0, b = 0, r;
	int i;

	for (i = 0; i < 5; i++) {
		if ((r = rate(ours, bench_seconds / 5) * scale) > a)
			a = r;
		if ((r = rate(theirs, bench_seconds / 5) * scale) > b)
			b = r;
	}

	printf("bench crypto_%s %.1f %s\n", name, a, unit);
	printf("bench sodium_%s %.1f %s\n", name, b, unit);
	printf("bench crypto_%s_ratio %.2f ratio\n", name, a / b);
	fflush(stdout);
}

int
main(void)
{
	const double mb = (double)sizeof(big) / 1e6;
	size_t i;

	if (sodium_init() < 0)
		return 1;
	if (getenv("BENCH_SECONDS"))
		bench_seconds = atof(getenv("BENCH_SECONDS"));
	for (i = 0; i < sizeof(big); i++)
		big[i] = (uint8_t)(i * 131 + (i >> 9));
	for (i = 0; i < 32; i++) {
		seed[i] = (uint8_t)(7 * i + 1);
		xsk[i] = (uint8_t)(13 * i + 5);
	}
	memset(msg, 'm', sizeof(msg));
	crypto_ed25519_keypair(pk, sk, seed);
	crypto_ed25519_sign(sig, sk, msg, sizeof(msg));
	crypto_x25519_public_key(xpk, seed);

	printf("bench crypto_blake3_1mib %.1f MB/s\n",
	    rate(OP_BLAKE3, bench_seconds) * mb);
	pair("sha512_1mib", OP_SHA512, OP_SODIUM_SHA512, mb, "MB/s");
	pair("ed25519_sign", OP_SIGN, OP_SODIUM_SIGN, 1, "ops/s");
	pair("ed25519_verify", OP_VERIFY, OP_SODIUM_VERIFY, 1, "ops/s");
	pair("x25519", OP_X25519, OP_SODIUM_X25519, 1, "ops/s");
	return sink == 0x5a ? 0 : 0;
}
