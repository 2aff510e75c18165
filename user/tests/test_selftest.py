#!/usr/bin/env python3
"""test_selftest.py: boots Nexus with run=selftest and relays the program's
checks (user/selftest/selftest.c) as TAP, then checks that it reported
every check, that none failed and that the console still answers.  Each "selftest: ok N - ..." line becomes a
TAP line of this test; a missing "done" line within the timeout fails.
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tests", "harness"))
from nexus_qemu import KERNEL, Tap, spawn  # noqa: E402

import pexpect  # noqa: E402

tap = Tap()
child = spawn(KERNEL, "run=selftest", timeout=60)
line_re = re.compile(r"selftest: (not )?ok \d+ - ([^\r\n]*)\r*\n")
done_re = re.compile(r"selftest: done (\d+) checks, (\d+) failed")
seen = 0
try:
    while True:
        i = child.expect([line_re, done_re, pexpect.TIMEOUT, pexpect.EOF], timeout=60)
        if i == 0:
            seen += 1
            tap.ok(child.match.group(1) is None, "user mode: " + child.match.group(2).strip())
            continue
        if i == 1:
            tap.ok(int(child.match.group(1)) == seen and seen > 0,
                   "selftest ran %s checks and reported them all" % child.match.group(1))
            tap.ok(child.match.group(2) == "0", "selftest: %s failed" % child.match.group(2))
        else:
            tap.ok(False, "selftest finished within 60 s", child.before)
        break
    child.send("\r")
    try:
        child.expect("nexus> ", timeout=20)
        tap.ok(True, "the console answers after selftest")
    except (pexpect.TIMEOUT, pexpect.EOF):
        tap.ok(False, "the console answers after selftest", child.before)
finally:
    child.terminate(force=True)
sys.exit(tap.done())
