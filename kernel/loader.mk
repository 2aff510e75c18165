# kernel/loader.mk: the syscall ABI (generated from abi/nexus.abi) and the
# loader's parsers.  Included by kernel/kernel.mk.
include abi/abi.mk
