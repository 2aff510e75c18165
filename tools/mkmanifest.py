#!/usr/bin/env python3
"""mkmanifest.py: compiles a program's manifest (docs/manifest.md).

    mkmanifest.py SOURCE -o OUT.S [--bin OUT.bin]
    mkmanifest.py --dump FILE

compiles the source form in SOURCE (user/NAME/manifest) to the binary
form and writes OUT.S, an assembler file that puts it in the allocatable,
read-only section .nexus.manifest; a `restore` line becomes an 8-byte
address the linker fills in, so a program whose restore callback does not
exist fails to link.  --bin also writes the bytes themselves (with that
address 0).  --dump prints the manifest of FILE, an ELF program or a
binary manifest, in the source form.  An error in SOURCE is reported as
`SOURCE:LINE: message`, any other as `mkmanifest: message`; both exit 1.
The rules live in manifestfmt.py, shared with mkbundle.py.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import manifestfmt  # noqa: E402
from mkbundle import write_if_changed  # noqa: E402

USAGE = "usage: mkmanifest.py SOURCE -o OUT.S [--bin OUT.bin] | mkmanifest.py --dump FILE"


def dump(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] == b"\x7fELF":
        data = manifestfmt.find_in_elf(data)
    m = manifestfmt.parse(data)
    sys.stdout.write(manifestfmt.to_source(m))


def main(argv):
    args = argv[1:]
    try:
        if len(args) == 2 and args[0] == "--dump":
            dump(args[1])
            return 0
        src = out = bin_out = None
        while args:
            a = args.pop(0)
            if a == "-o" and args:
                out = args.pop(0)
            elif a == "--bin" and args:
                bin_out = args.pop(0)
            elif src is None and not a.startswith("-"):
                src = a
            else:
                raise ValueError(USAGE)
        if src is None or out is None:
            raise ValueError(USAGE)
        with open(src, encoding="utf-8", errors="surrogateescape") as f:
            text = f.read()
        try:
            b, relocs, _ = manifestfmt.compile_source(text)
        except manifestfmt.SourceError as e:
            print("%s:%d: %s" % (src, e.line, e), file=sys.stderr)
            return 1
        write_if_changed(out, manifestfmt.asm(b, relocs, src).encode())
        if bin_out is not None:
            write_if_changed(bin_out, b)
    except (ValueError, OSError) as e:
        print("mkmanifest: %s" % e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
