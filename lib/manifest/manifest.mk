# lib/manifest: the program manifest, parsed by the kernel at spawn and
# checked by the build (include/manifest/manifest.h, docs/manifest.md).
# Host tests: lib/manifest/tests/test_*.c; the fuzz target and the test on
# the real programs are wired in user/user.mk, next to the programs.
LIBS += manifest
manifest_SRCS := lib/manifest/manifest.c
manifest_DEPS := base
