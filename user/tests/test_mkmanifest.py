#!/usr/bin/env python3
"""test_mkmanifest.py: tools/mkmanifest.py compiles the source form of
docs/manifest.md into the documented bytes (checked byte by byte here),
its assembler output holds the same bytes in section .nexus.manifest, and
every bad source is refused with `FILE:LINE: message` and exit status 1.
Then the Python parser of tools/manifestfmt.py and lib/manifest's C parser
are held to the same verdict on thousands of corrupted manifests (through
build/host/tests/manifest/test_manifest, when it is built; B=build dir).
Prints TAP."""

import os
import struct
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MKMANIFEST = os.path.join(ROOT, "tools", "mkmanifest.py")
sys.path.insert(0, os.path.join(ROOT, "tools"))
import manifestfmt  # noqa: E402

RICH = """\
# every feature of the source form
pledge stdio ipc spawn device ledger rpath wpath inet   # a comment
tier gravity

restart on-fault max 3 backoff 250
restore on_restore
cap console read,write
cap channel send,recv,grant pong badge 0x1234
cap shmem read,write,map ring
cap device read,write,map uart0
cap irq recv uart0
cap spawn exec ping
cap ledger read
cap fs read,write
cap net send,recv eth0 badge 7
"""


def make_elf(sections):
    """A minimal ELF64 little-endian image: a header, the data of each
    (name, data, sh_type) in sections, a name table and section headers."""
    names = b"\0"
    body = bytearray(64)
    hdrs = [(0, 0, 0, 0)]
    for name, data, sh_type in sections:
        hdrs.append((len(names), sh_type, len(body), len(data)))
        names += name.encode() + b"\0"
        body += data
    hdrs.append((len(names), 3, len(body), len(names) + len(b".shstrtab\0")))
    names += b".shstrtab\0"
    body += names
    body += b"\0" * (-len(body) % 8)
    shoff = len(body)
    for name, sh_type, off, size in hdrs:
        body += struct.pack("<IIQQQQIIQQ", name, sh_type, 0, 0, off, size, 0, 0, 1, 0)
    body[:64] = struct.pack("<16sHHIQQQIHHHHHH", b"\x7fELF\x02\x01\x01", 2, 243, 1, 0, 0, shoff, 0, 64, 56, 0,
                            64, len(hdrs), len(hdrs) - 1)
    return bytes(body)


def entry(kind, body):
    return bytes([kind, len(body)]) + body


def rich_bytes():
    """RICH, encoded by hand from docs/manifest.md (restore address 0)."""
    p = manifestfmt.PROMISE
    e = entry(1, struct.pack("<I", p["stdio"] | p["ipc"] | p["spawn"] | p["device"] | p["ledger"] | p["rpath"] |
                             p["wpath"] | p["inet"]))
    e += entry(2, b"\x02") + entry(3, struct.pack("<BBI", 2, 3, 250)) + entry(4, b"\0" * 8 + b"on_restore\0")
    e += entry(5, b"\x01\x00\x03\x00\0")
    e += entry(5, b"\x02\x01\x58\x00" + struct.pack("<Q", 0x1234) + b"pong\0")
    e += entry(5, b"\x03\x00\x07\x00ring\0") + entry(5, b"\x04\x00\x07\x00uart0\0")
    e += entry(5, b"\x05\x00\x10\x00uart0\0") + entry(5, b"\x06\x00\x20\x00ping\0")
    e += entry(5, b"\x07\x00\x01\x00\0") + entry(5, b"\x08\x00\x03\x00\0")
    e += entry(5, b"\x09\x01\x18\x00" + struct.pack("<Q", 7) + b"eth0\0")
    return b"NXMF" + struct.pack("<HH", 1, 8 + len(e)) + e


# (what, source, line, message): each bad source and what it must say.
BASE = "pledge stdio\ntier matter\nrestart never\n"
BAD = [
    ("an unknown keyword", BASE + "caps console write\n", 4, "unknown keyword 'caps'"),
    ("an unknown promise", "pledge stdio proc\ntier matter\nrestart never\n", 1, "unknown promise 'proc'"),
    ("a pledge without stdio", "pledge ipc\ntier matter\nrestart never\n", 1, "pledge without stdio"),
    ("an empty pledge", "pledge\ntier matter\nrestart never\n", 1, "pledge needs promises"),
    ("an unknown tier", "pledge stdio\ntier plasma\nrestart never\n", 2, "unknown tier 'plasma'"),
    ("a tier of two words", "pledge stdio\ntier matter void\nrestart never\n", 2, "tier takes one word"),
    ("two tiers", BASE + "tier void\n", 4, "pledge, tier, restart or restore given twice"),
    ("no tier", "pledge stdio\nrestart never\n", 2, "pledge, tier or restart missing"),
    ("an empty file", "", 1, "pledge, tier or restart missing"),
    ("an unknown policy", "pledge stdio\ntier matter\nrestart sometimes\n", 3, "unknown restart policy"),
    ("on-fault without max", "pledge stdio\ntier matter\nrestart on-fault backoff 5\n", 3,
     "restart count or back-off wrong for the policy"),
    ("never with a count", "pledge stdio\ntier matter\nrestart never max 2\n", 3,
     "restart count or back-off wrong for the policy"),
    ("a back-off above 1 h", "pledge stdio\ntier matter\nrestart always backoff 3600001\n", 3,
     "restart count or back-off wrong for the policy"),
    ("max 256", "pledge stdio\ntier matter\nrestart always max 256\n", 3, "max 256 out of range 0..255"),
    ("a bad number", "pledge stdio\ntier matter\nrestart always max three\n", 3, "max: not a number: 'three'"),
    ("a stray restart word", "pledge stdio\ntier matter\nrestart always forever\n", 3,
     "restart takes 'max N' and 'backoff MS', not 'forever'"),
    ("a restore symbol that is no identifier", BASE + "restore 9lives\n", 4, "restore symbol not a C identifier"),
    ("an unknown capability type", BASE + "cap disk read\n", 4, "unknown capability type 'disk'"),
    ("an unknown right", BASE + "cap console write,exec\n", 4, "rights the capability type does not have"),
    ("a right that does not exist", BASE + "cap console scribble\n", 4, "unknown right 'scribble'"),
    ("a cap without rights", BASE + "cap console\n", 4, "cap needs a type and rights"),
    ("a console with a target", BASE + "cap console write tty0\n", 4, "capability type takes no target name"),
    ("a channel without a target", "pledge stdio ipc\ntier matter\nrestart never\ncap channel send\n", 4,
     "capability type needs a target name"),
    ("badge 0", "pledge stdio ipc\ntier matter\nrestart never\ncap channel send x badge 0\n", 4,
     "badge flag with badge 0"),
    ("a badge without a number", "pledge stdio ipc\ntier matter\nrestart never\ncap channel send x badge\n", 4,
     "unexpected 'badge' after the capability"),
    ("a 32-byte target", "pledge stdio ipc\ntier matter\nrestart never\ncap channel send %s\n" % ("c" * 32), 4,
     "name longer than 31 bytes"),
    ("a non-ASCII target", "pledge stdio ipc\ntier matter\nrestart never\ncap channel send caf\u00e9\n", 4,
     "name with a space or a non-printable byte"),
    ("spawn of a/b", "pledge stdio spawn\ntier matter\nrestart never\ncap spawn exec a/b\n", 4,
     "spawn target not a program name"),
    ("spawn without the promise", BASE + "cap console write\ncap spawn exec ping\n", 5,
     "capability needs a promise the pledge lacks (spawn)"),
    ("fs write without wpath", "pledge stdio rpath\ntier matter\nrestart never\ncap fs read,write\n", 4,
     "capability needs a promise the pledge lacks (rpath wpath)"),
    ("a capability twice", "pledge stdio spawn\ntier matter\nrestart never\ncap spawn exec a\ncap spawn exec a\n",
     5, "two capabilities of one type and target"),
    ("65 capabilities", "pledge stdio ipc\ntier matter\nrestart never\n" +
     "".join("cap channel send c%d\n" % i for i in range(65)), 68, "more than 64 capabilities"),
    ("more than 1 KiB", "pledge stdio ipc\ntier matter\nrestart never\n" +
     "".join("cap channel send %02d%s\n" % (i, "x" * 29) for i in range(30)), 30, "manifest larger than 1 KiB"),
]


def run(args, cwd):
    return subprocess.run([sys.executable, MKMANIFEST] + args, cwd=cwd, capture_output=True, text=True)


def mutations(good):
    """Corrupted copies of good: every byte set to several values, every
    truncation, a byte appended."""
    out = set()
    for i in range(len(good)):
        for v in {0, 1, 2, 6, 0x20, 0x41, 0x7F, 0xFF, good[i] ^ 1, good[i] ^ 0x80, (good[i] + 1) & 0xFF}:
            out.add(good[:i] + bytes([v]) + good[i + 1:])
    for k in range(len(good)):
        out.add(good[:k])
    out.add(good + b"\0")
    return sorted(out)


def code_of(b):
    try:
        manifestfmt.parse(b)
        return 0
    except manifestfmt.ManifestError as e:
        return e.code


def main():
    n = 0
    failed = 0

    def ok(cond, what):
        nonlocal n, failed
        n += 1
        failed += 0 if cond else 1
        print("%sok %d - %s" % ("" if cond else "not ", n, what))
        return cond

    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "rich")
        with open(src, "w") as f:
            f.write(RICH)
        r = run(["rich", "-o", "rich.S", "--bin", "rich.bin"], d)
        ok(r.returncode == 0 and r.stderr == "", "compiles a source with every feature")
        with open(os.path.join(d, "rich.bin"), "rb") as f:
            b = f.read()
        if not ok(b == rich_bytes(), "the bytes are docs/manifest.md's, entry by entry"):
            print("# got  %s\n# want %s" % (b.hex(), rich_bytes().hex()))
        with open(os.path.join(d, "rich.S")) as f:
            s = f.read()
        ok('.section .nexus.manifest, "a", @progbits' in s and "\t.8byte on_restore" in s,
           "the .S puts them in an allocatable .nexus.manifest, the restore address as a relocation")
        obj = os.path.join(d, "rich.o")
        a = subprocess.run(["clang", "--target=riscv64-unknown-elf", "-c", os.path.join(d, "rich.S"), "-o", obj],
                           capture_output=True, text=True)
        if a.returncode == 0:
            with open(obj, "rb") as f:
                ok(manifestfmt.find_in_elf(f.read()) == b, "assembled, the section holds the same bytes")
        else:
            print("# clang: %s" % a.stderr.strip())
            ok(False, "the .S assembles")
        r = run(["--dump", "rich.bin"], d)
        m = manifestfmt.parse(b)
        ok(r.returncode == 0 and manifestfmt.compile_source(r.stdout)[0] == b and m.restore == "on_restore" and
           len(m.caps) == 9 and m.caps[1].badge == 0x1234, "--dump prints a source that compiles to the same bytes")
        with open(os.path.join(d, "prog.elf"), "wb") as f:
            f.write(make_elf([(".text", b"\x13\0\0\0", 1), (".nexus.manifest", b, 1)]))
        r = run(["--dump", "prog.elf"], d)
        ok(r.returncode == 0 and "restore on_restore\n" in r.stdout and "cap net send,recv eth0 badge 0x7" in
           r.stdout, "--dump reads the manifest of an ELF program")

        progs = sorted(p for p in os.listdir(os.path.join(ROOT, "user"))
                       if os.path.isfile(os.path.join(ROOT, "user", p, "manifest")))
        bad = [p for p in progs if run([os.path.join(ROOT, "user", p, "manifest"), "-o", "x.S"], d).returncode]
        ok(progs and not bad, "the %d manifests of user/ compile%s" % (len(progs), " (not %s)" % bad if bad else ""))

        for what, text, line, msg in BAD:
            with open(os.path.join(d, "m"), "w", encoding="utf-8") as f:
                f.write(text)
            r = run(["m", "-o", "m.S"], d)
            want = "m:%d: %s\n" % (line, msg)
            if not ok(r.returncode == 1 and r.stderr.startswith(want[:-1]) and r.stderr.endswith("\n") and
                      r.stderr.count("\n") == 1, "refuses %s: %s" % (what, want.strip())):
                print("# got %r" % r.stderr)
        r = run(["nosuch", "-o", "m.S"], d)
        ok(r.returncode == 1 and r.stderr.startswith("mkmanifest: "), "a missing source: mkmanifest: message, 1")
        r = run(["m"], d)
        ok(r.returncode == 1 and "usage" in r.stderr, "no -o: usage, 1")

        # The C parser and this one agree on every corruption of RICH.
        cases = mutations(rich_bytes())
        codes = [code_of(c) for c in cases]
        ok(len(set(codes)) >= 25, "%d corruptions give %d distinct errors" % (len(cases), len(set(codes))))
        test = os.path.join(ROOT, os.environ.get("B", "build"), "host", "tests", "manifest", "test_manifest")
        if os.access(test, os.X_OK):
            with open(os.path.join(d, "cases"), "w") as f:
                for c, code in zip(cases, codes):
                    f.write("%d %s\n" % (code, c.hex() or "-"))
            r = subprocess.run([test], env=dict(os.environ, NEXUS_MANIFEST_CASES=os.path.join(d, "cases")),
                               capture_output=True, text=True)
            ok(r.returncode == 0, "lib/manifest returns the same code on all %d: %s" %
               (len(cases), r.stdout.strip().splitlines()[-2:] if r.stdout else r.stderr.strip()))
        else:
            print("# %s not built: C/Python comparison skipped" % test)

        elf = make_elf([(".nexus.manifest", b, 1)])
        ok(manifestfmt.find_in_elf(elf) == b, "find_in_elf: a well-formed image")
        for what, image, err in (
                ("not ELF", b"\x7fELG" + elf[4:], "ELF"),
                ("no such section", make_elf([(".rodata", b, 1)]), "NOSECTION"),
                ("two sections", make_elf([(".nexus.manifest", b, 1), (".nexus.manifest", b, 1)]), "DUP_SECTION"),
                ("NOBITS", make_elf([(".nexus.manifest", b, 8)]), "SECTION"),
                ("section headers cut off", elf[:-1], "SHDRS")):
            try:
                manifestfmt.find_in_elf(image)
                got = None
            except manifestfmt.ManifestError as e:
                got = e.name
            ok(got == err, "find_in_elf: %s: MANIFEST_ERR_%s" % (what, err))
    print("1..%d" % n)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
