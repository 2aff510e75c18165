#!/usr/bin/env bash
# deps.sh: makes sure the Debian 12 packages Nexus builds and tests with are
# installed.  As root it installs what is missing with apt-get; otherwise it
# prints the exact command to run and fails.  Safe to run again: when nothing
# is missing it does nothing and prints nothing.
set -euo pipefail

# One package a line: what needs it.
PKGS=(
	make              # the build
	clang lld llvm    # C compiler for host and riscv64, linker, objcopy/nm/size
	qemu-system-misc  # qemu-system-riscv64
	opensbi           # the S-mode firmware QEMU's virt machine boots
	gdb-multiarch     # make debug
	python3 python3-pexpect  # the test runner and console tests
	device-tree-compiler     # tests that feed the kernel a broken device tree
	clang-format      # make fmt-check
	libsodium-dev libxxhash-dev libcjson-dev  # test oracles and vector parsing
	valgrind          # constant-time checks
	libclang-rt-14-dev # sanitizer and libFuzzer runtimes for clang
	libzstd-dev libfuse3-dev  # NexFS host tools
	git
)

missing=()
for p in "${PKGS[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing+=("$p")
	fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
	echo "deps: missing Debian packages: ${missing[*]}" >&2
	echo "deps: run this as root, then try again:" >&2
	echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
	exit 1
fi
echo "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
