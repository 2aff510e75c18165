#!/usr/bin/env python3
"""ledger2perfetto.py: turn System Truth Ledger lines into a Perfetto trace.

Reads a captured serial log (any text; only the "stl ..." lines count, and
they may carry a prefix such as a timestamp) and writes Chrome trace-event
JSON that https://ui.perfetto.dev and chrome://tracing open:

  - one process per boot found in the log ("nexus boot N"), one thread
    (track) per fiber, named "fiber N" ("kernel" for fiber 0); lines repeated
    by a console dump of the ledger are dropped, and events are put in seq
    order;
  - run slices: PREEMPT and BLOCK carry the ticks the run lasted, so the
    slice is [t - ran, t]; EXIT and FAULT, and a BLOCK without ran, close a
    slice that starts at the fiber's previous event;
  - instant events for every other event (SPAWN, EXIT, FAULT, STRIKE,
    DEMOTE, WAKE, CHAN_ERR, SYSCALL_DENIED, BOOT, BEB_REINIT, SPAWN_REFUSED,
    PLEDGE_DENIED, unknown types),
    with the line's fields as arguments.

Ticks become microseconds with the rate of the boot's BOOT event (hz=), or
--hz, or 10 MHz (QEMU virt).  The line format is in docs/ledger.md.

    tools/ledger2perfetto.py serial.log -o trace.json
    make run | tee serial.log; tools/ledger2perfetto.py < serial.log > trace.json
"""

import argparse
import json
import re
import sys

DEFAULT_HZ = 10_000_000
LINE = re.compile(r"\bstl (\d+) t=(\d+) fiber=(\d+)((?: \S+)*)\s*$")


def parse_line(text):
    """Returns a dict for one ledger line, or None if text holds none."""
    m = LINE.search(text.rstrip("\r\n"))
    if not m:
        return None
    ev = {"seq": int(m.group(1)), "t": int(m.group(2)),
          "fiber": int(m.group(3)), "type": None, "args": {}}
    for word in m.group(4).split():
        if "=" in word:
            k, _, v = word.partition("=")
            ev["args"][k] = v
        elif ev["type"] is None:
            ev["type"] = word
    if ev["type"] is None:
        t = ev["args"].get("type")
        ev["type"] = "type" + t if t is not None else "unknown"
    return ev


def parse_log(lines):
    """The ledger events of a log, in order of appearance."""
    return [ev for ev in map(parse_line, lines) if ev is not None]


def to_int(s, default=0):
    try:
        return int(s, 0)
    except (TypeError, ValueError):
        return default


def split_boots(events):
    """Groups events by boot, each sorted by seq without duplicates.

    A BOOT event starts a new boot, unless it repeats one already seen (a
    console dump of the ledger replays old lines); lines before the first
    BOOT form a boot of their own.
    """
    boots = []
    for ev in events:
        cur = boots[-1] if boots else None
        dup = cur is not None and ev["seq"] in cur and cur[ev["seq"]]["t"] == ev["t"]
        if dup:
            continue
        if cur is None or (ev["type"] == "boot" and cur):
            cur = {}
            boots.append(cur)
        cur[ev["seq"]] = ev
    return [[b[k] for k in sorted(b)] for b in boots]


def convert(events, hz=None):
    """Builds the trace: a dict with traceEvents, ready for json.dump."""
    out = []
    threads = {}      # (pid, fiber) -> name
    lost = 0
    boots = split_boots(events)

    for pid, evs in enumerate(boots, 1):
        first = evs[0]
        rate = hz or (to_int(first["args"].get("hz")) if first["type"] == "boot" else 0) or DEFAULT_HZ
        last = {}     # fiber -> time (ticks) of its previous event
        tier = {}     # fiber -> last known tier name
        lost += evs[-1]["seq"] - evs[0]["seq"] + 1 - len(evs)
        out.append({"name": "process_name", "ph": "M", "pid": pid, "tid": 0,
                    "args": {"name": "nexus boot %d" % pid}})

        def us(ticks):
            return ticks * 1e6 / rate

        for ev in evs:
            kind, t, fiber, args = ev["type"], ev["t"], ev["fiber"], ev["args"]
            key = (pid, fiber)
            if key not in threads:
                threads[key] = "kernel" if fiber == 0 else "fiber %d" % fiber
            if kind == "spawn" and args.get("kernel") == "1" and fiber != 0:
                threads[key] = "fiber %d (kernel)" % fiber
            if "tier" in args:
                tier[fiber] = args["tier"]
            if kind == "demote" and "from" in args:
                tier.setdefault(fiber, args["from"])

            if kind in ("preempt", "block", "exit", "fault"):
                ran = to_int(args.get("ran")) if kind in ("preempt", "block") else 0
                start = t - ran if 0 < ran <= t else last.get(fiber)
                if start is not None and start <= t:
                    sargs = {"end": kind, "seq": ev["seq"]}
                    sargs.update(args)
                    out.append({"name": "run %s" % tier.get(fiber, "?"), "cat": "run", "ph": "X",
                                "pid": pid, "tid": fiber, "ts": us(start), "dur": us(t - start),
                                "args": sargs})
            if kind not in ("preempt", "block"):
                iargs = dict(args)
                iargs["seq"] = ev["seq"]
                out.append({"name": kind, "cat": "ledger", "ph": "i", "s": "p" if kind == "boot" else "t",
                            "pid": pid, "tid": fiber, "ts": us(t), "args": iargs})
            if kind == "demote" and "to" in args:
                tier[fiber] = args["to"]
            last[fiber] = t

    for (pid, fiber), name in sorted(threads.items()):
        out.append({"name": "thread_name", "ph": "M", "pid": pid, "tid": fiber, "args": {"name": name}})
        out.append({"name": "thread_sort_index", "ph": "M", "pid": pid, "tid": fiber,
                    "args": {"sort_index": fiber}})
    return {"traceEvents": out, "displayTimeUnit": "ns",
            "otherData": {"source": "nexus ledger", "events": sum(map(len, boots)),
                          "boots": len(boots), "lost": lost}}


def main(argv=None):
    ap = argparse.ArgumentParser(description="Convert Nexus ledger lines (stl ...) to Perfetto/Chrome trace JSON.")
    ap.add_argument("input", nargs="?", default="-", help="captured serial log (default: standard input)")
    ap.add_argument("-o", "--output", default="-", help="trace JSON file (default: standard output)")
    ap.add_argument("--hz", type=int, default=None, help="timer ticks per second (default: from the BOOT event)")
    a = ap.parse_args(argv)
    src = sys.stdin if a.input == "-" else open(a.input, encoding="utf-8", errors="replace")
    with src:
        events = parse_log(src)
    trace = convert(events, a.hz)
    dst = sys.stdout if a.output == "-" else open(a.output, "w", encoding="utf-8")
    with dst:
        json.dump(trace, dst, indent=None, separators=(",", ":"))
        dst.write("\n")
    if a.output != "-":
        print("ledger2perfetto: %d events, %d boots, %d lost -> %s" % (
            len(events), trace["otherData"]["boots"], trace["otherData"]["lost"], a.output), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
