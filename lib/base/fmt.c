/*
 * fmt.c: a small printf engine.
 *
 * One pass over the format; each conversion is rendered into a local buffer
 * (numbers) or passed through (strings), then padded.  Nothing here allocates
 * or keeps state between calls.
 */
#include <base/fmt.h>
#include <base/mem.h>
#include <stdbool.h>
#include <stdint.h>

enum {
	FL_LEFT = 1,
	FL_ZERO = 2,
	FL_SPACE = 4,
	FL_PLUS = 8,
	FL_ALT = 16,
};

struct out {
	base_sink_fn sink;
	void *ctx;
	size_t count;
};

static void
emit(struct out *o, const char *s, size_t n)
{
	if (n > 0)
		o->sink(o->ctx, s, n);
	o->count += n;
}

static void
pad(struct out *o, char c, size_t n)
{
	char buf[16];

	base_memset(buf, c, sizeof(buf));
	while (n > 0) {
		size_t k = n < sizeof(buf) ? n : sizeof(buf);
		emit(o, buf, k);
		n -= k;
	}
}

/* Renders v in the given base backwards into the end of buf; returns start. */
static char *
utoa(char *end, unsigned long long v, unsigned base, bool upper)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char *p = end;

	do {
		*--p = digits[v % base];
		v /= base;
	} while (v != 0);
	return p;
}

static void
put_field(struct out *o, const char *prefix, const char *body, size_t len,
    size_t zeros, int width, int flags)
{
	size_t plen = base_strlen(prefix);
	size_t total = plen + zeros + len;
	size_t fill = width > 0 && (size_t)width > total ? (size_t)width - total : 0;

	if (!(flags & FL_LEFT) && !(flags & FL_ZERO))
		pad(o, ' ', fill);
	emit(o, prefix, plen);
	if (!(flags & FL_LEFT) && (flags & FL_ZERO))
		pad(o, '0', fill);
	pad(o, '0', zeros);
	emit(o, body, len);
	if (flags & FL_LEFT)
		pad(o, ' ', fill);
}

size_t
base_vformat(base_sink_fn sink, void *ctx, const char *fmt, va_list ap)
{
	struct out o = { sink, ctx, 0 };

	while (*fmt != '\0') {
		const char *start = fmt;
		int flags = 0, width = 0, prec = -1, lng = 0;
		bool sgn = false;
		unsigned base = 10;
		unsigned long long v = 0;
		char buf[24], *end = buf + sizeof(buf), *p;
		const char *prefix = "";

		while (*fmt != '\0' && *fmt != '%')
			fmt++;
		emit(&o, start, (size_t)(fmt - start));
		if (*fmt == '\0')
			break;
		start = fmt++;
		for (;; fmt++) {
			if (*fmt == '-')
				flags |= FL_LEFT;
			else if (*fmt == '0')
				flags |= FL_ZERO;
			else if (*fmt == ' ')
				flags |= FL_SPACE;
			else if (*fmt == '+')
				flags |= FL_PLUS;
			else if (*fmt == '#')
				flags |= FL_ALT;
			else
				break;
		}
		if (*fmt == '*') {
			width = va_arg(ap, int);
			if (width < 0) {
				flags |= FL_LEFT;
				width = -width;
			}
			fmt++;
		}
		while (*fmt >= '0' && *fmt <= '9' && width < 10000)
			width = width * 10 + (*fmt++ - '0');
		if (*fmt == '.') {
			fmt++;
			prec = 0;
			if (*fmt == '*') {
				prec = va_arg(ap, int);
				fmt++;
			}
			while (*fmt >= '0' && *fmt <= '9' && prec < 10000)
				prec = prec * 10 + (*fmt++ - '0');
		}
		for (;; fmt++) {
			if (*fmt == 'l' || *fmt == 'z' || *fmt == 'j' || *fmt == 't')
				lng++;
			else if (*fmt == 'h')
				lng--;
			else
				break;
		}
		switch (*fmt) {
		case 'd':
		case 'i': {
			long long s;

			if (lng > 0)
				s = lng > 1 ? va_arg(ap, long long) : va_arg(ap, long);
			else
				s = va_arg(ap, int);
			if (lng == -1)
				s = (short)s;
			else if (lng <= -2)
				s = (signed char)s;
			sgn = true;
			if (s < 0) {
				prefix = "-";
				v = 0ULL - (unsigned long long)s;
			} else {
				prefix = (flags & FL_PLUS) ? "+" : (flags & FL_SPACE) ? " " : "";
				v = (unsigned long long)s;
			}
			break;
		}
		case 'u':
		case 'x':
		case 'X':
		case 'o':
			if (lng > 0)
				v = lng > 1 ? va_arg(ap, unsigned long long) : va_arg(ap, unsigned long);
			else
				v = va_arg(ap, unsigned);
			if (lng == -1)
				v = (unsigned short)v;
			else if (lng <= -2)
				v = (unsigned char)v;
			base = *fmt == 'o' ? 8 : *fmt == 'u' ? 10 : 16;
			if ((flags & FL_ALT) && v != 0 && base == 16)
				prefix = *fmt == 'X' ? "0X" : "0x";
			else if ((flags & FL_ALT) && base == 8)
				prefix = "0";
			break;
		case 'p':
			v = (uintptr_t)va_arg(ap, void *);
			base = 16;
			prefix = "0x";
			break;
		case 'c':
			buf[0] = (char)va_arg(ap, int);
			put_field(&o, "", buf, 1, 0, width, flags & ~FL_ZERO);
			fmt++;
			continue;
		case 's': {
			const char *s = va_arg(ap, const char *);
			size_t n;

			if (s == NULL)
				s = "(null)";
			n = prec >= 0 ? base_strnlen(s, (size_t)prec) : base_strlen(s);
			put_field(&o, "", s, n, 0, width, flags & ~FL_ZERO);
			fmt++;
			continue;
		}
		case '%':
			emit(&o, "%", 1);
			fmt++;
			continue;
		default:
			/* Unknown or unsupported conversion: show it, do not guess. */
			emit(&o, "%?", 2);
			if (*fmt != '\0')
				fmt++;
			continue;
		}
		(void)sgn;
		p = utoa(end, v, base, *fmt == 'X');
		{
			size_t len = (size_t)(end - p);
			size_t zeros = 0;

			if (prec >= 0) {
				flags &= ~FL_ZERO;
				if ((size_t)prec > len)
					zeros = (size_t)prec - len;
				else if (prec == 0 && v == 0)
					len = 0;
			}
			put_field(&o, prefix, p, len, zeros, width, flags);
		}
		fmt++;
	}
	return o.count;
}

size_t
base_format(base_sink_fn sink, void *ctx, const char *fmt, ...)
{
	va_list ap;
	size_t n;

	va_start(ap, fmt);
	n = base_vformat(sink, ctx, fmt, ap);
	va_end(ap);
	return n;
}

struct bufsink {
	char *buf;
	size_t size;
	size_t used;
};

static void
buf_put(void *ctx, const char *s, size_t len)
{
	struct bufsink *b = ctx;

	for (size_t i = 0; i < len; i++, b->used++)
		if (b->used + 1 < b->size)
			b->buf[b->used] = s[i];
}

size_t
base_vsnprintf(char *buf, size_t n, const char *fmt, va_list ap)
{
	struct bufsink b = { buf, n, 0 };
	size_t len = base_vformat(buf_put, &b, fmt, ap);

	if (n > 0)
		buf[len < n ? len : n - 1] = '\0';
	return len;
}

size_t
base_snprintf(char *buf, size_t n, const char *fmt, ...)
{
	va_list ap;
	size_t len;

	va_start(ap, fmt);
	len = base_vsnprintf(buf, n, fmt, ap);
	va_end(ap);
	return len;
}
