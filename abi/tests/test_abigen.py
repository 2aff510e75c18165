#!/usr/bin/env python3
"""test_abigen.py: tools/abigen.py accepts abi/nexus.abi and refuses
malformed sources with a message naming the line.  Prints TAP."""

import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ABIGEN = os.path.join(ROOT, "tools", "abigen.py")

GOOD = """abi 1
error INVAL -1 "bad"
error PLEDGE -2 "not pledged"
const MAX 16 "a maximum"
const PROMISE_STDIO 1 "the basics"
struct pair 16 "two words"
	field u64 a "first"
	field u32 b "second"
	field u32 c "third"
end
syscall 0 write "writes"
	promise STDIO
	arg buf in len "bytes"
	arg len len MAX "count"
	ret "bytes written"
end
"""

# (what, replace this, with this): each makes GOOD malformed.
BAD = [
    ("an unknown keyword", "abi 1", "abi 1\nfrobnicate 3"),
    ("a non-negative error", "error INVAL -1", "error INVAL 1"),
    ("a duplicate name", 'const MAX 16 "a maximum"', 'const MAX 16 "a maximum"\nconst MAX 17'),
    ("a wrong struct size", "struct pair 16", "struct pair 24"),
    ("a field needing padding", "field u32 b", "field u8 b"),
    ("an unknown argument kind", "arg len len MAX", "arg len size MAX"),
    ("a pointer without its length", "arg buf in len", "arg buf in count"),
    ("a len without a maximum", "arg len len MAX", "arg len len"),
    ("a len that is no pointer's", "arg buf in len \"bytes\"", "arg buf u64 \"bytes\""),
    ("a block without end", "ret \"bytes written\"\nend", "ret \"bytes written\""),
    ("a duplicate syscall number", "syscall 0 write", "syscall 0 read\n\tpromise STDIO\nend\nsyscall 0 write"),
    ("seven argument registers", "arg len len MAX \"count\"",
     "arg len len MAX\n\targ c u64\n\targ d u64\n\targ e u64\n\targ f u64\n\targ g u64"),
    ("a msg not starting at a1", "arg len len MAX \"count\"", "arg len len MAX\n\targ m msg"),
    ("no abi line", "abi 1", ""),
    ("a bad number", "const MAX 16", "const MAX 1x6"),
    ("a call without a promise", "\tpromise STDIO\n", ""),
    ("an unknown promise", "promise STDIO", "promise FLY"),
    ("a promise without error PLEDGE", 'error PLEDGE -2 "not pledged"', ""),
]


def run(text, outdir):
    src = os.path.join(outdir, "t.abi")
    with open(src, "w", encoding="utf-8") as f:
        f.write(text)
    return subprocess.run([sys.executable, ABIGEN, src, os.path.join(outdir, "gen")],
                          capture_output=True, text=True)


def main():
    n = 0
    failed = 0

    def ok(cond, what):
        nonlocal n, failed
        n += 1
        failed += 0 if cond else 1
        print("%sok %d - %s" % ("" if cond else "not ", n, what))

    with tempfile.TemporaryDirectory() as d:
        r = subprocess.run([sys.executable, ABIGEN, os.path.join(ROOT, "abi", "nexus.abi"), d],
                           capture_output=True, text=True)
        ok(r.returncode == 0, "abi/nexus.abi generates")
        names = ["include/nexus/abi.h", "include/nexus/abi_desc.h", "kernel/syscall_gen.h",
                 "kernel/syscall_gen.c", "user/nexus/sys.h", "tests/syscall_record.c"]
        ok(all(os.path.isfile(os.path.join(d, x)) for x in names), "all six files are written")
        before = os.stat(os.path.join(d, names[0])).st_mtime_ns
        subprocess.run([sys.executable, ABIGEN, os.path.join(ROOT, "abi", "nexus.abi"), d], check=True)
        ok(os.stat(os.path.join(d, names[0])).st_mtime_ns == before, "an unchanged file is not rewritten")
        r = run(GOOD, d)
        ok(r.returncode == 0, "a minimal source generates")
        for what, old, new in BAD:
            assert old in GOOD, what
            r = run(GOOD.replace(old, new, 1), d)
            ok(r.returncode == 1 and "t.abi" in r.stderr, "refuses %s: %s" % (what, r.stderr.strip()))
    print("1..%d" % n)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
