#!/usr/bin/env python3
"""Boots the test image in QEMU and checks what the kernel says and does.

- ktest=all: the in-kernel self-tests pass (their TAP lines are passed on)
  and QEMU exits 0 through the test device, with Sstc and without it (SBI
  timer fallback);
- a deliberate kernel fault, a stack overflow and a panic each print a
  decoded report with a symbolic backtrace and end as the profile says;
- the device tree decides hart count and memory size;
- a device tree without memory gives a clear boot error.
"""
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "harness"))
from nexus_qemu import KERNEL, KERNEL_TEST, Tap, boot  # noqa: E402

tap = Tap()


def kernel_tap(out):
    """Checks the kernel's own TAP lines; returns (passed, failed)."""
    ok = len(re.findall(r"^ok \d+ - ", out, re.M))
    bad = re.findall(r"^not ok \d+ - .*$", out, re.M)
    return ok, bad


def selftests(label, extra=()):
    out, status = boot(KERNEL_TEST, "ktest=all", extra)
    ok, bad = kernel_tap(out)
    tap.ok(ok >= 20 and not bad, f"{label}: {ok} in-kernel tests pass",
           "\n".join(bad) if bad else out)
    tap.ok(status == 0, f"{label}: QEMU exits 0 through the test device (got {status})", out)
    return out


out = selftests("sstc")
tap.ok("via sstc" in out, "timer uses Sstc when the hart has it", out)
tap.ok("entropy: WEAK: no entropy device" in out, "without an entropy device the generator is flagged weak", out)
out = selftests("virtio-rng", ["-device", "virtio-rng-device"])
tap.ok("entropy: virtio-rng" in out and "virtio-rng delivers fresh bytes" in out,
       "with virtio-rng (legacy transport) the generator is seeded from it", out)
out = selftests("virtio-rng modern", ["-global", "virtio-mmio.force-legacy=false", "-device", "virtio-rng-device"])
tap.ok("entropy: virtio-rng" in out, "virtio-rng over the modern virtio-mmio transport", out)
out = selftests("no sstc", ["-cpu", "rv64,sstc=off"])
tap.ok("via sbi" in out and "fires once (sbi)" in out, "timer falls back to SBI without Sstc", out)

# A kernel fault: store to an unmapped address.
out, status = boot(KERNEL_TEST, "ktest=fault panic=poweroff")
tap.ok("*** KERNEL FAULT: store/AMO page fault (scause 0xf) ***" in out, "fault: cause decoded by name", out)
tap.ok(re.search(r"^stval\s+0x00000000dead0000$", out, re.M) is not None, "fault: stval is the bad address", out)
tap.ok(re.search(r"^sepc\s+0x[0-9a-f]+ <ktest_fault_touch\+0x[0-9a-f]+>$", out, re.M) is not None,
       "fault: sepc symbolised to the faulting function", out)
tap.ok(re.search(r"^ra\s+0x[0-9a-f]{16}\s+sp\s+0x", out, re.M) is not None and "t6  0x" in out,
       "fault: all registers printed", out)
bt = out.split("backtrace:")[-1] if "backtrace:" in out else ""
tap.ok(all(f"<{f}+" in bt for f in ("ktest_fault_touch", "ktest_main", "kernel_main")),
       "fault: backtrace names ktest_fault_touch, ktest_main, kernel_main", out)
tap.ok(status == 3 and "fault action: poweroff" in out, f"fault: panic=poweroff powers off with status 3 (got {status})", out)

# Stack overflow into the guard page.
out, status = boot(KERNEL_TEST, "ktest=overflow panic=poweroff")
tap.ok("kernel stack overflow" in out and "<ktest_recurse+" in out and "repeated" in out,
       "overflow: guard page hit is reported as a stack overflow, with the recursion", out)
tap.ok(status == 3, f"overflow: machine powers off (status {status})", out)

# Panic.
out, status = boot(KERNEL_TEST, "ktest=panic panic=poweroff")
tap.ok("*** KERNEL PANIC: ktest panic 42 ***" in out and "<ktest_main+" in out.split("PANIC")[-1],
       "panic: message and backtrace", out)

# The Hardened profile resets on a fault: the banner comes again.
out, status = boot(KERNEL_TEST, "profile=hardened ktest=fault", timeout=8)
tap.ok("fault action: reset" in out and out.count("Nexus 0.1.0") >= 2,
       "hardened: a kernel fault resets the machine", out)

# Sovereign halts: QEMU stays up, so the run times out with the report shown.
out, status = boot(KERNEL_TEST, "ktest=fault", timeout=6)
tap.ok(status is None and "fault action: halt" in out and out.count("Nexus 0.1.0") == 1,
       "sovereign: a kernel fault halts", out)

# The device tree decides harts and memory.
out, status = boot(KERNEL_TEST, "ktest=all", smp=4, mem="256M")
tap.ok("harts: 4" in out and "memory: 256 MiB" in out and status == 0,
       "4 harts and 256 MiB from the device tree", out)

# A device tree without a memory node: a clear boot error.
with tempfile.TemporaryDirectory() as d:
    dtb, dts, bad = (os.path.join(d, n) for n in ("virt.dtb", "virt.dts", "bad.dtb"))
    subprocess.run(["qemu-system-riscv64", "-machine", f"virt,dumpdtb={dtb}", "-m", "128M",
                    "-smp", "2", "-nographic"], capture_output=True, check=True)
    src = subprocess.run(["dtc", "-q", "-I", "dtb", "-O", "dts", dtb], capture_output=True,
                         text=True, check=True).stdout
    src = re.sub(r"\n\tmemory@80000000 \{.*?\n\t\};", "", src, flags=re.S)
    with open(dts, "w") as f:
        f.write(src)
    subprocess.run(["dtc", "-q", "-I", "dts", "-O", "dtb", "-o", bad, dts], check=True)
    out, status = boot(KERNEL, "", ["-dtb", bad], timeout=8)
    tap.ok("nexus: boot error: device tree has no memory node with a valid reg property" in out,
           "missing memory node: clear boot error", out)

sys.exit(tap.done())
