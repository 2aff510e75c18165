# tools/nexfs: the nexfs CLI and nexfs-fuse, host programs over lib/nexfs
# (see docs/nexfs-tools.md).  Both share the image-file flash device and the
# host services in tools/nexfs/{flash_image,volume,util,progress}.c.

NEXFS_TOOLS_COMMON := tools/nexfs/flash_image.c tools/nexfs/volume.c \
                      tools/nexfs/util.c tools/nexfs/progress.c
NEXFS_TOOLS_ARCHIVES := $(B)/host/lib/libnexfs.a $(B)/host/lib/libcrypto.a \
                        $(B)/host/lib/libbase.a
NEXFS_FUSE_CFLAGS := $(shell pkg-config --cflags fuse3 2>/dev/null)
NEXFS_FUSE_LIBS   := $(or $(shell pkg-config --libs fuse3 2>/dev/null),-lfuse3)

HOST_TOOLS += $(B)/host/bin/nexfs $(B)/host/bin/nexfs-fuse

$(B)/host/bin/nexfs: $(call host_objs,tools/nexfs/main.c $(NEXFS_TOOLS_COMMON)) \
		$(NEXFS_TOOLS_ARCHIVES)
	@mkdir -p $(dir $@)
	$(HCC) $(HLDFLAGS) $(filter %.o,$^) -o $@ $(NEXFS_TOOLS_ARCHIVES) -lzstd

$(call host_objs,tools/nexfs-fuse/nexfs_fuse.c): HCFLAGS += $(NEXFS_FUSE_CFLAGS)

$(B)/host/bin/nexfs-fuse: $(call host_objs,tools/nexfs-fuse/nexfs_fuse.c \
		$(NEXFS_TOOLS_COMMON)) $(NEXFS_TOOLS_ARCHIVES)
	@mkdir -p $(dir $@)
	$(HCC) $(HLDFLAGS) $(filter %.o,$^) -o $@ $(NEXFS_TOOLS_ARCHIVES) \
		-lzstd $(NEXFS_FUSE_LIBS)

# Unit test of the image-file flash device (flash rules, footer, bad blocks).
HOST_TESTS += $(B)/host/tests/tools/test_flash_image
$(B)/host/tests/tools/test_flash_image: tests/tools/test_flash_image.c \
		$(call host_objs,tools/nexfs/flash_image.c) \
		$(B)/host/lib/libcrypto.a $(B)/host/lib/libbase.a
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) -Itools/nexfs $< $(filter %.o,$^) -o $@ $(HLDFLAGS) \
		$(B)/host/lib/libcrypto.a $(B)/host/lib/libbase.a

# Shell-level tests of the programs (TAP).
TEST_NAMES += tools/nexfs-cli tools/nexfs-fuse
TEST_CMD_tools/nexfs-cli = tests/tools/test_nexfs_cli.sh $(B)/host/bin/nexfs
TEST_CMD_tools/nexfs-fuse = tests/tools/test_nexfs_fuse.sh $(B)/host/bin/nexfs \
	$(B)/host/bin/nexfs-fuse

# make bench: FastCDC chunking speed, from -O2 objects without sanitizers.
NEXFS_BENCH_CDC := $(B)/hostopt/bin/nexfs_bench_cdc
$(NEXFS_BENCH_CDC): $(call hostopt_objs,tools/nexfs/bench_cdc.c lib/nexfs/cdc.c)
	@mkdir -p $(dir $@)
	$(HCC) $^ -o $@
HOST_TOOLS += $(NEXFS_BENCH_CDC)
BENCH_NAMES += nexfs/cdc
BENCH_CMD_nexfs/cdc = $(NEXFS_BENCH_CDC)

# Optimised (-O2, no sanitizers) builds of the two programs for `make bench`.
NEXFS_OPT_LIB := $(B)/hostopt/lib/libnexfs_tools.a
$(NEXFS_OPT_LIB): $(call hostopt_objs,$(wildcard lib/nexfs/*.c) \
		$(wildcard lib/crypto/*.c) lib/base/mem.c lib/base/str.c lib/base/fmt.c)
	@mkdir -p $(dir $@)
	rm -f $@ && $(HAR) rcs $@ $^
$(call hostopt_objs,tools/nexfs-fuse/nexfs_fuse.c): HOCFLAGS += $(NEXFS_FUSE_CFLAGS)
$(B)/hostopt/bin/nexfs: $(call hostopt_objs,tools/nexfs/main.c \
		$(NEXFS_TOOLS_COMMON)) $(NEXFS_OPT_LIB)
	@mkdir -p $(dir $@)
	$(HCC) $(filter %.o,$^) -o $@ $(NEXFS_OPT_LIB) -lzstd
$(B)/hostopt/bin/nexfs-fuse: $(call hostopt_objs,tools/nexfs-fuse/nexfs_fuse.c \
		$(NEXFS_TOOLS_COMMON)) $(NEXFS_OPT_LIB)
	@mkdir -p $(dir $@)
	$(HCC) $(filter %.o,$^) -o $@ $(NEXFS_OPT_LIB) -lzstd $(NEXFS_FUSE_LIBS)
HOST_TOOLS += $(B)/hostopt/bin/nexfs $(B)/hostopt/bin/nexfs-fuse
BENCH_NAMES += nexfs/tools
BENCH_CMD_nexfs/tools = tests/tools/bench_nexfs_tools.sh $(B)/hostopt/bin/nexfs \
	$(B)/hostopt/bin/nexfs-fuse

# libFuzzer target for the FastCDC chunker (contract and streaming checks);
# `make fuzz` runs it, `make test` for 5 seconds.
NEXFS_FUZZ_CDC := $(B)/fuzz/bin/nexfs_fuzz_cdc
$(NEXFS_FUZZ_CDC): tools/nexfs/fuzz_cdc.c $(call fuzz_objs,lib/nexfs/cdc.c)
	@mkdir -p $(dir $@) $@.corpus
	$(HCC) $(FZFLAGS) -fsanitize=fuzzer $^ -o $@
HOST_TOOLS   += $(NEXFS_FUZZ_CDC)
FUZZ_TARGETS += $(NEXFS_FUZZ_CDC)
TEST_NAMES   += nexfs/fuzz-cdc
TEST_CMD_nexfs/fuzz-cdc = d=$$(mktemp -d) && if $(NEXFS_FUZZ_CDC) -max_total_time=5 -seed=1 $$d > $$d.log 2>&1; then echo "ok 1 - libFuzzer nexfs_fuzz_cdc, 5 s: $$(grep -o "Done [0-9]* runs" $$d.log), no failure"; else tail -40 $$d.log; echo "not ok 1 - libFuzzer nexfs_fuzz_cdc found a failure"; fi; rm -rf $$d $$d.log

# libFuzzer target for image files (footer parsing, raw dumps).
NEXFS_FUZZ_IMAGE := $(B)/fuzz/bin/nexfs_fuzz_image
$(NEXFS_FUZZ_IMAGE): tools/nexfs/fuzz_image.c \
		$(call fuzz_objs,tools/nexfs/flash_image.c lib/crypto/xxh3.c)
	@mkdir -p $(dir $@) $@.corpus
	$(HCC) $(FZFLAGS) -Itools/nexfs -fsanitize=fuzzer $^ -o $@
HOST_TOOLS   += $(NEXFS_FUZZ_IMAGE)
FUZZ_TARGETS += $(NEXFS_FUZZ_IMAGE)
TEST_NAMES   += nexfs/fuzz-image
TEST_CMD_nexfs/fuzz-image = d=$$(mktemp -d) && if TMPDIR=$$d $(NEXFS_FUZZ_IMAGE) -max_total_time=5 -seed=1 $$d > $$d.log 2>&1; then echo "ok 1 - libFuzzer nexfs_fuzz_image, 5 s: $$(grep -o "Done [0-9]* runs" $$d.log), no failure"; else tail -40 $$d.log; echo "not ok 1 - libFuzzer nexfs_fuzz_image found a failure"; fi; rm -rf $$d $$d.log
