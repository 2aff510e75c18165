#!/usr/bin/env python3
"""test_attack.py: the hostile suite of the sandbox (docs/capabilities.md).

- user/attack tries, one after another: empty and out-of-range slots, a
  slot of the wrong type, copies that widen or re-badge, a revoke without
  ownership, a revoked capability, spawns through slots that hold no spawn
  capability, channels and fibers until the kernel refuses, and widening
  its pledge after narrowing.  Each attempt must get its own error, each
  refusal must be in the ledger with that error, and the kernel, the
  console and the other fibers must go on.
- atk_kread, atk_kwrite, atk_kjump, atk_peer, atk_devwrite read and write
  kernel memory, jump into kernel text, read pages they were not given and
  write a device granted read-only: each must fault, be logged with the
  right cause, and leave the rest running.
- shmsrv lends shmcli a read-only copy of a shared-memory region, and
  revokes it: shmcli's sum of the region must match, a widened grant must
  be refused, and after the revocation a new mapping is NX_ERR_REVOKED and
  the old address faults, while shmsrv's own mapping still holds the data.
- rtc, a user-mode driver, maps the RTC through its device capability and
  reads the wall-clock time, which must be today's, then sets an alarm
  and waits for its interrupt through an irq capability.
"""
import os
import re
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "harness"))
from nexus_qemu import KERNEL, Tap, spawn  # noqa: E402

import pexpect  # noqa: E402

PROMPT = "nexus> "
tap = Tap()

# What attack.c tries, and the error each must get.
ATTEMPTS = [
    ("call through the empty channel slot", "BADSLOT"),
    ("call through slot 64", "BADSLOT"),
    ("call through slot 2^32 + 1", "BADSLOT"),
    ("call through the console slot", "CAPTYPE"),
    ("spawn through the console slot", "CAPTYPE"),
    ("copy of the console adding read", "PERM"),
    ("copy of spawn adding grant", "PERM"),
    ("revoke of the kernel's console", "PERM"),
    ("badged send-only copy of its own channel", "OK"),
    ("re-badging the copy", "PERM"),
    ("copy of the copy adding recv", "PERM"),
    ("serving through the send-only copy", "PERM"),
    ("revoke through the copy", "PERM"),
    ("revoke through the owner", "OK"),
    ("call through the revoked copy", "REVOKED"),
    ("copy of the revoked copy", "REVOKED"),
    ("map a device through the console slot", "CAPTYPE"),
    ("map a device through the empty slot", "BADSLOT"),
    ("wait on an interrupt through the console slot", "CAPTYPE"),
    ("spawn through the empty slot", "BADSLOT"),
    ("spawn through a slot past its space", "BADSLOT"),
    ("find a spawn capability for hello", "NOENT"),
    ("ring channel past the limit", "NOMEM"),
    ("a channel after dropping them all", "OK"),
    ("spawn past the fiber table", "NOMEM"),
    ("narrow the pledge to stdio", "OK"),
    ("widen the pledge back to ipc", "PLEDGE"),
    ("chan_create after giving up ipc", "PLEDGE"),
    ("spawn after giving up spawn", "PLEDGE"),
]
ERRNO = {"OK": 0, "BADSLOT": -6, "PERM": -7, "NOENT": -4, "NOMEM": -5, "REVOKED": -16, "CAPTYPE": -17,
         "PLEDGE": -15}


def command(child, cmd, timeout=30):
    child.send(cmd + "\r")
    child.expect(PROMPT, timeout=timeout)
    return child.before.replace("\r", "")


child = spawn(KERNEL, "", timeout=120)
try:
    child.expect(PROMPT)
    child.send("spawn attack\r")
    child.expect(r"attack: done, (\d+) wrong", timeout=90)
    out = child.before.replace("\r", "")
    for what, err in ATTEMPTS:
        m = re.search(re.escape("attack: " + what) + r": (-?\d+) \(NX_ERR_(\w+) is (-?\d+)\)", out)
        tap.ok(m is not None and m.group(2) == err and int(m.group(1)) == int(m.group(3)) == ERRNO[err],
               "attack: %s: NX_ERR_%s" % (what, err), out if m is None else m.group(0))
    m = re.search(r"attack: created (\d+) ring channels", out)
    tap.ok(m is not None and int(m.group(1)) >= 10, "attack: ring channels were created until the refusal", out)
    m = re.search(r"attack: spawned (\d+) fibers", out)
    tap.ok(m is not None and int(m.group(1)) >= 10, "attack: fibers were spawned until the refusal", out)
    command(child, "", timeout=30)
    led = command(child, "ledger 400", timeout=60)
    atk = re.search(r"spawned fiber (\d+)", out)
    fid = atk.group(1) if atk else "?"
    denied = set(int(e) for e in re.findall(r"fiber=%s syscall_denied nr=\d+ err=(-\d+)" % fid, led))
    for err in ("BADSLOT", "CAPTYPE", "PERM", "REVOKED", "NOMEM"):
        tap.ok(ERRNO[err] in denied, "the ledger records the attacker's NX_ERR_%s refusals" % err,
               led[-3000:])
    pl = re.findall(r"fiber=%s pledge_denied wanted=0x([0-9a-f]+)" % fid, led)
    tap.ok("101" in pl and "100" in pl and "20" in pl,
           "the ledger records the pledge widening and the two calls outside the pledge", led[-3000:])
    tap.ok("up " in command(child, "uptime"), "the kernel and the console answer after the attack")
    child.send("spawn hello\r")
    try:
        child.expect(r"hello", timeout=30)
        tap.ok(True, "a new fiber starts and runs after the attack")
    except (pexpect.TIMEOUT, pexpect.EOF):
        tap.ok(False, "a new fiber starts and runs after the attack", child.before)
finally:
    child.close(force=True)

# Memory: each attack faults; the kernel logs the cause and goes on.
# scause: 13 load page fault, 15 store page fault, 12 instruction page fault.
MEMORY = [("atk_kread", 13), ("atk_kwrite", 15), ("atk_kjump", 12), ("atk_peer", 13), ("atk_devwrite", 15)]
child = spawn(KERNEL, "", timeout=120)
try:
    child.expect(PROMPT)
    for name, cause in MEMORY:
        out = command(child, "spawn " + name)
        try:
            child.expect(r"fault|FAULT|Fault", timeout=20)
            child.send("\r")
            child.expect(PROMPT, timeout=10)
        except (pexpect.TIMEOUT, pexpect.EOF):
            pass
        led = command(child, "ledger 8")
        m = re.findall(r"fiber=\d+ fault cause=(0x[0-9a-f]+)", led)
        tap.ok(m and int(m[-1], 0) == cause, "%s: a fault with scause %d, in the ledger" % (name, cause), led)
        fib = command(child, "fibers")
        tap.ok(re.search(r"\s%s\s.*faulted" % name, fib) is not None, "%s: the fiber is stopped, faulted" % name, fib)
    tap.ok("up " in command(child, "uptime"), "the kernel and the console answer after the memory attacks")
finally:
    child.close(force=True)
# Shared memory: lent read-only, then revoked.
child = spawn(KERNEL, "run=shmsrv", timeout=60)
try:
    try:
        child.expect(r"shmsrv: its own mapping still reads (the data|garbage)", timeout=30)
        out = child.before.replace("\r", "") + child.after
    except (pexpect.TIMEOUT, pexpect.EOF):
        out = child.before.replace("\r", "")
    for line, what in (
            (r"shmsrv: lending write too, which shmcli's manifest does not ask for: -7 \(NX_ERR_PERM is -7\)",
             "a grant wider than the child's manifest: NX_ERR_PERM"),
            (r"shmcli: mapped at 0x1d00010000, read-only", "shmcli maps its slot 1 at NX_SHM_BASE + 1 * NX_SHM_SIZE"),
            (r"shmcli: second shm_map: -13 \(NX_ERR_BUSY is -13\)", "a second shm_map: NX_ERR_BUSY"),
            (r"shmsrv: shmcli's sum matches", "shmcli read the whole region as shmsrv wrote it"),
            (r"shmcli: shm_map after the revocation: -16 \(NX_ERR_REVOKED is -16\)",
             "shm_map after the revocation: NX_ERR_REVOKED"),
            (r"fiber \d+ \(shmcli\) stopped: load page fault at pc 0x[0-9a-f]+, address 0x1d00010000",
             "the revoked pages left shmcli's address space: its read faults"),
            (r"shmsrv: its own mapping still reads the data", "the owner's mapping survives its revocation")):
        tap.ok(re.search(line, out) is not None, "shm: " + what, out)
finally:
    child.close(force=True)

# A reply into memory revoked while its caller waited (a kernel fault once).
child = spawn(KERNEL, "run=atk_revcall", timeout=60)
try:
    ok = wait = False
    try:
        child.expect(r"atk_revcallee: call_for with its reply place revoked: (-?\d+) \(NX_ERR_FAULT is (-?\d+)\)",
                     timeout=30)
        ok = child.match.group(1) == child.match.group(2)
        child.expect(r"atk_revcall: still running", timeout=10)
        wait = True
    except (pexpect.TIMEOUT, pexpect.EOF):
        pass
    tap.ok(ok and wait, "a reply whose place was revoked meanwhile: NX_ERR_FAULT to the caller, no kernel fault",
           child.before)
finally:
    child.close(force=True)

# A user-mode driver: the RTC through a device capability.
child = spawn(KERNEL, "run=rtc", timeout=60)
try:
    ok = True
    try:
        child.expect(r"rtc: registers at (0x[0-9a-f]+); (\d{4})-(\d\d)-(\d\d) ", timeout=30)
    except (pexpect.TIMEOUT, pexpect.EOF):
        ok = False
    now = time.time()
    days = {time.strftime("%Y-%m-%d", time.gmtime(now + d)) for d in (-86400, 0, 86400)}
    tap.ok(ok and int(child.match.group(1), 16) == 0x1e00000000 + 0x10000 and
           "-".join(child.match.groups()[1:]) in days,
           "rtc: a user fiber maps the RTC at its slot's address and reads today's date", child.before)
    for what, err in (("second dev_map", "BUSY"), ("console_write from the registers", "FAULT"),
                      ("irq_wait with nothing pending, no wait", "AGAIN")):
        try:
            child.expect(re.escape("rtc: " + what) + r": (-?\d+) \(NX_ERR_%s is (-?\d+)\)" % err, timeout=10)
            tap.ok(child.match.group(1) == child.match.group(2), "rtc: %s: NX_ERR_%s" % (what, err))
        except (pexpect.TIMEOUT, pexpect.EOF):
            tap.ok(False, "rtc: %s: NX_ERR_%s" % (what, err), child.before)
    try:
        child.expect(r"rtc: alarm interrupt: (-?\d+) after (\d+) ms", timeout=10)
        ok = child.match.group(1) == "0" and 19 <= int(child.match.group(2)) < 1000
    except (pexpect.TIMEOUT, pexpect.EOF):
        ok = False
    tap.ok(ok, "rtc: the alarm set 20 ms ahead wakes its driver through irq_wait", child.before)
finally:
    child.close(force=True)
sys.exit(tap.done())
