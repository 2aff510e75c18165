# Nexus top-level Makefile.  `make help` lists the targets.
#
# The build is out of tree, in $(B) (build/ by default).  Each library and
# layer adds itself through a fragment (lib/*/*.mk, hal/hal.mk, kernel/kernel.mk,
# tests/tests.mk) that appends to the lists below; the rules that turn those
# lists into archives, programs and the test list live here and in mk/.

.DEFAULT_GOAL := all
SHELL := /bin/bash

include mk/toolchain.mk

# Lists the fragments append to.
LIBS        :=	# library names: lib/NAME built as $(B)/{rv64,host}/lib/libNAME.a
HOST_TESTS  :=	# host test programs (each prints TAP)
HOST_TESTS_BY_CMD := # of those, the ones run by a TEST_CMD_x instead
TEST_NAMES  :=	# extra tests: name N runs the command in variable TEST_CMD_N (prints TAP)
BENCH_NAMES :=	# benchmarks: name N runs BENCH_CMD_N, printing "bench <name> <value> <unit>" lines
HOST_TOOLS  :=	# host programs in $(B)/host/bin
FUZZ_TARGETS :=	# libFuzzer programs

include $(sort $(wildcard lib/*/*.mk))
RV64_LIBS := $(patsubst %,$(B)/rv64/lib/lib%.a,$(LIBS))
HOST_LIBS := $(patsubst %,$(B)/host/lib/lib%.a,$(LIBS))
include hal/hal.mk kernel/kernel.mk tests/tests.mk
-include $(sort $(wildcard tools/*/*.mk))

# --- Libraries: each built for the target and for the host. ---------------
define lib_rules
$(1)_RV64_OBJS := $$(call rv64_objs,$$($(1)_SRCS) $$($(1)_RV64_SRCS))
$(1)_HOST_OBJS := $$(call host_objs,$$($(1)_SRCS) $$($(1)_HOST_SRCS))
$(B)/rv64/lib/lib$(1).a: $$($(1)_RV64_OBJS)
	@mkdir -p $$(dir $$@)
	$(Q)rm -f $$@ && $(TAR) rcs $$@ $$^
$(B)/host/lib/lib$(1).a: $$($(1)_HOST_OBJS)
	@mkdir -p $$(dir $$@)
	$(Q)rm -f $$@ && $(HAR) rcs $$@ $$^
# Every test_*.c in NAME_TESTDIR (default lib/NAME/tests) is a host test program.
$(1)_TESTDIR ?= lib/$(1)/tests
$(1)_TEST_BINS := $$(patsubst $$($(1)_TESTDIR)/%.c,$(B)/host/tests/$(1)/%,$$(wildcard $$($(1)_TESTDIR)/test_*.c))
HOST_TESTS += $$($(1)_TEST_BINS)
$(B)/host/tests/$(1)/%: $$($(1)_TESTDIR)/%.c $(B)/host/lib/lib$(1).a $$(foreach d,$$($(1)_DEPS),$(B)/host/lib/lib$$(d).a)
	@mkdir -p $$(dir $$@)
	@$(if $(Q),echo '  HOSTLD  $$@')
	$(Q)$(HCC) $(HCFLAGS) $$($(1)_TEST_CFLAGS) $$< -o $$@ $(HLDFLAGS) \
		$(B)/host/lib/lib$(1).a $$(foreach d,$$($(1)_DEPS),$(B)/host/lib/lib$$(d).a) $$($(1)_TEST_LDLIBS)
endef
$(foreach l,$(LIBS),$(eval $(call lib_rules,$(l))))
# Host tests that need an environment run through TEST_CMD_x instead.
HOST_TESTS := $(filter-out $(HOST_TESTS_BY_CMD),$(HOST_TESTS))
comma := ,
empty :=
space := $(empty) $(empty)
# "archive:dep,dep" for tools/check-undef.sh: the libraries of lib/ only
# (hal/core and kernel code may call the layers they belong to).
UNDEF_LIBS = $(foreach l,$(LIBS),$(if $(filter lib/%,$(firstword $($(l)_SRCS))),$(l)))
UNDEF_ARGS = $(foreach l,$(UNDEF_LIBS),$(B)/rv64/lib/lib$(l).a:$(subst $(space),$(comma),$(strip $($(l)_DEPS))))

# --- Top-level targets. ----------------------------------------------------
.PHONY: all deps run test test-host bench size debug fmt fmt-check help clean fuzz layers

all: $(KERNEL) $(KERNEL_TEST) $(RV64_LIBS) $(HOST_LIBS) $(HOST_TESTS) $(HOST_TOOLS)

deps:
	@tools/deps.sh

run: deps
	@$(MAKE) --no-print-directory $(KERNEL)
	$(QEMU) $(QEMU_FLAGS) -kernel $(KERNEL) -append "$(BOOTARGS)"

# The list of tests, one "name|command" a line, for tests/run.py.
$(B)/tests.list: FORCE
	@mkdir -p $(B)
	@{ $(foreach t,$(HOST_TESTS),echo "$(patsubst $(B)/host/tests/%,%,$(t))|$(t)";) \
	   $(foreach n,$(TEST_NAMES),echo '$(n)|$(TEST_CMD_$(n))';) } > $@.tmp
	@cmp -s $@.tmp $@ 2>/dev/null || mv $@.tmp $@; rm -f $@.tmp

test: deps
	@$(MAKE) --no-print-directory all layers $(B)/tests.list
	@$(PYTHON) tests/run.py $(B)/tests.list

bench: deps
	@$(MAKE) --no-print-directory all
	@$(foreach n,$(BENCH_NAMES),$(BENCH_CMD_$(n)) &&) true

size: $(KERNEL)
	@tools/size.sh $(KERNEL) $(B)

debug: deps
	@$(MAKE) --no-print-directory $(KERNEL)
	@echo "QEMU waits for GDB on :1234; in another terminal run: make gdb"
	$(QEMU) $(QEMU_FLAGS) -kernel $(KERNEL) -append "$(BOOTARGS)" -s -S

gdb:
	gdb-multiarch -q -x tools/nexus.gdb $(KERNEL)

fuzz: $(FUZZ_TARGETS)
	@$(foreach f,$(FUZZ_TARGETS),$(f) -max_total_time=$(or $(FUZZ_SECONDS),60) $(f).corpus &&) true

FMT_FILES = $(shell git ls-files '*.c' '*.h')
fmt:
	clang-format -i $(FMT_FILES)
fmt-check:
	@clang-format --dry-run --Werror $(FMT_FILES) && echo "fmt-check: $(words $(FMT_FILES)) files formatted"

layers:
	@tools/check-layers.sh

clean:
	rm -rf $(B)

help:
	@echo "Nexus make targets:"
	@echo "  make run        install what is missing, build, boot Nexus in QEMU (console on this terminal; Ctrl-A X quits)"
	@echo "  make test       install what is missing, build, run every test; ends with 'N passed, N failed'"
	@echo "  make bench      print figures as 'bench <name> <value> <unit>' lines"
	@echo "  make size       section sizes of the kernel image"
	@echo "  make debug      boot QEMU halted, waiting for GDB on :1234; then 'make gdb' in another terminal"
	@echo "  make fuzz       run every libFuzzer target (FUZZ_SECONDS=60 each)"
	@echo "  make fmt-check  check formatting with clang-format (make fmt rewrites)"
	@echo "  make layers     check the layer rules of ARCHITECTURE.md"
	@echo "  make deps       install missing Debian packages (as root) or print the apt-get line"
	@echo "  make clean      remove $(B)/"
	@echo "Variables: BOOTARGS='profile=hardened' (make run), B=build"

FORCE:

-include $(shell find $(B) -name '*.d' 2>/dev/null)
