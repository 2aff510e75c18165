/*
 * test_ledger.c: the System Truth Ledger (ring, wraparound, gap reporting,
 * the text line of every type) and the Boot Error Buffer (survives a
 * reboot, detects corruption, torn records from a reset mid-write).
 */
#include <stdlib.h>
#include <string.h>
#include <tap.h>

#include "../ledger.h"
#include "../sched.h"

static void
test_stl_ring(void)
{
	struct ledger l;
	struct ledger_event buf[8], out[16];
	uint64_t lost = 99;
	size_t n;

	tap_ok(!ledger_init(&l, buf, 0), "capacity 0 refused");
	tap_ok(ledger_append(&l, 1, 1, LEDGER_WAKE, 0, 0, 0, 0) == 0 && ledger_read(&l, 0, out, 16, &lost) == 0 &&
	        lost == 1,
	    "an inert ledger: appends dropped, reported lost");
	tap_ok(!ledger_init(&l, NULL, 8) && l.capacity == 0, "no buffer refused");
	tap_ok(ledger_init(&l, buf, 11) && l.capacity == 8, "capacity rounded down to a power of two");
	n = ledger_read(&l, 0, out, 16, &lost);
	tap_ok(n == 0 && lost == 0 && ledger_oldest(&l) == 0, "empty ledger reads nothing");
	for (int i = 0; i < 5; i++)
		tap_ok(ledger_append(&l, 100 + i, 7, LEDGER_WAKE, 0, 1, 0, 0) == (uint64_t)i,
		    "append %d returns seq %d", i, i);
	n = ledger_read(&l, 0, out, 16, &lost);
	tap_ok(n == 5 && lost == 0 && out[0].seq == 0 && out[4].seq == 4 && out[4].time == 104 && out[4].fiber == 7,
	    "read all five, oldest first");
	n = ledger_read(&l, 3, out, 16, &lost);
	tap_ok(n == 2 && out[0].seq == 3 && lost == 0, "read from the middle");
	n = ledger_read(&l, 1, out, 2, &lost);
	tap_ok(n == 2 && out[0].seq == 1 && out[1].seq == 2, "read at most max");
	n = ledger_read(&l, 5, out, 16, &lost);
	tap_ok(n == 0 && lost == 0, "read from the next seq: nothing yet");
	n = ledger_read(&l, 1000, out, 16, &lost);
	tap_ok(n == 0 && lost == 0, "read from the future: nothing");

	for (int i = 5; i < 20; i++)
		ledger_append(&l, 100 + i, 7, LEDGER_WAKE, 0, (uint64_t)i, 0, 0);
	n = ledger_read(&l, 0, out, 16, &lost);
	tap_ok(n == 8 && lost == 12 && out[0].seq == 12 && out[7].seq == 19 && out[0].fields[0] == 12 &&
	        ledger_oldest(&l) == 12,
	    "wrapped: 8 newest kept, reader told 12 were lost");
	n = ledger_read(&l, 10, out, 3, &lost);
	tap_ok(n == 3 && lost == 2 && out[0].seq == 12, "partly behind: gap of 2");
	n = ledger_read(&l, 12, out, 16, NULL);
	tap_ok(n == 8, "lost may be NULL");

	/* A slow reader: what it reads plus what it lost is everything. */
	struct ledger_event big[64];
	ledger_init(&l, big, 64);
	uint64_t next = 0, got = 0, gaps = 0;
	bool order = true;
	srand(7);
	for (int step = 0; step < 10000; step++) {
		int k = rand() % 40;
		for (int i = 0; i < k; i++)
			ledger_append(&l, (uint64_t)step, 1, LEDGER_PREEMPT, 0, 0, 1, 0);
		if (rand() % 3 == 0) {
			n = ledger_read(&l, next, out, (size_t)(rand() % 16 + 1), &lost);
			gaps += lost;
			for (size_t i = 0; i < n; i++)
				order = order && out[i].seq == next + lost + i;
			got += n;
			if (n > 0)
				next = out[n - 1].seq + 1;
			else
				next += lost;
		}
	}
	n = ledger_read(&l, next, out, 0, &lost);
	gaps += lost;
	next += lost;
	while ((n = ledger_read(&l, next, out, 16, &lost)) > 0) {
		gaps += lost;
		got += n;
		next = out[n - 1].seq + 1;
	}
	tap_ok(order && got + gaps == l.next_seq && gaps > 0,
	    "slow reader: %llu read + %llu lost = %llu appended, in order", (unsigned long long)got,
	    (unsigned long long)gaps, (unsigned long long)l.next_seq);
}

static void
check_line(uint16_t type, uint16_t flags, uint64_t f0, uint64_t f1, uint64_t f2, const char *want)
{
	struct ledger_event ev = {42, 12345678, 3, type, flags, {f0, f1, f2}};
	char buf[LEDGER_LINE_MAX];
	size_t n = ledger_format(&ev, buf, sizeof(buf));

	if (!tap_ok(strcmp(buf, want) == 0 && n == strlen(want), "format %s", want))
		tap_diag("got  %s", buf);
}

static void
test_format(void)
{
	check_line(LEDGER_BOOT, 0, 2, 10000000, 2, "stl 42 t=12345678 fiber=3 boot boots=2 hz=10000000 harts=2");
	check_line(
	    LEDGER_SPAWN, 0, 1, SCHED_PHOTON, 0, "stl 42 t=12345678 fiber=3 spawn parent=1 tier=photon kernel=0");
	check_line(LEDGER_EXIT, 0, (uint64_t)-1, 500, 0, "stl 42 t=12345678 fiber=3 exit code=-1 used=500");
	check_line(
	    LEDGER_FAULT, 0, 13, 0x10078, 0xdead, "stl 42 t=12345678 fiber=3 fault cause=0xd pc=0x10078 tval=0xdead");
	check_line(LEDGER_STRIKE, 0, SCHED_PHOTON, 2, 20000,
	    "stl 42 t=12345678 fiber=3 strike tier=photon strikes=2 ran=20000");
	check_line(
	    LEDGER_DEMOTE, 0, SCHED_GRAVITY, SCHED_VOID, 0, "stl 42 t=12345678 fiber=3 demote from=gravity to=void");
	check_line(LEDGER_PREEMPT, 0, SCHED_MATTER, 100000, 1,
	    "stl 42 t=12345678 fiber=3 preempt tier=matter ran=100000 why=budget");
	check_line(LEDGER_BLOCK, 0, LEDGER_BLOCK_SLEEP, 500000, 77,
	    "stl 42 t=12345678 fiber=3 block reason=sleep arg=500000 ran=77");
	check_line(LEDGER_WAKE, 0, 5, LEDGER_BLOCK_SLEEP, 0, "stl 42 t=12345678 fiber=3 wake by=5 reason=sleep");
	check_line(LEDGER_CHAN_ERR, 0, 9, (uint64_t)-3, 1, "stl 42 t=12345678 fiber=3 chan_err chan=9 err=-3 op=1");
	check_line(LEDGER_SYSCALL_DENIED, 0, 17, (uint64_t)-2, 0xffffffc000000000ull,
	    "stl 42 t=12345678 fiber=3 syscall_denied nr=17 err=-2 arg=0xffffffc000000000");
	check_line(LEDGER_BEB_REINIT, 0, BEB_ATTACH_CORRUPT, 1, 0,
	    "stl 42 t=12345678 fiber=3 beb_reinit found=corrupt boots=1");
	check_line(LEDGER_SPAWN_REFUSED, LEDGER_F_BEB, LEDGER_REFUSED_MANIFEST, (uint64_t)-34, 2,
	    "stl 42 t=12345678 fiber=3 spawn_refused stage=manifest err=-34 parent=2 flags=0x2");
	check_line(LEDGER_PLEDGE_DENIED, 0, 0x20, 0x101, 6,
	    "stl 42 t=12345678 fiber=3 pledge_denied wanted=0x20 held=0x101 nr=6");
	check_line(LEDGER_KILL, 0, 2, 2, 1234, "stl 42 t=12345678 fiber=3 kill by=2 was=blocked used=1234");
	check_line(LEDGER_KILL, 0, 2, 9, 0, "stl 42 t=12345678 fiber=3 kill by=2 was=9 used=0");
	check_line(LEDGER_PREEMPT, LEDGER_F_KERNEL, 7, 1, 0,
	    "stl 42 t=12345678 fiber=3 preempt tier=7 ran=1 why=outranked flags=0x1");
	check_line(LEDGER_BLOCK, 0, 99, 1, 0, "stl 42 t=12345678 fiber=3 block reason=99 arg=1 ran=0");
	check_line(200, 0, 1, 2, 0xff, "stl 42 t=12345678 fiber=3 type=200 f0=0x1 f1=0x2 f2=0xff");
	check_line(0, 0, 0, 0, 0, "stl 42 t=12345678 fiber=3 type=0 f0=0x0 f1=0x0 f2=0x0");

	bool names = true;
	for (uint16_t t = 1; t < LEDGER_NTYPES; t++)
		names = names && ledger_type_name(t) != NULL;
	tap_ok(names && ledger_type_name(0) == NULL && ledger_type_name(LEDGER_NTYPES) == NULL &&
	        strcmp(ledger_type_name(LEDGER_SYSCALL_DENIED), "syscall_denied") == 0,
	    "type names");

	/* The longest possible lines fit in LEDGER_LINE_MAX. */
	size_t longest = 0;
	for (uint16_t t = 0; t <= LEDGER_NTYPES; t++) {
		struct ledger_event ev = {UINT64_MAX, UINT64_MAX, UINT32_MAX, t, 0xffff,
		    {(uint64_t)INT64_MIN, (uint64_t)INT64_MIN, UINT64_MAX}};
		char buf[512];
		size_t n = ledger_format(&ev, buf, sizeof(buf));
		if (n > longest)
			longest = n;
		ev.fields[0] = ev.fields[1] = UINT64_MAX;
		n = ledger_format(&ev, buf, sizeof(buf));
		if (n > longest)
			longest = n;
	}
	tap_ok(longest < LEDGER_LINE_MAX, "longest line %zu bytes < LEDGER_LINE_MAX", longest);

	/* Truncation behaves as snprintf. */
	struct ledger_event ev = {42, 12345678, 3, LEDGER_STRIKE, 0, {0, 2, 20000}};
	char small[20];
	memset(small, 'x', sizeof(small));
	size_t n = ledger_format(&ev, small, sizeof(small));
	tap_ok(n == strlen("stl 42 t=12345678 fiber=3 strike tier=photon strikes=2 ran=20000") &&
	        strcmp(small, "stl 42 t=12345678 f") == 0,
	    "a short buffer: truncated, terminated, full length returned");
	tap_ok(ledger_format(&ev, NULL, 0) == n, "n = 0: only the length");
	char one[1] = {'x'};
	tap_ok(ledger_format(&ev, one, 1) == n && one[0] == '\0', "n = 1: empty string");
}

/* --- BEB ------------------------------------------------------------------ */

#define REGION (64 + 16 * 64)

static uint64_t region[2 * REGION / 8];

static void
test_beb_reboot(void)
{
	struct beb b;
	struct beb_record out[32];
	uint64_t lost;
	size_t n;

	memset(region, 0, sizeof(region));
	tap_ok(beb_attach(&b, region, 100) == BEB_ERR_INVAL, "a region too small for a record");
	tap_ok(beb_attach(&b, (char *)region + 4, REGION) == BEB_ERR_INVAL, "a misaligned region");
	beb_append(&b, 1, 2, LEDGER_FAULT, 0, 3, 4, 5);
	tap_ok(b.boots == 0 && b.capacity == 0 && beb_read(&b, 0, out, 32, &lost) == 0 && lost == 0 &&
	        memcmp(region, (uint64_t[REGION / 8]){0}, REGION) == 0,
	    "a BEB that failed to attach is inert: appends write nothing, reads return nothing");
	tap_ok(beb_attach(&b, NULL, REGION) == BEB_ERR_INVAL && b.capacity == 0, "no region at all");
	tap_ok(beb_attach(&b, region, REGION) == BEB_ATTACH_NEW && b.boots == 1 && b.capacity == 16 && b.next_seq == 0,
	    "zeroed memory: a new buffer, boot 1, 16 records");
	n = beb_read(&b, 0, out, 32, &lost);
	tap_ok(n == 0 && lost == 0, "new buffer is empty");
	for (int i = 0; i < 5; i++)
		beb_append(&b, 1000 + i, 4, LEDGER_FAULT, 0, 13, 0x1000 + i, 0);

	/* Warm reset: attach the same memory. */
	tap_ok(beb_attach(&b, region, REGION) == BEB_ATTACH_KEPT && b.boots == 2 && b.next_seq == 5,
	    "reboot: buffer kept, boot 2, next seq 5");
	n = beb_read(&b, 0, out, 32, &lost);
	tap_ok(n == 5 && lost == 0 && out[0].seq == 0 && out[0].boot == 1 && out[4].fields[1] == 0x1004 &&
	        out[4].type == LEDGER_FAULT && out[4].time == 1004,
	    "the previous boot's records are readable");
	beb_append(&b, 7, 0, LEDGER_STRIKE, 0, 0, 1, 20000);
	n = beb_read(&b, 5, out, 32, &lost);
	tap_ok(n == 1 && out[0].boot == 2 && out[0].seq == 5, "new records carry the new boot number");
	char line[LEDGER_LINE_MAX];
	size_t len = beb_format(&out[0], line, sizeof(line));
	tap_ok(
	    strcmp(line, "beb 5 boot=2 t=7 fiber=0 strike tier=photon strikes=1 ran=20000") == 0 && len == strlen(line),
	    "a record's line: %s", line);
	out[0].flags = LEDGER_F_BEB;
	out[0].boot = UINT32_MAX;
	out[0].seq = out[0].time = UINT64_MAX;
	out[0].fiber = UINT32_MAX;
	out[0].type = LEDGER_SYSCALL_DENIED;
	out[0].fields[0] = out[0].fields[1] = out[0].fields[2] = UINT64_MAX;
	tap_ok(beb_format(&out[0], line, sizeof(line)) < LEDGER_LINE_MAX, "the longest record line fits (%zu)",
	    strlen(line));

	/* Wrap around and reboot again. */
	for (int i = 0; i < 30; i++)
		beb_append(&b, (uint64_t)i, 1, LEDGER_PREEMPT, 0, 0, (uint64_t)i, 0);
	tap_ok(beb_attach(&b, region, REGION) == BEB_ATTACH_KEPT && b.boots == 3 && b.next_seq == 36,
	    "wrapped, rebooted: next seq 36 recovered from the records");
	n = beb_read(&b, 0, out, 32, &lost);
	tap_ok(n == 16 && lost == 20 && out[0].seq == 20 && out[15].seq == 35, "wrapped: 16 newest, 20 lost");
	n = beb_read(&b, 30, out, 4, &lost);
	tap_ok(n == 4 && lost == 0 && out[0].seq == 30 && out[3].seq == 33, "read from a seq, at most max");

	/* Same memory, but a different size this boot: the geometry changed. */
	tap_ok(beb_attach(&b, region, REGION + 64 * 16) == BEB_ATTACH_CORRUPT && b.boots == 1 && b.capacity == 32,
	    "a region of another size is reinitialised");
}

static void
test_beb_corruption(void)
{
	struct beb b;
	struct beb_record out[32];
	uint64_t lost;
	size_t n;

	memset(region, 0, sizeof(region));
	(void)beb_attach(&b, region, REGION);
	for (int i = 0; i < 10; i++)
		beb_append(&b, (uint64_t)i, 2, LEDGER_CHAN_ERR, 0, 1, (uint64_t)-5, 0);

	/* A stray write in a record. */
	((uint8_t *)region)[64 + 3 * 64 + 20] ^= 0x40;
	n = beb_read(&b, 0, out, 32, &lost);
	tap_ok(n == 9 && lost == 1 && out[2].seq == 2 && out[3].seq == 4, "a damaged record is skipped and counted");
	tap_ok(beb_attach(&b, region, REGION) == BEB_ATTACH_KEPT && b.next_seq == 10,
	    "a damaged record does not stop a reboot");

	/* The newest record damaged: next seq goes back one, its slot is reused. */
	((uint8_t *)region)[64 + 9 * 64 + 60] ^= 1;
	tap_ok(
	    beb_attach(&b, region, REGION) == BEB_ATTACH_KEPT && b.next_seq == 9, "a damaged newest record is dropped");

	/* A valid record in the wrong slot. */
	struct beb_record *recs = (struct beb_record *)((uint8_t *)region + 64);
	recs[5] = recs[6];
	n = beb_read(&b, 0, out, 32, &lost);
	tap_ok(n == 7 && lost == 2, "a record copied to the wrong slot is refused");

	/* Header damage: each byte of the header. */
	bool all = true;
	for (int i = 0; i < 64; i++) {
		(void)beb_attach(&b, region, REGION);
		uint32_t boots = b.boots;
		((uint8_t *)region)[i] ^= 0x10;
		int rc = beb_attach(&b, region, REGION);
		bool ok = i < 8 ? rc == BEB_ATTACH_NEW : rc == BEB_ATTACH_CORRUPT;
		all = all && ok && b.boots == 1 && b.next_seq == 0 && beb_read(&b, 0, out, 32, &lost) == 0;
		if (!ok)
			tap_diag("header byte %d: %d after boot %u", i, rc, boots);
		for (int j = 0; j < 4; j++)
			beb_append(&b, 0, 0, LEDGER_FAULT, 0, 0, 0, 0);
	}
	tap_ok(all, "a flipped bit anywhere in the header: reinitialised (bad magic reads as no buffer)");

	/* Random garbage, as after a cold power-on. */
	srand(3);
	for (size_t i = 0; i < sizeof(region); i++)
		((uint8_t *)region)[i] = (uint8_t)rand();
	tap_ok(beb_attach(&b, region, REGION) == BEB_ATTACH_NEW && beb_read(&b, 0, out, 32, &lost) == 0,
	    "random memory: a new buffer");
	((uint64_t *)region)[0] = BEB_MAGIC;
	((uint8_t *)region)[40] ^= 1;
	tap_ok(beb_attach(&b, region, REGION) == BEB_ATTACH_CORRUPT && b.boots == 1, "magic with a bad check: corrupt");
}

/*
 * A reset can stop beb_append after any of its stores.  Replay the append
 * store by store: the check inverted, then each byte of the body, then the
 * new check; attaching at every point must keep the buffer, return every
 * older record that was not in the overwritten slot, and return the new
 * record only once it is complete.
 */
static void
test_beb_torn(void)
{
	static uint64_t before[REGION / 8], after[REGION / 8], state[REGION / 8];
	struct beb b;
	struct beb_record out[32];
	uint64_t lost;
	bool ok = true;
	int states = 0;

	for (int fill = 3; fill <= 40; fill += 37) {
		memset(before, 0, sizeof(before));
		(void)beb_attach(&b, before, REGION);
		for (int i = 0; i < fill; i++)
			beb_append(&b, (uint64_t)i, 1, LEDGER_FAULT, 0, (uint64_t)i, 0, 0);
		memcpy(after, before, sizeof(after));
		struct beb a = b;
		a.hdr = (struct beb_header *)after;
		a.records = (struct beb_record *)(a.hdr + 1);
		uint64_t seq = beb_append(&a, 999, 9, LEDGER_STRIKE, 0, 0, 3, 5);
		size_t off = 64 + (size_t)(seq & 15) * 64;
		uint64_t old_oldest = fill > 16 ? (uint64_t)fill - 16 : 0;

		for (int step = 0; step <= 58; step++) {
			memcpy(state, before, sizeof(state));
			uint8_t *s = (uint8_t *)state;
			if (step >= 1) /* the check inverted */
				*(uint64_t *)(s + off + 56) = ~*(uint64_t *)((uint8_t *)before + off + 56);
			if (step >= 2) /* step - 2 bytes of the body */
				memcpy(s + off, (uint8_t *)after + off, (size_t)(step - 2 > 56 ? 56 : step - 2));
			if (step == 58)
				memcpy(state, after, sizeof(state));
			int rc = beb_attach(&b, state, REGION);
			size_t n = beb_read(&b, 0, out, 32, &lost);
			bool complete = step == 58;
			bool has_new = n > 0 && out[n - 1].seq == seq && out[n - 1].time == 999;
			uint64_t want_next = complete ? seq + 1 : seq;
			/* Older records other than the one being overwritten all read back. */
			size_t want_old = (size_t)(seq - old_oldest) - (fill >= 16 && step >= 1 ? 1 : 0);
			size_t olds = n - (has_new ? 1 : 0);
			if (rc != BEB_ATTACH_KEPT || has_new != complete || b.next_seq != want_next ||
			    olds != want_old) {
				tap_diag("fill %d step %d: rc %d new %d next %llu olds %zu/%zu", fill, step, rc,
				    has_new, (unsigned long long)b.next_seq, olds, want_old);
				ok = false;
			}
			states++;
		}
	}
	tap_ok(ok, "torn appends: %d reset points, never a half record, older records kept", states);
}

int
main(void)
{
	test_stl_ring();
	test_format();
	test_beb_reboot();
	test_beb_corruption();
	test_beb_torn();
	return tap_done();
}
