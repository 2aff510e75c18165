# kernel/: L1, and the rules that link the kernel images.
#
# Portable kernel logic (command line, line editor) is a library built for
# both the target and the host, unit-tested on the host (kernel/tests).
LIBS += kcore
kcore_SRCS    := kernel/bootargs.c kernel/lineedit.c
kcore_DEPS    := base
kcore_TESTDIR := kernel/tests
# Scheduler, ring and ledger policy (kernel/policy.mk adds them to kcore).
-include kernel/policy.mk
# Bundle and ELF validators (kcore) and the user programs and bundle.
-include kernel/loader.mk
-include user/user.mk

PLAT       := qemu-virt
KERNEL     := $(B)/rv64/nexus.elf
KERNEL_TEST := $(B)/rv64/nexus-test.elf
LDSCRIPT   := hal/plat/$(PLAT)/kernel.ld

HAL_RV64_SRCS := $(wildcard hal/riscv64/*.c hal/riscv64/*.S)
KERNEL_SRCS   := kernel/main.c kernel/kconsole.c kernel/fiber.c kernel/syscall.c kernel/chan.c kernel/cap.c kernel/shm.c kernel/sys_shell.c kernel/entropy.c
KTEST_SRCS    := $(wildcard tests/ktest/*.c)

# Without user programs (no user/user.mk), the kernel links an empty bundle.
ifeq ($(BUNDLE_OBJ),)
BUNDLE_OBJ := $(B)/rv64/empty-bundle.o
$(BUNDLE_OBJ):
	@mkdir -p $(dir $@)
	$(Q)printf '\t.section .rodata.bundle, "a"\n\t.globl bundle_start\n\t.globl bundle_end\nbundle_start:\nbundle_end:\n' \
		| $(TCC) $(TASFLAGS) -x assembler -c - -o $@
endif
KERNEL_OBJS := $(call rv64_objs,$(HAL_RV64_SRCS) $(KERNEL_SRCS)) $(SYSCALL_GEN_OBJ) $(BUNDLE_OBJ)
# The kernel sees the generated ABI headers; they must exist before it compiles.
TCFLAGS_kernel := -I$(B)/gen/include -I$(B)/gen/kernel
TCFLAGS_tests := -I$(B)/gen/include -I$(B)/gen/kernel
$(call rv64_objs,$(KERNEL_SRCS) kernel/ktest_none.c $(KTEST_SRCS)): | $(ABI_GEN_FILES)
KERNEL_LIBS := $(B)/rv64/lib/libkcore.a $(B)/rv64/lib/libhalcore.a $(B)/rv64/lib/libfdt.a \
               $(B)/rv64/lib/libcrypto.a $(B)/rv64/lib/libring.a $(B)/rv64/lib/libmanifest.a $(B)/rv64/lib/libbase.a
KTEST_LIBS  :=

# $(call link_kernel,OUT,OBJS,LIBS): two links.  The first has an empty
# symbol table; its symbols fill the table of the second.  .ksyms is the last
# section, so the second link moves nothing; the check below proves it.
define link_kernel
$(1): $(2) $(3) $(LDSCRIPT) tools/ksyms.py
	@mkdir -p $$(dir $$@)
	@echo '  LD      $$@'
	$(Q)$(PYTHON) tools/ksyms.py --empty $(1).ksyms0.S
	$(Q)$(TCC) $(TASFLAGS) -c $(1).ksyms0.S -o $(1).ksyms0.o
	$(Q)$(TLD) -T $(LDSCRIPT) --gc-sections -o $(1).pass1 $(2) $(1).ksyms0.o --start-group $(3) --end-group
	$(Q)$(NM) -n -S --defined-only $(1).pass1 > $(1).nm
	$(Q)$(PYTHON) tools/ksyms.py $(1).nm $(1).ksyms.S
	$(Q)$(TCC) $(TASFLAGS) -c $(1).ksyms.S -o $(1).ksyms.o
	$(Q)$(TLD) -T $(LDSCRIPT) --gc-sections -o $$@ $(2) $(1).ksyms.o --start-group $(3) --end-group
	@$(NM) -n --defined-only $$@ | grep -i ' t ' > $(1).nm2; grep -i ' t ' $(1).nm | cut -d' ' -f1,3- > $(1).nm1; \
	  cut -d' ' -f1,2- $(1).nm2 | diff -q $(1).nm1 - >/dev/null || { echo "ksyms: second link moved symbols"; rm -f $$@; exit 1; }
endef

$(eval $(call link_kernel,$(KERNEL),$(KERNEL_OBJS) $(call rv64_objs,kernel/ktest_none.c),$(KERNEL_LIBS)))
$(eval $(call link_kernel,$(KERNEL_TEST),$(KERNEL_OBJS) $(call rv64_objs,$(KTEST_SRCS)),$(KERNEL_LIBS) $(KTEST_LIBS)))

# QEMU: the virt machine with OpenSBI (QEMU's default firmware), 128 MiB, 2 harts.
QEMU       := qemu-system-riscv64
QEMU_FLAGS := -machine virt -m 128M -smp 2 -nographic -bios default
BOOTARGS   ?= profile=sovereign

# Figures (make bench): image sizes, and boot time under -icount shift=0.
BENCH_NAMES += kernel-size kernel-boot
BENCH_CMD_kernel-size = tools/size.sh $(KERNEL) $(B)
BENCH_CMD_kernel-boot = $(PYTHON) tools/bench-boot.py $(KERNEL)
BENCH_NAMES += kernel-ipc
BENCH_CMD_kernel-ipc = $(PYTHON) tools/bench-fibers.py $(KERNEL)
BENCH_NAMES += crypto-qemu
BENCH_CMD_crypto-qemu = $(PYTHON) tools/bench-crypto-qemu.py $(KERNEL_TEST)
