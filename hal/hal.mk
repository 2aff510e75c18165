# hal/: L0.  Portable HAL code (hal/core) is also built for the host and
# tested there (hal/tests); the riscv64 and platform parts only for the target.
LIBS += halcore
halcore_SRCS := $(wildcard hal/core/*.c)
halcore_DEPS := fdt base
halcore_TESTDIR := hal/tests
halcore_TEST_LDLIBS :=

# test_platform reads a device tree QEMU dumps for 3 harts and 256 MiB.
HAL_TEST_DTB := $(B)/host/tests/virt-3hart.dtb
$(HAL_TEST_DTB): $(B)/rv64/nexus.elf
	@mkdir -p $(dir $@)
	$(Q)qemu-system-riscv64 -machine virt,dumpdtb=$@ -m 256M -smp 3 -nographic \
		-kernel $< -append "profile=hardened ktest=all" >/dev/null
HOST_TESTS := $(filter-out $(B)/host/tests/halcore/test_platform,$(HOST_TESTS))
TEST_NAMES += halcore/test_platform
TEST_CMD_halcore/test_platform = NEXUS_DTB=$(HAL_TEST_DTB) $(B)/host/tests/halcore/test_platform
all: $(HAL_TEST_DTB) $(B)/host/tests/halcore/test_platform
