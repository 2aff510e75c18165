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
HOST_TESTS_BY_CMD += $(B)/host/tests/halcore/test_platform
TEST_NAMES += halcore/test_platform
TEST_CMD_halcore/test_platform = NEXUS_DTB=$(HAL_TEST_DTB) $(B)/host/tests/halcore/test_platform
all: $(HAL_TEST_DTB) $(B)/host/tests/halcore/test_platform

# libFuzzer target for the device tree parser; the seed is QEMU's tree.
FDT_FUZZ := $(B)/fuzz/bin/fdt_platform
$(FDT_FUZZ): tests/fuzz/fdt_platform.c $(call fuzz_objs,lib/fdt/fdt.c hal/core/platform.c lib/base/mem.c lib/base/str.c lib/base/fmt.c) $(HAL_TEST_DTB)
	@mkdir -p $(dir $@) $@.corpus
	@echo '  FUZZLD  $@'
	$(Q)$(HCC) $(FZFLAGS) -fsanitize=fuzzer $(filter %.c %.o,$^) -o $@
	$(Q)head -c $$(( $$(od -An -tu1 -j4 -N4 $(HAL_TEST_DTB) | awk '{print $$1*16777216+$$2*65536+$$3*256+$$4}') )) $(HAL_TEST_DTB) > $@.corpus/qemu-virt.dtb
HOST_TOOLS   += $(FDT_FUZZ)
FUZZ_TARGETS += $(FDT_FUZZ)
TEST_NAMES   += hal/fuzz-fdt
TEST_CMD_hal/fuzz-fdt = d=$$(mktemp -d) && if $(FDT_FUZZ) -max_total_time=10 -seed=1 $$d $(FDT_FUZZ).corpus > $$d.log 2>&1; then echo "ok 1 - libFuzzer fdt_platform, 10 s: $$(grep -o "Done [0-9]* runs" $$d.log), no crash"; else tail -40 $$d.log; echo "not ok 1 - libFuzzer fdt_platform found a failure"; fi; rm -rf $$d $$d.log
