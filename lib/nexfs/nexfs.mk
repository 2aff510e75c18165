# lib/nexfs: NexFS, the flash-native verified filesystem (see docs/nexfs.md).
# Every lib/nexfs/*.c is part of the library (the FastCDC chunker included);
# every lib/nexfs/tests/test_*.c is a host test program (TAP).
LIBS += nexfs
nexfs_SRCS        := $(wildcard lib/nexfs/*.c)
nexfs_DEPS        := crypto base
nexfs_TEST_LDLIBS := -lzstd

# libFuzzer target: mount and use a damaged image.  `make fuzz` runs it on
# a copy of the seed corpus next to the program, `make test` for 10 seconds.
NEXFS_FUZZ := $(B)/fuzz/bin/nexfs_mount
NEXFS_FUZZ_SRCS := $(nexfs_SRCS) lib/crypto/blake3.c lib/crypto/xxh3.c lib/crypto/util.c \
                   lib/base/mem.c lib/base/str.c lib/base/fmt.c
$(NEXFS_FUZZ): lib/nexfs/fuzz/fuzz_mount.c $(call fuzz_objs,$(NEXFS_FUZZ_SRCS)) \
		$(wildcard lib/nexfs/fuzz/mount.corpus/*)
	@mkdir -p $(dir $@) $@.corpus
	$(HCC) $(FZFLAGS) -fsanitize=fuzzer $(filter %.c %.o,$^) -o $@
	cp -n lib/nexfs/fuzz/mount.corpus/* $@.corpus/
HOST_TOOLS   += $(NEXFS_FUZZ)
FUZZ_TARGETS += $(NEXFS_FUZZ)
TEST_NAMES   += nexfs/fuzz-mount
TEST_CMD_nexfs/fuzz-mount = d=$$(mktemp -d) && if $(NEXFS_FUZZ) -max_total_time=10 -seed=1 $$d lib/nexfs/fuzz/mount.corpus > $$d.log 2>&1; then echo "ok 1 - libFuzzer nexfs_mount, 10 s: $$(grep -o "Done [0-9]* runs" $$d.log), no crash"; else tail -40 $$d.log; echo "not ok 1 - libFuzzer nexfs_mount found a failure"; fi; rm -rf $$d $$d.log

# make bench: library-level figures from -O2 objects (see docs/BENCHMARKS.md),
# and the code size of the riscv64 library for a small and a full use.
NEXFS_BENCH := $(B)/hostopt/bin/bench_nexfs
$(NEXFS_BENCH): lib/nexfs/bench/bench_nexfs.c $(call hostopt_objs,$(NEXFS_FUZZ_SRCS))
	@mkdir -p $(dir $@)
	$(HCC) $(HOCFLAGS) $^ -o $@
HOST_TOOLS  += $(NEXFS_BENCH)
BENCH_NAMES += nexfs nexfs-size
BENCH_CMD_nexfs = $(NEXFS_BENCH) $(or $(NEXFS_BENCH_MIB),256)

# Code size: link a program that uses only format/mount/files (small) and
# one that uses every call (full) against the riscv64 archives, dropping
# unused sections, and print their text + data.
NEXFS_SIZE_SMALL := $(B)/rv64/lib/nexfs/size_small.elf
NEXFS_SIZE_FULL  := $(B)/rv64/lib/nexfs/size_full.elf
$(B)/rv64/lib/nexfs/size_%.elf: $(B)/rv64/lib/nexfs/bench/size_%.o $(B)/rv64/lib/libnexfs.a \
		$(B)/rv64/lib/libcrypto.a $(B)/rv64/lib/libbase.a
	$(TLD) --gc-sections -e nexfs_size_entry -o $@ $< $(B)/rv64/lib/libnexfs.a \
		$(B)/rv64/lib/libcrypto.a $(B)/rv64/lib/libbase.a
HOST_TOOLS += $(NEXFS_SIZE_SMALL) $(NEXFS_SIZE_FULL)
BENCH_CMD_nexfs-size = for c in small full; do $(SIZE) -A $(B)/rv64/lib/nexfs/size_$$c.elf | \
	awk -v c=$$c '/^\.(text|rodata|data|sdata|srodata)/ { s += $$2 } END { printf "bench nexfs_code_size_%s %d bytes (riscv64, -O2, text+rodata+data)\n", c, s }'; done

# The fuzzer's seed corpus, whole images of the current format
# (lib/nexfs/fuzz/gen_seeds.c): `make nexfs-fuzz-seeds` rewrites them.
NEXFS_GEN_SEEDS := $(B)/host/bin/nexfs_gen_seeds
$(NEXFS_GEN_SEEDS): lib/nexfs/fuzz/gen_seeds.c lib/nexfs/fuzz/fuzz_mount.c \
		$(call host_objs,$(NEXFS_FUZZ_SRCS))
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) -Wno-missing-prototypes $(filter %.o,$^) $< -o $@
.PHONY: nexfs-fuzz-seeds
nexfs-fuzz-seeds: $(NEXFS_GEN_SEEDS)
	$(NEXFS_GEN_SEEDS) lib/nexfs/fuzz/mount.corpus

# The suites again in the lean layout (NEXFS_TEST_LEAN=1: the least buffer,
# no node buffer; see lib/nexfs/stream.c).  Compaction and compression need
# the full layout, so test_nexfs_pack and test_nexfs_compress are not here.
NEXFS_LEAN_SUITES := basic chunk dedup snap scrub wear random powercut
$(foreach t,$(NEXFS_LEAN_SUITES),$(eval TEST_NAMES += nexfs/lean-$(t))$(eval \
	TEST_CMD_nexfs/lean-$(t) = NEXFS_TEST_LEAN=1 $(B)/host/tests/nexfs/test_nexfs_$(t)))
