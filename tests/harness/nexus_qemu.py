"""Helpers for tests that boot Nexus in QEMU.

Every QEMU run has a timeout; a run that hangs is killed and reported, never
counted as a pass.  TAP output goes to stdout for tests/run.py.
"""
import os
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BUILD = os.environ.get("B", os.path.join(ROOT, "build"))
KERNEL = os.path.join(BUILD, "rv64", "nexus.elf")
KERNEL_TEST = os.path.join(BUILD, "rv64", "nexus-test.elf")


def qemu_cmd(kernel, bootargs="", extra=(), icount=False, smp=2, mem="128M"):
    cmd = ["qemu-system-riscv64", "-machine", "virt", "-m", mem, "-smp", str(smp),
           "-nographic", "-bios", "default", "-kernel", kernel]
    if bootargs:
        cmd += ["-append", bootargs]
    if icount:
        cmd += ["-icount", "shift=0,sleep=off"]
    return cmd + list(extra)


def boot(kernel, bootargs="", extra=(), timeout=60, **kw):
    """Boots to completion (the kernel powers off); returns (output, status)."""
    cmd = qemu_cmd(kernel, bootargs, extra, **kw)
    try:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=timeout)
        return p.stdout.decode(errors="replace").replace("\r", ""), p.returncode
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode(errors="replace").replace("\r", "")
        return out, None


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def ok(self, cond, what, detail=None):
        self.n += 1
        if not cond:
            self.failed += 1
        print(f"{'' if cond else 'not '}ok {self.n} - {what}", flush=True)
        if not cond and detail:
            for line in str(detail).splitlines()[-30:]:
                print("#   " + line)
        return cond

    def done(self):
        print(f"1..{self.n}")
        return 1 if self.failed else 0


def spawn(kernel, bootargs="", extra=(), timeout=30, **kw):
    """Starts QEMU under pexpect for console tests."""
    import pexpect
    cmd = qemu_cmd(kernel, bootargs, extra, **kw)
    return pexpect.spawn(cmd[0], cmd[1:], timeout=timeout, encoding="utf-8",
                         codec_errors="replace")


if __name__ == "__main__":
    sys.exit("a library for tests; not a program")
