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

Then boots with run=ringsink: ringsrc writes messages into a ring channel's
shared pages and ringsink reads them in place; the figures are retired
instructions per message on the hart (both fibers and the kernel: pushes,
pops, notifications, polls and switches), for an 8-byte message, a 4 KiB
message the writer fills, and a 64-byte message through chan_send, and the
4 KiB throughput in virtual time.

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
    child = spawn(sys.argv[1], "run=ringsink", icount=True, timeout=120)
    child.expect(r"instructions per message: bare (\d+), 4 KiB (\d+), chan_send of 64 bytes (\d+)\s")
    bare, big, send = child.match.groups()
    child.expect(r"4 KiB messages at (\d+) MiB/s")
    print(f"bench ipc_ring_message {bare} instructions")
    print(f"bench ipc_ring_message_4k {big} instructions")
    print(f"bench ipc_ring_chan_send_64 {send} instructions")
    print(f"bench ipc_ring_throughput_4k {child.match.group(1)} MiB/s")
    child.close(force=True)


if __name__ == "__main__":
    main()
