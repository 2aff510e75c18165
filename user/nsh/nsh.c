/*
 * nsh.c: nsh, the user-mode shell: its loop (see nsh.h, docs/nsh.md).
 *
 * nsh prints the prompt, reads console input through its console
 * capability (console_read, blocking: an idle shell costs nothing), feeds
 * each byte to the line editor and runs each complete line.  Nothing a
 * person types can stop it: every refusal of the kernel is reported and
 * the loop goes on.  It ends only when it cannot read the console at all
 * (no capability, or another fiber owns the input); the kernel console
 * then takes over (kernel/sys_shell.c).
 */
#include <base/mem.h>

#include "nsh.h"

static struct edit ed;

/* Keys read but not yet used. */
static char in_buf[64];
static size_t in_len, in_pos;

int
nsh_getc(uint64_t timeout_ns)
{
	if (in_pos == in_len) {
		int64_t n = sh_console_read(in_buf, sizeof(in_buf), timeout_ns);

		if (n < 0)
			return (int)n;
		in_len = (size_t)n;
		in_pos = 0;
	}
	return (unsigned char)in_buf[in_pos++];
}

static void
echo(void *ctx, const char *s, size_t len)
{
	int64_t slot = nx_console_slot();

	(void)ctx;
	if (slot >= 0)
		(void)nx_console_write((uint32_t)slot, s, len);
}

/* Whether err is the kernel refusing authority rather than a failure. */
static bool
is_denial(int64_t err)
{
	return err == NX_ERR_PERM || err == NX_ERR_PLEDGE || err == NX_ERR_BADSLOT || err == NX_ERR_CAPTYPE ||
	    err == NX_ERR_REVOKED;
}

static void
report(const char *what, const char *verdict, int64_t err, const char *why)
{
	const char *name = nx_err_name(err), *text = nx_err_text(err);

	if (name == NULL)
		name = "not an NX_ERR_ code";
	if (text == NULL)
		text = "unknown error";
	if (why != NULL)
		nx_printf("%s: %s: %s (%s: %s)\n", what, verdict, why, name, text);
	else
		nx_printf("%s: %s: %s (%s)\n", what, verdict, text, name);
}

void
sh_report(const char *what, int64_t err, const char *why)
{
	report(what, is_denial(err) ? "denied" : "failed", err, why);
}

void
sh_denied(const char *what, int64_t err, const char *why)
{
	report(what, "denied", err, why);
}

void
sh_breathe(void)
{
	static unsigned lines;

	/* A long listing is many console writes; a yield now and then ends
	 * the run before its budget does, so printing earns no strikes. */
	if (++lines % 16 == 0)
		(void)nx_yield();
}

int
main(void)
{
	int64_t err = nx_cap_find(NX_CAP_CONSOLE, NX_RIGHT_READ, NULL);

	if (err < 0) {
		sh_report("nsh", err, "it holds no console capability with the read right, so it cannot read commands");
		return 1;
	}
	/* Claim the console's input before showing a prompt: a poll keeps
	 * any key already typed, and says whether another fiber owns it. */
	err = nsh_getc(NX_TIMEOUT_POLL);
	if (err == NX_ERR_BUSY) {
		sh_report("nsh", err, "another fiber owns the console's input; nsh ends");
		return 1;
	}
	if (err >= 0)
		in_pos--;	/* not used yet */
	edit_init(&ed, echo, NULL);
	nx_puts(NSH_PROMPT);
	for (;;) {
		int c = nsh_getc(NX_TIMEOUT_FOREVER), r;

		if (c == NX_ERR_BUSY) {
			sh_report("nsh", c, "another fiber owns the console's input; nsh ends");
			return 1;
		}
		if (c < 0) {
			sh_report("nsh: console_read", c, NULL);
			(void)nx_sleep(100000000);	/* do not spin on a persistent error */
			continue;
		}
		r = edit_feed(&ed, c);
		if (r == EDIT_MORE)
			continue;
		if (r == EDIT_DONE) {
			edit_remember(&ed, ed.buf);
			cmd_run(ed.buf, &ed);
		}
		edit_reset(&ed);
		nx_puts(NSH_PROMPT);
	}
}
