#!/usr/bin/env python3
"""mkbundle.py: packs user programs into the boot bundle.

    mkbundle.py -o BUNDLE.bin [--asm BUNDLE.S] NAME=FILE ...
    mkbundle.py --list BUNDLE.bin
    mkbundle.py --blake3 FILE

writes BUNDLE.bin in the format of kernel/bundle.h and docs/abi.md (magic
"NXBUNDLE", version 2, a table of 80-byte entries each with the BLAKE3-256
of its file, then each file 8-byte aligned, all little-endian) and, with
--asm, an assembler file that
includes it in section .rodata.bundle between the symbols bundle_start and
bundle_end.  The .S names the bundle by its file name only: assemble it
with -I and the bundle's directory.  Entries keep the order given.  Every
file must be an ELF program with a valid manifest in its .nexus.manifest
section (docs/manifest.md, checked by manifestfmt.py as the kernel's
lib/manifest will at spawn), and every program a manifest lets it spawn
must be in the bundle too.  --list prints the entries of a bundle and
checks their hashes; --blake3 prints the hash of a file.  Exits 1 with a
message on any error.
"""

import os
import re
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import manifestfmt  # noqa: E402

MAGIC = b"NXBUNDLE"
VERSION = 2
HEADER = struct.Struct("<8sIIQII")     # magic, version, count, total size, entry size, reserved
ENTRY = struct.Struct("<32sQQ32s")     # name, offset, size, BLAKE3-256 of the data
MAX_ENTRIES = 64
NAME_RE = re.compile(r"^[A-Za-z0-9_.-]{1,31}$")

assert HEADER.size == 32 and ENTRY.size == 80

# --- BLAKE3 (hash mode, 32-byte output), as specified by its authors. -------
B3_IV = (0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19)
B3_PERM = (2, 6, 3, 10, 7, 0, 4, 13, 1, 11, 12, 5, 9, 14, 15, 8)
B3_CHUNK_START, B3_CHUNK_END, B3_PARENT, B3_ROOT = 1, 2, 4, 8
M32 = 0xFFFFFFFF


def b3_g(v, a, b, c, d, x, y):
    v[a] = (v[a] + v[b] + x) & M32
    t = v[d] ^ v[a]
    v[d] = ((t >> 16) | (t << 16)) & M32
    v[c] = (v[c] + v[d]) & M32
    t = v[b] ^ v[c]
    v[b] = ((t >> 12) | (t << 20)) & M32
    v[a] = (v[a] + v[b] + y) & M32
    t = v[d] ^ v[a]
    v[d] = ((t >> 8) | (t << 24)) & M32
    v[c] = (v[c] + v[d]) & M32
    t = v[b] ^ v[c]
    v[b] = ((t >> 7) | (t << 25)) & M32


def b3_compress(cv, m, counter, block_len, flags):
    """The compression function; returns the 16 output words."""
    v = list(cv) + list(B3_IV[:4]) + [counter & M32, (counter >> 32) & M32, block_len, flags]
    m = list(m)
    for r in range(7):
        b3_g(v, 0, 4, 8, 12, m[0], m[1])
        b3_g(v, 1, 5, 9, 13, m[2], m[3])
        b3_g(v, 2, 6, 10, 14, m[4], m[5])
        b3_g(v, 3, 7, 11, 15, m[6], m[7])
        b3_g(v, 0, 5, 10, 15, m[8], m[9])
        b3_g(v, 1, 6, 11, 12, m[10], m[11])
        b3_g(v, 2, 7, 8, 13, m[12], m[13])
        b3_g(v, 3, 4, 9, 14, m[14], m[15])
        if r < 6:
            m = [m[i] for i in B3_PERM]
    return [v[i] ^ v[i + 8] for i in range(8)] + [v[i + 8] ^ cv[i] for i in range(8)]


def b3_chunk_output(chunk, index):
    """The last compression's inputs for one chunk (not yet compressed)."""
    cv = list(B3_IV)
    blocks = [chunk[i:i + 64] for i in range(0, len(chunk), 64)] or [b""]
    for j, block in enumerate(blocks):
        flags = (B3_CHUNK_START if j == 0 else 0) | (B3_CHUNK_END if j == len(blocks) - 1 else 0)
        words = struct.unpack("<16I", block.ljust(64, b"\0"))
        if j == len(blocks) - 1:
            return (cv, words, index, len(block), flags)
        cv = b3_compress(cv, words, index, 64, flags)[:8]


def b3_subtree(chunks, lo, hi):
    """The output of the subtree over chunks [lo, hi), left-balanced."""
    if hi - lo == 1:
        return b3_chunk_output(chunks[lo], lo)
    left = 1 << ((hi - lo - 1).bit_length() - 1)
    lcv = b3_compress(*b3_subtree(chunks, lo, lo + left))[:8]
    rcv = b3_compress(*b3_subtree(chunks, lo + left, hi))[:8]
    return (list(B3_IV), lcv + rcv, 0, 64, B3_PARENT)


def blake3(data):
    """BLAKE3-256 of data."""
    chunks = [data[i:i + 1024] for i in range(0, len(data), 1024)] or [b""]
    cv, words, counter, block_len, flags = b3_subtree(chunks, 0, len(chunks))
    return struct.pack("<8I", *b3_compress(cv, words, counter, block_len, flags | B3_ROOT)[:8])


def align8(n):
    return (n + 7) & ~7


def build(items):
    if len(items) > MAX_ENTRIES:
        raise ValueError("%d programs, at most %d" % (len(items), MAX_ENTRIES))
    names = set()
    for name, data in items:
        if not NAME_RE.match(name):
            raise ValueError("bad program name %r: 1..31 of [A-Za-z0-9_.-]" % name)
        if name in names:
            raise ValueError("program %r given twice" % name)
        if not data:
            raise ValueError("program %r is empty" % name)
        names.add(name)
    for name, data in items:
        try:
            m = manifestfmt.parse(manifestfmt.find_in_elf(data))
        except manifestfmt.ManifestError as e:
            raise ValueError("program %r: manifest: %s (MANIFEST_ERR_%s)" % (name, e, e.name))
        for c in m.caps:
            if c.type == manifestfmt.CAP_SPAWN and c.name not in names:
                raise ValueError("program %r: its manifest lets it spawn %r, which is not in the bundle" %
                                 (name, c.name))
    off = HEADER.size + ENTRY.size * len(items)
    table = b""
    blobs = b""
    for name, data in items:
        table += ENTRY.pack(name.encode(), off, len(data), blake3(data))
        padded = data + b"\0" * (align8(len(data)) - len(data))
        blobs += padded
        off += len(padded)
    header = HEADER.pack(MAGIC, VERSION, len(items), off, ENTRY.size, 0)
    return header + table + blobs


def asm(bin_name):
    return "\n".join([
        "/* Generated by tools/mkbundle.py; do not edit.  The boot bundle. */",
        '\t.section .rodata.bundle, "a"',
        "\t.p2align 3",
        "\t.globl bundle_start",
        "\t.type bundle_start, @object",
        "bundle_start:",
        '\t.incbin "%s"' % bin_name,
        "\t.globl bundle_end",
        "\t.type bundle_end, @object",
        "bundle_end:",
        "\t.size bundle_start, bundle_end - bundle_start",
        "",
    ])


def list_bundle(path):
    with open(path, "rb") as f:
        b = f.read()
    magic, version, count, total, esize, _ = HEADER.unpack_from(b, 0)
    if magic != MAGIC or version != VERSION or total != len(b) or esize != ENTRY.size:
        raise ValueError("%s: not a version %d bundle" % (path, VERSION))
    print("%s: %d programs, %d bytes" % (path, count, total))
    for i in range(count):
        name, off, size, digest = ENTRY.unpack_from(b, HEADER.size + i * ENTRY.size)
        check = "ok" if blake3(b[off:off + size]) == digest else "MISMATCH"
        print("  %-31s offset %8d  size %8d  blake3 %s (%s)" % (name.rstrip(b"\0").decode(), off, size,
                                                            digest.hex()[:16], check))


def write_if_changed(path, data):
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return
    except FileNotFoundError:
        pass
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def main(argv):
    args = argv[1:]
    try:
        if len(args) == 2 and args[0] == "--list":
            list_bundle(args[1])
            return 0
        if len(args) == 2 and args[0] == "--blake3":
            with open(args[1], "rb") as f:
                print(blake3(f.read()).hex())
            return 0
        out = s_out = None
        items = []
        while args:
            a = args.pop(0)
            if a == "-o" and args:
                out = args.pop(0)
            elif a == "--asm" and args:
                s_out = args.pop(0)
            elif "=" in a and not a.startswith("-"):
                name, path = a.split("=", 1)
                with open(path, "rb") as f:
                    items.append((name, f.read()))
            else:
                raise ValueError("usage: mkbundle.py -o BUNDLE.bin [--asm BUNDLE.S] NAME=FILE ...")
        if out is None:
            raise ValueError("no -o BUNDLE.bin")
        data = build(items)
        with open(out + ".tmp", "wb") as f:
            f.write(data)
        os.replace(out + ".tmp", out)
        if s_out is not None:
            write_if_changed(s_out, asm(os.path.basename(out)).encode())
    except (ValueError, OSError, struct.error) as e:
        print("mkbundle: %s" % e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
