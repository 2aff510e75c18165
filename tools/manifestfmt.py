"""manifestfmt.py: the program manifest for the host tools.

The one Python implementation of the format of docs/manifest.md, shared by
tools/mkmanifest.py (which compiles the source form) and tools/mkbundle.py
(which refuses a program without a valid manifest).  It mirrors
lib/manifest/manifest.c rule for rule and error for error: parse() checks
the binary form in the same order and raises ManifestError with the same
code and sentence as manifest_parse(); find_in_elf() is
manifest_find_in_elf().  compile_source() turns the source form into
entries and leaves every rule about them to parse(), so that a rule exists
once on this side.  Start reading at parse().
"""

import re
import struct

MAGIC = b"NXMF"
VERSION = 1
HEADER = struct.Struct("<4sHH")        # magic, version, total length
HEADER_SIZE = 8
SIZE_MAX = 1024
CAPS_MAX = 64
NAME_MAX = 31
SECTION = ".nexus.manifest"
BACKOFF_MAX_MS = 3600000

ENTRY_PLEDGE, ENTRY_TIER, ENTRY_RESTART, ENTRY_RESTORE, ENTRY_CAP = 1, 2, 3, 4, 5
REQUIRED = (ENTRY_PLEDGE, ENTRY_TIER, ENTRY_RESTART)

PROMISES = ["stdio", "rpath", "wpath", "inet", "exec", "spawn", "device", "ledger", "ipc"]
PROMISE = {name: 1 << i for i, name in enumerate(PROMISES)}
PROMISE_ALL = (1 << len(PROMISES)) - 1
TIERS = ["photon", "matter", "gravity", "void"]
POLICIES = ["never", "always", "on-fault"]
RIGHTS = ["read", "write", "map", "send", "recv", "exec", "grant"]
RIGHT = {name: 1 << i for i, name in enumerate(RIGHTS)}
CAP_F_BADGE = 0x01

NAME_NONE, NAME_NEEDED, NAME_OPTIONAL = 0, 1, 2


def _rights(*names):
    return sum(RIGHT[n] for n in names)


# type: (name, rights it may carry, target name rule, promise its use needs)
CAP_TYPES = {
    1: ("console", _rights("read", "write", "grant"), NAME_NONE, PROMISE["stdio"]),
    2: ("channel", _rights("send", "recv", "grant"), NAME_NEEDED, PROMISE["ipc"]),
    3: ("shmem", _rights("read", "write", "map", "grant"), NAME_NEEDED, PROMISE["ipc"]),
    4: ("device", _rights("read", "write", "map", "grant"), NAME_NEEDED, PROMISE["device"]),
    5: ("irq", _rights("recv", "grant"), NAME_NEEDED, PROMISE["device"]),
    6: ("spawn", _rights("exec", "grant"), NAME_NEEDED, PROMISE["spawn"]),
    7: ("ledger", _rights("read", "grant"), NAME_NONE, PROMISE["ledger"]),
    8: ("fs", _rights("read", "write", "grant"), NAME_OPTIONAL, 0),
    9: ("net", _rights("send", "recv", "grant"), NAME_OPTIONAL, PROMISE["inet"]),
}
CAP_TYPE = {v[0]: k for k, v in CAP_TYPES.items()}
CAP_SPAWN, CAP_FS = CAP_TYPE["spawn"], CAP_TYPE["fs"]

# code: (name, sentence): the MANIFEST_ERR_* codes and manifest_strerror().
ERRORS = {
    -1: ("TRUNCATED", "manifest truncated"),
    -2: ("MAGIC", "not a manifest (bad magic)"),
    -3: ("VERSION", "unknown manifest version"),
    -4: ("LENGTH", "manifest length below the header size"),
    -5: ("TOOBIG", "manifest larger than 1 KiB"),
    -6: ("TRAILING", "bytes after the manifest's length"),
    -7: ("OVERRUN", "an entry runs past the manifest's end"),
    -8: ("KIND", "unknown entry kind"),
    -9: ("ENTRY_SIZE", "entry size wrong for its kind"),
    -10: ("DUPLICATE", "pledge, tier, restart or restore given twice"),
    -11: ("MISSING", "pledge, tier or restart missing"),
    -12: ("PROMISE", "unknown promise in the pledge"),
    -13: ("NOSTDIO", "pledge without stdio"),
    -14: ("TIER", "unknown tier"),
    -15: ("POLICY", "unknown restart policy"),
    -16: ("RESTART", "restart count or back-off wrong for the policy"),
    -17: ("SYMBOL", "restore symbol not a C identifier"),
    -18: ("CAP_TYPE", "unknown capability type"),
    -19: ("CAP_FLAGS", "unknown capability flags"),
    -20: ("NO_RIGHTS", "capability without rights"),
    -21: ("RIGHTS", "rights the capability type does not have"),
    -22: ("BADGE", "badge flag with badge 0"),
    -23: ("NAME_NUL", "name not NUL-terminated"),
    -24: ("NAME_LONG", "name longer than 31 bytes"),
    -25: ("NAME_CHARS", "name with a space or a non-printable byte"),
    -26: ("NAME_NEEDED", "capability type needs a target name"),
    -27: ("NAME_EXTRA", "capability type takes no target name"),
    -28: ("PROGRAM", "spawn target not a program name"),
    -29: ("TOOMANY", "more than 64 capabilities"),
    -30: ("DUP_CAP", "two capabilities of one type and target"),
    -31: ("UNPLEDGED", "capability needs a promise the pledge lacks"),
    -32: ("ELF", "not a little-endian ELF64 image"),
    -33: ("SHDRS", "section headers malformed or outside the image"),
    -34: ("NOSECTION", "no .nexus.manifest section"),
    -35: ("DUP_SECTION", "two .nexus.manifest sections"),
    -36: ("SECTION", "manifest section outside the image"),
}
ERR = {name: code for code, (name, _) in ERRORS.items()}

IDENT_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
PROGRAM_RE = re.compile(r"^[A-Za-z0-9_.-]+$")


class ManifestError(ValueError):
    """A MANIFEST_ERR_* failure; entry is the index of the entry at fault."""

    def __init__(self, name, entry=None):
        self.code = ERR[name]
        self.name = name
        self.entry = entry
        super().__init__(ERRORS[self.code][1])


class Cap:
    def __init__(self, type, rights, name="", badge=None):
        self.type, self.rights, self.name, self.badge = type, rights, name, badge


class Manifest:
    """A parsed manifest: what struct manifest holds."""

    def __init__(self):
        self.pledge = self.tier = self.restart = self.restart_max = self.backoff_ms = 0
        self.restore = None        # the symbol, or None
        self.restore_addr = 0
        self.caps = []


def cap_promises(type, rights):
    """The promises a capability of type with rights needs to be used."""
    if type != CAP_FS:
        return CAP_TYPES[type][3]
    p = (PROMISE["rpath"] if rights & RIGHT["read"] else 0) | (PROMISE["wpath"] if rights & RIGHT["write"] else 0)
    return p or PROMISE["rpath"]


def _name(field):
    """The name in a name field (name, NUL); raises the NAME_* errors."""
    if not field or field[-1] != 0:
        raise ManifestError("NAME_NUL")
    if len(field) - 1 > NAME_MAX:
        raise ManifestError("NAME_LONG")
    if any(c < 0x21 or c > 0x7E for c in field[:-1]):
        raise ManifestError("NAME_CHARS")
    return field[:-1].decode("ascii")


def _entry_cap(body, m):
    if len(body) < 4:
        raise ManifestError("ENTRY_SIZE")
    type, flags, rights = struct.unpack_from("<BBH", body)
    if type not in CAP_TYPES:
        raise ManifestError("CAP_TYPE")
    _, valid, target, _ = CAP_TYPES[type]
    if flags & ~CAP_F_BADGE:
        raise ManifestError("CAP_FLAGS")
    fixed = 12 if flags & CAP_F_BADGE else 4
    if len(body) < fixed:
        raise ManifestError("ENTRY_SIZE")
    if rights == 0:
        raise ManifestError("NO_RIGHTS")
    if rights & ~valid:
        raise ManifestError("RIGHTS")
    badge = struct.unpack_from("<Q", body, 4)[0] if fixed == 12 else None
    if badge == 0:
        raise ManifestError("BADGE")
    name = _name(body[fixed:])
    if target == NAME_NEEDED and not name:
        raise ManifestError("NAME_NEEDED")
    if target == NAME_NONE and name:
        raise ManifestError("NAME_EXTRA")
    if type == CAP_SPAWN and not PROGRAM_RE.match(name):
        raise ManifestError("PROGRAM")
    if len(m.caps) == CAPS_MAX:
        raise ManifestError("TOOMANY")
    if any(c.type == type and c.name == name for c in m.caps):
        raise ManifestError("DUP_CAP")
    m.caps.append(Cap(type, rights, name, badge))


def _entry(kind, body, m):
    if kind == ENTRY_PLEDGE:
        if len(body) != 4:
            raise ManifestError("ENTRY_SIZE")
        m.pledge = struct.unpack("<I", body)[0]
        if m.pledge & ~PROMISE_ALL:
            raise ManifestError("PROMISE")
        if not m.pledge & PROMISE["stdio"]:
            raise ManifestError("NOSTDIO")
    elif kind == ENTRY_TIER:
        if len(body) != 1:
            raise ManifestError("ENTRY_SIZE")
        m.tier = body[0]
        if m.tier >= len(TIERS):
            raise ManifestError("TIER")
    elif kind == ENTRY_RESTART:
        if len(body) != 6:
            raise ManifestError("ENTRY_SIZE")
        m.restart, m.restart_max, m.backoff_ms = struct.unpack("<BBI", body)
        if m.restart >= len(POLICIES):
            raise ManifestError("POLICY")
        never = m.restart == POLICIES.index("never")
        if (never and (m.restart_max or m.backoff_ms)) or (m.restart == POLICIES.index("on-fault") and
                                                           not m.restart_max) or m.backoff_ms > BACKOFF_MAX_MS:
            raise ManifestError("RESTART")
    elif kind == ENTRY_RESTORE:
        if len(body) < 8:
            raise ManifestError("ENTRY_SIZE")
        m.restore_addr = struct.unpack_from("<Q", body)[0]
        m.restore = _name(body[8:])
        if not IDENT_RE.match(m.restore):
            raise ManifestError("SYMBOL")
    else:
        _entry_cap(body, m)


def parse(b):
    """Parses bytes b, exactly one manifest; returns a Manifest or raises
    ManifestError (with .entry set for an error in an entry)."""
    b = bytes(b)
    if len(b) < HEADER_SIZE:
        raise ManifestError("TRUNCATED")
    magic, version, size = HEADER.unpack_from(b)
    if magic != MAGIC:
        raise ManifestError("MAGIC")
    if version != VERSION:
        raise ManifestError("VERSION")
    if size < HEADER_SIZE:
        raise ManifestError("LENGTH")
    if size > SIZE_MAX:
        raise ManifestError("TOOBIG")
    if len(b) != size:
        raise ManifestError("TRUNCATED" if len(b) < size else "TRAILING")
    m = Manifest()
    seen = set()
    kinds = []                  # entry index -> kind
    off = HEADER_SIZE
    while off < size:
        index = len(kinds)
        if size - off < 2 or b[off + 1] > size - off - 2:
            raise ManifestError("OVERRUN", index)
        kind, n = b[off], b[off + 1]
        kinds.append(kind)
        if kind == 0 or kind > ENTRY_CAP:
            raise ManifestError("KIND", index)
        if kind != ENTRY_CAP:
            if kind in seen:
                raise ManifestError("DUPLICATE", index)
            seen.add(kind)
        try:
            _entry(kind, b[off + 2:off + 2 + n], m)
        except ManifestError as e:
            e.entry = index
            raise
        off += 2 + n
    if not all(k in seen for k in REQUIRED):
        raise ManifestError("MISSING")
    cap_entries = [i for i, k in enumerate(kinds) if k == ENTRY_CAP]
    for i, c in enumerate(m.caps):
        if cap_promises(c.type, c.rights) & ~m.pledge:
            raise ManifestError("UNPLEDGED", cap_entries[i])
    return m


def find_in_elf(e):
    """The bytes of the .nexus.manifest section of ELF64 image e; raises
    ManifestError as manifest_find_in_elf() fails."""
    e = bytes(e)
    if len(e) < 64 or e[:4] != b"\x7fELF" or e[4] != 2 or e[5] != 1:
        raise ManifestError("ELF")
    shoff, = struct.unpack_from("<Q", e, 40)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", e, 58)
    if shnum == 0 or shstrndx == 0:
        raise ManifestError("NOSECTION")
    if shentsize != 64 or shoff > len(e) or (len(e) - shoff) // 64 < shnum or shstrndx >= shnum:
        raise ManifestError("SHDRS")

    def data(i):
        sh_type, = struct.unpack_from("<I", e, shoff + 64 * i + 4)
        off, size = struct.unpack_from("<QQ", e, shoff + 64 * i + 24)
        ok = sh_type != 8 and off <= len(e) and size <= len(e) - off   # not SHT_NOBITS
        return e[off:off + size] if ok else None

    strtab = data(shstrndx)
    if strtab is None:
        raise ManifestError("SHDRS")
    want = SECTION.encode() + b"\0"
    found = None
    for i in range(shnum):
        name, = struct.unpack_from("<I", e, shoff + 64 * i)
        if name >= len(strtab):
            raise ManifestError("SHDRS")
        if strtab[name:name + len(want)] != want:
            continue
        if found is not None:
            raise ManifestError("DUP_SECTION")
        found = data(i)
        if found is None:
            raise ManifestError("SECTION")
    if found is None:
        raise ManifestError("NOSECTION")
    return found


# --- The source form. -------------------------------------------------------

class SourceError(ValueError):
    """An error in a source file, at a line (1-based)."""

    def __init__(self, line, msg):
        self.line = line
        super().__init__(msg)


def _number(word, line, what, limit):
    try:
        v = int(word, 0)
    except ValueError:
        raise SourceError(line, "%s: not a number: %r" % (what, word))
    if v < 0 or v > limit:
        raise SourceError(line, "%s %d out of range 0..%d" % (what, v, limit))
    return v


def _pick(word, names, line, what):
    if word not in names:
        raise SourceError(line, "unknown %s %r (one of: %s)" % (what, word, " ".join(names)))
    return names.index(word) if isinstance(names, list) else names[word]


def _src_name(word):
    return word.encode("utf-8", "surrogateescape") + b"\0"


def _src_restart(words, line):
    policy = _pick(words[0], POLICIES, line, "restart policy") if words else None
    if policy is None:
        raise SourceError(line, "restart needs a policy (one of: %s)" % " ".join(POLICIES))
    opts = {"max": 0, "backoff": 0}
    rest = words[1:]
    while rest:
        if rest[0] not in opts or len(rest) < 2:
            raise SourceError(line, "restart takes 'max N' and 'backoff MS', not %r" % " ".join(rest))
        opts[rest[0]] = _number(rest[1], line, rest[0], 255 if rest[0] == "max" else 0xFFFFFFFF)
        rest = rest[2:]
    return struct.pack("<BBI", policy, opts["max"], opts["backoff"])


def _src_cap(words, line):
    if len(words) < 2:
        raise SourceError(line, "cap needs a type and rights: cap TYPE RIGHT[,RIGHT...] [TARGET] [badge N]")
    type = _pick(words[0], CAP_TYPE, line, "capability type")
    rights = 0
    for r in words[1].split(","):
        rights |= _pick(r, RIGHT, line, "right")
    rest = words[2:]
    target = ""
    if rest and rest[0] != "badge":
        target = rest.pop(0)
    badge = None
    if rest[:1] == ["badge"] and len(rest) == 2:
        badge = _number(rest[1], line, "badge", (1 << 64) - 1)
        rest = []
    if rest:
        raise SourceError(line, "unexpected %r after the capability" % " ".join(rest))
    head = struct.pack("<BBH", type, CAP_F_BADGE if badge is not None else 0, rights)
    return head + (struct.pack("<Q", badge) if badge is not None else b"") + _src_name(target)


def _src_entry(key, words, line):
    """(kind, body, restore symbol or None) of one source line."""
    if key == "pledge":
        if not words:
            raise SourceError(line, "pledge needs promises (stdio at least)")
        mask = 0
        for w in words:
            mask |= _pick(w, PROMISE, line, "promise")
        return ENTRY_PLEDGE, struct.pack("<I", mask), None
    if key == "tier" and len(words) == 1:
        return ENTRY_TIER, bytes([_pick(words[0], TIERS, line, "tier")]), None
    if key == "restart":
        return ENTRY_RESTART, _src_restart(words, line), None
    if key == "restore" and len(words) == 1:
        return ENTRY_RESTORE, b"\0" * 8 + _src_name(words[0]), words[0]
    if key == "cap":
        return ENTRY_CAP, _src_cap(words, line), None
    if key in ("tier", "restore"):
        raise SourceError(line, "%s takes one word" % key)
    raise SourceError(line, "unknown keyword %r (pledge, tier, restart, restore, cap)" % key)


def compile_source(text):
    """Compiles the source form in text.  Returns (manifest bytes, relocs,
    Manifest), relocs being [(offset, symbol)] of the 8-byte addresses the
    linker fills in.  Raises SourceError with the line at fault."""
    entries = []                # (line, kind, body, symbol)
    lines = text.split("\n")
    for i, raw in enumerate(lines, 1):
        words = raw.split("#", 1)[0].split()
        if not words:
            continue
        kind, body, sym = _src_entry(words[0], words[1:], i)
        if len(body) > 255:
            raise SourceError(i, "entry longer than 255 bytes: " + ERRORS[ERR["NAME_LONG"]][1])
        entries.append((i, kind, body, sym))
    out = b""
    relocs = []
    eof = max(1, len(lines) - (1 if text.endswith("\n") else 0))
    for line, kind, body, sym in entries:
        if sym is not None:
            relocs.append((HEADER_SIZE + len(out) + 2, sym))
        out += bytes([kind, len(body)]) + body
        if HEADER_SIZE + len(out) > SIZE_MAX:
            raise SourceError(line, ERRORS[ERR["TOOBIG"]][1])
    b = HEADER.pack(MAGIC, VERSION, HEADER_SIZE + len(out)) + out
    try:
        m = parse(b)
    except ManifestError as e:
        where = entries[e.entry][0] if e.entry is not None else eof
        raise SourceError(where, str(e) + _detail(e, entries))
    return b, relocs, m


def _detail(e, entries):
    if e.name == "MISSING":
        return ": a manifest needs pledge, tier and restart lines"
    if e.name == "UNPLEDGED":
        body = entries[e.entry][2]
        need = cap_promises(body[0], struct.unpack_from("<H", body, 2)[0])
        return " (%s)" % " ".join(p for p in PROMISES if need & PROMISE[p])
    return ""


def to_source(m):
    """The source form of Manifest m (restore addresses are not part of it)."""
    out = ["pledge " + " ".join(p for p in PROMISES if m.pledge & PROMISE[p]), "tier " + TIERS[m.tier]]
    r = "restart " + POLICIES[m.restart]
    r += " max %d" % m.restart_max if m.restart_max else ""
    r += " backoff %d" % m.backoff_ms if m.backoff_ms else ""
    out.append(r)
    if m.restore is not None:
        out.append("restore " + m.restore)
    for c in m.caps:
        line = "cap %s %s" % (CAP_TYPES[c.type][0], ",".join(r for r in RIGHTS if c.rights & RIGHT[r]))
        line += " " + c.name if c.name else ""
        line += " badge %#x" % c.badge if c.badge is not None else ""
        out.append(line)
    return "\n".join(out) + "\n"


def asm(b, relocs, src_name):
    """An assembler file putting manifest bytes b in section .nexus.manifest,
    with each reloc's 8 bytes as the address of its symbol."""
    lines = ["/* Generated by tools/mkmanifest.py from %s; do not edit. */" % src_name,
             '\t.section %s, "a", @progbits' % SECTION,
             "\t.p2align 3"]
    pos = 0
    for off, sym in relocs + [(len(b), None)]:
        for i in range(pos, off, 16):
            lines.append("\t.byte " + ", ".join("0x%02x" % c for c in b[i:min(i + 16, off)]))
        if sym is not None:
            lines.append("\t.8byte %s" % sym)
            off += 8
        pos = off
    return "\n".join(lines) + "\n"
