# kernel/loader.mk: the syscall ABI (generated from abi/nexus.abi) and the
# loader's parsers.  Included by kernel/kernel.mk.
include abi/abi.mk

# The boot bundle and ELF validators: portable, in kcore (host-tested by
# kernel/tests/test_bundle.c and test_elf.c, fuzzed below).
kcore_SRCS += kernel/bundle.c kernel/elf.c
# test_bundle checks the bundle's hashes with lib/crypto's BLAKE3.
kcore_DEPS += crypto
