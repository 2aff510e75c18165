# lib/crypto/mk/sym.mk: benchmark, constant-time check and fuzz target of
# the symmetric primitives of lib/crypto (ChaCha20, Poly1305, the AEADs,
# SipHash, XXH3, the random generator).  Included by lib/crypto/crypto.mk.
#
# The three programs are listed in HOST_TOOLS so that `make all` (and so
# `make test` and `make bench`) builds them.

CRYPTO_SYM_SRCS := $(addprefix lib/crypto/,util.c chacha20.c poly1305.c \
                   aead.c siphash.c xxh3.c rng.c)

# Benchmark: -O2 objects without sanitizers, beside libsodium and libxxhash.
CRYPTO_SYM_BENCH := $(B)/hostopt/bin/bench_sym
$(CRYPTO_SYM_BENCH): lib/crypto/bench/bench_sym.c $(call hostopt_objs,$(CRYPTO_SYM_SRCS))
	@mkdir -p $(dir $@)
	$(HCC) $(HOCFLAGS) $^ -o $@ -lsodium -lxxhash
HOST_TOOLS  += $(CRYPTO_SYM_BENCH)
BENCH_NAMES += crypto/sym
BENCH_CMD_crypto/sym = $(CRYPTO_SYM_BENCH)

# Constant-time check: the same -O2 objects under valgrind memcheck with
# the secrets marked undefined (the program prints TAP).  The debug
# sections are stripped: Debian's valgrind 3.19 cannot read clang 14's
# DWARF 5.
CRYPTO_SYM_CTGRIND := $(B)/hostopt/bin/ctgrind_sym
$(CRYPTO_SYM_CTGRIND): lib/crypto/tests/test_aead_ctgrind.c $(call hostopt_objs,$(CRYPTO_SYM_SRCS))
	@mkdir -p $(dir $@)
	$(HCC) $(HOCFLAGS) $^ -o $@ -Wl,--strip-debug
HOST_TOOLS += $(CRYPTO_SYM_CTGRIND)
TEST_NAMES += crypto/ctgrind-sym
TEST_CMD_crypto/ctgrind-sym = valgrind -q --tool=memcheck $(CRYPTO_SYM_CTGRIND) --require-valgrind

# libFuzzer target for the AEAD open paths; `make fuzz` runs it on a copy
# of the seed corpus next to the program, `make test` for 10 seconds.
CRYPTO_AEAD_FUZZ := $(B)/fuzz/bin/crypto_aead_open
$(CRYPTO_AEAD_FUZZ): tests/fuzz/crypto_aead_open.c $(call fuzz_objs,$(CRYPTO_SYM_SRCS)) \
		$(wildcard tests/fuzz/crypto_aead_open.corpus/*)
	@mkdir -p $(dir $@) $@.corpus
	$(HCC) $(FZFLAGS) -fsanitize=fuzzer $(filter %.c %.o,$^) -o $@
	cp -n tests/fuzz/crypto_aead_open.corpus/* $@.corpus/
HOST_TOOLS   += $(CRYPTO_AEAD_FUZZ)
FUZZ_TARGETS += $(CRYPTO_AEAD_FUZZ)
TEST_NAMES   += crypto/fuzz-aead-open
TEST_CMD_crypto/fuzz-aead-open = d=$$(mktemp -d) && if $(CRYPTO_AEAD_FUZZ) -max_total_time=10 -seed=1 $$d tests/fuzz/crypto_aead_open.corpus > $$d.log 2>&1; then echo "ok 1 - libFuzzer crypto_aead_open, 10 s: $$(grep -o "Done [0-9]* runs" $$d.log), no crash"; else tail -40 $$d.log; echo "not ok 1 - libFuzzer crypto_aead_open found a failure"; fi; rm -rf $$d $$d.log
