#!/usr/bin/env python3
"""test_mkbundle.py: tools/mkbundle.py writes the format of kernel/bundle.h
(checked field by field here; kernel/tests/test_bundle.c checks the real
bundle with the kernel's own parser and lib/crypto's BLAKE3), its BLAKE3
matches the official vectors (from $NEXUS_VECTORS, default
../shared/vectors), and it refuses what the kernel would, programs
without a valid manifest included.  Prints TAP."""

import json
import os
import struct
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MKBUNDLE = os.path.join(ROOT, "tools", "mkbundle.py")
sys.path.insert(0, os.path.join(ROOT, "tools"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import manifestfmt  # noqa: E402
import mkbundle  # noqa: E402
from test_mkmanifest import make_elf  # noqa: E402


def program(manifest_src, size, section=".nexus.manifest"):
    """A fake ELF program of about size bytes carrying a compiled manifest."""
    man = manifestfmt.compile_source(manifest_src)[0]
    return make_elf([(".text", b"\x13" * size, 1), (section, man, 1)])


MAN = "pledge stdio\ntier matter\nrestart never\n"


def run(args, cwd):
    return subprocess.run([sys.executable, MKBUNDLE] + args, cwd=cwd, capture_output=True, text=True)


def main():
    n = 0
    failed = 0

    def ok(cond, what):
        nonlocal n, failed
        n += 1
        failed += 0 if cond else 1
        print("%sok %d - %s" % ("" if cond else "not ", n, what))

    with tempfile.TemporaryDirectory() as d:
        files = {"a": program(MAN, 5), "bb": program(MAN + "cap console write\n", 8),
                 "c.c-c_9": program("pledge stdio spawn\ntier void\nrestart always\ncap spawn exec a\n", 13)}
        for name, data in files.items():
            with open(os.path.join(d, name + ".elf"), "wb") as f:
                f.write(data)
        args = ["-o", "b.bin", "--asm", "b.S"] + ["%s=%s.elf" % (k, k) for k in files]
        r = run(args, d)
        ok(r.returncode == 0, "packs three files")
        with open(os.path.join(d, "b.bin"), "rb") as f:
            b = f.read()
        magic, version, count, total, esize, res = struct.unpack_from("<8sIIQII", b, 0)
        ok(magic == b"NXBUNDLE" and version == 2 and count == 3 and esize == 80 and res == 0,
           "header: magic, version 2, count 3, entry size 80")
        ok(total == len(b) and len(b) % 8 == 0, "total size recorded, a multiple of 8")
        good = True
        prev_end = 32 + 80 * 3
        for i, (name, data) in enumerate(files.items()):
            raw, off, size, digest = struct.unpack_from("<32sQQ32s", b, 32 + 80 * i)
            good = good and raw == name.encode().ljust(32, b"\0") and off % 8 == 0 and off >= prev_end
            good = good and size == len(data) and b[off:off + size] == data and digest == mkbundle.blake3(data)
            prev_end = off + size
        ok(good, "entries in order: NUL-padded names, 8-aligned offsets, sizes, data, hashes")
        with open(os.path.join(d, "b.S")) as f:
            s = f.read()
        ok('.incbin "b.bin"' in s and "bundle_start:" in s and "bundle_end:" in s and ".rodata.bundle" in s,
           "the .S includes the bundle by file name between bundle_start and bundle_end")
        r = run(["--list", "b.bin"], d)
        ok(r.returncode == 0 and "3 programs" in r.stdout and "c.c-c_9" in r.stdout, "--list shows the entries")
        for what, extra in (("a bad name", ["x/y=a.elf"]), ("a 32-byte name", ["%s=a.elf" % ("n" * 32)]),
                            ("a duplicate", ["a=a.elf", "a=bb.elf"]), ("a missing file", ["z=zz.elf"])):
            r = run(["-o", "x.bin"] + extra, d)
            ok(r.returncode == 1 and r.stderr.startswith("mkbundle: "), "refuses %s" % what)
        open(os.path.join(d, "empty.elf"), "wb").close()
        r = run(["-o", "x.bin", "e=empty.elf"], d)
        ok(r.returncode == 1, "refuses an empty program")
        bad = {"not an ELF file": (b"A" * 100, "ELF"),
               "no manifest section": (program(MAN, 4, ".rodata"), "NOSECTION"),
               "an invalid manifest": (make_elf([(".nexus.manifest", b"NXMF\x01\x00\x08\x00", 1)]), "MISSING"),
               "a truncated manifest": (make_elf([(".nexus.manifest", b"NXMF\x01\x00\x09\x00", 1)]),
                                        "TRUNCATED")}
        for what, (data, err) in bad.items():
            with open(os.path.join(d, "bad.elf"), "wb") as f:
                f.write(data)
            r = run(["-o", "x.bin", "a=a.elf", "bad=bad.elf"], d)
            ok(r.returncode == 1 and r.stderr.startswith("mkbundle: program 'bad': manifest: ") and
               ("MANIFEST_ERR_%s" % err) in r.stderr, "refuses a program with %s: MANIFEST_ERR_%s" % (what, err))
        r = run(["-o", "x.bin", "c.c-c_9=c.c-c_9.elf"], d)
        ok(r.returncode == 1 and "lets it spawn 'a', which is not in the bundle" in r.stderr,
           "refuses a program that may spawn one not in the bundle")
        r = run(["-o", "x.bin"] + ["p%d=a.elf" % i for i in range(65)], d)
        ok(r.returncode == 1, "refuses 65 programs")
        r = run(["-o", "x.bin"], d)
        with open(os.path.join(d, "x.bin"), "rb") as f:
            ok(r.returncode == 0 and f.read() == struct.pack("<8sIIQII", b"NXBUNDLE", 2, 0, 32, 80, 0),
               "an empty bundle is a bare header")
    ok(mkbundle.blake3(b"").hex() == "af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262",
       "BLAKE3 of the empty string")
    vectors = os.path.join(os.environ.get("NEXUS_VECTORS", os.path.join(ROOT, "..", "shared", "vectors")),
                           "blake3", "test_vectors.json")
    if os.path.isfile(vectors):
        with open(vectors) as f:
            cases = json.load(f)["cases"]
        bad = [c["input_len"] for c in cases
               if mkbundle.blake3(bytes(i % 251 for i in range(c["input_len"]))).hex() != c["hash"][:64]]
        ok(not bad, "BLAKE3 matches the %d official test vectors%s" % (len(cases), " (not %s)" % bad if bad else ""))
    else:
        print("# %s not found: BLAKE3 vectors skipped" % vectors)
    print("1..%d" % n)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
