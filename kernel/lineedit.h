/*
 * lineedit.h: the console's line editor.
 *
 * Bytes from the terminal go in one at a time; the editor echoes what the
 * person should see and says when a line is complete.  It knows printable
 * ASCII, Backspace/Delete, Ctrl-U (erase line), Ctrl-W (erase word),
 * Ctrl-C (abandon line), Enter (CR, LF or CR LF), and swallows terminal
 * escape sequences (arrow keys and the like) so they cannot leave junk in
 * the line.  A line longer than LINEEDIT_MAX - 1 rings the bell instead.
 */
#pragma once

#include <stddef.h>

#define LINEEDIT_MAX 128

enum {
	LINEEDIT_MORE = 0,	/* keep feeding */
	LINEEDIT_DONE = 1,	/* le->buf holds a complete line */
	LINEEDIT_CANCEL = 2,	/* Ctrl-C: line abandoned */
};

typedef void (*lineedit_echo_fn)(void *ctx, const char *s, size_t len);

struct lineedit {
	char buf[LINEEDIT_MAX];
	size_t len;
	int esc;	/* escape-sequence state */
	int last_cr;	/* the previous byte was CR */
	lineedit_echo_fn echo;
	void *ctx;
};

void lineedit_init(struct lineedit *le, lineedit_echo_fn echo, void *ctx);
/* Feeds one byte; returns LINEEDIT_MORE, _DONE or _CANCEL. */
int lineedit_feed(struct lineedit *le, int c);
/* Starts a new, empty line. */
void lineedit_reset(struct lineedit *le);
