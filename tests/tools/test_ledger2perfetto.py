#!/usr/bin/env python3
"""test_ledger2perfetto.py: tools/ledger2perfetto.py on a synthetic serial log.

Prints TAP.  The ledger lines are the ones kernel/tests/test_ledger.c checks
ledger_format against, mixed with console noise, a dump that repeats lines,
a lost event and a second boot; the JSON is checked with the json module.
"""

import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOOL = os.path.join(ROOT, "tools", "ledger2perfetto.py")

LOG = """\
OpenSBI v1.3
Nexus 0.1 booting on 2 harts
stl 0 t=1000 fiber=0 boot boots=1 hz=10000000 harts=2
stl 1 t=2000 fiber=0 spawn parent=0 tier=matter kernel=1 flags=0x1
stl 2 t=3000 fiber=1 spawn parent=0 tier=photon kernel=0
stl 3 t=4000 fiber=2 spawn parent=0 tier=gravity kernel=0
[console] nexus> ps
stl 4 t=24000 fiber=1 preempt tier=photon ran=20000 why=budget
stl 5 t=24000 fiber=1 strike tier=photon strikes=1 ran=20000
stl 6 t=44000 fiber=1 preempt tier=photon ran=20000 why=budget
stl 7 t=44000 fiber=1 strike tier=photon strikes=2 ran=20000
stl 8 t=64000 fiber=1 preempt tier=photon ran=20000 why=budget
stl 9 t=64000 fiber=1 strike tier=photon strikes=3 ran=20000
stl 10 t=64000 fiber=1 demote from=photon to=matter
stl 11 t=70000 fiber=2 block reason=sleep arg=100000 ran=6000
stl 12 t=170000 fiber=2 wake by=0 reason=sleep
stl 14 t=180000 fiber=2 fault cause=0xd pc=0x10078 tval=0x0
stl 15 t=190000 fiber=1 syscall_denied nr=17 err=-2 arg=0xffffffc000000000
stl 16 t=200000 fiber=1 chan_err chan=9 err=-3 op=1
stl 17 t=210000 fiber=1 exit code=0 used=70000
stl 18 t=215000 fiber=3 type=200 f0=0x1 f1=0x2 f2=0xff
garbage stl x t=1 fiber=2 nothing
stl 4 t=24000 fiber=1 preempt tier=photon ran=20000 why=budget
stl 0 t=1000 fiber=0 boot boots=1 hz=10000000 harts=2
--- warm reset ---
stl 0 t=500 fiber=0 boot boots=2 hz=1000000 harts=2
stl 1 t=600 fiber=0 beb_reinit found=kept boots=2
stl 2 t=700 fiber=5 spawn parent=0 tier=void kernel=0
stl 3 t=5700 fiber=5 block reason=yield arg=0 ran=0
"""

count = 0
failed = 0


def ok(cond, name):
    global count, failed
    count += 1
    if not cond:
        failed += 1
    print("%sok %d - %s" % ("" if cond else "not ", count, name))
    sys.stdout.flush()
    return cond


def run(args, stdin=None):
    return subprocess.run([sys.executable, TOOL] + args, input=stdin, capture_output=True, text=True, timeout=60)


def main():
    with tempfile.TemporaryDirectory() as d:
        log = os.path.join(d, "serial.log")
        out = os.path.join(d, "trace.json")
        with open(log, "w") as f:
            f.write(LOG)
        p = run([log, "-o", out])
        ok(p.returncode == 0 and os.path.exists(out), "converts a log file to a JSON file")
        with open(out) as f:
            trace = json.load(f)

    evs = trace.get("traceEvents")
    ok(isinstance(evs, list) and len(evs) > 0, "traceEvents is a non-empty list")
    ok(all(isinstance(e.get("ph"), str) and isinstance(e.get("pid"), int) and isinstance(e.get("tid"), int)
           for e in evs), "every event has ph, pid and tid")
    ok(all(isinstance(e.get("ts"), (int, float)) for e in evs if e["ph"] != "M"), "every timed event has ts")
    od = trace.get("otherData", {})
    ok(od.get("boots") == 2 and od.get("lost") == 1 and od.get("events") == 22,
       "two boots, one lost event (seq 13), repeated lines dropped: %r" % od)

    procs = {e["pid"]: e["args"]["name"] for e in evs if e["ph"] == "M" and e["name"] == "process_name"}
    ok(procs == {1: "nexus boot 1", 2: "nexus boot 2"}, "one process per boot")
    threads = {(e["pid"], e["tid"]): e["args"]["name"] for e in evs if e["ph"] == "M" and e["name"] == "thread_name"}
    ok(threads == {(1, 0): "kernel", (1, 1): "fiber 1", (1, 2): "fiber 2", (1, 3): "fiber 3",
                   (2, 0): "kernel", (2, 5): "fiber 5"}, "one track per fiber: %r" % sorted(threads.items()))

    runs = [e for e in evs if e["ph"] == "X"]
    ok(all(e["dur"] >= 0 for e in runs), "slices have non-negative durations")
    f1 = sorted((e["ts"], e["dur"], e["name"]) for e in runs if e["pid"] == 1 and e["tid"] == 1)
    ok(f1[:3] == [(400.0, 2000.0, "run photon"), (2400.0, 2000.0, "run photon"), (4400.0, 2000.0, "run photon")],
       "three photon runs of 2 ms at 10 MHz from PREEMPT ran=: %r" % f1[:3])
    ok(len(f1) == 4 and f1[3][2] == "run matter" and f1[3][0] == 20000.0 and f1[3][1] == 1000.0,
       "EXIT closes a slice from the fiber's previous event, in its demoted tier")
    f2 = sorted((e["ts"], e["dur"]) for e in runs if e["pid"] == 1 and e["tid"] == 2)
    ok(f2 == [(6400.0, 600.0), (17000.0, 1000.0)], "BLOCK ran= slice, then FAULT slice from the WAKE: %r" % f2)
    b2 = [e for e in runs if e["pid"] == 2]
    ok(len(b2) == 1 and b2[0]["ts"] == 700.0 and b2[0]["dur"] == 5000.0,
       "second boot: its own tick rate (1 MHz from BOOT); BLOCK without ran starts at the previous event")

    inst = [e for e in evs if e["ph"] == "i"]
    names = [e["name"] for e in inst]
    for kind, n in (("strike", 3), ("demote", 1), ("fault", 1), ("spawn", 4), ("exit", 1), ("wake", 1),
                    ("chan_err", 1), ("syscall_denied", 1), ("boot", 2), ("beb_reinit", 1)):
        ok(names.count(kind) == n, "%d instant event(s) for %s" % (n, kind))
    ok("type200" in names, "an unknown type becomes an instant named by its number")
    ok(all(e.get("s") in ("t", "p") for e in inst), "instants have a scope")
    strike = [e for e in inst if e["name"] == "strike"][-1]
    ok(strike["args"] == {"tier": "photon", "strikes": "3", "ran": "20000", "seq": 9} and strike["ts"] == 6400.0,
       "an instant carries the line's fields")
    kernel_spawn = [e for e in inst if e["name"] == "spawn" and e["tid"] == 0][0]
    ok(kernel_spawn["args"].get("flags") == "0x1", "flags are kept as an argument")

    p = run(["--hz", "1000"], stdin=LOG)
    t2 = json.loads(p.stdout)
    r = [e for e in t2["traceEvents"] if e["ph"] == "X" and e["pid"] == 1 and e["tid"] == 1]
    ok(p.returncode == 0 and r and r[0]["dur"] == 20000000.0, "--hz overrides the BOOT rate; stdin to stdout")

    p = run([], stdin="no ledger here\n")
    t3 = json.loads(p.stdout)
    ok(p.returncode == 0 and t3["traceEvents"] == [] and t3["otherData"]["boots"] == 0, "a log without ledger lines")

    p = run([], stdin="stl 7 t=100 fiber=4 preempt tier=void ran=50 why=outranked\r\n")
    t4 = json.loads(p.stdout)
    x = [e for e in t4["traceEvents"] if e["ph"] == "X"]
    ok(p.returncode == 0 and len(x) == 1 and x[0]["ts"] == 5.0 and x[0]["name"] == "run void",
       "a log that starts mid-boot, with CRLF line ends, default 10 MHz")

    print("1..%d" % count)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
