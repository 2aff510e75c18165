#!/usr/bin/env python3
"""lib/crypto inside the kernel, in retired instructions.

Boots the test image with ktest=cryptobench under -icount shift=0,sleep=off
and passes on its `bench` lines: instructions per byte for BLAKE3 and
XChaCha20-Poly1305 over 64 KiB, and instructions per Ed25519 verify and sign
(riscv64, rv64imac, clang -O2, the portable code paths).

Usage: bench-crypto-qemu.py TEST_KERNEL_ELF
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "harness"))
from nexus_qemu import boot  # noqa: E402

out, status = boot(sys.argv[1], "ktest=cryptobench", icount=True, timeout=300)
lines = re.findall(r"^bench \S+ \S+ \S+$", out, re.M)
for line in lines:
    print(line)
if status != 0 or len(lines) < 4:
    sys.exit(f"bench-crypto-qemu: the kernel run failed (status {status})")
