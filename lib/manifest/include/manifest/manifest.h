/*
 * manifest.h: the program manifest, parsed from untrusted bytes.
 *
 * Every user program carries a manifest in an ELF section of its own,
 * ".nexus.manifest": the capabilities it needs, its initial pledge, its
 * Spectrum tier, its restart policy and, optionally, its restore callback.
 * docs/manifest.md is the specification; in short (little-endian):
 *
 *   offset  size  header, 8 bytes
 *        0     4  magic "NXMF"
 *        4     2  version, 1
 *        6     2  total length in bytes, header included, 8..1024
 *        8        entries, each [u8 kind][u8 size][size bytes], to the end
 *
 *   kind 1 PLEDGE   u32 promise mask (MANIFEST_PROMISE_*), STDIO set
 *   kind 2 TIER     u8 tier (MANIFEST_TIER_* = NX_TIER_*)
 *   kind 3 RESTART  u8 policy, u8 max restarts, u32 back-off in ms
 *   kind 4 RESTORE  u64 address (filled in by the linker), symbol + NUL
 *   kind 5 CAP      u8 type, u8 flags, u16 rights, [u64 badge], name + NUL
 *
 * PLEDGE, TIER and RESTART appear exactly once, RESTORE at most once, CAP
 * 0..64 times.  manifest_parse() checks everything and fills a
 * caller-provided struct manifest that copies every name, so the result
 * does not point into the buffer.  manifest_find_in_elf() locates the
 * section in an ELF64 image.  Both read only with byte loads inside the
 * bounds they are given and return a distinct MANIFEST_ERR_* code for each
 * way the input can be wrong.  Freestanding: lib/base only, no globals.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define MANIFEST_MAGIC       "NXMF"
#define MANIFEST_VERSION     1
#define MANIFEST_HEADER_SIZE 8
#define MANIFEST_SIZE_MAX    1024 /* whole manifest, header included */
#define MANIFEST_CAPS_MAX    64   /* a CSpace has 64 slots */
#define MANIFEST_NAME_MAX    31   /* bytes of a name, without its NUL */
#define MANIFEST_SECTION     ".nexus.manifest"

/* Entry kinds. */
#define MANIFEST_ENTRY_PLEDGE  1
#define MANIFEST_ENTRY_TIER    2
#define MANIFEST_ENTRY_RESTART 3
#define MANIFEST_ENTRY_RESTORE 4
#define MANIFEST_ENTRY_CAP     5

/* Promises of the pledge mask (docs/manifest.md says what each allows). */
#define MANIFEST_PROMISE_STDIO  0x001 /* always: console, time, sleep, yield, exit */
#define MANIFEST_PROMISE_RPATH  0x002 /* read the filesystem */
#define MANIFEST_PROMISE_WPATH  0x004 /* write the filesystem */
#define MANIFEST_PROMISE_INET   0x008 /* the network service */
#define MANIFEST_PROMISE_EXEC   0x010 /* replace the own image */
#define MANIFEST_PROMISE_SPAWN  0x020 /* start programs */
#define MANIFEST_PROMISE_DEVICE 0x040 /* device MMIO and interrupts */
#define MANIFEST_PROMISE_LEDGER 0x080 /* read the ledger */
#define MANIFEST_PROMISE_IPC    0x100 /* channels and shared memory */
#define MANIFEST_PROMISE_ALL    0x1ff

/* Spectrum tiers, the values of NX_TIER_*. */
#define MANIFEST_TIER_PHOTON  0
#define MANIFEST_TIER_MATTER  1
#define MANIFEST_TIER_GRAVITY 2
#define MANIFEST_TIER_VOID    3

/* Restart policies. */
#define MANIFEST_RESTART_NEVER    0
#define MANIFEST_RESTART_ALWAYS   1 /* after any exit; max 0 means no limit */
#define MANIFEST_RESTART_ON_FAULT 2 /* after a fault only; max 1..255 */
#define MANIFEST_BACKOFF_MAX_MS   3600000u

/* Capability types. */
#define MANIFEST_CAP_CONSOLE 1  /* the serial console; no name */
#define MANIFEST_CAP_CHANNEL 2  /* a channel endpoint; name of the channel */
#define MANIFEST_CAP_SHMEM   3  /* a shared-memory region; its name */
#define MANIFEST_CAP_DEVICE  4  /* a device's MMIO region; the device's name */
#define MANIFEST_CAP_IRQ     5  /* a device's interrupt line; the device's name */
#define MANIFEST_CAP_SPAWN   6  /* starting one program; the program's name */
#define MANIFEST_CAP_LEDGER  7  /* reading the ledger; no name */
#define MANIFEST_CAP_FS      8  /* reserved: filesystem service; optional name */
#define MANIFEST_CAP_NET     9  /* reserved: network service; optional name */
#define MANIFEST_CAP_TYPES   10 /* types are 1..MANIFEST_CAP_TYPES - 1 */

/* Rights bits; each type allows the set manifest_rights_valid() returns. */
#define MANIFEST_RIGHT_READ  0x01
#define MANIFEST_RIGHT_WRITE 0x02
#define MANIFEST_RIGHT_MAP   0x04
#define MANIFEST_RIGHT_SEND  0x08
#define MANIFEST_RIGHT_RECV  0x10
#define MANIFEST_RIGHT_EXEC  0x20
#define MANIFEST_RIGHT_GRANT 0x40 /* may copy the capability to another fiber */

/* Capability flags. */
#define MANIFEST_CAP_F_BADGE 0x01 /* a u64 badge, not 0, follows the rights */

/* Errors: distinct and negative; manifest_strerror() names them. */
enum manifest_err {
	MANIFEST_ERR_TRUNCATED = -1,    /* shorter than the header or its length */
	MANIFEST_ERR_MAGIC = -2,        /* not "NXMF" */
	MANIFEST_ERR_VERSION = -3,      /* a version this parser does not know */
	MANIFEST_ERR_LENGTH = -4,       /* length field below the header size */
	MANIFEST_ERR_TOOBIG = -5,       /* length field above MANIFEST_SIZE_MAX */
	MANIFEST_ERR_TRAILING = -6,     /* bytes after the length the header gives */
	MANIFEST_ERR_OVERRUN = -7,      /* an entry runs past the end */
	MANIFEST_ERR_KIND = -8,         /* unknown entry kind */
	MANIFEST_ERR_ENTRY_SIZE = -9,   /* entry size wrong for its kind */
	MANIFEST_ERR_DUPLICATE = -10,   /* a PLEDGE, TIER, RESTART or RESTORE twice */
	MANIFEST_ERR_MISSING = -11,     /* no PLEDGE, TIER or RESTART entry */
	MANIFEST_ERR_PROMISE = -12,     /* unknown promise bits */
	MANIFEST_ERR_NOSTDIO = -13,     /* the pledge lacks STDIO */
	MANIFEST_ERR_TIER = -14,        /* unknown tier */
	MANIFEST_ERR_POLICY = -15,      /* unknown restart policy */
	MANIFEST_ERR_RESTART = -16,     /* restart count or back-off wrong for the policy */
	MANIFEST_ERR_SYMBOL = -17,      /* restore symbol not a C identifier */
	MANIFEST_ERR_CAP_TYPE = -18,    /* unknown capability type */
	MANIFEST_ERR_CAP_FLAGS = -19,   /* unknown capability flags */
	MANIFEST_ERR_NO_RIGHTS = -20,   /* a capability without rights */
	MANIFEST_ERR_RIGHTS = -21,      /* rights bits its type does not have */
	MANIFEST_ERR_BADGE = -22,       /* badge flag with badge 0 */
	MANIFEST_ERR_NAME_NUL = -23,    /* a name not NUL-terminated */
	MANIFEST_ERR_NAME_LONG = -24,   /* a name longer than MANIFEST_NAME_MAX */
	MANIFEST_ERR_NAME_CHARS = -25,  /* a name with a byte outside 0x21..0x7e */
	MANIFEST_ERR_NAME_NEEDED = -26, /* no target name for a type that needs one */
	MANIFEST_ERR_NAME_EXTRA = -27,  /* a target name for a type that takes none */
	MANIFEST_ERR_PROGRAM = -28,     /* a spawn target not a program name */
	MANIFEST_ERR_TOOMANY = -29,     /* more than MANIFEST_CAPS_MAX capabilities */
	MANIFEST_ERR_DUP_CAP = -30,     /* two capabilities of one type and target */
	MANIFEST_ERR_UNPLEDGED = -31,   /* a capability the pledge forbids using */
	MANIFEST_ERR_ELF = -32,         /* not a little-endian ELF64 image */
	MANIFEST_ERR_SHDRS = -33,       /* section headers malformed or outside the image */
	MANIFEST_ERR_NOSECTION = -34,   /* no .nexus.manifest section */
	MANIFEST_ERR_DUP_SECTION = -35, /* two .nexus.manifest sections */
	MANIFEST_ERR_SECTION = -36,     /* the section's bytes are not in the image */
};
#define MANIFEST_ERR_MIN MANIFEST_ERR_SECTION

struct manifest_cap {
	uint8_t type;                     /* MANIFEST_CAP_* */
	bool has_badge;                   /* badge is meaningful */
	uint16_t rights;                  /* MANIFEST_RIGHT_* */
	uint8_t name_len;                 /* 0..MANIFEST_NAME_MAX */
	uint64_t badge;                   /* not 0 if has_badge, else 0 */
	char name[MANIFEST_NAME_MAX + 1]; /* NUL-terminated target; "" if none */
};

/*
 * A parsed manifest: about 3.1 KiB, so a kernel keeps it off small stacks.
 * Capabilities are in the manifest's order, which is the order of their
 * slots when the kernel grants them.
 */
struct manifest {
	uint16_t version;                    /* MANIFEST_VERSION */
	uint16_t size;                       /* bytes, header included */
	uint32_t pledge;                     /* MANIFEST_PROMISE_*, STDIO always set */
	uint8_t tier;                        /* MANIFEST_TIER_* */
	uint8_t restart;                     /* MANIFEST_RESTART_* */
	uint8_t restart_max;                 /* most restarts; 0 = never, or no limit for ALWAYS */
	bool has_restore;                    /* restore and restore_addr are meaningful */
	uint32_t restart_backoff_ms;         /* delay before the first restart, <= MANIFEST_BACKOFF_MAX_MS */
	uint32_t ncaps;                      /* 0..MANIFEST_CAPS_MAX */
	uint64_t restore_addr;               /* the callback's address, unchecked: see below */
	char restore[MANIFEST_NAME_MAX + 1]; /* its symbol, NUL-terminated; "" if none */
	struct manifest_cap caps[MANIFEST_CAPS_MAX];
};

/*
 * Parses and validates the len bytes at buf, which must be exactly one
 * manifest, into *out.  Returns 0, or a MANIFEST_ERR_* code (the first
 * problem found, header first, then the entries in order, then the rules
 * between entries) with *out zeroed.  restore_addr is whatever the image
 * holds: a loader must check that it lies in an executable segment before
 * it ever jumps there.  Reads nothing outside [buf, buf + len).
 */
int manifest_parse(const void *buf, size_t len, struct manifest *out) __attribute__((warn_unused_result));

/*
 * Finds the section MANIFEST_SECTION in the ELF64 little-endian image of
 * elf_len bytes at elf, through its section headers (the section name
 * table included), checking every offset and size against elf_len.  On
 * success sets *man and *man_len to the section's bytes inside the image
 * and returns 0; otherwise returns MANIFEST_ERR_ELF, _SHDRS, _NOSECTION,
 * _DUP_SECTION or _SECTION and leaves *man and *man_len unchanged.  Does
 * not validate the manifest (call manifest_parse()) nor the program
 * headers (the loader's business).
 */
int manifest_find_in_elf(const void *elf, size_t elf_len, const void **man, size_t *man_len)
    __attribute__((warn_unused_result));

/* The rights bits capability type type may carry; 0 for an unknown type. */
uint16_t manifest_rights_valid(uint8_t type);

/* The promise a capability of type type with rights needs, or 0 for none. */
uint32_t manifest_cap_promises(uint8_t type, uint16_t rights);

/* A sentence naming a MANIFEST_ERR_* code ("unknown error" for others). */
const char *manifest_strerror(int err);

/*
 * The names the source form uses ("console", "send", "stdio"), for one
 * capability type, one rights bit or one promise bit; NULL if unknown.
 */
const char *manifest_cap_type_name(uint8_t type);
const char *manifest_right_name(uint16_t bit);
const char *manifest_promise_name(uint32_t bit);
