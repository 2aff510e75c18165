#!/usr/bin/env bash
# size.sh: sizes of the kernel image, as "bench <name> <value> <unit>" lines.
#   usage: size.sh KERNEL_ELF BUILD_DIR
# kernel_text and kernel_image come from the linked image (after
# --gc-sections); the per-layer figures sum the .text of each layer's objects
# before linking, so they show where the bytes come from.
set -euo pipefail
elf=$1
b=$2
sec() { llvm-readelf -S -W "$elf" | sed 's/\[ */[/' | awk -v n="$1" '$2 == n { print $6 }'; }
sym() { llvm-nm "$elf" | awk -v n="$1" '$3 == n { print $1 }'; }
hex() { [ -n "$1" ] && echo $((16#$1)) || echo 0; }
text=$(hex "$(sec .text)"); rodata=$(hex "$(sec .rodata)"); data=$(hex "$(sec .data)"); bss=$(hex "$(sec .bss)"); ksyms=$(hex "$(sec .ksyms)")
echo "bench kernel_text ${text} bytes"
echo "bench kernel_rodata ${rodata:-0} bytes"
echo "bench kernel_data ${data:-0} bytes"
echo "bench kernel_bss ${bss:-0} bytes"
echo "bench kernel_ksyms ${ksyms:-0} bytes"
echo "bench kernel_image $(( $(hex "$(sym _kernel_end)") - $(hex "$(sym _kernel_start)") )) bytes"
llvm-objcopy -O binary "$elf" "$b/rv64/nexus.bin"
echo "bench kernel_flat_binary $(stat -c %s "$b/rv64/nexus.bin") bytes"
layer_text() { # sum of .text* in the objects given
	llvm-size -A "$@" 2>/dev/null | awk '$1 ~ /^\.text/ { s += $2 } END { print s + 0 }'
}
# kernel/*.o holds every L1 object (libkcore.a is made of some of them).
echo "bench l1_kernel_text $(layer_text $(ls "$b"/rv64/kernel/*.o | grep -v ktest_none)) bytes"
echo "bench l1_kernel_core_text $(layer_text $(ls "$b"/rv64/kernel/*.o | grep -Ev 'ktest_none|kconsole|lineedit|ledger|bootargs|bundle|elf')) bytes"
echo "bench l0_hal_text $(layer_text "$b"/rv64/hal/riscv64/*.o "$b"/rv64/lib/libhalcore.a) bytes"
echo "bench lib_base_fdt_text $(layer_text "$b"/rv64/lib/libbase.a "$b"/rv64/lib/libfdt.a) bytes"
