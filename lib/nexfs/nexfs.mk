# lib/nexfs: NexFS, the flash-native verified filesystem (see docs/nexfs.md).
# Every lib/nexfs/*.c is part of the library (the FastCDC chunker included);
# every lib/nexfs/tests/test_*.c is a host test program (TAP).
LIBS += nexfs
nexfs_SRCS        := $(wildcard lib/nexfs/*.c)
nexfs_DEPS        := crypto base
nexfs_TEST_LDLIBS := -lzstd
