# hal/: L0.  Portable HAL code (hal/core) is also built for the host and
# tested there (hal/tests); the riscv64 and platform parts only for the target.
LIBS += halcore
halcore_SRCS := $(wildcard hal/core/*.c)
halcore_DEPS := fdt base
halcore_TESTDIR := hal/tests
