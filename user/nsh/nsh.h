/*
 * nsh.h: nsh, the user-mode shell (docs/nsh.md).
 *
 * nsh.c      the loop: read keys, edit the line, run the command
 * edit.c     the line editor and its history
 * cmds.c     the commands
 * show.c     ledger and boot error buffer records as text (docs/ledger.md)
 * sys.c      every system call that names a capability, in one place
 *
 * nsh holds only what user/nsh/manifest grants; what the kernel refuses it
 * reports as denied, with the reason, and goes on.
 */
#pragma once

#include <nexus/rt.h>
#include <stddef.h>
#include <stdint.h>

#include "edit.h"

#define NSH_PROMPT "nexus> "
/* --- sys.c: the calls that name a capability ------------------------------ */

/* Reads console input into buf: bytes read, or NX_ERR_* (NX_ERR_TIMEOUT, NX_ERR_BUSY...). */
int64_t sh_console_read(char *buf, size_t len, uint64_t timeout_ns);
/* Starts program name in tier (NX_TIER_*, or NX_TIER_MANIFEST): the fiber id or NX_ERR_*. */
int64_t sh_spawn(const char *name, uint64_t tier);
/* Ends fiber id: 0 or NX_ERR_*. */
int64_t sh_kill(uint32_t id);
/* Up to n ledger events from seq from: how many, or NX_ERR_*. */
int64_t sh_ledger_read(uint64_t from, struct nx_event *ev, size_t n);
/* Up to n boot error buffer records from seq from: how many, or NX_ERR_*. */
int64_t sh_beb_read(uint64_t from, struct nx_beb_record *rec, size_t n);
/* Slot slot of fiber id (0: nsh): 0 or NX_ERR_*. */
int64_t sh_cap_info(uint32_t id, uint32_t slot, struct nx_cap_info *ci);

/* --- show.c: text ------------------------------------------------------------ */

#define SHOW_LINE_MAX 192
/* One ledger event as the kernel console prints it (docs/ledger.md). */
void show_event(const struct nx_event *ev, char *buf, size_t n);
/* One boot error buffer record: "beb SEQ boot=N t=T fiber=F ...". */
void show_beb(const struct nx_beb_record *rec, char *buf, size_t n);
const char *show_tier(unsigned tier);
const char *show_state(unsigned state);
const char *show_cap_type(unsigned type);
/* "read,write" for rights bits, into buf. */
void show_rights(unsigned rights, char *buf, size_t n);
/* "stdio spawn ledger" for promise bits, into buf. */
void show_promises(uint32_t promises, char *buf, size_t n);
/* The promise bit named by the n bytes at s, or 0. */
uint32_t show_promise_bit(const char *s, size_t n);

/* --- nsh.c and cmds.c --------------------------------------------------------- */

/*
 * The next key: a byte >= 0, or NX_ERR_TIMEOUT after timeout_ns, or another
 * NX_ERR_* code.  The command loop and commands that wait for a key (ledger
 * -f) share one input buffer, so no keystroke is lost between them.
 */
int nsh_getc(uint64_t timeout_ns);
/* Runs one command line (modified in place). */
void cmd_run(char *line, struct edit *e);
/*
 * Says that what failed with err: "WHAT: denied: ..." for a refusal of
 * authority (capability, right, pledge), "WHAT: failed: ..." otherwise,
 * with why (when not NULL), the error's name and its meaning.
 */
void sh_report(const char *what, int64_t err, const char *why);
/* sh_report, always "denied": nsh itself found it holds no authority for what. */
void sh_denied(const char *what, int64_t err, const char *why);
/* Called after each line of long output: lets other fibers run now and then. */
void sh_breathe(void);
