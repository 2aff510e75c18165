# lib/crypto/mk/sign.mk: benchmarks, the Ed25519 verify fuzzer and the
# constant-time check for BLAKE3, SHA-512, Ed25519 and X25519
# (see docs/crypto-sign.md).  Included by lib/crypto/crypto.mk.

# The sources of this part of the library (util.c: wipe, compare).
SIGN_SRCS := $(addprefix lib/crypto/,util.c blake3.c sha512.c fe25519.c \
             ed25519.c x25519.c)

# make bench: our speed beside libsodium's, from -O2 objects.
CRYPTO_BENCH_SIGN := $(B)/hostopt/bin/crypto_bench_sign
$(CRYPTO_BENCH_SIGN): $(call hostopt_objs,lib/crypto/bench/bench_sign.c $(SIGN_SRCS))
	@mkdir -p $(dir $@)
	$(HCC) $^ -o $@ -lsodium
HOST_TOOLS += $(CRYPTO_BENCH_SIGN)
BENCH_NAMES += crypto/sign
BENCH_CMD_crypto/sign = $(CRYPTO_BENCH_SIGN)

# Constant-time check: secrets marked undefined, run under valgrind memcheck.
CRYPTO_CTGRIND_SIGN := $(B)/hostopt/bin/crypto_ctgrind_sign
$(CRYPTO_CTGRIND_SIGN): $(call hostopt_objs,lib/crypto/tests/ctgrind_sign.c $(SIGN_SRCS))
	@mkdir -p $(dir $@)
	$(HCC) $^ -o $@ -Wl,--strip-debug
HOST_TOOLS += $(CRYPTO_CTGRIND_SIGN)
TEST_NAMES += crypto/ctgrind_sign
TEST_CMD_crypto/ctgrind_sign = valgrind -q --error-exitcode=0 $(CRYPTO_CTGRIND_SIGN)

# libFuzzer target for Ed25519 verification, with libsodium as the oracle;
# `make fuzz` runs it on a copy of the seed corpus next to the program,
# `make test` for 10 seconds.
CRYPTO_ED25519_FUZZ := $(B)/fuzz/bin/crypto_ed25519_verify
$(CRYPTO_ED25519_FUZZ): tests/fuzz/crypto_ed25519_verify.c $(call fuzz_objs,$(SIGN_SRCS)) \
		$(wildcard tests/fuzz/crypto_ed25519_verify.corpus/*)
	@mkdir -p $(dir $@) $@.corpus
	$(HCC) $(FZFLAGS) -fsanitize=fuzzer $(filter %.c %.o,$^) -o $@ -lsodium
	cp -n tests/fuzz/crypto_ed25519_verify.corpus/* $@.corpus/
HOST_TOOLS   += $(CRYPTO_ED25519_FUZZ)
FUZZ_TARGETS += $(CRYPTO_ED25519_FUZZ)
TEST_NAMES   += crypto/fuzz-ed25519-verify
TEST_CMD_crypto/fuzz-ed25519-verify = d=$$(mktemp -d) && if $(CRYPTO_ED25519_FUZZ) -max_total_time=10 -seed=1 $$d tests/fuzz/crypto_ed25519_verify.corpus > $$d.log 2>&1; then echo "ok 1 - libFuzzer crypto_ed25519_verify, 10 s: $$(grep -o "Done [0-9]* runs" $$d.log), no crash"; else tail -40 $$d.log; echo "not ok 1 - libFuzzer crypto_ed25519_verify found a failure"; fi; rm -rf $$d $$d.log
