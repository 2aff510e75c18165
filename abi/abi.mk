# abi/abi.mk: the syscall ABI's C files, generated from abi/nexus.abi by
# tools/abigen.py into $(B)/gen/ (never committed; docs/abi.md).
#
#   $(ABI_H)          $(B)/gen/include/nexus/abi.h       everyone: -I$(B)/gen/include
#   $(ABI_DESC_H)     $(B)/gen/include/nexus/abi_desc.h  tests and tools
#   $(SYSCALL_GEN_H)  $(B)/gen/kernel/syscall_gen.h      the kernel: -I$(B)/gen/kernel
#   $(SYSCALL_GEN_C)  $(B)/gen/kernel/syscall_gen.c      built as $(SYSCALL_GEN_OBJ)
#   $(USER_SYS_H)     $(B)/gen/user/nexus/sys.h          user programs: -I$(B)/gen/user
#
# An object that includes a generated header lists $(ABI_GEN_FILES) as a
# prerequisite (the first build has no dependency files yet).
ABI_SRC       := abi/nexus.abi
ABI_GEN       := $(B)/gen
ABI_STAMP     := $(ABI_GEN)/abi.stamp
ABI_H         := $(ABI_GEN)/include/nexus/abi.h
ABI_DESC_H    := $(ABI_GEN)/include/nexus/abi_desc.h
SYSCALL_GEN_H := $(ABI_GEN)/kernel/syscall_gen.h
SYSCALL_GEN_C := $(ABI_GEN)/kernel/syscall_gen.c
USER_SYS_H    := $(ABI_GEN)/user/nexus/sys.h
ABI_GEN_FILES := $(ABI_H) $(ABI_DESC_H) $(SYSCALL_GEN_H) $(SYSCALL_GEN_C) $(USER_SYS_H)
ABI_CFLAGS    := -I$(ABI_GEN)/include
SYSCALL_GEN_OBJ := $(B)/rv64/gen/kernel/syscall_gen.o

# abigen rewrites only the files that change; the stamp records the run.
$(ABI_STAMP): $(ABI_SRC) tools/abigen.py
	@mkdir -p $(dir $@)
	@echo '  ABIGEN  $(ABI_GEN)'
	$(Q)$(PYTHON) tools/abigen.py $(ABI_SRC) $(ABI_GEN)
	$(Q)touch $@
$(ABI_GEN_FILES): $(ABI_STAMP)
	$(Q)test -f $@ || $(PYTHON) tools/abigen.py $(ABI_SRC) $(ABI_GEN)

# The dispatcher for the target (the kernel links it) and for the host tests.
$(SYSCALL_GEN_OBJ): $(SYSCALL_GEN_C) $(ABI_GEN_FILES)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '  CC      $@')
	$(Q)$(TCC) $(TCFLAGS) $(ABI_CFLAGS) -MMD -MP -c $< -o $@
ABI_HOST_DISPATCH := $(B)/host/gen/kernel/syscall_gen.o
$(ABI_HOST_DISPATCH): $(SYSCALL_GEN_C) $(ABI_GEN_FILES)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '  HOSTCC  $@')
	$(Q)$(HCC) $(HCFLAGS) $(ABI_CFLAGS) -MMD -MP -c $< -o $@

# Host test: every call's decode step against a fake address space, with
# the generated recording handlers.
ABI_RECORD_C := $(ABI_GEN)/tests/syscall_record.c
ABI_TEST := $(B)/host/tests/abi/test_dispatch
$(ABI_RECORD_C): $(ABI_STAMP)
	$(Q)test -f $@ || $(PYTHON) tools/abigen.py $(ABI_SRC) $(ABI_GEN)
$(ABI_TEST): abi/tests/test_dispatch.c $(ABI_HOST_DISPATCH) $(ABI_RECORD_C) $(ABI_GEN_FILES)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '  HOSTLD  $@')
	$(Q)$(HCC) $(HCFLAGS) $(ABI_CFLAGS) -I$(ABI_GEN)/kernel $< $(ABI_RECORD_C) $(ABI_HOST_DISPATCH) \
		-o $@ $(HLDFLAGS)
HOST_TESTS += $(ABI_TEST)

# The generator refuses malformed ABI sources.
TEST_NAMES += abi/abigen
TEST_CMD_abi/abigen = $(PYTHON) abi/tests/test_abigen.py

all: $(SYSCALL_GEN_OBJ)
