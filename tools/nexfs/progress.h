/*
 * progress.h: a one-line progress bar on stderr for long work.
 *
 * Shown only when stderr is a terminal, so scripts and logs never see it,
 * and only for work expected to take a while (the caller decides by the
 * total it passes).  Redrawn at most ten times a second; the line is cleared
 * when the work ends.
 */
#pragma once

#include <stdbool.h>
#include <stdint.h>

struct progress {
	bool on;
	bool bytes;		/* the units are bytes (shown as MiB and MiB/s) */
	const char *label;
	uint64_t total;
	uint64_t start_ns;
	uint64_t last_ns;
};

/*
 * Starts a bar labelled label for total units; it is shown only if stderr
 * is a terminal and total is at least min_total.
 */
void progress_start(struct progress *p, const char *label, uint64_t total,
    bool bytes, uint64_t min_total);

/* Reports that done of the total units are finished. */
void progress_update(struct progress *p, uint64_t done);

/* Clears the bar. */
void progress_end(struct progress *p);
