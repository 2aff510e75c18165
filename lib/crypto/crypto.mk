# lib/crypto: the cryptographic core (see docs/crypto.md).
# Every lib/crypto/*.c is part of the library, built for riscv64 and the host;
# every lib/crypto/tests/test_*.c is a host test program (TAP).
LIBS += crypto
crypto_SRCS        := $(wildcard lib/crypto/*.c)
crypto_DEPS        := base
crypto_TEST_LDLIBS := -lsodium -lxxhash -lcjson
# Fragments owned by the parts of the library (benchmarks, fuzzers, ctgrind).
-include $(wildcard lib/crypto/mk/*.mk)
