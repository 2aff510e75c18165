/*
 * test_lineedit.c: the console line editor, byte by byte.
 */
#include <string.h>
#include <tap.h>

#include "../lineedit.h"

static char screen[4096];
static size_t slen;

static void
echo(void *ctx, const char *s, size_t len)
{
	(void)ctx;
	if (slen + len < sizeof(screen)) {
		memcpy(screen + slen, s, len);
		slen += len;
		screen[slen] = '\0';
	}
}

/* Feeds s; returns the last result and leaves the line in le. */
static int
feed(struct lineedit *le, const char *s, size_t n)
{
	int r = LINEEDIT_MORE;

	for (size_t i = 0; i < n; i++)
		r = lineedit_feed(le, (unsigned char)s[i]);
	return r;
}
#define FEED(le, s) feed(le, s, sizeof(s) - 1)

int
main(void)
{
	struct lineedit le;

	lineedit_init(&le, echo, NULL);
	tap_ok(FEED(&le, "help\r") == LINEEDIT_DONE && strcmp(le.buf, "help") == 0, "a line ends with CR");
	tap_ok(strcmp(screen, "help\n") == 0, "typed characters are echoed");
	lineedit_reset(&le);
	tap_ok(FEED(&le, "\n") == LINEEDIT_MORE, "the LF of CR LF does not end a second line");
	tap_ok(FEED(&le, "mem\n") == LINEEDIT_DONE && strcmp(le.buf, "mem") == 0, "a line ends with LF");
	lineedit_reset(&le);
	slen = 0;
	tap_ok(FEED(&le, "memx\x7f\r") == LINEEDIT_DONE && strcmp(le.buf, "mem") == 0, "DEL erases");
	tap_ok(strstr(screen, "\b \b") != NULL, "erasing is shown with backspace-space-backspace");
	lineedit_reset(&le);
	tap_ok(FEED(&le, "ab\b\bc\r") == LINEEDIT_DONE && strcmp(le.buf, "c") == 0, "BS erases");
	lineedit_reset(&le);
	tap_ok(FEED(&le, "\x7f\x7fok\r") == LINEEDIT_DONE && strcmp(le.buf, "ok") == 0, "erase on an empty line is harmless");
	lineedit_reset(&le);
	tap_ok(FEED(&le, "junk junk\x15up\r") == LINEEDIT_DONE && strcmp(le.buf, "up") == 0, "Ctrl-U erases the line");
	lineedit_reset(&le);
	tap_ok(FEED(&le, "one two  \x17three\r") == LINEEDIT_DONE && strcmp(le.buf, "one three") == 0,
	    "Ctrl-W erases the last word and the spaces after it");
	lineedit_reset(&le);
	tap_ok(FEED(&le, "abc\x03") == LINEEDIT_CANCEL && le.len == 0, "Ctrl-C cancels");
	lineedit_reset(&le);
	tap_ok(FEED(&le, "a\x1b[A\x1b[1;5Db\x1bOPc\r") == LINEEDIT_DONE && strcmp(le.buf, "abc") == 0,
	    "escape sequences leave nothing in the line");
	lineedit_reset(&le);
	tap_ok(FEED(&le, "x\x01\x02\x80\xff\ty\r") == LINEEDIT_DONE && strcmp(le.buf, "xy") == 0,
	    "other control bytes and non-ASCII are dropped");
	lineedit_reset(&le);
	slen = 0;
	for (int i = 0; i < 300; i++)
		lineedit_feed(&le, 'z');
	tap_ok(le.len == LINEEDIT_MAX - 1 && strchr(screen, '\a') != NULL, "a full line rings the bell and stops growing");
	tap_ok(FEED(&le, "\r") == LINEEDIT_DONE && strlen(le.buf) == LINEEDIT_MAX - 1, "and still ends cleanly");
	return tap_done();
}
