#!/usr/bin/env python3
"""Drives nsh, the user-mode shell, the way a person would.

Boots the normal image (nsh is the console), types commands with line
editing and history, starts and kills fibers, follows the ledger, provokes
refusals, and checks that the kernel console takes over when the shell
cannot run: with shell=kernel, with a shell program that is missing, and
when the shell program ends.  Every wait has a timeout.
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "harness"))
from nexus_qemu import KERNEL, Tap, spawn  # noqa: E402

import pexpect  # noqa: E402

PROMPT = "nexus> "
UP, DOWN, RIGHT, LEFT, HOME, END, DEL = "\x1b[A", "\x1b[B", "\x1b[C", "\x1b[D", "\x1b[H", "\x1b[F", "\x1b[3~"
tap = Tap()


def command(child, line, timeout=30):
    """Types line + Enter; returns what came before the next prompt ('' on a timeout)."""
    child.send(line + "\r")
    try:
        child.expect_exact(PROMPT, timeout=timeout)
        return child.before.replace("\r", "")
    except (pexpect.TIMEOUT, pexpect.EOF) as e:
        return f"{type(e).__name__}: {child.before!r}"


def run(child, line, want, what):
    text = command(child, line)
    return tap.ok(re.search(want, text, re.M) is not None, what, text)


def wait_for(child, pattern, timeout=20):
    try:
        child.expect(pattern, timeout=timeout)
        return True
    except (pexpect.TIMEOUT, pexpect.EOF):
        return False


def spawn_then(child, prog, said, timeout=20):
    """Types 'spawn PROG' and waits for nsh's 'spawned fiber N' and for the
    program's line `said` (a regex with one group), in either order: a
    program of a higher tier than nsh (nsh is demoted when a loaded host
    stretches its runs past its budget) speaks first.  Returns (N, group)
    with None for what did not come, and everything seen."""
    child.send("spawn %s\r" % prog)
    fid = grp = None
    seen = ""
    while fid is None or grp is None:
        try:
            i = child.expect([r"spawned fiber (\d+)", said], timeout=timeout)
        except (pexpect.TIMEOUT, pexpect.EOF):
            break
        seen += child.before + child.after
        if i == 0:
            fid = child.match.group(1)
        else:
            grp = child.match.group(1)
    # nsh's prompt follows its line; take it here if the program's line
    # came after, so that the next command's prompt is the next one seen.
    if fid is not None and PROMPT not in seen[seen.rfind("spawned fiber"):]:
        wait_for(child, re.escape(PROMPT), timeout)
    return fid, grp, seen


def fiber_row(text, name):
    """(id, kind, tier, home, state) of the first fiber called name in a fibers table."""
    m = re.search(rf"^\s*(\d+)\s+\d+\s+{name}\s+(\w+)\s+(\w+)\s+(\w+)\s+(\w+)", text, re.M)
    return m.groups() if m else None


# --- nsh is the console ------------------------------------------------------
child = spawn(KERNEL, "", timeout=60)
try:
    try:
        child.expect_exact(PROMPT)
        tap.ok(True, "nsh prints the prompt at boot")
    except (pexpect.TIMEOUT, pexpect.EOF) as e:
        tap.ok(False, "nsh prints the prompt at boot", f"{type(e).__name__}: {child.before!r}")
        sys.exit(tap.done())

    run(child, "help", r"^\s+caps\s+show a fiber's capabilities(.|\n)*^\s+kill\s(.|\n)*^\s+ledger\s(.|\n)*"
        r"^keys: .*Up/Down history", "help lists nsh's commands and keys")
    run(child, "help kill", r"^usage: kill ID$", "help COMMAND shows its usage")
    fib = command(child, "fibers")
    nsh, cons = fiber_row(fib, "nsh"), fiber_row(fib, "console")
    tap.ok(nsh is not None and nsh[1:] == ("user", "matter", "matter", "running") and
           cons is not None and cons[1] == "kernel" and cons[4] == "blocked",
           "fibers: nsh is a user fiber, running; the kernel console is a kernel fiber standing by", fib)
    nsh_id = nsh[0] if nsh else "?"
    tap.ok(re.search(r"pledge denied$", fib, re.M) is not None and
           re.search(rf"^\s*{nsh_id}\s+\d+\s+nsh\s.*\s0x1e1\s+0$", fib, re.M) is not None,
           "fibers shows each fiber's pledge and refusals", fib)
    caps = command(child, "caps")
    tap.ok(f"fiber {nsh_id} (nsh), user, running: pledge 0x1e1 (stdio spawn device ledger ipc)" in caps and
           re.search(r"^\s+0 console\s+read,write\s", caps, re.M) and
           re.search(r"^\s+\d+ ledger\s+read\s", caps, re.M) and re.search(r"^\s+\d+ spawn\s+exec\s.*\bhello$", caps, re.M),
           "caps: nsh's pledge and its capabilities: console, ledger, spawn hello...", caps)
    run(child, "mem", r"^pages:\s+\d+ total, \d+ free, \d+ in use", "mem shows page use")
    run(child, "uptime", r"^up \d+\.\d{6} s$", "uptime")
    run(child, "version", r"^Nexus \d+\.\d+\.\d+ \(riscv64\)\nnsh, the user-mode shell", "version")

    # Line editing.
    run(child, "memx\x7f", r"^pages:", "Backspace erases a character")
    run(child, "garbage\x15uptime", r"^up \d+", "Ctrl-U erases the line")
    run(child, "help me\x17\x17uptime", r"^up \d+", "Ctrl-W erases words")
    run(child, "uptme" + LEFT + LEFT + "i", r"^up \d+", "Left moves the cursor; typing inserts there")
    run(child, "ptime" + HOME + "u" + END, r"^up \d+", "Home and End move to the ends of the line")
    # (Ctrl-A is QEMU's escape key under -nographic: Home instead.)
    run(child, "xuptime" + HOME + DEL + "\x05", r"^up \d+", "Delete erases under the cursor; Ctrl-E goes to the end")
    run(child, "uptimexyz" + LEFT * 3 + "\x0b", r"^up \d+", "Ctrl-K erases to the end of the line")
    run(child, "frobnicate", r"^frobnicate: unknown command; 'help' lists the commands$", "unknown command")
    run(child, "   ", r"\A\s*\Z", "an empty line just prompts again")
    child.send("mem\x03")
    tap.ok(wait_for(child, r"\^C") and wait_for(child, re.escape(PROMPT)) and "pages:" not in child.before,
           "Ctrl-C abandons the line", child.before)
    run(child, "x" * 200, r"^x{127}: unknown command", "an overlong line is cut at the buffer size")
    run(child, "spawn hello photon extra words here and more", r"^usage: spawn PROGRAM", "bad arguments: usage")
    run(child, "kill banana", r"^kill: 'banana' is not a number", "kill with a non-number: a clear message")
    run(child, "spawn ../etc", r"^spawn \.\./etc: not a program name", "a bad program name: a clear message")

    # History.
    command(child, "uptime")
    run(child, UP, r"^up \d+", "Up recalls the last line")
    command(child, "version")
    run(child, UP + UP, r"^up \d+", "Up twice recalls the line before")
    command(child, "version")
    run(child, UP + UP + DOWN, r"^Nexus \d", "Down goes back to the newer line")
    run(child, "mem" + UP + DOWN, r"^pages:", "Down past the newest line gives back the line being typed")
    run(child, UP + "\x15uptime", r"^up \d+", "a recalled line can be edited")
    run(child, "history", r"^\s+\d+\s+uptime$(.|\n)*^\s+\d+\s+version$", "history lists the lines typed")

    # spawn, and a program nsh may not start.
    hid, said, seen = spawn_then(child, "hello", r"hello from fiber (\d+) in user mode")
    tap.ok(hid is not None and said == hid, "spawn hello: it runs", seen)
    command(child, "")
    run(child, "spawn hostile", r"^spawn hostile: denied: nsh holds no spawn capability for hostile .*\(NX_ERR_NOENT",
        "spawn of a program nsh holds no capability for: denied, and why")

    # A fiber that overruns its budget, then killed.
    out = command(child, "spin")
    m = re.search(r"spawned fiber (\d+)", out)
    sid = m.group(1) if m else "?"
    tap.ok(m is not None, "spin starts a fiber that spins at photon", out)
    fib = ""
    for _ in range(40):
        fib = command(child, "fibers")
        row = fiber_row(fib, "spin")
        if row and row[2] != "photon":
            break
    row = fiber_row(fib, "spin")
    tap.ok(row is not None and row[2] != "photon" and row[3] == "photon",
           "the spinning fiber overruns its budget and is demoted", fib)
    run(child, f"kill {sid}", rf"^killed fiber {sid} \(spin\)$", "kill ends the spinning fiber")
    fib = command(child, "fibers")
    row = fiber_row(fib, "spin")
    tap.ok(row is not None and row[4] == "killed", "fibers shows it killed", fib)
    led = command(child, "ledger 10")
    tap.ok(re.search(rf"fiber={sid} kill by={nsh_id} was=(ready|running|blocked|sleeping) used=\d+", led),
           "the ledger records the kill, by whom", led)
    run(child, f"kill {sid}", rf"^kill {sid}: failed: fiber {sid} \(spin\) has already ended \(NX_ERR_DEAD",
        "killing it again: it has already ended")

    # Killing a fiber blocked on a channel: its peer learns it as from an exit.
    wid, cid, seen = spawn_then(child, "waitsrv", r"waitsrv: holding the call of fiber (\d+)")
    ok = wid is not None and cid is not None
    wid, cid = wid or "?", cid or "?"
    command(child, "")
    fib = command(child, "fibers")
    tap.ok(ok and (fiber_row(fib, "waitsrv") or "?")[4:] == ("blocked",) and
           (fiber_row(fib, "waitcli") or "?")[4:] == ("blocked",),
           "a server holding a call and its caller are both blocked on channels", fib)
    run(child, f"kill {cid}", rf"^kill {cid}: denied: nsh holds no spawn capability for waitcli.*\(NX_ERR_PERM",
        "kill of a fiber nsh could not have started: denied, and why")
    # nsh's line and waitcli's may come in either order, as for spawn.
    child.send(f"kill {wid}\r")
    seen, killed, ended = "", False, None
    while not (killed and ended):
        try:
            i = child.expect([rf"killed fiber {wid} \(waitsrv\)",
                              r"waitcli: the call ended: (-?\d+) \(NX_ERR_DEAD is (-?\d+)\)"], timeout=20)
        except (pexpect.TIMEOUT, pexpect.EOF):
            break
        seen += child.before + child.after
        if i == 0:
            killed = True
        else:
            ended = child.match.group(1) == child.match.group(2)
    if killed and PROMPT not in seen[seen.rfind("killed fiber"):]:
        wait_for(child, re.escape(PROMPT), 20)
    tap.ok(killed and ended, "killing the server wakes its caller with NX_ERR_DEAD", seen)
    command(child, "")
    fib = command(child, "fibers")
    tap.ok((fiber_row(fib, "waitsrv") or "?")[4:] == ("killed",) and
           (fiber_row(fib, "waitcli") or "?")[4:] == ("exited",), "the server is killed, the caller exited", fib)
    run(child, "kill 2", r"^kill 2: denied: fiber 2 \(console\) is a kernel fiber", "a kernel fiber cannot be killed")
    run(child, f"kill {nsh_id}", rf"^kill {nsh_id}: failed: that is nsh itself", "nsh does not kill itself")

    # Faults on demand.
    child.send("crash load\r")
    tap.ok(wait_for(child, r"fiber (\d+) \(crash_load\) stopped: load page fault"), "crash load: a fiber faults",
           child.before)
    command(child, "")

    # The ledger, followed.
    child.send("spawn photon\r")
    ok = wait_for(child, r"spawned fiber (\d+)")
    pid = child.match.group(1) if ok else "?"
    wait_for(child, re.escape(PROMPT), 5)
    child.send("ledger 1 -f\r")
    ok = wait_for(child, r"\(following the ledger; press a key to stop\)", 10)
    ok = ok and wait_for(child, rf"stl \d+ t=\d+ fiber={pid} exit code=0", 20)
    tap.ok(ok, "ledger -f shows events as they happen (photon's sleeps, then its exit)", child.before)
    child.send("q")
    tap.ok(wait_for(child, r"\(stopped following\)", 10) and wait_for(child, re.escape(PROMPT), 10),
           "a key stops following", child.before)
    run(child, "uptime", r"^up \d+", "the shell answers after following")
    run(child, "beb", r"^boot error buffer: boot \d+, \d+ records(.|\n)*^beb \d+ boot=\d+ .*fiber=\d+ fault cause=0xd",
        "beb shows the boot error buffer with the fault")

    # Pledges: a widening is refused; after narrowing, a spawn is.
    run(child, "pledge stdio spawn ledger ipc device exec", r"^pledge: denied: a pledge only narrows.*\(NX_ERR_PLEDGE",
        "widening nsh's pledge: denied")
    run(child, "pledge stdio ledger", r"^nsh's pledge is now 0x081 \(stdio ledger\)", "nsh narrows its pledge")
    run(child, "spawn hello", r"^spawn hello: denied: .*\(NX_ERR_PLEDGE\)", "a spawn outside the pledge: denied")
    run(child, "pledge stdio", r"^nsh's pledge is now 0x001", "nsh narrows its pledge to stdio")
    run(child, f"caps {pid}", r"^caps \d+: denied: another fiber's capabilities .*\(NX_ERR_PLEDGE",
        "another fiber's capabilities without the ledger promise: denied")
    run(child, "ledger", r"^ledger: denied: .*\(NX_ERR_PLEDGE", "the ledger without the ledger promise: denied")
    fib = command(child, "fibers")
    tap.ok(re.search(rf"^\s*{nsh_id}\s+\d+\s+nsh\s.*\s0x001\s+4$", fib, re.M) is not None,
           "fibers counts nsh's four refused calls", fib)
    run(child, "poweroff", r"^poweroff: not in nsh: .*shell=kernel", "poweroff is the kernel console's: nsh says so")
    run(child, "uptime", r"^up \d+", "nsh is still up after every refusal")
finally:
    child.close(force=True)


# --- the kernel console as the fallback ----------------------------------------
def fallback(bootargs, want, what):
    c = spawn(KERNEL, bootargs, timeout=60)
    try:
        c.expect_exact(PROMPT)
        boot = c.before.replace("\r", "")
        ok = re.search(want, boot, re.M) is not None
        text = command(c, "help")
        fib = command(c, "fibers")
        row = fiber_row(fib, "console")
        tap.ok(ok and re.search(r"^\s+poweroff\s+power the machine off$", text, re.M) is not None and
               row is not None and row[1] == "kernel" and row[4] == "running", what, boot + text + fib)
        c.send("poweroff\r")
        c.expect(pexpect.EOF, timeout=10)
    except (pexpect.TIMEOUT, pexpect.EOF) as e:
        tap.ok(False, what, f"{type(e).__name__}: {c.before!r}")
    finally:
        c.close(force=True)


fallback("shell=kernel", r"^type 'help' for commands$", "shell=kernel: the kernel console is the console")
fallback("shell=nosuch", r"^shell: cannot start nosuch: no such program or fiber \(NX_ERR_NOENT\); "
         r"the kernel console takes over$", "a missing shell program: the kernel console takes over, saying why")
fallback("shell=hello", r"^shell: hello \(fiber 1\) exited; the kernel console takes over$",
         "the shell program ends: the kernel console takes over")

sys.exit(tap.done())
