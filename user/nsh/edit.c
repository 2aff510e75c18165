/*
 * edit.c: nsh's line editor (see edit.h).
 *
 * Bytes from the terminal go in one at a time; the editor keeps the line
 * and a cursor, and writes what the terminal must show.  It moves the
 * terminal's cursor only with backspaces and overwrites with spaces, never
 * with cursor-addressing sequences and never by printing the prompt again,
 * so it works on any terminal and a reader of the output sees each prompt
 * once.
 *
 *   printable ASCII        insert at the cursor (a full line rings the bell)
 *   Backspace, Delete      erase before the cursor
 *   Left, Right, Ctrl-B/F  move;  Home, End, Ctrl-A/E: to the start, the end
 *   Up, Down, Ctrl-P/N     the history: older, newer (back to the new line)
 *   Ctrl-U                 erase the line;  Ctrl-W: the word before the cursor
 *   Ctrl-K                 erase to the end;  Ctrl-D, ESC [3~: under the cursor
 *   Ctrl-C                 abandon the line
 *   Enter                  CR, LF or CR LF ends the line
 *
 * Escape sequences (CSI "ESC [ params final" and SS3 "ESC O final") are
 * parsed whole, so one the editor does not know leaves nothing behind.
 */
#include <base/mem.h>

#include "edit.h"

enum { ESC_NONE, ESC_START, ESC_CSI, ESC_SS3 };

/* Output gathered during one edit_feed and written at its end. */
static char obuf[4 * NSH_LINE_MAX];
static size_t olen;

static void
put(const char *s, size_t n)
{
	while (n > 0 && olen < sizeof(obuf))
		obuf[olen++] = *s++, n--;
}

static void
put_rep(char c, size_t n)
{
	while (n-- > 0)
		put(&c, 1);
}

static void
flush(struct edit *e)
{
	if (olen > 0 && e->out != NULL)
		e->out(e->ctx, obuf, olen);
	olen = 0;
}

void
edit_init(struct edit *e, edit_out_fn out, void *ctx)
{
	base_memset(e, 0, sizeof(*e));
	e->out = out;
	e->ctx = ctx;
}

void
edit_reset(struct edit *e)
{
	e->len = 0;
	e->cur = 0;
	e->buf[0] = '\0';
	e->esc = ESC_NONE;
	e->browse = 0;
}

/* Redraws from the cursor to the end, blanks `gone` old characters after it, and puts the cursor back. */
static void
redraw_tail(struct edit *e, size_t gone)
{
	put(e->buf + e->cur, e->len - e->cur);
	put_rep(' ', gone);
	put_rep('\b', e->len - e->cur + gone);
}

static void
insert(struct edit *e, char c)
{
	if (e->len + 1 >= NSH_LINE_MAX) {
		put("\a", 1);
		return;
	}
	base_memmove(e->buf + e->cur + 1, e->buf + e->cur, e->len - e->cur);
	e->buf[e->cur] = c;
	e->len++;
	e->cur++;
	put(&c, 1);
	if (e->cur < e->len)
		redraw_tail(e, 0);
}

/* Erases n characters before the cursor. */
static void
erase_back(struct edit *e, size_t n)
{
	if (n > e->cur)
		n = e->cur;
	if (n == 0)
		return;
	base_memmove(e->buf + e->cur - n, e->buf + e->cur, e->len - e->cur);
	e->cur -= n;
	e->len -= n;
	put_rep('\b', n);
	redraw_tail(e, n);
}

/* Erases n characters from the cursor on. */
static void
erase_fwd(struct edit *e, size_t n)
{
	if (n > e->len - e->cur)
		n = e->len - e->cur;
	if (n == 0)
		return;
	base_memmove(e->buf + e->cur, e->buf + e->cur + n, e->len - e->cur - n);
	e->len -= n;
	redraw_tail(e, n);
}

static void
move_to(struct edit *e, size_t pos)
{
	if (pos < e->cur)
		put_rep('\b', e->cur - pos);
	else
		put(e->buf + e->cur, pos - e->cur);
	e->cur = pos;
}

/* Replaces the whole line with s, the cursor at its end. */
static void
replace(struct edit *e, const char *s)
{
	size_t old = e->len, n = base_strnlen(s, NSH_LINE_MAX - 1);

	move_to(e, 0);
	base_memcpy(e->buf, s, n);
	e->buf[n] = '\0';
	e->len = n;
	put(e->buf, n);
	e->cur = n;
	if (old > n) {
		put_rep(' ', old - n);
		put_rep('\b', old - n);
	}
}

const char *
edit_history(const struct edit *e, unsigned k)
{
	unsigned held = e->nhist < NSH_HISTORY ? e->nhist : NSH_HISTORY;

	if (k == 0 || k > held)
		return NULL;
	return e->hist[(e->nhist - k) % NSH_HISTORY];
}

void
edit_remember(struct edit *e, const char *line)
{
	const char *newest = edit_history(e, 1);
	size_t n = base_strnlen(line, NSH_LINE_MAX - 1);
	const char *p = line;

	while (*p == ' ')
		p++;
	if (*p == '\0' || (newest != NULL && base_strcmp(newest, line) == 0))
		return;
	base_memcpy(e->hist[e->nhist % NSH_HISTORY], line, n);
	e->hist[e->nhist % NSH_HISTORY][n] = '\0';
	e->nhist++;
}

static void
history_step(struct edit *e, int older)
{
	const char *s;

	if (older) {
		s = edit_history(e, e->browse + 1);
		if (s == NULL) {
			put("\a", 1);
			return;
		}
		if (e->browse == 0) {
			base_memcpy(e->draft, e->buf, e->len);
			e->draft[e->len] = '\0';
		}
		e->browse++;
	} else {
		if (e->browse == 0) {
			put("\a", 1);
			return;
		}
		e->browse--;
		s = e->browse == 0 ? e->draft : edit_history(e, e->browse);
	}
	replace(e, s);
}

/* The final byte of an escape sequence, with its numeric parameter. */
static void
escape(struct edit *e, int final, unsigned arg)
{
	switch (final) {
	case 'A':
		history_step(e, 1);
		break;
	case 'B':
		history_step(e, 0);
		break;
	case 'C':
		if (e->cur < e->len)
			move_to(e, e->cur + 1);
		break;
	case 'D':
		if (e->cur > 0)
			move_to(e, e->cur - 1);
		break;
	case 'H':
		move_to(e, 0);
		break;
	case 'F':
		move_to(e, e->len);
		break;
	case '~':
		if (arg == 1 || arg == 7)
			move_to(e, 0);
		else if (arg == 4 || arg == 8)
			move_to(e, e->len);
		else if (arg == 3)
			erase_fwd(e, 1);
		break;
	default:
		break;	/* not ours: swallowed whole */
	}
}

static int
feed(struct edit *e, int c)
{
	int was_cr = e->last_cr;

	e->last_cr = 0;
	switch (e->esc) {
	case ESC_START:
		e->esc_arg = 0;
		e->esc = c == '[' ? ESC_CSI : c == 'O' ? ESC_SS3 : ESC_NONE;
		return EDIT_MORE;
	case ESC_SS3:
		e->esc = ESC_NONE;
		escape(e, c, 0);
		return EDIT_MORE;
	case ESC_CSI:
		if (c >= '0' && c <= '9') {
			if (e->esc_arg < 1000)
				e->esc_arg = e->esc_arg * 10 + (unsigned)(c - '0');
		} else if (c >= 0x40 && c <= 0x7e) {
			e->esc = ESC_NONE;
			escape(e, c, e->esc_arg);
		} else if (c < 0x20 || c > 0x7e) {
			e->esc = ESC_NONE;	/* not a sequence after all */
		}
		return EDIT_MORE;
	default:
		break;
	}
	switch (c) {
	case '\r':
		e->last_cr = 1;
		goto done;
	case '\n':
		if (was_cr)
			return EDIT_MORE;	/* the LF of CR LF */
		goto done;
	case 0x1b:
		e->esc = ESC_START;
		return EDIT_MORE;
	case 0x08:
	case 0x7f:
		erase_back(e, 1);
		return EDIT_MORE;
	case 0x01:	/* Ctrl-A */
		move_to(e, 0);
		return EDIT_MORE;
	case 0x05:	/* Ctrl-E */
		move_to(e, e->len);
		return EDIT_MORE;
	case 0x02:	/* Ctrl-B */
		escape(e, 'D', 0);
		return EDIT_MORE;
	case 0x06:	/* Ctrl-F */
		escape(e, 'C', 0);
		return EDIT_MORE;
	case 0x10:	/* Ctrl-P */
		history_step(e, 1);
		return EDIT_MORE;
	case 0x0e:	/* Ctrl-N */
		history_step(e, 0);
		return EDIT_MORE;
	case 0x04:	/* Ctrl-D */
		erase_fwd(e, 1);
		return EDIT_MORE;
	case 0x0b:	/* Ctrl-K */
		erase_fwd(e, e->len - e->cur);
		return EDIT_MORE;
	case 0x15:	/* Ctrl-U: the whole line */
		move_to(e, e->len);
		erase_back(e, e->len);
		return EDIT_MORE;
	case 0x17: {	/* Ctrl-W: spaces before the cursor, then the word */
		size_t i = e->cur;
		while (i > 0 && e->buf[i - 1] == ' ')
			i--;
		while (i > 0 && e->buf[i - 1] != ' ')
			i--;
		erase_back(e, e->cur - i);
		return EDIT_MORE;
	}
	case 0x03:	/* Ctrl-C */
		move_to(e, e->len);
		put("^C\n", 3);
		edit_reset(e);
		return EDIT_CANCEL;
	default:
		break;
	}
	if (c >= 0x20 && c <= 0x7e)
		insert(e, (char)c);
	/* other control bytes and non-ASCII: ignored */
	return EDIT_MORE;
done:
	move_to(e, e->len);
	e->buf[e->len] = '\0';
	put("\n", 1);
	return EDIT_DONE;
}

int
edit_feed(struct edit *e, int c)
{
	int r = feed(e, c & 0xff);

	flush(e);
	return r;
}
