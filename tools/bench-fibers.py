#!/usr/bin/env python3
"""Fiber and channel figures under QEMU with -icount shift=0,sleep=off.

Boots the kernel with run=pong: pong serves a call channel, ping calls it
1000 times from another address space and prints the mean round trip in
retired instructions (rdinstret, counted in user mode around the loop, so
it includes both syscalls, both switches and the server's work) and in
virtual nanoseconds (1 instruction = 1 ns with shift=0).

Then boots with run=yielder,yielder: two fibers of one tier yield to each
other; half an iteration is one yield syscall and one switch through the
scheduler to the other fiber's address space.

Usage: bench-fibers.py KERNEL_ELF
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "harness"))
from nexus_qemu import spawn  # noqa: E402


def main():
    child = spawn(sys.argv[1], "run=pong", icount=True, timeout=120)
    child.expect(r"ping: round trip (\d+) instructions, (\d+) ns")
    instr, ns = child.match.groups()
    child.close(force=True)
    print(f"bench ipc_call_roundtrip {instr} instructions")
    print(f"bench ipc_call_roundtrip_time {ns} ns")
    child = spawn(sys.argv[1], "run=yielder,yielder", icount=True, timeout=120)
    child.expect(r"yielder \d+: switch (\d+) instructions")
    print(f"bench context_switch_yield {child.match.group(1)} instructions")
    child.close(force=True)


if __name__ == "__main__":
    main()
