#!/usr/bin/env python3
"""Builds the kernel symbol table that fault reports use.

Reads `llvm-nm -n -S --defined-only` output of the first link of the kernel
and writes an assembly file for the .ksyms section:

    struct { u64 count; u64 strtab; struct { u64 addr; u32 name; u32 size; } sym[count]; }
    followed by the NUL-terminated names (strtab is their offset from the start).

Only text symbols (functions) are kept, sorted by address.  With --empty
it writes a table with no symbols, for the first link.

Usage: ksyms.py NM_OUTPUT OUT.S   |   ksyms.py --empty OUT.S
"""
import sys


def main():
    if sys.argv[1] == "--empty":
        syms, out = [], sys.argv[2]
    else:
        syms, out = [], sys.argv[2]
        seen = set()
        with open(sys.argv[1]) as f:
            for line in f:
                parts = line.split()
                if len(parts) == 4:
                    addr, size, kind, name = parts
                elif len(parts) == 3:
                    addr, kind, name = parts
                    size = "0"
                else:
                    continue
                if kind not in "tT" or name.startswith(".L") or name.startswith("$"):
                    continue
                a = int(addr, 16)
                if a in seen:
                    continue
                seen.add(a)
                syms.append((a, int(size, 16), name))
        syms.sort()
    lines = ['\t.section .ksyms, "a"', "\t.balign 8", "\t.globl ksyms", "ksyms:"]
    strtab = 16 + 16 * len(syms)
    lines.append(f"\t.quad {len(syms)}")
    lines.append(f"\t.quad {strtab}")
    off = 0
    for a, size, name in syms:
        lines.append(f"\t.quad 0x{a:x}")
        lines.append(f"\t.word {off}")
        lines.append(f"\t.word {min(size, 0xffffffff)}")
        off += len(name) + 1
    for _, _, name in syms:
        lines.append(f'\t.asciz "{name}"')
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
