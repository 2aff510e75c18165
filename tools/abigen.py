#!/usr/bin/env python3
"""abigen.py: generates the syscall ABI's C files from abi/nexus.abi.

    abigen.py ABI_FILE OUTDIR

writes, under OUTDIR (the build's gen/ directory):

    include/nexus/abi.h       numbers, errors, constants, structures with
                              static assertions; freestanding, for kernel,
                              user programs and host tools (and assembler)
    include/nexus/abi_desc.h  a table describing every call's arguments, for
                              tests, fuzzers and tracing tools
    kernel/syscall_gen.h      one handler prototype per call, the dispatcher
                              and fiber_uaccess_ok(), which the kernel provides
    kernel/syscall_gen.c      the dispatcher: decode and check every argument,
                              then invoke the handler
    tests/syscall_record.c    recording handlers for host tests of the dispatcher
    user/nexus/sys.h          static inline ecall stubs nx_<name>()

The input format is described at the top of abi/nexus.abi and in docs/abi.md.
A file is rewritten only when its contents change, so make does not rebuild
what did not change.  Any error in the input names the line and exits 1.
"""

import os
import shlex
import sys

ARG_KINDS = ("u64", "i64", "slot", "len", "in", "out", "msg")
FIELD_TYPES = {"u8": 1, "u16": 2, "u32": 4, "u64": 8, "i32": 4, "i64": 8, "char": 1}
C_FIELD = {"u8": "uint8_t", "u16": "uint16_t", "u32": "uint32_t", "u64": "uint64_t",
           "i32": "int32_t", "i64": "int64_t", "char": "char"}
REGS = ("a0", "a1", "a2", "a3", "a4", "a5")


class AbiError(Exception):
    pass


class Abi:
    def __init__(self):
        self.version = None
        self.errors = []    # (name, value, doc)
        self.consts = []    # (name, value, doc)
        self.structs = []   # dict(name, size, doc, fields=[(type, name, count, doc)])
        self.syscalls = []  # dict(nr, name, doc, args=[dict], ret, noreturn, reply)
        self.names = set()


def parse_int(word, where):
    try:
        return int(word, 0)
    except ValueError:
        raise AbiError("%s: not a number: %r" % (where, word)) from None


def c_string(text):
    """text as the inside of a C string literal."""
    return text.replace("\\", "\\\\").replace('"', '\\"')


def split_doc(words):
    """Returns (words without a trailing description, description)."""
    if len(words) >= 1 and words[-1].startswith("\x00"):
        return words[:-1], words[-1][1:]
    return words, ""


def tokenize(line):
    """Splits a line into words; a quoted word becomes NUL + text."""
    lex = shlex.shlex(line, posix=False)
    lex.whitespace_split = True
    lex.commenters = "#"
    out = []
    for tok in lex:
        if len(tok) >= 2 and tok[0] == '"' and tok[-1] == '"':
            out.append("\x00" + tok[1:-1])
        else:
            out.append(tok)
    return out


def parse(path):
    abi = Abi()
    block = None
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for no, raw in enumerate(lines, 1):
        where = "%s:%d" % (path, no)
        try:
            words = tokenize(raw)
        except ValueError as e:
            raise AbiError("%s: %s" % (where, e)) from None
        if not words:
            continue
        words, doc = split_doc(words)
        if any(w.startswith("\x00") for w in words):
            raise AbiError("%s: a description must be the last word" % where)
        kw, rest = words[0], words[1:]
        if block is not None:
            kind, obj = block
            if kw == "end" and not rest:
                finish_block(abi, kind, obj, where)
                block = None
            elif kind == "struct" and kw == "field" and len(rest) in (2, 3):
                if rest[0] not in FIELD_TYPES:
                    raise AbiError("%s: unknown field type %r" % (where, rest[0]))
                count = parse_int(rest[2], where) if len(rest) == 3 else 0
                if len(rest) == 3 and count < 1:
                    raise AbiError("%s: array count must be >= 1" % where)
                if rest[0] == "char" and count == 0:
                    raise AbiError("%s: a char field must be an array" % where)
                obj["fields"].append((rest[0], rest[1], count, doc))
            elif kind == "syscall" and kw == "arg" and len(rest) in (2, 3):
                if rest[1] not in ARG_KINDS:
                    raise AbiError("%s: unknown argument kind %r" % (where, rest[1]))
                obj["args"].append({"name": rest[0], "kind": rest[1],
                                    "param": rest[2] if len(rest) == 3 else None,
                                    "doc": doc, "where": where})
            elif kind == "syscall" and kw == "ret" and not rest:
                obj["ret"] = doc
            elif kind == "syscall" and kw == "noreturn" and not rest:
                obj["noreturn"] = True
            elif kind == "syscall" and kw == "reply" and rest == ["msg"]:
                obj["reply"] = True
            elif kind == "syscall" and kw == "promise" and len(rest) == 1:
                obj["promise"] = rest[0]
            else:
                raise AbiError("%s: unexpected %r inside %s %s" % (where, kw, kind, obj["name"]))
            continue
        if kw == "abi" and len(rest) == 1:
            abi.version = parse_int(rest[0], where)
        elif kw in ("error", "const") and len(rest) == 2:
            name, value = rest[0], parse_int(rest[1], where)
            check_name(abi, name, where)
            if kw == "error":
                if value >= 0:
                    raise AbiError("%s: error %s must be negative" % (where, name))
                if any(v == value for _, v, _ in abi.errors):
                    raise AbiError("%s: error value %d used twice" % (where, value))
                abi.errors.append((name, value, doc))
            else:
                if not -(1 << 63) <= value < (1 << 64):
                    raise AbiError("%s: %s does not fit in 64 bits" % (where, name))
                abi.consts.append((name, value, doc))
        elif kw == "struct" and len(rest) == 2:
            block = ("struct", {"name": rest[0], "size": parse_int(rest[1], where),
                                "doc": doc, "fields": [], "where": where})
        elif kw == "syscall" and len(rest) == 2:
            block = ("syscall", {"nr": parse_int(rest[0], where), "name": rest[1], "doc": doc,
                                 "args": [], "ret": "", "noreturn": False, "reply": False,
                                 "promise": None, "where": where})
        else:
            raise AbiError("%s: cannot parse %r" % (where, raw.strip()))
    if block is not None:
        raise AbiError("%s: %s %s has no end" % (path, block[0], block[1]["name"]))
    if abi.version is None:
        raise AbiError("%s: no 'abi VERSION' line" % path)
    if not abi.syscalls:
        raise AbiError("%s: no syscalls" % path)
    abi.syscalls.sort(key=lambda s: s["nr"])
    return abi


def check_name(abi, name, where):
    if not name.replace("_", "").isalnum() or not name[0].isalpha():
        raise AbiError("%s: bad name %r" % (where, name))
    if name in abi.names:
        raise AbiError("%s: %s defined twice" % (where, name))
    abi.names.add(name)


def const_value(abi, word, where):
    for name, value, _ in abi.consts:
        if name == word:
            return value
    return parse_int(word, where)


def finish_block(abi, kind, obj, where):
    if kind == "struct":
        check_name(abi, "struct_" + obj["name"], where)
        off = 0
        layout = []
        for ftype, fname, count, doc in obj["fields"]:
            size = FIELD_TYPES[ftype]
            if off % size:
                raise AbiError("%s: field %s.%s at offset %d needs padding; add it explicitly"
                               % (where, obj["name"], fname, off))
            layout.append((ftype, fname, count, doc, off))
            off += size * max(count, 1)
        if off != obj["size"]:
            raise AbiError("%s: struct %s is %d bytes, declared %d" % (where, obj["name"], off, obj["size"]))
        if off % 8:
            raise AbiError("%s: struct %s size must be a multiple of 8" % (where, obj["name"]))
        obj["layout"] = layout
        abi.structs.append(obj)
        return
    s = obj
    check_name(abi, "sys_" + s["name"], where)
    if not 0 <= s["nr"] < 4096:
        raise AbiError("%s: syscall number %d out of range" % (where, s["nr"]))
    if any(o["nr"] == s["nr"] for o in abi.syscalls):
        raise AbiError("%s: syscall number %d used twice" % (where, s["nr"]))
    regs = 0
    names = [a["name"] for a in s["args"]]
    if len(set(names)) != len(names):
        raise AbiError("%s: %s has two arguments with one name" % (where, s["name"]))
    for i, a in enumerate(s["args"]):
        w = a["where"]
        a["reg"] = regs
        if a["kind"] == "msg":
            if i != len(s["args"]) - 1 or regs != 1:
                raise AbiError("%s: msg must be the last argument and start at a1" % w)
            regs += 5
        else:
            regs += 1
        if a["kind"] in ("in", "out"):
            if a["param"] not in names:
                raise AbiError("%s: %s names no length argument %r" % (w, a["name"], a["param"]))
            la = s["args"][names.index(a["param"])]
            if la["kind"] != "len":
                raise AbiError("%s: %s's length %s is not of kind len" % (w, a["name"], la["name"]))
            a["lenarg"] = names.index(a["param"])
        elif a["kind"] == "len":
            if a["param"] is None:
                raise AbiError("%s: len %s needs a maximum" % (w, a["name"]))
            a["max"] = const_value(abi, a["param"], w)
            a["maxname"] = a["param"] if not a["param"][0].isdigit() else None
        elif a["kind"] == "u64":
            if a["param"] is not None:
                a["max"] = const_value(abi, a["param"], w)
                a["maxname"] = a["param"] if not a["param"][0].isdigit() else None
        elif a["param"] is not None:
            raise AbiError("%s: kind %s takes no parameter" % (w, a["kind"]))
    for a in s["args"]:
        if a["kind"] == "len" and not any(b.get("lenarg") == a["reg"] for b in s["args"]
                                          if b["kind"] in ("in", "out")):
            raise AbiError("%s: len %s belongs to no pointer" % (a["where"], a["name"]))
    if regs > 6:
        raise AbiError("%s: %s needs %d registers, at most 6" % (where, s["name"], regs))
    if s["noreturn"] and s["reply"]:
        raise AbiError("%s: a noreturn call cannot reply" % where)
    # Every call belongs to one pledge class (docs/pledge.md).
    if s["promise"] is None:
        raise AbiError("%s: %s has no promise line" % (where, s["name"]))
    if not any(c[0] == "PROMISE_" + s["promise"] for c in abi.consts):
        raise AbiError("%s: %s's promise %s is no const PROMISE_%s" % (where, s["name"], s["promise"],
                                                                       s["promise"]))
    if not any(e[0] == "PLEDGE" for e in abi.errors):
        raise AbiError("%s: a promise needs error PLEDGE" % where)
    abi.syscalls.append(s)


# --- Output helpers. ---------------------------------------------------------

def c_value(v):
    if v < 0:
        return "(%d)" % v
    if v > 0x7fffffff:
        return "NX_U64(0x%x)" % v
    return "%d" % v


def max_expr(a):
    return "NX_" + a["maxname"] if a.get("maxname") else c_value(a["max"])


def comment_lines(text, indent=""):
    return ["%s/* %s */" % (indent, text)] if text else []


def header(what, source):
    return ["/*",
            " * %s: generated by tools/abigen.py from %s; do not edit." % (what, source),
            " */"]


def write_if_changed(path, lines):
    text = "\n".join(lines) + "\n"
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    except FileNotFoundError:
        pass
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def gen_abi_h(abi, src):
    out = header("nexus/abi.h", src)
    out += ["/*",
            " * The Nexus system call ABI: call numbers, error codes, constants and",
            " * the structures calls exchange.  Freestanding (only <stdint.h> and",
            " * <stddef.h>); the numbers and constants are also usable from assembler.",
            " * A call: a7 = NX_SYS_*, arguments in a0..a5, ecall, result in a0;",
            " * a negative result is an NX_ERR_* code.",
            " */",
            "#pragma once",
            "",
            "#ifdef __ASSEMBLER__",
            "#define NX_U64(x) x",
            "#else",
            "#define NX_U64(x) x##ull",
            "#endif",
            "",
            "#define NX_ABI_VERSION %d" % abi.version,
            "",
            "/* Errors: 0 is success, every error is negative. */",
            "#define NX_OK 0"]
    for name, value, doc in abi.errors:
        out.append("#define NX_ERR_%s %s%s" % (name, c_value(value), "\t/* %s */" % doc if doc else ""))
    out.append("#define NX_ERR_MIN (%d)\t/* the most negative error code */" % min(v for _, v, _ in abi.errors))
    out += ["", "/* Constants. */"]
    for name, value, doc in abi.consts:
        out.append("#define NX_%s %s%s" % (name, c_value(value), "\t/* %s */" % doc if doc else ""))
    maxlen = max(a["max"] for s in abi.syscalls for a in s["args"] if a["kind"] == "len")
    out.append("#define NX_LEN_MAX %s\t/* the largest length any call accepts */" % c_value(maxlen))
    out += ["", "/* System call numbers. */"]
    for s in abi.syscalls:
        out.append("#define NX_SYS_%s %d\t/* %s */" % (s["name"].upper(), s["nr"], s["doc"]))
    out.append("#define NX_SYS_COUNT %d\t/* numbers are below this */" % (abi.syscalls[-1]["nr"] + 1))
    out += ["", "#ifndef __ASSEMBLER__", "", "#include <stddef.h>", "#include <stdint.h>", ""]
    for st in abi.structs:
        out += comment_lines(st["doc"])
        out.append("struct nx_%s {" % st["name"])
        for ftype, fname, count, doc, off in st["layout"]:
            arr = "[%d]" % count if count else ""
            out.append("\t%s %s%s;\t/* %d: %s */" % (C_FIELD[ftype], fname, arr, off, doc))
        out.append("};")
        out.append('_Static_assert(sizeof(struct nx_%s) == %d, "struct nx_%s size");'
                   % (st["name"], st["size"], st["name"]))
        for ftype, fname, count, doc, off in st["layout"]:
            out.append('_Static_assert(offsetof(struct nx_%s, %s) == %d, "struct nx_%s.%s offset");'
                       % (st["name"], fname, off, st["name"], fname))
        out.append("")
    out += ["/* The name of an error code (\"NX_ERR_FAULT\"), or NULL if it is not one. */",
            "static inline const char *",
            "nx_err_name(int64_t err)",
            "{",
            "\tswitch (err) {",
            '\tcase NX_OK:',
            '\t\treturn "NX_OK";']
    for name, value, doc in abi.errors:
        out += ["\tcase NX_ERR_%s:" % name, '\t\treturn "NX_ERR_%s";' % name]
    out += ["\tdefault:", "\t\treturn NULL;", "\t}", "}", "",
            "/* What an error code means (its description in nexus.abi), or NULL. */",
            "static inline const char *",
            "nx_err_text(int64_t err)",
            "{",
            "\tswitch (err) {",
            '\tcase NX_OK:',
            '\t\treturn "success";']
    for name, value, doc in abi.errors:
        out += ["\tcase NX_ERR_%s:" % name, '\t\treturn "%s";' % c_string(doc)]
    out += ["\tdefault:", "\t\treturn NULL;", "\t}", "}", "",
            "/* The name of a call (\"console_write\"), or NULL if there is none. */",
            "static inline const char *",
            "nx_sys_name(uint64_t nr)",
            "{",
            "\tswitch (nr) {"]
    for s in abi.syscalls:
        out += ["\tcase NX_SYS_%s:" % s["name"].upper(), '\t\treturn "%s";' % s["name"]]
    out += ["\tdefault:", "\t\treturn NULL;", "\t}", "}", "", "#endif /* !__ASSEMBLER__ */"]
    return out


KIND_ENUM = {"u64": "NX_ARG_U64", "i64": "NX_ARG_I64", "slot": "NX_ARG_SLOT",
             "len": "NX_ARG_LEN", "in": "NX_ARG_IN", "out": "NX_ARG_OUT", "msg": "NX_ARG_MSG"}


def gen_desc_h(abi, src):
    out = header("nexus/abi_desc.h", src)
    out += ["/*",
            " * A description of every system call's arguments, for tests, fuzzers",
            " * and tools that decode calls.  Argument i is in register a<i>; a msg",
            " * argument takes a1..a5.  max[] holds the largest value accepted for",
            " * u64 (when bounded) and len arguments; lenarg[] names the length",
            " * argument of a pointer.",
            " */",
            "#pragma once",
            "",
            "#include <nexus/abi.h>",
            "",
            "enum nx_arg_kind {",
            "\tNX_ARG_NONE = 0,"]
    out += ["\t%s," % KIND_ENUM[k] for k in ARG_KINDS]
    out += ["};",
            "",
            "#define NX_SYSF_NORETURN 0x1\t/* the call does not return */",
            "#define NX_SYSF_REPLY 0x2\t/* a1..a5 hold a struct nx_msg on return */",
            "",
            "struct nx_sys_desc {",
            "\tconst char *name;",
            "\tuint8_t nargs;\t\t/* registers used, a0.. */",
            "\tuint8_t flags;\t\t/* NX_SYSF_* */",
            "\tuint8_t kind[6];\t/* enum nx_arg_kind per register */",
            "\tuint8_t lenarg[6];\t/* for in/out: the register holding the length */",
            "\tuint64_t max[6];\t/* for u64 and len: the largest accepted value */",
            "\tuint32_t promise;\t/* the NX_PROMISE_* the caller must hold */",
            "};",
            "",
            "/* The description of call nr, or NULL if there is no such call. */",
            "static inline const struct nx_sys_desc *",
            "nx_sys_desc(uint64_t nr)",
            "{",
            "\tstatic const struct nx_sys_desc table[NX_SYS_COUNT] = {"]
    for s in abi.syscalls:
        kinds = ["NX_ARG_NONE"] * 6
        lens = ["0"] * 6
        maxes = ["0"] * 6
        nregs = 0
        for a in s["args"]:
            r = a["reg"]
            if a["kind"] == "msg":
                for k in range(r, r + 5):
                    kinds[k] = "NX_ARG_MSG"
                    maxes[k] = "NX_U64(0xffffffffffffffff)"
                nregs = r + 5
                continue
            kinds[r] = KIND_ENUM[a["kind"]]
            nregs = r + 1
            if a["kind"] in ("in", "out"):
                lens[r] = str(a["lenarg"])
            if a["kind"] == "slot":
                maxes[r] = "(NX_CSPACE_SLOTS - 1)"
            elif a["kind"] in ("len", "u64") and "max" in a:
                maxes[r] = max_expr(a)
            else:
                maxes[r] = "NX_U64(0xffffffffffffffff)"
        flags = []
        if s["noreturn"]:
            flags.append("NX_SYSF_NORETURN")
        if s["reply"]:
            flags.append("NX_SYSF_REPLY")
        out += ["\t\t[NX_SYS_%s] = {" % s["name"].upper(),
                '\t\t\t.name = "%s",' % s["name"],
                "\t\t\t.nargs = %d," % nregs,
                "\t\t\t.flags = %s," % (" | ".join(flags) or "0"),
                "\t\t\t.kind = { %s }," % ", ".join(kinds),
                "\t\t\t.lenarg = { %s }," % ", ".join(lens),
                "\t\t\t.max = { %s }," % ", ".join(maxes),
                "\t\t\t.promise = NX_PROMISE_%s," % s["promise"],
                "\t\t},"]
    out += ["\t};",
            "",
            "\tif (nr >= NX_SYS_COUNT || table[nr].name == NULL)",
            "\t\treturn NULL;",
            "\treturn &table[nr];",
            "}"]
    return out


def kernel_param(a):
    k = a["kind"]
    if k == "u64" or k == "len":
        return "uint64_t %s" % a["name"]
    if k == "i64":
        return "int64_t %s" % a["name"]
    if k == "slot":
        return "uint32_t %s" % a["name"]
    if k == "in":
        return "const void *%s" % a["name"]
    if k == "out":
        return "void *%s" % a["name"]
    return "const struct nx_msg *%s" % a["name"]


def kernel_proto(s):
    params = ["struct fiber *self"] + [kernel_param(a) for a in s["args"]]
    return "int64_t sys_%s(%s)" % (s["name"], ", ".join(params))


def gen_kernel_h(abi, src):
    out = header("syscall_gen.h", src)
    out += ["/*",
            " * The kernel's side of the system call ABI.  syscall_dispatch() decodes",
            " * a call and runs one sys_<name>() handler, which the kernel implements.",
            " * By the time a handler runs, every user pointer it receives has passed",
            " * fiber_uaccess_ok() for its full length, every length is within the",
            " * call's maximum, every bounded value is in range and every slot is",
            " * below NX_CSPACE_SLOTS; nothing has changed state yet.  A handler returns a value",
            " * >= 0 or an NX_ERR_* code; that becomes the caller's a0.  Handlers of",
            " * calls marked \"reply msg\" also write a1..a5 (the reply) into the",
            " * caller's saved registers, when the call completes.",
            " */",
            "#pragma once",
            "",
            "#include <nexus/abi.h>",
            "#include <stdbool.h>",
            "#include <stdint.h>",
            "",
            "struct fiber;",
            "",
            "/*",
            " * Whether the len bytes at user address addr are mapped in f's address",
            " * space, user-accessible, and writable when write is true.  Provided by",
            " * the kernel.  Must not fault for any addr and len (addr + len may wrap).",
            " */",
            "bool fiber_uaccess_ok(struct fiber *f, uint64_t addr, uint64_t len, bool write);",
            "",
            "/*",
            " * Call nr of f needed promise, which its pledge lacks: logs and counts",
            " * the refusal and returns NX_ERR_PLEDGE.  Provided by the kernel.",
            " */",
            "int64_t fiber_pledge_refused(struct fiber *f, uint32_t promise, uint64_t nr);",
            "",
            "/*",
            " * Decodes call nr with arguments a[0..5] (the caller's a0..a5) for self,",
            " * whose pledge is the NX_PROMISE_* bits given, checks them, then invokes",
            " * the handler.  Returns the handler's result, NX_ERR_NOSYS for an unknown",
            " * nr, or the error of the first failed check.",
            " */",
            "int64_t syscall_dispatch(struct fiber *self, uint32_t pledge, uint64_t nr, const uint64_t a[6]);",
            "",
            "/* Handlers, one per call. */"]
    for s in abi.syscalls:
        out.append("%s;\t/* %s */" % (kernel_proto(s), s["doc"]))
    return out


def gen_kernel_c(abi, src):
    out = header("syscall_gen.c", src)
    out += ["/*",
            " * The system call dispatcher: decode, then invoke.  For each call the",
            " * checks run in this order, and the first that fails is returned with",
            " * no handler run: the caller's pledge (NX_ERR_PLEDGE), lengths against",
            " * their maxima (NX_ERR_TOOBIG), bounded",
            " * values (NX_ERR_INVAL), slots (NX_ERR_BADSLOT), then every user",
            " * pointer for its full length (NX_ERR_FAULT).",
            " */",
            '#include "syscall_gen.h"',
            ""]
    for s in abi.syscalls:
        name = s["name"]
        out += ["static int64_t", "decode_%s(struct fiber *self, uint32_t pledge, const uint64_t a[6])" % name,
                "{"]
        uses_a = bool(s["args"])
        if not uses_a:
            out.append("\t(void)a;")
        p = "NX_PROMISE_%s" % s["promise"]
        body = ["\tif ((pledge & %s) != %s)" % (p, p),
                "\t\treturn fiber_pledge_refused(self, %s, NX_SYS_%s);" % (p, name.upper())]
        for a in s["args"]:
            r = a["reg"]
            if a["kind"] == "len" and a["max"] < (1 << 64) - 1:
                body += ["\tif (a[%d] > %s)" % (r, max_expr(a)), "\t\treturn NX_ERR_TOOBIG;"]
        for a in s["args"]:
            r = a["reg"]
            if a["kind"] == "u64" and "max" in a and a["max"] < (1 << 64) - 1:
                body += ["\tif (a[%d] > %s)" % (r, max_expr(a)), "\t\treturn NX_ERR_INVAL;"]
            elif a["kind"] == "slot":
                body += ["\tif (a[%d] >= NX_CSPACE_SLOTS)" % r, "\t\treturn NX_ERR_BADSLOT;"]
        for a in s["args"]:
            r = a["reg"]
            if a["kind"] in ("in", "out"):
                body += ["\tif (!fiber_uaccess_ok(self, a[%d], a[%d], %s))"
                         % (r, a["lenarg"], "true" if a["kind"] == "out" else "false"),
                         "\t\treturn NX_ERR_FAULT;"]
        msg = [a for a in s["args"] if a["kind"] == "msg"]
        if msg:
            body = ["\tconst struct nx_msg m = { a[1], { a[2], a[3], a[4], a[5] } };", ""] + body
        out += body
        if body:
            out.append("")
        params = ["self"]
        for a in s["args"]:
            r = a["reg"]
            k = a["kind"]
            if k in ("u64", "len"):
                params.append("a[%d]" % r)
            elif k == "i64":
                params.append("(int64_t)a[%d]" % r)
            elif k == "slot":
                params.append("(uint32_t)a[%d]" % r)
            elif k == "in":
                params.append("(const void *)(uintptr_t)a[%d]" % r)
            elif k == "out":
                params.append("(void *)(uintptr_t)a[%d]" % r)
            else:
                params.append("&m")
        out += ["\treturn sys_%s(%s);" % (name, ", ".join(params)), "}", ""]
    out += ["int64_t",
            "syscall_dispatch(struct fiber *self, uint32_t pledge, uint64_t nr, const uint64_t a[6])",
            "{",
            "\tswitch (nr) {"]
    for s in abi.syscalls:
        out += ["\tcase NX_SYS_%s:" % s["name"].upper(), "\t\treturn decode_%s(self, pledge, a);" % s["name"]]
    out += ["\tdefault:", "\t\treturn NX_ERR_NOSYS;", "\t}", "}"]
    return out


def user_param(s, a):
    k = a["kind"]
    if k in ("u64", "len"):
        return "uint64_t %s" % a["name"]
    if k == "i64":
        return "int64_t %s" % a["name"]
    if k == "slot":
        return "uint32_t %s" % a["name"]
    if k == "in":
        return "const void *%s" % a["name"]
    if k == "out":
        return "void *%s" % a["name"]
    return "%sstruct nx_msg *%s" % ("" if s["reply"] else "const ", a["name"])


def user_value(a):
    k = a["kind"]
    if k in ("in", "out"):
        return "(uint64_t)(uintptr_t)%s" % a["name"]
    return "(uint64_t)%s" % a["name"]


def gen_user_h(abi, src):
    out = header("nexus/sys.h", src)
    out += ["/*",
            " * System call stubs for user programs: nx_<name>() puts the call number",
            " * in a7 and the arguments in a0..a5, executes ecall and returns a0, a",
            " * value >= 0 or an NX_ERR_* code.  A msg argument travels in a1..a5.",
            " * Calls that reply with a message (chan_call, chan_recv) store a1..a5",
            " * back into *m or *out when they return.",
            " */",
            "#pragma once",
            "",
            "#include <nexus/abi.h>",
            "#include <stdint.h>",
            "",
            "/* Any call, raw: for tests that pass arbitrary numbers and arguments. */",
            "static inline int64_t",
            "nx_syscall6(uint64_t nr, uint64_t x0, uint64_t x1, uint64_t x2, uint64_t x3, uint64_t x4,",
            "    uint64_t x5)",
            "{",
            '\tregister uint64_t a0 __asm__("a0") = x0;',
            '\tregister uint64_t a1 __asm__("a1") = x1;',
            '\tregister uint64_t a2 __asm__("a2") = x2;',
            '\tregister uint64_t a3 __asm__("a3") = x3;',
            '\tregister uint64_t a4 __asm__("a4") = x4;',
            '\tregister uint64_t a5 __asm__("a5") = x5;',
            '\tregister uint64_t a7 __asm__("a7") = nr;',
            "",
            '\t__asm__ volatile("ecall" : "+r"(a0), "+r"(a1), "+r"(a2), "+r"(a3), "+r"(a4), "+r"(a5)',
            '\t    : "r"(a7) : "memory");',
            "\treturn (int64_t)a0;",
            "}",
            ""]
    for s in abi.syscalls:
        name = s["name"]
        params = [user_param(s, a) for a in s["args"]]
        reply_param = None
        if s["reply"] and not any(a["kind"] == "msg" for a in s["args"]):
            reply_param = "out"
            params.append("struct nx_msg *out")
        out += comment_lines("%s%s" % (s["doc"], " Returns " + s["ret"] + "." if s["ret"] else ""))
        if s["noreturn"]:
            out += ["__attribute__((noreturn)) static inline void"]
        else:
            out += ["static inline int64_t"]
        out += ["nx_%s(%s)" % (name, ", ".join(params) or "void"), "{"]
        regs = {}
        for a in s["args"]:
            if a["kind"] == "msg":
                m = a["name"]
                regs[1] = "%s->tag" % m
                for k in range(4):
                    regs[2 + k] = "%s->w[%d]" % (m, k)
            else:
                regs[a["reg"]] = user_value(a)
        used = 6 if s["reply"] else (max(regs) + 1 if regs else 0)
        for r in range(used):
            out.append('\tregister uint64_t %s __asm__("%s") = %s;' % (REGS[r], REGS[r], regs.get(r, "0")))
        if not used:
            out.append('\tregister uint64_t a0 __asm__("a0");')
        out.append('\tregister uint64_t a7 __asm__("a7") = NX_SYS_%s;' % name.upper())
        out.append("")
        if s["reply"]:
            outs = ", ".join('"+r"(%s)' % r for r in REGS)
            ins = '"r"(a7)'
        else:
            outs = '"+r"(a0)' if used else '"=r"(a0)'
            ins = ", ".join(['"r"(%s)' % REGS[r] for r in range(1, used)] + ['"r"(a7)'])
        if s["noreturn"]:
            out += ['\t__asm__ volatile("ecall" : %s : %s : "memory");' % (outs, ins),
                    "\tfor (;;)", "\t\t;", "}", ""]
            continue
        out.append('\t__asm__ volatile("ecall" : %s : %s : "memory");' % (outs, ins))
        if s["reply"]:
            dst = reply_param or [a["name"] for a in s["args"] if a["kind"] == "msg"][0]
            out += ["\tif ((int64_t)a0 >= 0) {",
                    "\t\t%s->tag = a1;" % dst,
                    "\t\t%s->w[0] = a2;" % dst,
                    "\t\t%s->w[1] = a3;" % dst,
                    "\t\t%s->w[2] = a4;" % dst,
                    "\t\t%s->w[3] = a5;" % dst,
                    "\t}"]
        out += ["\treturn (int64_t)a0;", "}", ""]
    return out


def gen_record_c(abi, src):
    out = header("syscall_record.c", src)
    out += ["/*",
            " * Handlers for host tests of the dispatcher: each records that it ran,",
            " * which call it was and the arguments it received (pointers as",
            " * addresses, a message as its five words), and returns 0.",
            " */",
            '#include "syscall_gen.h"',
            "",
            "extern uint64_t syscall_record_nr;",
            "extern unsigned long syscall_record_count;",
            "extern uint64_t syscall_record_args[6];",
            "uint64_t syscall_record_nr;",
            "unsigned long syscall_record_count;",
            "uint64_t syscall_record_args[6];",
            ""]
    for s in abi.syscalls:
        out += ["int64_t", kernel_proto(s).replace("int64_t ", "", 1), "{", "	(void)self;",
                "	syscall_record_nr = NX_SYS_%s;" % s["name"].upper(),
                "	syscall_record_count++;"]
        for a in s["args"]:
            r = a["reg"]
            if a["kind"] == "msg":
                out.append("	syscall_record_args[%d] = %s->tag;" % (r, a["name"]))
                for k in range(4):
                    out.append("	syscall_record_args[%d] = %s->w[%d];" % (r + 1 + k, a["name"], k))
            elif a["kind"] in ("in", "out"):
                out.append("	syscall_record_args[%d] = (uint64_t)(uintptr_t)%s;" % (r, a["name"]))
            else:
                out.append("	syscall_record_args[%d] = (uint64_t)%s;" % (r, a["name"]))
        out += ["	return 0;", "}", ""]
    return out


def main(argv):
    if len(argv) != 3:
        print("usage: abigen.py ABI_FILE OUTDIR", file=sys.stderr)
        return 2
    src, outdir = argv[1], argv[2]
    try:
        abi = parse(src)
    except (AbiError, OSError) as e:
        print("abigen: %s" % e, file=sys.stderr)
        return 1
    name = os.path.basename(src)
    write_if_changed(os.path.join(outdir, "include/nexus/abi.h"), gen_abi_h(abi, name))
    write_if_changed(os.path.join(outdir, "include/nexus/abi_desc.h"), gen_desc_h(abi, name))
    write_if_changed(os.path.join(outdir, "kernel/syscall_gen.h"), gen_kernel_h(abi, name))
    write_if_changed(os.path.join(outdir, "kernel/syscall_gen.c"), gen_kernel_c(abi, name))
    write_if_changed(os.path.join(outdir, "user/nexus/sys.h"), gen_user_h(abi, name))
    write_if_changed(os.path.join(outdir, "tests/syscall_record.c"), gen_record_c(abi, name))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
