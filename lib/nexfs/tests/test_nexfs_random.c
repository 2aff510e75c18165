/*
 * test_nexfs_random.c: seeded random operations checked against an
 * in-memory model.
 *
 * Names come from a small fixed universe (two directories, six files at the
 * root and in each directory) so that operations collide often.  After
 * every operation the return code must be the one the model predicts; every
 * few hundred operations every file is read back and compared, and the
 * reference counts are checked against the tree.  Remounts, snapshots and
 * rollbacks are mixed in.  The default chunk sizes on this volume (1/4/16
 * KiB, 4 KiB blocks) make chunks of up to four pieces.  NEXFS_RANDOM_OPS (default 6000),
 * NEXFS_RANDOM_SEED (default 1) and NEXFS_RANDOM_CHECK (check the counts
 * every so many operations, default 1000) make longer or different runs; a failure
 * prints the seed and the operation number, so a run replays exactly.
 */
#include "nexfs_test.h"
#include "nexfs_check.h"

#define NDIRS 2
#define NFILES 18
#define MAXSIZE (24 * 1024)

struct mfile {
	bool exists;
	size_t size;
	uint8_t data[MAXSIZE];
};

struct model {
	bool dir[NDIRS];
	struct mfile f[NFILES];
};

static struct model m, snapm;
static bool have_snap;
static nexfs_snap_t snap_id;
static struct tfs t;
static uint64_t rs;
static uint8_t buf[MAXSIZE * 2], back[MAXSIZE * 2];

static uint32_t
rnd(uint32_t n)
{
	rs ^= rs << 13;
	rs ^= rs >> 7;
	rs ^= rs << 17;
	return (uint32_t)(rs >> 11) % n;
}

static void
fname(int i, char *p, size_t n)
{
	if (i < 6)
		snprintf(p, n, "/f%d", i);
	else
		snprintf(p, n, "/d%d/f%d", (i - 6) / 6, (i - 6) % 6);
}

/* Index of the directory holding file i, or -1 for the root. */
static int
fdir(int i)
{
	return i < 6 ? -1 : (i - 6) / 6;
}

static bool
parent_ok(int i)
{
	return fdir(i) < 0 || m.dir[fdir(i)];
}

static int
compare_all(void)
{
	char p[32];
	size_t got;
	int err;

	for (int i = 0; i < NFILES; i++) {
		struct nexfs_stat st;

		fname(i, p, sizeof(p));
		err = nexfs_stat(&t.fs, p, &st);
		if (!m.f[i].exists) {
			if (err != NEXFS_ERR_NOENT)
				return -1;
			continue;
		}
		if (err || st.size != m.f[i].size)
			return -2;
		err = tfs_get(&t, NEXFS_LIVE, p, back, sizeof(back), &got);
		if (err || got != m.f[i].size || memcmp(back, m.f[i].data, got) != 0) {
			size_t d = 0;

			while (d < got && d < m.f[i].size && back[d] == m.f[i].data[d])
				d++;
			tap_diag("%s: err %d, %zu bytes (model %zu), first difference at %zu", p,
			    err, got, m.f[i].size, d);
			return -3;
		}
	}
	return 0;
}

static int
expect(int got, int want, uint64_t op, const char *what)
{
	if (got != want) {
		tap_diag("op %llu (%s): got %d (%s), model says %d", (unsigned long long)op, what,
		    got, nexfs_strerror(got), want);
		return 1;
	}
	return 0;
}

int
main(void)
{
	const char *e = getenv("NEXFS_RANDOM_OPS");
	uint64_t nops = e ? strtoull(e, NULL, 10) : 6000;
	uint64_t seed = getenv("NEXFS_RANDOM_SEED") ? strtoull(getenv("NEXFS_RANDOM_SEED"), NULL, 10) : 1;
	uint64_t every = getenv("NEXFS_RANDOM_CHECK") ? strtoull(getenv("NEXFS_RANDOM_CHECK"), NULL, 10) : 1000;
	uint64_t op, nospc = 0;
	int kind = 0;
	int bad = 0;
	char p[32], q[32];

	rs = seed * 0x9e3779b97f4a7c15ull + 1;
	tfs_init(&t, 256, 4096, 1024, NEXFS_FLASH_NOR);
	(void)nexfs_format(&t.cfg, NULL);
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0, "mount (seed %llu, %llu operations)",
	    (unsigned long long)seed, (unsigned long long)nops);
	for (op = 0; op < nops && bad == 0; op++) {
		int i = (int)rnd(NFILES), j, k, err, want;
		struct nexfs_file f;
		size_t off, len;

		fname(i, p, sizeof(p));
		switch ((kind = (int)rnd(20))) {
		case 0: case 1: case 2: case 3: case 4:	/* write at offset */
			off = rnd(MAXSIZE / 2);
			len = 1 + rnd(MAXSIZE / 2);
			for (size_t x = 0; x < len; x++)
				buf[x] = (uint8_t)(op + x * 7);
			if (rnd(4) == 0)
				memset(buf, 0, len);
			err = nexfs_file_open(&t.fs, &f, p, NEXFS_O_RDWR | NEXFS_O_CREAT);
			want = parent_ok(i) ? 0 : NEXFS_ERR_NOENT;
			if (err == NEXFS_ERR_NOSPC) {
				nospc++;
				break;
			}
			bad += expect(err, want, op, "open for write");
			if (err)
				break;
			if (!m.f[i].exists) {
				m.f[i].exists = true;
				m.f[i].size = 0;
			}
			err = nexfs_file_write(&t.fs, &f, off, buf, len);
			(void)nexfs_file_close(&t.fs, &f);
			if (err == NEXFS_ERR_NOSPC) {
				nospc++;
				break;
			}
			bad += expect(err, 0, op, "write");
			if (off > m.f[i].size)
				memset(m.f[i].data + m.f[i].size, 0, off - m.f[i].size);
			memcpy(m.f[i].data + off, buf, len);
			if (off + len > m.f[i].size)
				m.f[i].size = off + len;
			break;
		case 5: case 6:	/* truncate */
			len = rnd(MAXSIZE);
			err = nexfs_file_open(&t.fs, &f, p, NEXFS_O_RDWR);
			bad += expect(err, m.f[i].exists ? 0 : NEXFS_ERR_NOENT, op, "open");
			if (err)
				break;
			err = nexfs_file_truncate(&t.fs, &f, len);
			(void)nexfs_file_close(&t.fs, &f);
			if (err == NEXFS_ERR_NOSPC) {
				nospc++;
				break;
			}
			bad += expect(err, 0, op, "truncate");
			if (len > m.f[i].size)
				memset(m.f[i].data + m.f[i].size, 0, len - m.f[i].size);
			m.f[i].size = len;
			break;
		case 7: case 8:	/* remove */
			err = nexfs_remove(&t.fs, p);
			bad += expect(err, m.f[i].exists ? 0 : NEXFS_ERR_NOENT, op, "remove");
			m.f[i].exists = false;
			break;
		case 9: case 10:	/* rename */
			j = (int)rnd(NFILES);
			fname(j, q, sizeof(q));
			err = nexfs_rename(&t.fs, p, q);
			if (!parent_ok(i) || !m.f[i].exists)
				want = NEXFS_ERR_NOENT;
			else if (!parent_ok(j))
				want = NEXFS_ERR_NOENT;
			else
				want = 0;
			if (err == NEXFS_ERR_NOSPC) {
				nospc++;
				break;
			}
			bad += expect(err, want, op, "rename");
			if (err == 0 && i != j) {
				m.f[j] = m.f[i];
				m.f[i].exists = false;
			}
			break;
		case 11: case 12:	/* mkdir or rmdir */
			k = (int)rnd(NDIRS);
			snprintf(q, sizeof(q), "/d%d", k);
			if (!m.dir[k]) {
				err = nexfs_mkdir(&t.fs, q);
				if (err == NEXFS_ERR_NOSPC) {
					nospc++;
					break;
				}
				bad += expect(err, 0, op, "mkdir");
				m.dir[k] = true;
			} else {
				bool empty = true;

				for (int x = 6 + 6 * k; x < 12 + 6 * k; x++)
					if (m.f[x].exists)
						empty = false;
				err = nexfs_remove(&t.fs, q);
				bad += expect(err, empty ? 0 : NEXFS_ERR_NOTEMPTY, op, "rmdir");
				if (empty)
					m.dir[k] = false;
			}
			break;
		case 13: case 14: case 15:	/* read and compare one file */
			err = tfs_get(&t, NEXFS_LIVE, p, back, sizeof(back), &len);
			bad += expect(err, m.f[i].exists ? 0 : NEXFS_ERR_NOENT, op, "read");
			if (!err && (len != m.f[i].size || memcmp(back, m.f[i].data, len) != 0)) {
				tap_diag("op %llu: content of %s differs", (unsigned long long)op, p);
				bad++;
			}
			break;
		case 16:	/* remount */
			bad += expect(nexfs_unmount(&t.fs), 0, op, "unmount");
			bad += expect(nexfs_mount(&t.fs, &t.cfg), 0, op, "mount");
			break;
		case 17:	/* snapshot (replacing the previous one) */
			if (have_snap)
				bad += expect(nexfs_snapshot_delete(&t.fs, snap_id), 0, op, "delete");
			have_snap = false;
			err = nexfs_snapshot_create(&t.fs, "r", &snap_id);
			if (err == NEXFS_ERR_NOSPC) {
				nospc++;
				break;
			}
			bad += expect(err, 0, op, "snapshot");
			snapm = m;
			have_snap = true;
			break;
		case 18:	/* rollback */
			if (!have_snap || rnd(3) != 0)
				break;
			bad += expect(nexfs_snapshot_rollback(&t.fs, snap_id), 0, op, "rollback");
			m = snapm;
			break;
		default:
			if (op % 4 == 0 && compare_all() != 0) {
				tap_diag("op %llu: tree differs from the model", (unsigned long long)op);
				bad++;
			}
			break;
		}
		if (op % every == every - 1 && nexfs_check(&t.fs) != 0) {
			tap_diag("op %llu (kind %d, %s): refcounts inconsistent", (unsigned long long)op,
			    kind, p);
			bad++;
		}
	}
	tap_ok(bad == 0, "%llu random operations agree with the model (%llu NOSPC)",
	    (unsigned long long)op, (unsigned long long)nospc);
	tap_ok(compare_all() == 0, "final tree equals the model");
	tap_ok(nexfs_check(&t.fs) == 0, "final refcounts consistent");
	tap_ok(nck_cont_seen > 0, "chunks spanned blocks: the checks saw %llu CONT pieces",
	    (unsigned long long)nck_cont_seen);
	tap_ok(nexfs_unmount(&t.fs) == 0 && nexfs_mount(&t.fs, &t.cfg) == 0 && compare_all() == 0,
	    "remount: still equal");
	tfs_free(&t);
	return tap_done();
}
