# user/user.mk: the user runtime, the user programs and the boot bundle.
#
# Every directory user/NAME/ (other than rt) with .c files is a program,
# built freestanding for U-mode like the kernel ($(TCC) $(TCFLAGS)) and
# linked by user/rt/user.ld with its manifest (user/NAME/manifest, compiled
# by tools/mkmanifest.py; docs/manifest.md), the runtime and lib/base into
# $(B)/rv64/user/NAME.elf.  tools/mkbundle.py checks every manifest and
# packs the programs into $(BUNDLE_BIN); $(BUNDLE_OBJ) holds it for the
# kernel images to link (symbols bundle_start, bundle_end).  docs/user.md
# has the details.
USER_RT_SRCS    := $(wildcard user/rt/*.c)
USER_RT_OBJS    := $(call rv64_objs,$(USER_RT_SRCS))
USER_LDSCRIPT   := user/rt/user.ld
USER_PROG_NAMES := $(filter-out rt,$(patsubst user/%/,%,$(sort $(dir $(wildcard user/*/*.c)))))
USER_PROGS      := $(patsubst %,$(B)/rv64/user/%.elf,$(USER_PROG_NAMES))
BUNDLE_BIN      := $(B)/rv64/bundle.bin
BUNDLE_S        := $(B)/rv64/bundle.S
BUNDLE_OBJ      := $(B)/rv64/bundle.o

# Libraries a program may use (the linker takes only what it calls).
USER_LIBS := $(B)/rv64/lib/libring.a $(B)/rv64/lib/libbase.a

# The objects under user/ see the generated ABI, the stubs and the runtime.
TCFLAGS_user := $(ABI_CFLAGS) -I$(ABI_GEN)/user -Iuser/rt/include -Ilib/ring/include
$(call rv64_objs,$(wildcard user/*/*.c)): $(ABI_GEN_FILES)

# Each program's manifest, user/NAME/manifest, is compiled by
# tools/mkmanifest.py into $(B)/rv64/user/manifest/NAME.S (the bytes in
# section .nexus.manifest) and linked into the program; the raw bytes,
# NAME.bin, seed the fuzzer.  A program without one does not build.
MANIFEST_TOOL  := tools/mkmanifest.py tools/manifestfmt.py tools/mkbundle.py
user_manifest_s = $(B)/rv64/user/manifest/$(1).S
user_manifest_o = $(B)/rv64/user/manifest/$(1).o
USER_MANIFEST_BINS := $(patsubst %,$(B)/rv64/user/manifest/%.bin,$(USER_PROG_NAMES))

# $(call user_prog,NAME): the rules compiling one program's manifest and
# linking the program.
define user_prog
ifneq ($(wildcard user/$(1)/manifest),)
$(call user_manifest_s,$(1)) $(B)/rv64/user/manifest/$(1).bin &: user/$(1)/manifest $(MANIFEST_TOOL)
	@mkdir -p $$(dir $$@)
	@$(if $(Q),echo '  MANIFST $$@')
	$(Q)$(PYTHON) tools/mkmanifest.py $$< -o $(call user_manifest_s,$(1)) --bin $(B)/rv64/user/manifest/$(1).bin
else
$(call user_manifest_s,$(1)) $(B)/rv64/user/manifest/$(1).bin:
	@echo "user/$(1): no manifest: every program needs user/$(1)/manifest (docs/manifest.md)" >&2; exit 1
endif
$(B)/rv64/user/$(1).elf: $(call rv64_objs,$(wildcard user/$(1)/*.c)) $(call user_manifest_o,$(1)) $(USER_RT_OBJS) \
		$(USER_LIBS) $(USER_LDSCRIPT)
	@mkdir -p $$(dir $$@)
	@$(if $(Q),echo '  LD      $$@')
	$(Q)$(TLD) -T $(USER_LDSCRIPT) --gc-sections -z max-page-size=4096 -o $$@ \
		$(call rv64_objs,$(wildcard user/$(1)/*.c)) $(call user_manifest_o,$(1)) $(USER_RT_OBJS) $(USER_LIBS)
endef
$(foreach p,$(USER_PROG_NAMES),$(eval $(call user_prog,$(p))))
$(B)/rv64/user/manifest/%.o: $(B)/rv64/user/manifest/%.S
	@$(if $(Q),echo '  AS      $@')
	$(Q)$(TCC) $(TASFLAGS) -c $< -o $@

# The list of programs, rewritten only when it changes, so that removing a
# program rebuilds the bundle.
USER_PROGS_LIST := $(B)/rv64/user/programs.list
$(USER_PROGS_LIST): FORCE
	@mkdir -p $(dir $@)
	@echo '$(USER_PROG_NAMES)' > $@.tmp; cmp -s $@.tmp $@ 2>/dev/null || mv $@.tmp $@; rm -f $@.tmp

# The bundle holds copies without symbols or debug information; the
# programs keep theirs for GDB and llvm-objdump.
USER_STRIPPED := $(patsubst %,$(B)/rv64/user/stripped/%.elf,$(USER_PROG_NAMES))
$(B)/rv64/user/stripped/%.elf: $(B)/rv64/user/%.elf
	@mkdir -p $(dir $@)
	$(Q)$(OBJCOPY) --strip-all $< $@
$(BUNDLE_BIN): $(USER_STRIPPED) $(USER_PROGS_LIST) tools/mkbundle.py
	@echo '  BUNDLE  $@'
	$(Q)$(PYTHON) tools/mkbundle.py -o $@ --asm $(BUNDLE_S) \
		$(foreach p,$(USER_PROG_NAMES),$(p)=$(B)/rv64/user/stripped/$(p).elf)
$(BUNDLE_OBJ): $(BUNDLE_BIN)
	@echo '  AS      $@'
	$(Q)$(TCC) $(TASFLAGS) -I$(dir $(BUNDLE_BIN)) -c $(BUNDLE_S) -o $@

all: $(USER_PROGS) $(BUNDLE_OBJ)

# The loader's and the manifest's host tests, again with the real programs
# and bundle.
TEST_NAMES += kcore/test_elf-user kcore/test_bundle-user manifest/test_manifest-user
TEST_CMD_kcore/test_elf-user = NEXUS_USER_ELFS=$(B)/rv64/user $(B)/host/tests/kcore/test_elf
TEST_CMD_kcore/test_bundle-user = NEXUS_BUNDLE=$(BUNDLE_BIN) $(B)/host/tests/kcore/test_bundle
TEST_CMD_manifest/test_manifest-user = NEXUS_USER_ELFS=$(B)/rv64/user $(B)/host/tests/manifest/test_manifest

# libFuzzer targets for the two parsers the kernel runs on spawn, seeded with
# the real programs and bundle; make test runs each for 10 s.
LOADER_FUZZ_LIB := $(call fuzz_objs,lib/base/mem.c lib/base/str.c lib/base/fmt.c)
ELF_FUZZ    := $(B)/fuzz/bin/elf_plan
BUNDLE_FUZZ := $(B)/fuzz/bin/bundle_find
$(ELF_FUZZ): tests/fuzz/elf_plan.c $(call fuzz_objs,kernel/elf.c) $(LOADER_FUZZ_LIB) $(USER_PROGS)
	@mkdir -p $(dir $@) $@.corpus
	@echo '  FUZZLD  $@'
	$(Q)$(HCC) $(FZFLAGS) -fsanitize=fuzzer $(filter %.c %.o,$^) -o $@
	$(Q)cp $(USER_PROGS) $@.corpus/
$(BUNDLE_FUZZ): tests/fuzz/bundle_find.c $(call fuzz_objs,kernel/bundle.c kernel/elf.c) $(LOADER_FUZZ_LIB) $(BUNDLE_BIN)
	@mkdir -p $(dir $@) $@.corpus
	@echo '  FUZZLD  $@'
	$(Q)$(HCC) $(FZFLAGS) -fsanitize=fuzzer $(filter %.c %.o,$^) -o $@
	$(Q)cp $(BUNDLE_BIN) $@.corpus/
# The manifest parser, seeded with the programs and their raw manifests.
MANIFEST_FUZZ := $(B)/fuzz/bin/manifest_parse
$(MANIFEST_FUZZ): tests/fuzz/manifest_parse.c $(call fuzz_objs,lib/manifest/manifest.c) $(LOADER_FUZZ_LIB) \
		$(USER_PROGS) $(USER_MANIFEST_BINS)
	@mkdir -p $(dir $@) $@.corpus
	@echo '  FUZZLD  $@'
	$(Q)$(HCC) $(FZFLAGS) -fsanitize=fuzzer $(filter %.c %.o,$^) -o $@
	$(Q)cp $(USER_PROGS) $(USER_MANIFEST_BINS) $@.corpus/
HOST_TOOLS   += $(ELF_FUZZ) $(BUNDLE_FUZZ) $(MANIFEST_FUZZ)
FUZZ_TARGETS += $(ELF_FUZZ) $(BUNDLE_FUZZ) $(MANIFEST_FUZZ)
# $(call loader_fuzz_test,NAME,PROGRAM): run PROGRAM 10 s as a TAP test.
loader_fuzz_test = d=$$(mktemp -d) && if $(2) -max_total_time=10 -seed=1 $$d $(2).corpus > $$d.log 2>&1; then echo "ok 1 - libFuzzer $(1), 10 s: $$(grep -o "Done [0-9]* runs" $$d.log), no crash"; else tail -40 $$d.log; echo "not ok 1 - libFuzzer $(1) found a failure"; fi; rm -rf $$d $$d.log
TEST_NAMES += kernel/fuzz-elf kernel/fuzz-bundle manifest/fuzz-parse
TEST_CMD_kernel/fuzz-elf = $(call loader_fuzz_test,elf_plan,$(ELF_FUZZ))
TEST_CMD_kernel/fuzz-bundle = $(call loader_fuzz_test,bundle_find,$(BUNDLE_FUZZ))
TEST_CMD_manifest/fuzz-parse = $(call loader_fuzz_test,manifest_parse,$(MANIFEST_FUZZ))

# nsh's line editor on the host, under the sanitizers (it needs only
# lib/base): every key, and random keys against a model terminal.
NSH_EDIT_TEST := $(B)/host/tests/nsh/test_edit
$(NSH_EDIT_TEST): user/nsh/tests/test_edit.c user/nsh/edit.c user/nsh/edit.h $(B)/host/lib/libbase.a
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '  HOSTLD  $@')
	$(Q)$(HCC) $(HCFLAGS) user/nsh/tests/test_edit.c user/nsh/edit.c -o $@ $(HLDFLAGS) $(B)/host/lib/libbase.a
HOST_TESTS += $(NSH_EDIT_TEST)

# In QEMU: the ABI checked from user mode by user/selftest.
TEST_NAMES += qemu/user-selftest
TEST_CMD_qemu/user-selftest = B=$(B) $(PYTHON) user/tests/test_selftest.py

# mkbundle writes the documented format and refuses what the kernel would;
# mkmanifest compiles good sources and reports bad ones by line.
TEST_NAMES += user/mkbundle user/mkmanifest
TEST_CMD_user/mkbundle = $(PYTHON) user/tests/test_mkbundle.py
TEST_CMD_user/mkmanifest = $(PYTHON) user/tests/test_mkmanifest.py

# make bench: the system call path in retired instructions (user/sysbench).
BENCH_NAMES += user-syscall
BENCH_CMD_user-syscall = $(PYTHON) user/tests/bench_syscall.py $(KERNEL)
