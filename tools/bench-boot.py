#!/usr/bin/env python3
"""Boot time under QEMU with -icount shift=0, as bench lines.

With -icount shift=0 QEMU's virtual clock advances exactly 1 ns per guest
instruction, so the figures are deterministic: the same image gives the same
numbers on any host, however loaded.  The kernel prints, when its console is
ready, the time since kernel entry (from the timer), the instructions
retired since entry (rdinstret) and the time since reset; reset-to-entry is
OpenSBI's share.

Usage: bench-boot.py KERNEL_ELF
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "harness"))
from nexus_qemu import spawn  # noqa: E402


def main():
    child = spawn(sys.argv[1], "", icount=True, timeout=60)
    child.expect(r"boot: console ready (\d+) us after kernel entry \((\d+) instructions\), (\d+) us after reset")
    entry_us, instr, reset_us = (int(x) for x in child.match.groups())
    child.expect("nexus> ")
    # With sleep=off an idle guest's clock stands still, and typed input
    # would wait for it: end QEMU from here instead of typing poweroff.
    child.close(force=True)
    print(f"bench boot_entry_to_console {entry_us} us")
    print(f"bench boot_entry_to_console_instructions {instr} instructions")
    print(f"bench boot_reset_to_console {reset_us} us")
    print(f"bench boot_reset_to_entry {reset_us - entry_us} us")


if __name__ == "__main__":
    main()
