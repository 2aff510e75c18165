/*
 * lineedit.c: a small line editor (see lineedit.h).
 */
#include <base/mem.h>

#include "lineedit.h"

enum { ESC_NONE, ESC_START, ESC_CSI };

void
lineedit_init(struct lineedit *le, lineedit_echo_fn echo, void *ctx)
{
	base_memset(le, 0, sizeof(*le));
	le->echo = echo;
	le->ctx = ctx;
}

void
lineedit_reset(struct lineedit *le)
{
	le->len = 0;
	le->buf[0] = '\0';
	le->esc = ESC_NONE;
}

static void
echo(struct lineedit *le, const char *s, size_t n)
{
	if (le->echo != NULL)
		le->echo(le->ctx, s, n);
}

static void
erase(struct lineedit *le, size_t n)
{
	for (; n > 0 && le->len > 0; n--) {
		le->len--;
		echo(le, "\b \b", 3);
	}
}

int
lineedit_feed(struct lineedit *le, int c)
{
	int was_cr = le->last_cr;

	le->last_cr = 0;
	if (le->esc == ESC_START) {
		le->esc = (c == '[' || c == 'O') ? ESC_CSI : ESC_NONE;
		return LINEEDIT_MORE;
	}
	if (le->esc == ESC_CSI) {
		if (c >= 0x40 && c <= 0x7e)
			le->esc = ESC_NONE;	/* final byte */
		return LINEEDIT_MORE;
	}
	switch (c) {
	case '\r':
		le->last_cr = 1;
		goto done;
	case '\n':
		if (was_cr)
			return LINEEDIT_MORE;	/* the LF of CR LF */
		goto done;
	case 0x1b:
		le->esc = ESC_START;
		return LINEEDIT_MORE;
	case 0x08:
	case 0x7f:
		erase(le, 1);
		return LINEEDIT_MORE;
	case 0x15:	/* Ctrl-U */
		erase(le, le->len);
		return LINEEDIT_MORE;
	case 0x17: {	/* Ctrl-W: trailing spaces, then the word */
		size_t n = 0, i = le->len;
		while (i > 0 && le->buf[i - 1] == ' ')
			i--, n++;
		while (i > 0 && le->buf[i - 1] != ' ')
			i--, n++;
		erase(le, n);
		return LINEEDIT_MORE;
	}
	case 0x03:	/* Ctrl-C */
		echo(le, "^C\n", 3);
		lineedit_reset(le);
		return LINEEDIT_CANCEL;
	default:
		break;
	}
	if (c < 0x20 || c > 0x7e)
		return LINEEDIT_MORE;	/* other control bytes and non-ASCII: ignored */
	if (le->len + 1 >= LINEEDIT_MAX) {
		echo(le, "\a", 1);
		return LINEEDIT_MORE;
	}
	le->buf[le->len++] = (char)c;
	echo(le, (const char *)&le->buf[le->len - 1], 1);
	return LINEEDIT_MORE;
done:
	le->buf[le->len] = '\0';
	echo(le, "\n", 1);
	return LINEEDIT_DONE;
}
