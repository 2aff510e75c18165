#!/usr/bin/env python3
"""Runs every test of the project and prints one closing line.

Reads a list of tests, one "name|command" a line (make writes it to
build/tests.list).  Each command prints TAP ("ok N - what" / "not ok N -
what"); this runner adds them up.  A command that exits non-zero, crashes or
times out counts as one more failure, so a test that dies before it can say
"not ok" is never a silent pass.  The last line is "N passed, N failed".

Usage: tests/run.py LIST [--filter SUBSTRING] [--timeout SECONDS]
"""
import argparse
import os
import re
import subprocess
import sys
import time

OK = re.compile(r"^(not )?ok\b")


def run_one(name, cmd, timeout):
    start = time.monotonic()
    try:
        proc = subprocess.run(cmd, shell=True, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, timeout=timeout,
                              stdin=subprocess.DEVNULL)
        out, code = proc.stdout.decode(errors="replace"), proc.returncode
        timed_out = False
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode(errors="replace")
        code, timed_out = None, True
    elapsed = time.monotonic() - start
    passed = failed = 0
    for line in out.splitlines():
        m = OK.match(line)
        if m:
            if m.group(1):
                failed += 1
            else:
                passed += 1
    # A suite that dies, or that says nothing, is a failure.
    died = timed_out or code != 0 or passed + failed == 0
    if died and failed == 0:
        failed += 1
    return out, passed, failed, code, timed_out, elapsed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("list")
    ap.add_argument("--filter", default="")
    ap.add_argument("--timeout", type=float, default=float(os.environ.get("TEST_TIMEOUT", "600")))
    args = ap.parse_args()
    tests = []
    with open(args.list) as f:
        for line in f:
            line = line.strip()
            if line and "|" in line:
                name, cmd = line.split("|", 1)
                if args.filter in name:
                    tests.append((name, cmd))
    total_p = total_f = 0
    failed_suites = []
    for name, cmd in tests:
        out, p, fl, code, timed_out, elapsed = run_one(name, cmd, args.timeout)
        total_p += p
        total_f += fl
        status = "PASS" if fl == 0 else "FAIL"
        print(f"== {status} {name}: {p} passed, {fl} failed ({elapsed:.1f}s)", flush=True)
        if fl:
            failed_suites.append(name)
            # Show what failed, and the tail of the output for context.
            lines = out.splitlines()
            for line in lines:
                if line.startswith("not ok"):
                    print("   " + line)
            print("   --- last lines of output ---")
            for line in lines[-40:]:
                print("   | " + line)
            if timed_out:
                print(f"   timed out after {args.timeout:.0f}s")
            elif code != 0:
                print(f"   exit status {code}")
    if failed_suites:
        print("failed suites: " + ", ".join(failed_suites))
    print(f"{total_p} passed, {total_f} failed", flush=True)
    return 1 if total_f else 0


if __name__ == "__main__":
    sys.exit(main())
