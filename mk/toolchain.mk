# mk/toolchain.mk: compilers and flags for the two kinds of build.
#
# Every source that is shared (lib/, portable kernel logic) is built twice:
#   - for the target: riscv64, freestanding, no libc, into $(B)/rv64/;
#   - for the host: under ASan and UBSan, into $(B)/host/, for tests and tools.
# The target is built with clang and lld from Debian; no GNU cross toolchain
# is needed.

B        ?= build
# V=1 shows the full commands.
Q := $(if $(V),,@)
PYTHON   ?= /usr/bin/python3

# Warnings from ../shared/CONVENTIONS.md; fatal everywhere.
WARN := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
        -Wundef -Wvla -Wimplicit-fallthrough -Wformat=2 -Werror

CLANG_INC := $(shell clang -print-resource-dir)/include

# Include paths of every library's public headers and the ABI.
LIB_INC := $(patsubst %,-I%,$(wildcard lib/*/include)) -Iabi/include -Ihal/include

# Target (riscv64 S-mode kernel and U-mode programs).
TCC      := clang --target=riscv64-unknown-elf
TARCH    := -march=rv64imac -mabi=lp64 -mcmodel=medany -mno-relax
TCFLAGS  := $(TARCH) -std=c11 -O2 -g -ffreestanding -fno-builtin -nostdinc \
            -isystem $(CLANG_INC) -fno-stack-protector -fno-pic -fno-common \
            -fno-omit-frame-pointer -momit-leaf-frame-pointer \
            -ffunction-sections -fdata-sections $(WARN) $(LIB_INC)
TASFLAGS := $(TARCH) -g $(LIB_INC)
TLD      := ld.lld
TAR      := llvm-ar
OBJCOPY  := llvm-objcopy
NM       := llvm-nm
SIZE     := llvm-size

# Host (tests and tools).
HCC      := clang
SAN      := -fsanitize=address,undefined -fno-sanitize-recover=all
HCFLAGS  := -std=c11 -O1 -g -fno-omit-frame-pointer $(SAN) $(WARN) \
            -D_DEFAULT_SOURCE $(LIB_INC) -Itests/harness
HLDFLAGS := $(SAN)
HAR      := llvm-ar

# Pattern rules: the same source, two builds.
$(B)/rv64/%.o: %.c
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '  CC      $@')
	$(Q)$(TCC) $(TCFLAGS) $(TCFLAGS_$(firstword $(subst /, ,$*))) -MMD -MP -c $< -o $@

$(B)/rv64/%.o: %.S
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '  AS      $@')
	$(Q)$(TCC) $(TASFLAGS) -MMD -MP -c $< -o $@

$(B)/host/%.o: %.c
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '  HOSTCC  $@')
	$(Q)$(HCC) $(HCFLAGS) -MMD -MP -c $< -o $@

# $(call rv64_objs,SRCS) and $(call host_objs,SRCS): object names for sources.
rv64_objs = $(patsubst %.S,$(B)/rv64/%.o,$(patsubst %.c,$(B)/rv64/%.o,$(1)))
host_objs = $(patsubst %.c,$(B)/host/%.o,$(1))

# Optimised host build without sanitizers, for benchmarks (compare with
# Debian's libraries built the same way: -O2, no -march=native).
HOCFLAGS := -std=c11 -O2 -g $(WARN) -D_DEFAULT_SOURCE $(LIB_INC) -Itests/harness
$(B)/hostopt/%.o: %.c
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '  HOSTCC  $@')
	$(Q)$(HCC) $(HOCFLAGS) -MMD -MP -c $< -o $@

# libFuzzer build (clang): coverage and ASan/UBSan on the library code.
FZFLAGS := -std=c11 -O1 -g -fsanitize=fuzzer-no-link,address,undefined $(WARN) \
           -D_DEFAULT_SOURCE $(LIB_INC) -Itests/harness
$(B)/fuzz/%.o: %.c
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '  FUZZCC  $@')
	$(Q)$(HCC) $(FZFLAGS) -MMD -MP -c $< -o $@
hostopt_objs = $(patsubst %.c,$(B)/hostopt/%.o,$(1))
fuzz_objs = $(patsubst %.c,$(B)/fuzz/%.o,$(1))
