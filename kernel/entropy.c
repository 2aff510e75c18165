/*
 * entropy.c: seeding the kernel's random generator (see entropy.h).
 *
 * Strong source: hal_entropy_read() (virtio-rng).  Weak source: the low bits
 * of the timer and instruction counter read around work whose duration
 * varies, hashed by the generator; declared weak through the ops flag, so
 * the generator stays flagged weak until a strong source is mixed in.  The
 * firmware's rng-seed is mixed in either way (never trusted alone).
 */
#include <crypto/rng.h>
#include <hal/cpu.h>
#include <hal/entropy.h>
#include <hal/timer.h>

#include "entropy.h"

static struct crypto_rng rng;

static int
strong(void *ctx, uint8_t *buf, size_t len)
{
	(void)ctx;
	return hal_entropy_read(buf, len);
}

static int
jitter(void *ctx, uint8_t *buf, size_t len)
{
	(void)ctx;
	for (size_t i = 0; i < len; i++) {
		uint64_t t = hal_time_now() ^ (hal_cpu_instret() << 7);
		buf[i] = (uint8_t)(t ^ (t >> 8) ^ (t >> 17));
	}
	return 0;
}

static const struct crypto_rng_ops strong_ops = { strong, false };
static const struct crypto_rng_ops weak_ops = { jitter, true };

const char *
entropy_init(void)
{
	size_t n;
	const uint8_t *seed = hal_entropy_boot_seed(&n);
	bool have_device = hal_entropy_init() == 0;

	if (crypto_rng_init(&rng, have_device ? &strong_ops : &weak_ops, NULL) != 0 && have_device) {
		have_device = false;
		(void)crypto_rng_init(&rng, &weak_ops, NULL);
	}
	if (n > 0)
		crypto_rng_mix(&rng, seed, n);
	if (!crypto_rng_is_weak(&rng))
		return "virtio-rng";
	return n > 0 ? "WEAK: no entropy device; firmware rng-seed and timer jitter only"
		     : "WEAK: no entropy device; timer jitter only";
}

int
entropy_fill(void *out, size_t len)
{
	return crypto_rng_fill(&rng, out, len);
}

bool
entropy_is_weak(void)
{
	return crypto_rng_is_weak(&rng);
}
