#!/usr/bin/env python3
"""Drives the interactive console the way a person would.

Boots the normal image as `make run` does, waits for the prompt, types
commands with line editing, reads the answers, reboots, and powers off,
checking that QEMU ends with status 0.  Every wait has a timeout.
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "harness"))
from nexus_qemu import KERNEL, Tap, spawn  # noqa: E402

import pexpect  # noqa: E402

PROMPT = "nexus> "
tap = Tap()


def run(child, line, want, what):
    """Types line + Enter; checks that want (a regex) comes before the next prompt."""
    child.send(line + "\r")
    try:
        child.expect(PROMPT)
        text = child.before.replace("\r", "")
        return tap.ok(re.search(want, text, re.M) is not None, what, text)
    except (pexpect.TIMEOUT, pexpect.EOF) as e:
        return tap.ok(False, what, f"{type(e).__name__}: {child.before!r}")


child = spawn(KERNEL, "profile=banana bogus=1 panic shell=kernel")
try:
    child.expect(PROMPT)
    boot = child.before.replace("\r", "")
    tap.ok(re.search(r"^Nexus \d+\.\d+\.\d+ \(riscv64\)", boot, re.M) is not None, "banner shows the version", boot)
    tap.ok("profile=banana is not one of sovereign, hardened, radiation; using sovereign" in boot,
           "bad profile value: clear message", boot)
    tap.ok("unknown option 'bogus'; ignored" in boot and "'panic' is not key=value; ignored" in boot,
           "unknown and malformed options: clear messages", boot)
    tap.ok("profile: sovereign (features 0x07)" in boot, "boots with the default profile", boot)
    tap.ok(re.search(r"^harts: 2 .*\nmemory: 128 MiB at 0x80000000", boot, re.M) is not None,
           "banner shows harts and memory", boot)
    tap.ok(re.search(r"^boot: console ready \d+ us after kernel entry", boot, re.M) is not None,
           "banner shows the boot time", boot)
except (pexpect.TIMEOUT, pexpect.EOF) as e:
    tap.ok(False, "console prompt appears", f"{type(e).__name__}: {child.before!r}")
    sys.exit(tap.done())

run(child, "help", r"^\s+mem\s+show memory use$(.|\n)*^\s+poweroff\s", "help lists the commands")
run(child, "mem", r"^pages:\s+\d+ total, \d+ free, \d+ in use", "mem shows page use")
run(child, "uptime", r"^up \d+\.\d{6} s$", "uptime shows seconds since reset")
run(child, "version", r"^Nexus \d+\.\d+\.\d+", "version")
run(child, "memx\x7f", r"^pages:", "Backspace erases a character")
run(child, "garbage\x15uptime", r"^up \d+", "Ctrl-U erases the line")
run(child, "help me\x17\x17uptime", r"^up \d+", "Ctrl-W erases words")
run(child, "up\x1b[A\x1b[Dtime", r"^up \d+", "arrow-key escape sequences are ignored")
run(child, "frobnicate", r"^frobnicate: unknown command; 'help' lists the commands$", "unknown command is reported")
run(child, "   ", r"\A\s*\Z", "an empty line just prompts again")
child.send("mem\x03")
try:
    child.expect(r"\^C")
    child.expect(PROMPT)
    tap.ok("pages:" not in child.before, "Ctrl-C abandons the line", child.before)
except (pexpect.TIMEOUT, pexpect.EOF) as e:
    tap.ok(False, "Ctrl-C abandons the line", f"{type(e).__name__}")
run(child, "x" * 200, r"^x{127}: unknown command", "an overlong line is cut at the buffer size")

# reboot: the banner and prompt come back.
child.send("reboot\r")
try:
    child.expect("rebooting")
    child.expect(r"Nexus \d+\.\d+\.\d+ \(riscv64\)")
    child.expect(PROMPT)
    tap.ok(True, "reboot restarts to a new prompt")
except (pexpect.TIMEOUT, pexpect.EOF) as e:
    tap.ok(False, "reboot restarts to a new prompt", f"{type(e).__name__}: {child.before!r}")

# poweroff: QEMU ends, status 0.
child.send("poweroff\r")
try:
    child.expect("powering off")
    child.expect(pexpect.EOF, timeout=10)
    child.close()
    tap.ok(child.exitstatus == 0, f"poweroff ends QEMU with status 0 (got {child.exitstatus})")
except (pexpect.TIMEOUT, pexpect.EOF) as e:
    child.close(force=True)
    tap.ok(False, "poweroff ends QEMU with status 0", f"{type(e).__name__}")

sys.exit(tap.done())
