#!/usr/bin/env python3
"""An idle Nexus costs the host almost no CPU.

Boots the normal image to its prompt, lets it sit for 10 seconds, and reads
the QEMU process's CPU time from /proc before and after.  With nothing to do
the kernel waits in WFI with no periodic tick, so QEMU's vCPU thread sleeps.
The bound is 2% of one host CPU.
"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "harness"))
from nexus_qemu import KERNEL, Tap, spawn  # noqa: E402

IDLE_SECONDS = 10


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime + stime
    return ticks / os.sysconf("SC_CLK_TCK")


tap = Tap()
child = spawn(KERNEL, "")
try:
    child.expect("nexus> ")
    time.sleep(1)  # let the boot's own work settle
    c0, t0 = cpu_seconds(child.pid), time.monotonic()
    time.sleep(IDLE_SECONDS)
    c1, t1 = cpu_seconds(child.pid), time.monotonic()
    share = (c1 - c0) / (t1 - t0) * 100
    tap.ok(share < 2.0, f"idle for {t1 - t0:.1f} s, QEMU used {share:.2f}% of a host CPU (bound 2%)")
    print(f"# idle cpu share {share:.3f}%")
    child.send("uptime\r")
    child.expect(r"up \d+\.\d+ s")
    tap.ok(True, "the console still answers after the idle period")
finally:
    child.close(force=True)
sys.exit(tap.done())
