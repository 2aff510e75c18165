#!/usr/bin/env python3
"""bench_syscall.py: system call path figures under QEMU -icount shift=0.

Boots the kernel with run=sysbench (user/sysbench/sysbench.c) and prints
its figures as bench lines: the mean retired instructions of a null call
(fiber_self), of calls the decoder refuses (a bad pointer, a huge length)
and of an unknown call number, each counted in user mode around 1000
calls, so they include the trap in and out.

Usage: bench_syscall.py KERNEL_ELF
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tests", "harness"))
from nexus_qemu import spawn  # noqa: E402


def main():
    child = spawn(sys.argv[1], "run=sysbench", icount=True, timeout=120)
    for name in ("null", "refused", "toobig", "unknown", "cap", "spawn"):
        child.expect(r"sysbench: %s (\d+) instructions" % name)
        print(f"bench {'spawn' if name == 'spawn' else 'syscall_' + name} {child.match.group(1)} instructions")
    child.close(force=True)


if __name__ == "__main__":
    main()
