/*
 * bench_nexfs.c: NexFS figures for `make bench`, one "bench NAME VALUE UNIT"
 * line each.  Everything runs at library level on the emulated flash in
 * RAM (built -O2 without sanitizers), beside the same work on the host's
 * own filesystem where that comparison means something.
 *
 * Usage: bench_nexfs [MiB]  (size of the sequential file, default 256)
 */
#define _POSIX_C_SOURCE 200809L
#include <nexfs/flash_emu.h>
#include <nexfs/nexfs.h>

#include "../nexfs_internal.h"	/* the chunk fill walks files' extents */

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct vol {
	struct nexfs_flash_geometry geo;
	struct nexfs_emu emu;
	uint8_t *mem, *aux;
	void *buf;
	struct nexfs_config cfg;
	struct nexfs fs;
};

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A new volume of the given geometry, formatted with opt. */
static void
vol_open_opt(struct vol *v, uint32_t page, uint32_t block, uint32_t count, uint32_t flags,
    const struct nexfs_format_options *opt)
{
	struct nexfs_mem_report rep;

	memset(v, 0, sizeof(*v));
	v->geo.page_size = page;
	v->geo.block_size = block;
	v->geo.block_count = count;
	v->geo.flags = flags;
	v->mem = malloc((size_t)block * count);
	v->aux = malloc(nexfs_emu_aux_size(&v->geo));
	nexfs_emu_init(&v->emu, &v->geo, v->mem, v->aux, true);
	if (nexfs_mem_required(&v->geo, &rep) != 0)
		abort();
	v->buf = aligned_alloc(16, (rep.buffer_bytes + rep.pack_bytes + 15) & ~(size_t)15);
	v->cfg.flash = &nexfs_emu_ops;
	v->cfg.flash_ctx = &v->emu;
	v->cfg.buffer = v->buf;
	v->cfg.buffer_size = rep.buffer_bytes + rep.pack_bytes;
	if (nexfs_format(&v->cfg, opt) != 0 || nexfs_mount(&v->fs, &v->cfg) != 0)
		abort();
}

/* A new NOR volume with chunk sizes min/avg/max (all 0: the format's defaults). */
static void
vol_open_cdc(struct vol *v, uint32_t page, uint32_t block, uint32_t count, uint32_t min,
    uint32_t avg, uint32_t max)
{
	struct nexfs_format_options opt = { .cdc_min = min, .cdc_avg = avg, .cdc_max = max };

	vol_open_opt(v, page, block, count, NEXFS_FLASH_NOR, &opt);
}

/* A new volume with device flags and features (0: the defaults). */
static void
vol_open_flags(struct vol *v, uint32_t page, uint32_t block, uint32_t count, uint32_t flags,
    uint64_t features)
{
	struct nexfs_format_options opt = { .features = features };

	vol_open_opt(v, page, block, count, flags, &opt);
}

static void
vol_open(struct vol *v, uint32_t page, uint32_t block, uint32_t count)
{
	vol_open_cdc(v, page, block, count, 0, 0, 0);
}

static void
vol_close(struct vol *v)
{
	(void)nexfs_unmount(&v->fs);
	free(v->mem);
	free(v->aux);
	free(v->buf);
}

static void
check(int err, const char *what)
{
	if (err) {
		fprintf(stderr, "bench_nexfs: %s: %s\n", what, nexfs_strerror(err));
		exit(1);
	}
}

static void
sequential(size_t mib)
{
	size_t chunk = 1 << 20, total = mib << 20, got;
	uint8_t *buf = malloc(chunk);
	struct nexfs_file f;
	struct vol v;
	double t0, tw, tr;
	char path[] = "/tmp/nexfs-bench-XXXXXX";
	int fd;

	for (size_t i = 0; i < chunk; i++)
		buf[i] = (uint8_t)(i * 2654435761u >> 13);
	vol_open(&v, 2048, 4096, (uint32_t)((total + total / 4) / 4096 + 512));
	check(nexfs_file_open(&v.fs, &f, "/big", NEXFS_O_RDWR | NEXFS_O_CREAT), "open");
	t0 = now();
	for (size_t off = 0; off < total; off += chunk) {
		buf[0] = (uint8_t)(off >> 20);	/* every MiB differs: no dedup help */
		buf[chunk / 2] = (uint8_t)(off >> 20);
		for (size_t k = 0; k < chunk; k += 4096)
			buf[k + 1] = (uint8_t)(off >> 20), buf[k + 2] = (uint8_t)(off >> 28);
		check(nexfs_file_write(&v.fs, &f, off, buf, chunk), "write");
	}
	tw = now() - t0;
	t0 = now();
	for (size_t off = 0; off < total; off += chunk)
		check(nexfs_file_read(&v.fs, &f, off, buf, chunk, &got), "read");
	tr = now() - t0;
	(void)nexfs_file_close(&v.fs, &f);
	printf("bench nexfs_seq_write_%zumib %.1f MB/s\n", mib, (double)total / tw / 1e6);
	printf("bench nexfs_seq_read_%zumib %.1f MB/s\n", mib, (double)total / tr / 1e6);
	vol_close(&v);

	/* The same on the host filesystem, with an fsync at the end. */
	fd = mkstemp(path);
	if (fd >= 0) {
		t0 = now();
		for (size_t off = 0; off < total; off += chunk)
			if (write(fd, buf, chunk) != (ssize_t)chunk)
				break;
		fsync(fd);
		tw = now() - t0;
		lseek(fd, 0, SEEK_SET);
		t0 = now();
		for (size_t off = 0; off < total; off += chunk)
			if (read(fd, buf, chunk) != (ssize_t)chunk)
				break;
		tr = now() - t0;
		close(fd);
		unlink(path);
		printf("bench host_fs_seq_write_%zumib %.1f MB/s\n", mib, (double)total / tw / 1e6);
		printf("bench host_fs_seq_read_%zumib %.1f MB/s (page cache)\n", mib,
		    (double)total / tr / 1e6);
	}
	free(buf);
}

static void
small_files(void)
{
	struct vol v;
	struct nexfs_file f;
	char p[64];
	uint8_t data[200];
	double t0, dt;
	int n = 0;

	memset(data, 'a', sizeof(data));
	vol_open(&v, 256, 4096, 32768);
	check(nexfs_mkdir(&v.fs, "/d"), "mkdir");
	t0 = now();
	for (int i = 0; i < 10000; i++, n++) {
		snprintf(p, sizeof(p), "/d/file%d", i);
		data[0] = (uint8_t)i;
		data[1] = (uint8_t)(i >> 8);
		check(nexfs_file_open(&v.fs, &f, p, NEXFS_O_WRONLY | NEXFS_O_CREAT), "create");
		check(nexfs_file_write(&v.fs, &f, 0, data, sizeof(data)), "write");
		(void)nexfs_file_close(&v.fs, &f);
	}
	dt = now() - t0;
	printf("bench nexfs_small_file_create %.0f files/s (10,000 files of 200 B in one directory)\n",
	    n / dt);
	(void)nexfs_unmount(&v.fs);
	t0 = now();
	check(nexfs_mount(&v.fs, &v.cfg), "mount");
	dt = now() - t0;
	printf("bench nexfs_mount_10000_files %.2f ms\n", dt * 1e3);
	vol_close(&v);

	/* Mount time against volume size (empty volumes, 4 KiB blocks). */
	for (uint32_t mib = 16; mib <= 512; mib *= 32) {
		vol_open(&v, 256, 4096, mib * 256);
		(void)nexfs_unmount(&v.fs);
		t0 = now();
		check(nexfs_mount(&v.fs, &v.cfg), "mount");
		dt = now() - t0;
		printf("bench nexfs_mount_empty_%umib %.2f ms\n", mib, dt * 1e3);
		vol_close(&v);
	}
}

static void
overwrite_amplification(void)
{
	struct vol v;
	struct nexfs_file f;
	static uint8_t data[1 << 20];
	uint64_t before;
	int n = 1000;

	for (size_t i = 0; i < sizeof(data); i++)
		data[i] = (uint8_t)(i * 7);
	vol_open(&v, 256, 4096, 4096);
	check(nexfs_file_open(&v.fs, &f, "/f", NEXFS_O_RDWR | NEXFS_O_CREAT), "open");
	check(nexfs_file_write(&v.fs, &f, 0, data, sizeof(data)), "write");
	before = v.emu.bytes_programmed;
	for (int i = 0; i < n; i++)
		check(nexfs_file_write(&v.fs, &f, (uint64_t)(i * 7919 % 10000) * 100, "0123456789", 10),
		    "overwrite");
	printf("bench nexfs_write_amplification_10b_overwrite %.0f x (bytes programmed / bytes "
	    "written, 4 KiB blocks, each write committed)\n",
	    (double)(v.emu.bytes_programmed - before) / (10.0 * n));
	(void)nexfs_file_close(&v.fs, &f);
	vol_close(&v);

	/* The same in batch mode, one sync every 100 writes. */
	vol_open(&v, 256, 4096, 4096);
	(void)nexfs_unmount(&v.fs);
	v.cfg.mount_flags = NEXFS_MOUNT_BATCH;
	check(nexfs_mount(&v.fs, &v.cfg), "mount");
	check(nexfs_file_open(&v.fs, &f, "/f", NEXFS_O_RDWR | NEXFS_O_CREAT), "open");
	check(nexfs_file_write(&v.fs, &f, 0, data, sizeof(data)), "write");
	check(nexfs_sync(&v.fs), "sync");
	before = v.emu.bytes_programmed;
	for (int i = 0; i < n; i++) {
		check(nexfs_file_write(&v.fs, &f, (uint64_t)(i * 7919 % 10000) * 100, "0123456789", 10),
		    "overwrite");
		if (i % 100 == 99)
			check(nexfs_sync(&v.fs), "sync");
	}
	printf("bench nexfs_write_amplification_10b_overwrite_batch %.0f x (batch mode, a sync "
	    "every 100 writes)\n", (double)(v.emu.bytes_programmed - before) / (10.0 * n));
	(void)nexfs_file_close(&v.fs, &f);
	vol_close(&v);
}

/* Files of a source tree, for the dedup figure. */
struct src {
	char *data;
	size_t len;
};

static int
load_tree(const char *dir, struct src *out, int max, int n)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char p[1024];

	if (d == NULL)
		return n;
	while ((e = readdir(d)) != NULL && n < max) {
		struct stat st;

		if (e->d_name[0] == '.')
			continue;
		snprintf(p, sizeof(p), "%s/%s", dir, e->d_name);
		if (stat(p, &st) != 0)
			continue;
		if (S_ISDIR(st.st_mode)) {
			n = load_tree(p, out, max, n);
		} else if (S_ISREG(st.st_mode) && st.st_size > 0 && st.st_size < (1 << 20)) {
			FILE *fp = fopen(p, "rb");

			if (fp == NULL)
				continue;
			out[n].data = malloc((size_t)st.st_size + 4096);
			out[n].len = fread(out[n].data, 1, (size_t)st.st_size, fp);
			fclose(fp);
			n++;
		}
	}
	closedir(d);
	return n;
}

static void
dedup_versions(void)
{
	static struct src files[4000];
	struct nexfs_dedup_stats dd;
	uint64_t total = 0, w0, d0;
	struct vol v;
	uint32_t r = 7;
	int n = 0;

	n = load_tree("lib", files, 4000, n);
	n = load_tree("kernel", files, 4000, n);
	n = load_tree("hal", files, 4000, n);
	for (int i = 0; i < n; i++)
		total += files[i].len;
	vol_open(&v, 256, 4096, (uint32_t)(total * 12 / 4096 + 20000));
	(void)nexfs_dedup_stats(&v.fs, &dd);
	w0 = dd.bytes_written;
	d0 = dd.bytes_deduped;
	for (int ver = 0; ver < 10; ver++) {
		char p[64];

		snprintf(p, sizeof(p), "/v%d", ver);
		check(nexfs_mkdir(&v.fs, p), "mkdir");
		/* Each new version: about 3% of the files get a line inserted. */
		for (int i = 0; i < n && ver > 0; i++) {
			r = r * 1103515245u + 12345u;
			if ((r >> 16) % 100 < 3) {
				size_t at = files[i].len / 2;

				memmove(files[i].data + at + 24, files[i].data + at, files[i].len - at);
				memcpy(files[i].data + at, "/* changed in version */", 24);
				files[i].len += 24;
				if (files[i].len + 24 > (size_t)(1 << 20) + 4000)
					files[i].len -= 24;
			}
		}
		for (int i = 0; i < n; i++) {
			struct nexfs_file f;

			snprintf(p, sizeof(p), "/v%d/f%d", ver, i);
			check(nexfs_file_open(&v.fs, &f, p, NEXFS_O_WRONLY | NEXFS_O_CREAT), "create");
			check(nexfs_file_write(&v.fs, &f, 0, files[i].data, files[i].len), "write");
			(void)nexfs_file_close(&v.fs, &f);
		}
		if (ver == 0) {
			/*
			 * Bytes per block of the pieces of chunks stored (each
			 * block counted once), beside the same for blocks of
			 * 4 KiB cut at 4 KiB boundaries.
			 */
			struct nexfs_state *st = nexfs_st(&v.fs);
			uint8_t *seen = calloc(v.geo.block_count, 1);
			uint64_t aligned = 0, bytes = 0, blocks = 0;

			for (int i = 0; i < n; i++) {
				struct nexfs_inode in;
				struct nexfs_bptr bp;
				struct nexfs_obj o;

				aligned += (files[i].len + 4095) / 4096 * 4096;
				snprintf(p, sizeof(p), "/v0/f%d", i);
				check(nexfs_path_lookup(st, &st->sb.itab, st->sb.itab_height, p, &in),
				    "lookup");
				nexfs_inode_obj(st, &in, &o);
				for (uint64_t k = 0; k < in.entries; k++) {
					check(nexfs_obj_leaf_bptr(st, &o, k, &bp), "extent");
					if (bp.type != NEXFS_BT_DATA || seen[bp.block])
						continue;
					seen[bp.block] = 1;
					blocks++;
					bytes += bp.size;
				}
			}
			free(seen);
			printf("bench nexfs_chunk_fill %.1f %% (bytes of the chunks stored for the "
			    "first version / their 4 KiB blocks; block-aligned: %.1f %%)\n", 100.0 *
			    (double)bytes / ((double)blocks * 4096.0),
			    100.0 * (double)total / (double)aligned);
		}
	}
	(void)nexfs_dedup_stats(&v.fs, &dd);
	{
		uint64_t w = dd.bytes_written - w0, d = dd.bytes_deduped - d0;
		uint64_t first = w / 10;

		printf("bench nexfs_dedup_saved_of_repeated %.1f %% (%d files, %.1f MiB per version, "
		    "10 versions, 3%% of files edited per version)\n",
		    100.0 * (double)d / (double)(w - first), n, (double)total / 1048576.0);
	}
	vol_close(&v);
	for (int i = 0; i < n; i++)
		free(files[i].data);
}

/*
 * A 4 MiB file of random bytes, then a copy with 100 bytes inserted in the
 * middle: how many of the copy's bytes are not stored again, and how many
 * blocks (chunks and tree nodes) the copy costs.
 */
static void
dedup_insertion(void)
{
	static uint8_t a[4 << 20], b[(4 << 20) + 100];
	struct nexfs_dedup_stats d0, d1;
	struct nexfs_info i0, i1;
	struct nexfs_file f;
	struct vol v;
	uint32_t r = 99;

	for (size_t i = 0; i < sizeof(a); i++) {
		r = r * 1103515245u + 12345u;
		a[i] = (uint8_t)(r >> 16);
	}
	memcpy(b, a, sizeof(a) / 2);
	memset(b + sizeof(a) / 2, 'x', 100);
	memcpy(b + sizeof(a) / 2 + 100, a + sizeof(a) / 2, sizeof(a) / 2);
	vol_open(&v, 256, 4096, 4096);
	check(nexfs_file_open(&v.fs, &f, "/a", NEXFS_O_WRONLY | NEXFS_O_CREAT), "create");
	check(nexfs_file_write(&v.fs, &f, 0, a, sizeof(a)), "write");
	(void)nexfs_file_close(&v.fs, &f);
	(void)nexfs_dedup_stats(&v.fs, &d0);
	(void)nexfs_info(&v.fs, &i0);
	check(nexfs_file_open(&v.fs, &f, "/b", NEXFS_O_WRONLY | NEXFS_O_CREAT), "create");
	check(nexfs_file_write(&v.fs, &f, 0, b, sizeof(b)), "write");
	(void)nexfs_file_close(&v.fs, &f);
	(void)nexfs_dedup_stats(&v.fs, &d1);
	(void)nexfs_info(&v.fs, &i1);
	printf("bench nexfs_dedup_insert_100b_4mib %.2f %% (of a copy of a 4 MiB file with 100 "
	    "bytes inserted in the middle, not stored again; the copy costs %llu blocks of 4 KiB)\n",
	    100.0 * (double)(d1.bytes_deduped - d0.bytes_deduped) /
	    (double)(d1.bytes_written - d0.bytes_written),
	    (unsigned long long)(i0.blocks_free - i1.blocks_free));
	vol_close(&v);
}

/* Writes a whole file (create or truncate). */
static void
put_file(struct vol *v, const char *path, const void *buf, size_t len)
{
	struct nexfs_file f;

	check(nexfs_file_open(&v->fs, &f, path, NEXFS_O_WRONLY | NEXFS_O_CREAT | NEXFS_O_TRUNC),
	    "open");
	check(nexfs_file_write(&v->fs, &f, 0, buf, len), "write");
	(void)nexfs_file_close(&v->fs, &f);
}

/*
 * Wear spread: the workload of test_nexfs_wear (1 MiB NOR, 4 KiB blocks,
 * 30 static files of 20 KiB of random bytes, then 1,500 rewrites of a
 * 4 KiB file); counts, not times.
 */
static void
wear(void)
{
	static uint8_t big[20 * 1024], data[4096];
	struct vol v;
	uint32_t max, min;
	uint64_t sum, e0;
	char p[32];

	/* As test_nexfs_wear: chunks of 8/16/32 KiB, so that the static files fit. */
	vol_open_cdc(&v, 256, 4096, 256, 8192, 16384, 32768);
	for (int n = 0; n < 30; n++) {
		uint32_t x = 0x9e3779b9u * (uint32_t)(n + 1);

		for (size_t k = 0; k < sizeof(big); k++) {
			x ^= x << 13;
			x ^= x >> 17;
			x ^= x << 5;
			big[k] = (uint8_t)x;
		}
		snprintf(p, sizeof(p), "/static%d", n);
		put_file(&v, p, big, sizeof(big));
	}
	e0 = v.emu.erase_total;
	for (int i = 0; i < 1500; i++) {
		data[0] = (uint8_t)i;
		data[1] = (uint8_t)(i >> 8);
		put_file(&v, "/hot", data, sizeof(data));
	}
	nexfs_emu_wear(&v.emu, &max, &min, &sum);
	printf("bench nexfs_wear_max_over_mean %.2f (1 MiB NOR, 75%% static data in chunks of "
	    "8/16/32 KiB, 1,500 rewrites: "
	    "max %u, mean %llu, min %u erases; %llu erases in all)\n", (double)max / (double)(sum / 256),
	    max, (unsigned long long)(sum / 256), min, (unsigned long long)(v.emu.erase_total - e0));
	vol_close(&v);
}

static uint64_t
blocks_free(struct vol *v)
{
	struct nexfs_info in;

	check(nexfs_info(&v->fs, &in), "info");
	return in.blocks_free;
}

/*
 * Packing on NAND (2 KiB pages, 128 KiB blocks, 64 MiB): the blocks 1,000
 * files of 200 B take, with PACK and without (on 160 MiB); then 90% of
 * them deleted (in batch mode and without wear levelling, so that nothing
 * compacts on its own) and one compaction pass: blocks reclaimed and its
 * time.
 */
static void
packing(void)
{
	/* Without levelling, which compacts cold packed blocks by itself. */
	const uint64_t feats[2] = { NEXFS_FEAT_COMPAT_DEDUP | NEXFS_FEAT_COMPAT_PACK,
	    NEXFS_FEAT_COMPAT_DEDUP };
	struct nexfs_gc_report gr;
	uint8_t data[200];
	uint64_t f0, f1, f2, f3;
	struct vol v;
	double t0, dt;
	char p[32];

	for (int k = 0; k < 2; k++) {
		vol_open_flags(&v, 2048, 128 * 1024, k == 0 ? 512 : 1280, NEXFS_FLASH_NAND, feats[k]);
		f0 = blocks_free(&v);
		for (int i = 0; i < 1000; i++) {
			snprintf(p, sizeof(p), "/f%d", i);
			uint32_t x = 0x9e3779b9u * (uint32_t)(i + 1);

			for (size_t j = 0; j < sizeof(data); j++) {
				x ^= x << 13;
				x ^= x >> 17;
				x ^= x << 5;
				data[j] = (uint8_t)x;
			}
			put_file(&v, p, data, sizeof(data));
		}
		f1 = blocks_free(&v);
		printf("bench nexfs_pack_1000_files_blocks%s %llu blocks (NAND 2 KiB pages, 128 KiB "
		    "blocks: 1,000 files of 200 B, metadata included; %.0f bytes of flash per "
		    "file)\n", k == 0 ? "" : "_unpacked", (unsigned long long)(f0 - f1),
		    (double)(f0 - f1) * 128 * 1024 / 1000);
		if (k == 1) {
			vol_close(&v);
			break;
		}
		/* Delete 90%, one sync, then compact. */
		(void)nexfs_unmount(&v.fs);
		v.cfg.mount_flags = NEXFS_MOUNT_BATCH;
		check(nexfs_mount(&v.fs, &v.cfg), "mount");
		for (int i = 0; i < 1000; i++) {
			if (i % 10 == 0)
				continue;
			snprintf(p, sizeof(p), "/f%d", i);
			check(nexfs_remove(&v.fs, p), "remove");
		}
		check(nexfs_sync(&v.fs), "sync");
		f2 = blocks_free(&v);
		t0 = now();
		check(nexfs_gc(&v.fs, &gr), "gc");
		dt = now() - t0;
		f3 = blocks_free(&v);
		printf("bench nexfs_pack_gc_reclaimed %llu blocks (after deleting 90%% of them: "
		    "%llu blocks freed by the deletes, %llu by compaction, %llu pieces moved)\n",
		    (unsigned long long)(f3 - f1), (unsigned long long)(f2 - f1),
		    (unsigned long long)(f3 - f2), (unsigned long long)gr.pieces_moved);
		printf("bench nexfs_pack_gc_time %.2f ms (that compaction pass, one commit)\n",
		    dt * 1e3);
		vol_close(&v);
	}
}

static void
memory(void)
{
	struct nexfs_flash_geometry g = { 256, 4096, 256, NEXFS_FLASH_NOR };
	struct nexfs_mem_report rep;

	check(nexfs_mem_required(&g, &rep), "mem");
	printf("bench nexfs_small_config_ram %zu bytes (1 MiB NOR, 4 KiB blocks, lean layout: "
	    "state %zu + buffer %zu)\n", rep.lean_total, rep.state_bytes, rep.lean_bytes);
	printf("bench nexfs_small_config_ram_full %zu bytes (the same, full layout: state %zu + "
	    "buffer %zu)\n", rep.total, rep.state_bytes, rep.buffer_bytes);
}

/*
 * The small configuration's two layouts doing the same work: 100 files of
 * 6,000 bytes written (a commit each), the volume remounted, every file
 * read back.  Time and bytes read from flash, lean against full.
 */
static void
small_layouts(void)
{
	static uint8_t data[6000], back[6000];
	double t_w[2], t_r[2];
	uint64_t rd[2];
	uint32_t x = 99;

	for (size_t i = 0; i < sizeof(data); i++)
		data[i] = (uint8_t)((x = x * 1103515245u + 12345u) >> 24);
	for (int lean = 0; lean < 2; lean++) {
		struct nexfs_mem_report rep;
		struct vol v;
		char name[32];
		double t0;
		uint64_t r0;

		vol_open(&v, 256, 4096, 256);
		check(nexfs_mem_required(&v.geo, &rep), "mem");
		check(nexfs_unmount(&v.fs), "unmount");
		v.cfg.buffer_size = lean ? rep.lean_bytes : rep.buffer_bytes;
		check(nexfs_mount(&v.fs, &v.cfg), "mount");
		check(nexfs_mkdir(&v.fs, "/d"), "mkdir");
		t0 = now();
		r0 = v.emu.bytes_read;
		for (int i = 0; i < 100; i++) {
			snprintf(name, sizeof(name), "/d/f%d", i);
			data[0] = (uint8_t)i;
			put_file(&v, name, data, sizeof(data));
		}
		t_w[lean] = now() - t0;
		check(nexfs_unmount(&v.fs), "unmount");
		check(nexfs_mount(&v.fs, &v.cfg), "mount");
		t0 = now();
		for (int i = 0; i < 100; i++) {
			struct nexfs_file f;
			size_t got;

			snprintf(name, sizeof(name), "/d/f%d", i);
			check(nexfs_file_open(&v.fs, &f, name, NEXFS_O_RDONLY), "open");
			check(nexfs_file_read(&v.fs, &f, 0, back, sizeof(back), &got), "read");
			if (got != sizeof(back))
				check(NEXFS_ERR_IO, "short read");
			(void)nexfs_file_close(&v.fs, &f);
		}
		t_r[lean] = now() - t0;
		rd[lean] = v.emu.bytes_read - r0;
		vol_close(&v);
	}
	printf("bench nexfs_small_lean_write_ms %.2f ms (100 files of 6,000 bytes, 1 MiB NOR; "
	    "full layout %.2f ms: %.2fx)\n", t_w[1] * 1e3, t_w[0] * 1e3, t_w[1] / t_w[0]);
	printf("bench nexfs_small_lean_read_ms %.2f ms (the files read back after a remount; full "
	    "%.2f ms: %.2fx)\n", t_r[1] * 1e3, t_r[0] * 1e3, t_r[1] / t_r[0]);
	printf("bench nexfs_small_lean_flash_read %llu bytes (both; full layout %llu: %.2fx)\n",
	    (unsigned long long)rd[1], (unsigned long long)rd[0], (double)rd[1] / (double)rd[0]);
}

int
main(int argc, char **argv)
{
	size_t mib = argc > 1 ? (size_t)atoi(argv[1]) : 256;

	memory();
	small_layouts();
	packing();
	wear();
	overwrite_amplification();
	small_files();
	dedup_versions();
	dedup_insertion();
	sequential(mib);
	return 0;
}
