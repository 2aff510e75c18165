/*
 * test_edit.c: nsh's line editor on the host, under the sanitizers.
 *
 * A small terminal model takes what the editor writes (printable bytes
 * overwrite at the cursor and advance it, backspace moves it left, LF ends
 * the row) and after every key the row the terminal shows must be the
 * editor's line and the terminal's cursor the editor's cursor.  Named
 * cases check each key; 200,000 random keys (printable bytes, controls,
 * whole and broken escape sequences) check the invariant and that nothing
 * is ever written outside the line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tap.h>

#include "../edit.h"

/* The terminal: one row, and whether anything left it. */
static char row[4 * NSH_LINE_MAX];
static size_t tcur, twidth;
static int newlines, bells, bad;

static void
term(void *ctx, const char *s, size_t n)
{
	(void)ctx;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '\b') {
			if (tcur == 0)
				bad++;	/* backspace past the start of the line: into the prompt */
			else
				tcur--;
		} else if (c == '\n') {
			newlines++;
			memset(row, 0, sizeof(row));
			tcur = twidth = 0;
		} else if (c == '\a') {
			bells++;
		} else if (c >= 0x20 && c <= 0x7e) {
			if (tcur + 1 >= sizeof(row)) {
				bad++;
				continue;
			}
			row[tcur++] = c;
			if (tcur > twidth)
				twidth = tcur;
		} else {
			bad++;	/* the editor writes no other byte */
		}
	}
}

/* What the terminal shows, spaces at the end dropped. */
static const char *
shown(void)
{
	static char s[sizeof(row) + 1];
	size_t n = twidth;

	memcpy(s, row, n);
	s[n] = '\0';
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\0'))
		s[--n] = '\0';
	return s;
}

static int
feed(struct edit *e, const char *s)
{
	int r = EDIT_MORE;

	for (; *s != '\0'; s++)
		r = edit_feed(e, (unsigned char)*s);
	return r;
}

/* Whether the terminal shows e's line with its cursor where e's is. */
static int
in_step(const struct edit *e)
{
	char line[NSH_LINE_MAX + 1];

	memcpy(line, e->buf, e->len);
	line[e->len] = '\0';
	while (e->len > 0 && strlen(line) > 0 && line[strlen(line) - 1] == ' ')
		line[strlen(line) - 1] = '\0';
	return strcmp(shown(), line) == 0 && tcur == e->cur && bad == 0;
}

static struct edit ed;

static void
fresh(void)
{
	edit_reset(&ed);
	memset(row, 0, sizeof(row));
	tcur = twidth = 0;
	bad = 0;
}

/* Types keys on a fresh line; checks the line it ends with. */
static void
line_case(const char *keys, const char *want, const char *what)
{
	int r;

	fresh();
	r = feed(&ed, keys);
	tap_ok(r == EDIT_DONE && strcmp(ed.buf, want) == 0 && bad == 0, "%s: '%s'", what, ed.buf);
	if (r == EDIT_DONE)
		edit_remember(&ed, ed.buf);
}

int
main(void)
{
	edit_init(&ed, term, NULL);
	line_case("uptime\r", "uptime", "plain line");
	line_case("memx\x7f\r", "mem", "Backspace");
	line_case("memx\b\r", "mem", "Ctrl-H");
	line_case("garbage\x15uptime\r", "uptime", "Ctrl-U erases the whole line");
	line_case("garb" "\x1b[D\x1b[D" "\x15ok\r", "ok", "Ctrl-U with the cursor inside");
	line_case("help me\x17\x17uptime\r", "uptime", "Ctrl-W erases words");
	line_case("uptme\x1b[D\x1b[Di\r", "uptime", "Left, then insert");
	line_case("uptme\x1bOD\x1bODi\r", "uptime", "Left as SS3 (application keypad)");
	line_case("ptime\x1b[Hu\r", "uptime", "Home");
	line_case("ptime\x1b[1~u\r", "uptime", "Home as ESC [1~");
	line_case("ptime\x01u\x05!\r", "uptime!", "Ctrl-A and Ctrl-E");
	line_case("xuptime\x1b[H\x1b[3~\r", "uptime", "Delete under the cursor");
	line_case("xuptime\x01\x04\r", "uptime", "Ctrl-D under the cursor");
	line_case("uptimexyz\x1b[D\x1b[D\x1b[D\x0b\r", "uptime", "Ctrl-K");
	line_case("up\x1b[C\x1b[C\x1b[Ctime\r", "uptime", "Right at the end does nothing");
	line_case("\x1b[D\x1b[Dup\x08\x08\x08time\r", "time", "Left and Backspace at the start do nothing");
	line_case("up\x1b[99;5Xtime\r", "uptime", "an unknown sequence is swallowed whole");
	line_case("up\x1b\x01time\r", "uptime", "ESC then a control byte: nothing left behind");
	line_case("up\ttime\x80\xff\r", "uptime", "other control bytes and non-ASCII are ignored");
	fresh();
	tap_ok(feed(&ed, "uptime\r") == EDIT_DONE && strcmp(ed.buf, "uptime") == 0 && edit_feed(&ed, '\n') == EDIT_MORE,
	    "CR LF is one Enter");
	fresh();
	tap_ok(feed(&ed, "\n") == EDIT_DONE, "LF alone (not after CR) is an Enter");
	fresh();
	bells = 0;
	for (int i = 0; i < 200; i++)
		edit_feed(&ed, 'x');
	tap_ok(ed.len == NSH_LINE_MAX - 1 && bells == 200 - (NSH_LINE_MAX - 1) && in_step(&ed),
	    "an overlong line stops at %d characters and rings the bell", NSH_LINE_MAX - 1);
	fresh();
	tap_ok(feed(&ed, "mem\x03") == EDIT_CANCEL && ed.len == 0, "Ctrl-C abandons the line");

	/* History: "uptime", "mem", ..., newest last. */
	edit_init(&ed, term, NULL);
	line_case("uptime\r", "uptime", "history: first");
	line_case("mem\r", "mem", "history: second");
	line_case("mem\r", "mem", "history: a repeat");
	line_case("   \r", "   ", "history: blank");
	tap_ok(ed.nhist == 2 && strcmp(edit_history(&ed, 1), "mem") == 0 &&
	    strcmp(edit_history(&ed, 2), "uptime") == 0 && edit_history(&ed, 3) == NULL && edit_history(&ed, 0) == NULL,
	    "repeats and blank lines are not remembered");
	line_case("\x1b[A\r", "mem", "Up recalls the newest");
	line_case("\x1b[A\x1b[A\r", "uptime", "Up twice the one before");
	line_case("\x1b[A\x1b[A\x1b[A\r", "uptime", "Up past the oldest stays there");
	line_case("ver\x1b[A\x1b[B\r", "ver", "Down past the newest gives back the line being typed");
	line_case("\x1b[Asion\r", "version", "a recalled line can be edited (\"ver\" was remembered)");
	line_case("\x10\x10\x0e\r", "version", "Ctrl-P and Ctrl-N");
	fresh();
	feed(&ed, "a long line being typed");
	feed(&ed, "\x1b[A");
	tap_ok(in_step(&ed) && strcmp(ed.buf, "version") == 0, "a shorter recalled line blanks the rest of the longer one");
	for (int i = 0; i < 40; i++) {
		char l[16];
		snprintf(l, sizeof(l), "cmd%d\r", i);
		fresh();
		feed(&ed, l);
		edit_remember(&ed, ed.buf);
	}
	tap_ok(strcmp(edit_history(&ed, 1), "cmd39") == 0 && strcmp(edit_history(&ed, NSH_HISTORY), "cmd24") == 0 &&
	    edit_history(&ed, NSH_HISTORY + 1) == NULL, "the history keeps the newest %d lines", NSH_HISTORY);

	/* Random keys: the terminal always shows the line and the cursor. */
	static const char *const keys[] = {"a", "b", " ", "z", "\x7f", "\b", "\x15", "\x17", "\x01", "\x05", "\x02",
	    "\x06", "\x04", "\x0b", "\x10", "\x0e", "\x1b[A", "\x1b[B", "\x1b[C", "\x1b[D", "\x1b[H", "\x1b[F", "\x1b[3~",
	    "\x1b[1~", "\x1b[4~", "\x1bOC", "\x1b[", "\x1b", "\x1b[12;", "\t", "\xe9", "\r", "\x03"};
	int ok = 1;
	long steps = 0;
	srand(7);
	edit_init(&ed, term, NULL);
	fresh();
	for (int i = 0; i < 200000 && ok; i++) {
		int r = feed(&ed, keys[rand() % (int)(sizeof(keys) / sizeof(keys[0]))]);
		steps++;
		if (r == EDIT_DONE) {
			ok = bad == 0 && newlines > 0;
			edit_remember(&ed, ed.buf);
			fresh();
		} else if (r == EDIT_CANCEL) {
			fresh();
		} else if (ed.esc == 0) {
			ok = in_step(&ed) && ed.len < NSH_LINE_MAX && ed.cur <= ed.len;
		}
	}
	tap_ok(ok, "%ld random keys: the terminal shows the line and the cursor after each (shown '%s', line '%.*s', "
	    "cursor %zu/%zu)", steps, shown(), (int)ed.len, ed.buf, tcur, ed.cur);
	return tap_done();
}
