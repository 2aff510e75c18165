/*
 * edit.h: nsh's line editor (edit.c), apart from the rest of nsh so that
 * the host tests build it (user/nsh/tests/test_edit.c): it needs nothing
 * but lib/base and an output function.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#define NSH_LINE_MAX 128	/* a line holds NSH_LINE_MAX - 1 characters */
#define NSH_HISTORY 16		/* lines remembered */

enum {
	EDIT_MORE = 0,		/* keep feeding */
	EDIT_DONE = 1,		/* buf holds a complete line */
	EDIT_CANCEL = 2,	/* Ctrl-C: the line was abandoned */
};

typedef void (*edit_out_fn)(void *ctx, const char *s, size_t len);

struct edit {
	char buf[NSH_LINE_MAX];
	size_t len;		/* characters in buf */
	size_t cur;		/* the cursor: 0..len */
	int esc;		/* escape-sequence state */
	unsigned esc_arg;	/* its numeric parameter */
	int last_cr;		/* the previous byte was CR */
	char hist[NSH_HISTORY][NSH_LINE_MAX];
	unsigned nhist;		/* lines ever remembered; the newest is hist[(nhist - 1) % NSH_HISTORY] */
	unsigned browse;	/* 0: editing a new line; k: showing the k-th newest */
	char draft[NSH_LINE_MAX];	/* the new line, kept while browsing */
	edit_out_fn out;
	void *ctx;
};

void edit_init(struct edit *e, edit_out_fn out, void *ctx);
/* Feeds one byte from the terminal; returns EDIT_MORE, EDIT_DONE or EDIT_CANCEL. */
int edit_feed(struct edit *e, int c);
/* Starts a new, empty line. */
void edit_reset(struct edit *e);
/* Adds line to the history (not an empty line, nor a repeat of the newest). */
void edit_remember(struct edit *e, const char *line);
/* The k-th newest line of the history (k >= 1), or NULL. */
const char *edit_history(const struct edit *e, unsigned k);
