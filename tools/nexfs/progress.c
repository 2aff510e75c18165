/*
 * progress.c: the progress bar of progress.h.
 *
 * The line is "LABEL [#####.....]  42%  12.0/28.5 MiB  95.3 MiB/s", drawn
 * with a carriage return and no newline so that it overwrites itself.
 */
#include "progress.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define BAR_WIDTH 30

static uint64_t
mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void
progress_start(struct progress *p, const char *label, uint64_t total,
    bool bytes, uint64_t min_total)
{
	memset(p, 0, sizeof(*p));
	p->on = isatty(STDERR_FILENO) && total >= min_total && total > 0;
	p->bytes = bytes;
	p->label = label;
	p->total = total;
	p->start_ns = mono_ns();
}

void
progress_update(struct progress *p, uint64_t done)
{
	char bar[BAR_WIDTH + 1];
	uint64_t now;
	double secs, frac;
	int fill, i;

	if (!p->on)
		return;
	now = mono_ns();
	if (done < p->total && now - p->last_ns < 100000000u)
		return;
	p->last_ns = now;
	if (done > p->total)
		done = p->total;
	frac = (double)done / (double)p->total;
	fill = (int)(frac * BAR_WIDTH);
	for (i = 0; i < BAR_WIDTH; i++)
		bar[i] = i < fill ? '#' : '.';
	bar[BAR_WIDTH] = '\0';
	secs = (double)(now - p->start_ns) / 1e9;
	if (p->bytes)
		fprintf(stderr, "\r%s [%s] %3d%%  %.1f/%.1f MiB  %.1f MiB/s ",
		    p->label, bar, (int)(frac * 100), (double)done / 1048576.0,
		    (double)p->total / 1048576.0,
		    secs > 0 ? (double)done / 1048576.0 / secs : 0.0);
	else
		fprintf(stderr, "\r%s [%s] %3d%%  %llu/%llu ", p->label, bar,
		    (int)(frac * 100), (unsigned long long)done,
		    (unsigned long long)p->total);
	fflush(stderr);
}

void
progress_end(struct progress *p)
{
	if (!p->on)
		return;
	/* Erase the line: carriage return, clear to end of line. */
	fprintf(stderr, "\r\033[K");
	fflush(stderr);
	p->on = false;
}
