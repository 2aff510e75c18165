#!/usr/bin/env python3
"""`make debug` works: QEMU waits for GDB, tools/nexus.gdb connects, loads the
symbols, and a breakpoint on kernel_main is hit with a source-level
backtrace."""
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "harness"))
from nexus_qemu import KERNEL, ROOT, Tap, qemu_cmd  # noqa: E402

tap = Tap()
q = subprocess.Popen(qemu_cmd(KERNEL, "", ["-s", "-S"]), stdin=subprocess.DEVNULL,
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    time.sleep(0.5)
    g = subprocess.run(["gdb-multiarch", "-q", "-batch", "-x", os.path.join(ROOT, "tools", "nexus.gdb"),
                        "-ex", "continue", "-ex", "bt", "-ex", "info registers pc", KERNEL],
                       capture_output=True, text=True, timeout=60)
    out = g.stdout + g.stderr
    tap.ok("Breakpoint 1, kernel_main" in out, "gdb stops at kernel_main", out)
    tap.ok("boot_on_stack" in out and "main.c" in out, "backtrace with symbols and source files", out)
finally:
    q.kill()
    q.wait()
sys.exit(tap.done())
