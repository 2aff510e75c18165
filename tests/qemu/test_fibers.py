#!/usr/bin/env python3
"""User-mode fibers in QEMU, driven through the console.

- hello runs in U-mode and exits 0, and the ledger says so;
- fibers that load from address 0, execute an illegal instruction or make a
  misaligned atomic access are stopped with the right cause, and a fiber
  started beside them is not disturbed;
- a Photon fiber wakes on time while Gravity and Void fibers spin;
- ping-pong through a call channel between two address spaces, and calls
  with a timeout that give up (queued, and while served);
- bulk messages through a ring channel's shared pages, in place and through
  chan_send, with every misuse refused and every page given back;
- a fiber that spins at Photon is preempted at its budget, earns strikes and
  is demoted Photon -> Matter -> Gravity -> Void, each step in the ledger,
  while the console (a Matter kernel fiber) stays responsive;
- a system call that wakes a fiber of a higher tier gives it the hart;
- a fiber narrows its pledge: calls outside it and a widening are refused
  with NX_ERR_PLEDGE, logged and counted, and its children inherit the
  narrowing;
- a hostile fiber makes 100,000 random syscalls with garbage pointers, huge
  lengths and invalid handles: every one returns, the kernel stays up, the
  refusals are in the ledger;
- the Boot Error Buffer keeps faults and overruns across a warm reset;
- a captured ledger converts to Perfetto trace JSON.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "harness"))
from nexus_qemu import KERNEL, ROOT, Tap, spawn  # noqa: E402

import pexpect  # noqa: E402

PROMPT = "nexus> "
tap = Tap()


def command(child, cmd, timeout=30):
    child.send(cmd + "\r")
    child.expect(PROMPT, timeout=timeout)
    return child.before.replace("\r", "")


def wait_for(child, pattern, timeout):
    try:
        child.expect(pattern, timeout=timeout)
        return True
    except (pexpect.TIMEOUT, pexpect.EOF):
        return False


def err_reported(out, what):
    """True when out has the line "WHAT: N (NX_ERR_E is M)" with N == M."""
    m = re.search(re.escape(what) + r": (-?\d+) \(NX_ERR_\w+ is (-?\d+)\)", out)
    return m is not None and m.group(1) == m.group(2)


def fiber_row(text, name):
    m = re.search(rf"^\s*(\d+)\s+(\d+)\s+{name}\s+(\w+)\s+(\w+)\s+(\w+)\s+(\w+)", text, re.M)
    return m.groups() if m else None


# --- hello and the crashing fibers -------------------------------------------
child = spawn(KERNEL, "run=crash_load,crash_ill,crash_misalign,hello", timeout=60)
try:
    child.expect(PROMPT)
    boot = child.before.replace("\r", "")
    ok = wait_for(child, r"hello from fiber (\d+) in user mode", 20)
    tap.ok(ok, "hello runs in user mode and prints through the console syscall", child.before)
    time.sleep(0.5)
    out = boot + child.before + command(child, "")
    for name, cause in (("crash_load", "load page fault"), ("crash_ill", "illegal instruction"),
                        ("crash_misalign", "store/AMO address misaligned")):
        tap.ok(re.search(rf"fiber \d+ \({name}\) stopped: {re.escape(cause)} at pc 0x[0-9a-f]+", out) is not None,
               f"{name} is stopped with '{cause}'", out)
    fib = command(child, "fibers")
    rows = {n: fiber_row(fib, n) for n in ("crash_load", "crash_ill", "crash_misalign", "hello", "console")}
    tap.ok(all(rows[n] and rows[n][5] == "faulted" for n in ("crash_load", "crash_ill", "crash_misalign")),
           "the crashed fibers show as faulted", fib)
    tap.ok(rows["hello"] is not None and rows["hello"][5] == "exited", "hello exited normally beside them", fib)
    led = command(child, "ledger")
    tap.ok(re.search(r"fiber=\d+ exit code=0 ", led) is not None, "the ledger records hello's exit with code 0", led)
    tap.ok(len(re.findall(r" fault cause=0x(d|2|6) pc=0x1000", led)) == 3, "the ledger records the three faults", led)
    tap.ok("up " in command(child, "uptime"), "the console still answers")
finally:
    child.close(force=True)

# --- a Photon fiber meets its deadlines under Gravity and Void load ----------
# Under -icount the virtual clock counts instructions, so host load cannot
# make the guest late: what is measured is the kernel's own latency.
child = spawn(KERNEL, "run=spin:gravity,spin:void,spin:gravity,photon:photon", timeout=60, icount=True)
try:
    ok = wait_for(child, r"photon: (\d+) periods of (\d+) us, worst lateness (\d+) us, mean (\d+) us", 40)
    tap.ok(ok and int(child.match.group(1)) == 200 and int(child.match.group(3)) < 100,
           "a 2 ms Photon task under two Gravity and one Void spinner is never 100 us late "
           f"(worst {child.match.group(3) if ok else '?'} us)", child.before)
    print(f"# {child.match.group(0) if ok else ''}")
finally:
    child.close(force=True)

# --- call channels: ping-pong between two address spaces ---------------------
child = spawn(KERNEL, "run=pong", timeout=60)
try:
    child.expect(PROMPT)
    ok = wait_for(child, r"ping: call on the console slot: (-?\d+) \(NX_ERR_CAPTYPE is (-?\d+)\)", 30)
    out = child.before + (child.after if ok else "")
    tap.ok(ok and child.match.group(1) == child.match.group(2), "a call on a slot holding no channel: NX_ERR_CAPTYPE", out)
    tap.ok(err_reported(out, "ping: call on an empty slot"), "a call on an empty slot: NX_ERR_BADSLOT", out)
    tap.ok("ping: 1000 round trips, 0 wrong" in out, "1000 calls through a call channel, every reply right", out)
    tap.ok(re.search(r"pong: served 2000 calls, 2000 with ping's badge", out) is not None,
           "the server saw every call, each with the badge of ping's capability", out)
    tap.ok(err_reported(out, "ping: call to the exited server"), "a call to a server that exited: NX_ERR_DEAD", out)
    tap.ok(err_reported(out, "no wait"), "chan_call_for without wait, server busy: NX_ERR_AGAIN", out)
    m = re.search(r"queued past 1 ms: (-?\d+) after (\d+) us \(NX_ERR_TIMEOUT is (-?\d+)\)", out)
    tap.ok(m is not None and m.group(1) == m.group(3) and 1000 <= int(m.group(2)) < 500000,
           "chan_call_for queued past its 1 ms timeout: NX_ERR_TIMEOUT, not before 1 ms", out)
    tap.ok(err_reported(out, "short message"), "chan_call_for with a wrong message size: NX_ERR_INVAL", out)
    tap.ok(err_reported(out, "served too slowly") and err_reported(out, "pong: reply to a caller that timed out"),
           "a call given up while served: the caller gets NX_ERR_TIMEOUT, the late reply NX_ERR_DEAD", out)
finally:
    child.close(force=True)

# --- ring channels: bulk data through shared pages -----------------------------
# The console starts ringsink by hand, twice, so that `mem` after each run
# shows that the ring's 17 pages and both address spaces are given back (the
# first run also keeps the kernel stacks of two new fiber slots, for reuse).
child = spawn(KERNEL, "", timeout=120)
try:
    child.expect(PROMPT)
    child.send("spawn ringsink\r")
    ok = wait_for(child, r"ringsink: close (-?\d+), recreate at slot (-?\d+), close (-?\d+)", 60)
    out = child.before + (child.after if ok else "")
    tap.ok(ok and child.match.groups() == ("0", "1", "0"),
           "closing a ring unmaps it: a new ring at the same slot (1, its manifest's channel slot) maps again", out)
    ok = wait_for(child, r"ringsink: (\d+) rings created and closed, (\d+) refused", 60)
    out += child.before
    tap.ok(ok and child.match.groups() == ("2500", "0"),
           "2500 rings (170 MiB of pages in all, 128 MiB of RAM) created and closed, none refused",
           child.before)
    m = re.search(r"ringsink: (\d+) checked, (\d+) bare, (\d+) filled, (\d+) copied, (\d+) sent; (\d+) wrong", out)
    tap.ok(m is not None and m.groups() == ("512", "4000", "2000", "512", "2000", "0"),
           "9024 messages in place and through chan_send, in order, every checked byte right", out)
    for what, err in (("send of 4097 bytes", "TOOBIG"), ("call on a ring", "INVAL"), ("recv without the recv right", "PERM"),
                      ("send with a scribbled magic", "INVAL"), ("poll with an impossible head", "INVAL")):
        tap.ok(err_reported(out, "ringsrc: " + what), f"ring misuse, {what}: NX_ERR_{err}", out)
    # ringsrc says it while ringsink is still busy with its rings, or after.
    dead = "ringsrc: send after the reader closed"
    if dead not in out and wait_for(child, dead + r".*\n", 30):
        out += child.after
    tap.ok(err_reported(out, dead), "a send after the reader closed: NX_ERR_DEAD", out)
    time.sleep(0.5)
    fib = command(child, "fibers")
    rows = [fiber_row(fib, n) for n in ("ringsink", "ringsrc")]
    tap.ok(all(r is not None and r[5] == "exited" for r in rows), "both ring fibers exited", fib)
    free0 = re.search(r"(\d+) free", command(child, "mem"))
    child.send("spawn ringsink\r")
    wait_for(child, r"ringsrc: send after the reader closed: .*\n", 60)
    time.sleep(0.5)
    fib = command(child, "fibers")
    free1 = re.search(r"(\d+) free", command(child, "mem"))
    tap.ok(free0 is not None and free1 is not None and free0.group(1) == free1.group(1),
           f"every page is back after a second run ({free0.group(1) if free0 else '?'} free before, "
           f"{free1.group(1) if free1 else '?'} after)", fib)
finally:
    child.close(force=True)

# --- a wake-up by a system call obeys the tiers ---------------------------------
# A Void writer's chan_send wakes a Photon reader: the reader must run at
# once (a lone Void fiber has no budget, so no timer would come).
child = spawn(KERNEL, "run=prio", timeout=60, icount=True)
try:
    ok = wait_for(child, r"prio: woken by a void writer after (\d+) us: (-?\d+)", 30)
    tap.ok(ok and child.match.group(2) == "1" and int(child.match.group(1)) < 10000,
           f"a Photon reader woken by a Void writer's chan_send runs at once "
           f"({child.match.group(1) if ok else '?'} us, not the 1 s timeout)", child.before)
finally:
    child.close(force=True)

# --- pledges: narrowed, never widened; refusals logged and counted ------------
child = spawn(KERNEL, "run=pledger", timeout=60)
try:
    child.expect(PROMPT)
    ok = wait_for(child, r"pledger: (\d+) failed", 30)
    out = child.before + (child.after if ok else "")
    tap.ok(ok and child.match.group(1) == "0",
           "pledger: each call outside its pledge and the widening get NX_ERR_PLEDGE, the rest work", out)
    tap.ok(err_reported(out, "pledgechild: chan_create"),
           "a child never holds a promise its parent gave up, whatever its manifest asks", out)
    time.sleep(0.3)
    led = command(child, "ledger 30")
    denied = re.findall(r"pledge_denied wanted=0x([0-9a-f]+) held=0x([0-9a-f]+) nr=(\d+)", led)
    tap.ok(("100", "a1", "9") in denied and ("101", "a1", "19") in denied and ("20", "1", "6") in denied and
           ("80", "1", "7") in denied,
           "the ledger names each refusal: promise wanted, pledge held, call (chan_create, pledge, spawn, "
           "ledger_read)", led)
    fib = command(child, "fibers")
    m = re.search(r"^\s*\d+\s+\d+\s+pledger\s.*\s0x([0-9a-f]{3})\s+(\d+)\s*$", fib, re.M)
    tap.ok(m is not None and m.group(1) == "001" and m.group(2) == "4",
           "the fibers table shows the final pledge (stdio) and 4 refusals", fib)
finally:
    child.close(force=True)

# --- the hostile fiber; the Ratchet and the BEB across a reset ---------------
child = spawn(KERNEL, "run=hostile,hello:gravity", timeout=120)
try:
    child.expect(PROMPT)
    done = wait_for(child, r"hostile: (\d+) calls, all returned", 120)
    tap.ok(done and int(child.match.group(1)) >= 100000, "hostile: 100,000 random syscalls all returned",
           child.before)
    done = wait_for(child, r"hostile: seed [0-9a-f]+, (\d+) refused, (\d+) violations", 10)
    tap.ok(done and int(child.match.group(2)) == 0 and int(child.match.group(1)) > 10000,
           "hostile: every bad call got an error code, none was a violation", child.before)
    led = command(child, "ledger 50")
    tap.ok(re.search(r"syscall_denied nr=\d+ err=-\d+", led) is not None, "refused syscalls are in the ledger", led)
    fib = command(child, "fibers")
    row = fiber_row(fib, "hello")
    tap.ok(row is not None and row[5] == "exited", "a fiber beside the hostile one ran to completion", fib)
    tap.ok("up " in command(child, "uptime"), "the kernel and the console are still up")
finally:
    child.close(force=True)

child = spawn(KERNEL, "run=spin:photon shell=kernel", timeout=120)
try:
    child.expect(PROMPT)
    # Void comes after three Gravity slices (3 x 50 ms at least): give it time.
    deadline = time.time() + 60
    fib = ""
    while time.time() < deadline:
        fib = command(child, "fibers")
        row = fiber_row(fib, "spin")
        if row and row[3] == "void":
            break
        time.sleep(0.5)
    row = fiber_row(fib, "spin")
    tap.ok(row is not None and row[3] == "void" and row[4] == "photon",
           "spin was demoted from Photon down to Void", fib)
    led = command(child, "ledger")
    spin_id = row[0] if row else "?"
    steps = re.findall(rf"fiber={spin_id} demote from=(\w+) to=(\w+)", led)
    tap.ok(steps == [("photon", "matter"), ("matter", "gravity"), ("gravity", "void")],
           f"the ledger shows each demotion in order: {steps}", led)
    strikes = re.findall(rf"fiber={spin_id} strike tier=(\w+) strikes=(\d)", led)
    tap.ok(strikes[:9] == [(t, s) for t in ("photon", "matter", "gravity") for s in "123"],
           "three strikes at each tier before each demotion", led)
    tap.ok(re.search(rf"fiber={spin_id} preempt tier=photon ran=\d+ why=budget", led) is not None,
           "the ledger shows the budget preemptions", led)
    tap.ok("up " in command(child, "uptime"), "the console answers while spin runs")
    # Capture the ledger as a person would from the serial port, and convert it.
    with tempfile.TemporaryDirectory() as d:
        log, js = os.path.join(d, "serial.log"), os.path.join(d, "trace.json")
        with open(log, "w") as f:
            f.write(led)
        r = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "ledger2perfetto.py"), log, "-o", js],
                           capture_output=True, text=True)
        try:
            with open(js) as f:
                trace = json.load(f)
            events = trace["traceEvents"] if isinstance(trace, dict) else trace
            names = {e.get("name", "") for e in events}
            ok = r.returncode == 0 and any("demote" in n for n in names)
        except (OSError, ValueError, KeyError) as e:
            ok, names = False, str(e)
        tap.ok(ok, "the captured ledger converts to Perfetto trace JSON with the demotions", f"{r.stderr} {names}")
    beb1 = command(child, "beb")
    tap.ok(re.search(r"beb \d+ boot=1 .* demote from=photon to=matter", beb1) is not None,
           "the Boot Error Buffer holds the overruns", beb1)
    child.send("reboot\r")
    child.expect(r"Nexus \d+\.\d+\.\d+")
    child.expect(PROMPT)
    beb2 = command(child, "beb")
    tap.ok("boot error buffer: boot 2," in beb2 and re.search(r"beb \d+ boot=1 .* demote from=photon", beb2),
           "after a warm reset the BEB still holds boot 1's records", beb2)
finally:
    child.close(force=True)

sys.exit(tap.done())
