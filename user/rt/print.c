/*
 * print.c: nx_printf and friends over lib/base's formatter and the
 * console_write system call, through the first console capability with
 * NX_RIGHT_WRITE (nx_console_slot).
 *
 * Output is gathered in a 128-byte buffer on the stack and written when it
 * fills and at the end, so a line usually reaches the console in one call
 * (one call is one unit on the console: lines of different fibers do not
 * interleave within it).  The first failed write is remembered and
 * returned.
 */
#include <base/fmt.h>
#include <base/mem.h>
#include <nexus/rt.h>

struct print_buf {
	char buf[128];
	size_t len;
	int64_t err;
};

static void
print_flush(struct print_buf *p)
{
	int64_t r;

	if (p->len == 0)
		return;
	r = nx_console_slot();
	if (r >= 0)
		r = nx_console_write((uint32_t)r, p->buf, p->len);
	if (r < 0 && p->err == 0)
		p->err = r;
	p->len = 0;
}

static void
print_sink(void *ctx, const char *s, size_t len)
{
	struct print_buf *p = ctx;

	while (len > 0) {
		size_t n = sizeof(p->buf) - p->len;

		if (n > len)
			n = len;
		base_memcpy(p->buf + p->len, s, n);
		p->len += n;
		s += n;
		len -= n;
		if (p->len == sizeof(p->buf))
			print_flush(p);
	}
}

int
nx_vprintf(const char *fmt, va_list ap)
{
	struct print_buf p = {.len = 0, .err = 0};
	size_t n = base_vformat(print_sink, &p, fmt, ap);

	print_flush(&p);
	return p.err != 0 ? (int)p.err : (int)n;
}

int
nx_printf(const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = nx_vprintf(fmt, ap);
	va_end(ap);
	return r;
}

int
nx_puts(const char *s)
{
	return nx_printf("%s", s);
}

void
nx_rt_assert_fail(const char *expr, const char *file, int line)
{
	nx_printf("assertion failed: %s (%s:%d)\n", expr, file, line);
	nx_exit(NX_RT_ASSERT_EXIT);
}
