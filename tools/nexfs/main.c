/*
 * main.c: the nexfs command-line tool, which makes and works on NexFS
 * volumes kept in image files.
 *
 * Each subcommand is a cmd_* function listed in the table at the bottom,
 * with its synopsis and help text beside it; main() picks one by name.
 * Every subcommand parses its options with getopt_long (the common ones,
 * --raw, --verbose and --help, are accepted everywhere), opens the image
 * through volume.c, calls the library and reports failures as
 * "nexfs CMD: WHAT: REASON", naming the image or file.
 *
 * Exit status: 0 on success, 1 when the work failed (or scrub found damage
 * it could not repair), 2 for a usage error.
 */
#include "progress.h"
#include "util.h"
#include "volume.h"

#include <errno.h>
#include <fcntl.h>
#include <dirent.h>
#include <getopt.h>
#include <nexfs/cdc.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define IO_CHUNK (1024u * 1024u)
#define PROGRESS_MIN (8u * 1024u * 1024u)

struct cmd {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *synopsis;
	const char *help;
};

/* State of the one command being run. */
static const struct cmd *cur;
static char prog_name[64] = "nexfs";
static int verbose;
static bool have_raw;
static struct nexfs_flash_geometry raw_geo;

static const struct cmd *find_cmd(const char *name);

/* --- Messages ------------------------------------------------------------ */

static void __attribute__((format(printf, 1, 2)))
errmsg(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", prog_name);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static int __attribute__((format(printf, 1, 2)))
usage_error(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", prog_name);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	if (cur != NULL)
		fprintf(stderr, "usage: nexfs %s %s\nTry 'nexfs %s --help'.\n",
		    cur->name, cur->synopsis, cur->name);
	else
		fprintf(stderr, "Try 'nexfs --help'.\n");
	return 2;
}

static void
print_help(const struct cmd *c)
{
	printf("usage: nexfs %s %s\n\n%s", c->name, c->synopsis, c->help);
	printf("\nCommon options:\n"
	    "  --raw PAGE,BLOCK,COUNT[,nand]  the image is a plain flash dump of\n"
	    "                                 this geometry (no image footer)\n"
	    "  -v, --verbose                  more messages from the library\n"
	    "  -h, --help                     this help\n");
}

/* Reports a library error on PATH inside the volume. */
static int
fs_fail(struct volume *v, const char *path, int err)
{
	if (path != NULL)
		errmsg("%s:%s: %s", v->path, path, volume_strerror(v, err));
	else
		errmsg("%s: %s", v->path, volume_strerror(v, err));
	return 1;
}

/* --- Option parsing ------------------------------------------------------ */

enum {
	OPT_RAW = 1000,
	OPT_CSUM,
	OPT_CDC,
	OPT_NAND,
	OPT_NOR,
	OPT_NO_DEDUP,
	OPT_NO_WEAR,
	OPT_NO_PACK,
	OPT_ENABLE,
	OPT_DISABLE,
};

#define COMMON_LONGOPTS                                                    \
	{ "help", no_argument, NULL, 'h' },                                \
	{ "verbose", no_argument, NULL, 'v' },                             \
	{ "raw", required_argument, NULL, OPT_RAW }

static bool
parse_raw(const char *arg)
{
	char buf[128], *save = NULL, *tok;
	uint64_t v[3];
	int i;

	if (strlen(arg) >= sizeof(buf))
		return false;
	strcpy(buf, arg);
	memset(&raw_geo, 0, sizeof(raw_geo));
	tok = strtok_r(buf, ",", &save);
	for (i = 0; i < 3; i++) {
		if (tok == NULL || !(i < 2 ? util_parse_size(tok, &v[i], false) :
		    util_parse_uint(tok, UINT32_MAX, &v[i])) || v[i] > UINT32_MAX)
			return false;
		tok = strtok_r(NULL, ",", &save);
	}
	raw_geo.page_size = (uint32_t)v[0];
	raw_geo.block_size = (uint32_t)v[1];
	raw_geo.block_count = (uint32_t)v[2];
	if (tok != NULL) {
		if (strcmp(tok, "nand") == 0)
			raw_geo.flags = NEXFS_FLASH_NAND;
		else if (strcmp(tok, "nor") != 0)
			return false;
		if (strtok_r(NULL, ",", &save) != NULL)
			return false;
	}
	have_raw = true;
	return true;
}

/*
 * Returns the next option of the command that is not a common one, -1 at
 * the end, or -2 when the command must stop with exit status *status (help
 * printed, or a usage error reported).  Options may come before or after
 * the other arguments.
 */
static int
next_opt(int argc, char **argv, const char *shortopts,
    const struct option *longopts, int *status)
{
	char opts[64];
	int c;

	snprintf(opts, sizeof(opts), "%shv", shortopts);
	for (;;) {
		c = getopt_long(argc, argv, opts, longopts, NULL);
		switch (c) {
		case 'h':
			print_help(cur);
			*status = 0;
			return -2;
		case 'v':
			verbose++;
			break;
		case OPT_RAW:
			if (!parse_raw(optarg)) {
				*status = usage_error("bad --raw geometry '%s' "
				    "(want PAGE,BLOCK,COUNT[,nand|nor], e.g. "
				    "4096,64K,256)", optarg);
				return -2;
			}
			break;
		case '?':
			*status = usage_error("bad option");
			return -2;
		default:
			return c;
		}
	}
}

static int
need_args(int argc, int min, int max)
{
	int n = argc - optind;

	if (n < min)
		return usage_error("missing %s", n == 0 ? "IMAGE" :
		    "argument");
	if (max >= 0 && n > max)
		return usage_error("too many arguments");
	return 0;
}

/* --- Opening the volume -------------------------------------------------- */

static int
open_volume(struct volume *v, const char *image, uint32_t flags)
{
	char err[512];
	int e;

	e = volume_open(v, image, have_raw ? &raw_geo : NULL, flags, verbose,
	    prog_name, err, sizeof(err));
	if (e) {
		errmsg("%s: %s", image, err);
		return 1;
	}
	return 0;
}

static int
close_volume(struct volume *v, int status)
{
	int e;

	e = volume_close(v);
	if (e && status == 0) {
		errmsg("%s: cannot commit and close: %s", v->path,
		    nexfs_strerror(e));
		return 1;
	}
	return status;
}

/* Checks and tidies a path inside the volume given on the command line. */
static bool
fs_path(const char *in, char out[NEXFS_PATH_MAX + 1])
{
	if (util_fs_path(in, out))
		return true;
	errmsg("%s: bad path inside the volume (too long, a component over "
	    "%d bytes, or '..')", in, NEXFS_NAME_MAX);
	return false;
}

/*
 * Finds snapshot arg by id or name ("live" is the live tree).  Reports and
 * returns false if there is none.
 */
static bool
resolve_snap(struct volume *v, const char *arg, nexfs_snap_t *id)
{
	struct nexfs_snapshot_info *list;
	size_t count = 0, i;
	uint64_t n;
	bool numeric = util_parse_uint(arg, UINT32_MAX, &n);
	int e;

	if (strcmp(arg, "live") == 0) {
		*id = NEXFS_LIVE;
		return true;
	}
	e = nexfs_snapshot_list(&v->fs, NULL, 0, &count);
	if (e) {
		fs_fail(v, NULL, e);
		return false;
	}
	list = calloc(count ? count : 1, sizeof(*list));
	if (list == NULL) {
		errmsg("out of memory");
		return false;
	}
	e = nexfs_snapshot_list(&v->fs, list, count, &count);
	if (e) {
		free(list);
		fs_fail(v, NULL, e);
		return false;
	}
	for (i = 0; i < count; i++) {
		if ((numeric && list[i].id == n) ||
		    strcmp(list[i].name, arg) == 0) {
			*id = list[i].id;
			free(list);
			return true;
		}
	}
	free(list);
	errmsg("%s: no snapshot '%s' (see 'nexfs snapshot list %s')", v->path,
	    arg, v->path);
	return false;
}

/* --- mkfs ---------------------------------------------------------------- */

static const char help_mkfs[] =
    "Creates IMAGE as empty raw flash of the given geometry and formats a\n"
    "NexFS volume on it.  The geometry is recorded in the image file.\n"
    "\n"
    "Options:\n"
    "  -p, --page-size SIZE     program unit (default 4K; power of two >= 64)\n"
    "  -b, --block-size SIZE    erase block (default 64K; also --erase-size)\n"
    "  -n, --blocks N           number of erase blocks (default: from --size)\n"
    "  -s, --size SIZE          volume size (default 64M); a multiple of the\n"
    "                           block size\n"
    "  -t, --type nor|nand      flash kind (default nor); also --nor, --nand\n"
    "  -r, --replicas N         superblock replicas, 2..10 (default 3)\n"
    "      --csum KIND          default checksum: blake3-256 (default),\n"
    "                           blake3-128 or xxh3-64\n"
    "      --cdc MIN,AVG,MAX    FastCDC chunk sizes files are cut with; a\n"
    "                           chunk may span blocks, MAX at most 255\n"
    "                           blocks (default 16K,64K,256K; smaller below\n"
    "                           a 64M volume, AVG at least a block)\n"
    "  -L, --label NAME         volume label (up to 15 bytes)\n"
    "      --no-dedup           do not deduplicate chunks\n"
    "      --no-wear-level      do not level wear\n"
    "      --no-pack            give every chunk a block of its own (no\n"
    "                           packing of small chunks)\n"
    "  -f, --force              overwrite IMAGE if it exists\n"
    "\n"
    "Sizes take K, M, G suffixes (powers of 1024).  Example, a 1 MiB NOR chip\n"
    "with 256-byte pages and 4 KiB sectors:\n"
    "  nexfs mkfs -p 256 -b 4K -s 1M small.img\n";

static int
cmd_mkfs(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "page-size", required_argument, NULL, 'p' },
		{ "block-size", required_argument, NULL, 'b' },
		{ "erase-size", required_argument, NULL, 'b' },
		{ "blocks", required_argument, NULL, 'n' },
		{ "size", required_argument, NULL, 's' },
		{ "type", required_argument, NULL, 't' },
		{ "nand", no_argument, NULL, OPT_NAND },
		{ "nor", no_argument, NULL, OPT_NOR },
		{ "replicas", required_argument, NULL, 'r' },
		{ "csum", required_argument, NULL, OPT_CSUM },
		{ "cdc", required_argument, NULL, OPT_CDC },
		{ "label", required_argument, NULL, 'L' },
		{ "no-dedup", no_argument, NULL, OPT_NO_DEDUP },
		{ "no-wear-level", no_argument, NULL, OPT_NO_WEAR },
		{ "no-pack", no_argument, NULL, OPT_NO_PACK },
		{ "force", no_argument, NULL, 'f' },
		COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	struct nexfs_flash_geometry geo = { 4096, 65536, 0, NEXFS_FLASH_NOR };
	struct nexfs_format_options opt;
	struct nexfs_cdc_params cdc;
	uint64_t page = 4096, block = 65536, blocks = 0, size = 0, n;
	uint64_t features = NEXFS_FEAT_COMPAT_DEDUP | NEXFS_FEAT_COMPAT_WEAR_LEVEL |
	    NEXFS_FEAT_COMPAT_PACK;
	char why[256], err[512], h[32];
	bool force = false, have_cdc = false;
	int c, r;

	memset(&opt, 0, sizeof(opt));
	while ((c = next_opt(argc, argv, "p:b:n:s:t:r:L:f", longopts, &r)) != -1) {
		switch (c) {
		case -2:
			return r;
		case 'p':
			if (!util_parse_size(optarg, &page, false) ||
			    page > UINT32_MAX)
				return usage_error("bad page size '%s'", optarg);
			break;
		case 'b':
			if (!util_parse_size(optarg, &block, false) ||
			    block > UINT32_MAX)
				return usage_error("bad erase-block size '%s'",
				    optarg);
			break;
		case 'n':
			if (!util_parse_uint(optarg, UINT32_MAX, &blocks) ||
			    blocks == 0)
				return usage_error("bad block count '%s'",
				    optarg);
			break;
		case 's':
			if (!util_parse_size(optarg, &size, false))
				return usage_error("bad size '%s'", optarg);
			break;
		case 't':
			if (strcmp(optarg, "nand") == 0)
				geo.flags = NEXFS_FLASH_NAND;
			else if (strcmp(optarg, "nor") == 0)
				geo.flags = NEXFS_FLASH_NOR;
			else
				return usage_error("bad flash type '%s' (nor or "
				    "nand)", optarg);
			break;
		case OPT_NAND:
			geo.flags = NEXFS_FLASH_NAND;
			break;
		case OPT_NOR:
			geo.flags = NEXFS_FLASH_NOR;
			break;
		case 'r':
			if (!util_parse_uint(optarg, NEXFS_REPLICAS_MAX, &n) ||
			    n < 2)
				return usage_error("bad replica count '%s' "
				    "(2..%d)", optarg, NEXFS_REPLICAS_MAX);
			opt.replicas = (uint32_t)n;
			break;
		case OPT_CSUM:
			if (!util_csum_parse(optarg, &opt.default_csum))
				return usage_error("unknown checksum '%s' "
				    "(blake3-256, blake3-128, xxh3-64)", optarg);
			break;
		case OPT_CDC: {
			uint64_t v[3];
			char buf[96], *save = NULL, *tok;
			int i;

			if (strlen(optarg) >= sizeof(buf))
				return usage_error("bad --cdc '%s'", optarg);
			strcpy(buf, optarg);
			tok = strtok_r(buf, ",", &save);
			for (i = 0; i < 3; i++) {
				if (tok == NULL || !util_parse_size(tok, &v[i],
				    false) || v[i] > UINT32_MAX)
					return usage_error("bad --cdc '%s' (want "
					    "MIN,AVG,MAX, e.g. 16K,64K,256K)",
					    optarg);
				tok = strtok_r(NULL, ",", &save);
			}
			if (tok != NULL)
				return usage_error("bad --cdc '%s'", optarg);
			opt.cdc_min = (uint32_t)v[0];
			opt.cdc_avg = (uint32_t)v[1];
			opt.cdc_max = (uint32_t)v[2];
			have_cdc = true;
			break;
		}
		case 'L':
			if (strlen(optarg) >= sizeof(opt.label))
				return usage_error("label '%s' is longer than %zu "
				    "bytes", optarg, sizeof(opt.label) - 1);
			strncpy(opt.label, optarg, sizeof(opt.label));
			break;
		case OPT_NO_DEDUP:
			features &= ~NEXFS_FEAT_COMPAT_DEDUP;
			break;
		case OPT_NO_WEAR:
			features &= ~NEXFS_FEAT_COMPAT_WEAR_LEVEL;
			break;
		case OPT_NO_PACK:
			features &= ~NEXFS_FEAT_COMPAT_PACK;
			break;
		case 'f':
			force = true;
			break;
		default:
			return usage_error("bad option");
		}
	}
	if ((r = need_args(argc, 1, 1)) != 0)
		return r;
	geo.page_size = (uint32_t)page;
	geo.block_size = (uint32_t)block;
	if (blocks == 0) {
		if (size == 0)
			size = 64u * 1024 * 1024;
		if (size % block != 0)
			return usage_error("bad geometry: size %llu is not a "
			    "multiple of the erase-block size %llu",
			    (unsigned long long)size, (unsigned long long)block);
		blocks = size / block;
		if (blocks > UINT32_MAX)
			return usage_error("bad geometry: more than 2^32 blocks");
	} else if (size != 0 && size != blocks * block)
		return usage_error("bad geometry: --size and --blocks disagree");
	geo.block_count = (uint32_t)blocks;
	if (!flash_image_geometry_ok(&geo, why, sizeof(why)))
		return usage_error("bad geometry: %s", why);
	if (have_cdc) {
		cdc.min_size = opt.cdc_min;
		cdc.avg_size = opt.cdc_avg;
		cdc.max_size = opt.cdc_max;
		cdc.level = NEXFS_CDC_DEFAULT_LEVEL;
		if (nexfs_cdc_params_check(&cdc) != 0)
			return usage_error("bad chunk sizes '%u,%u,%u': need "
			    "%u <= MIN <= AVG <= MAX <= %u MiB, MIN < MAX and "
			    "AVG a power of two >= %u", opt.cdc_min, opt.cdc_avg,
			    opt.cdc_max, NEXFS_CDC_MIN_LIMIT,
			    NEXFS_CDC_MAX_LIMIT >> 20, NEXFS_CDC_AVG_LIMIT);
		if ((uint64_t)opt.cdc_max > 255ull * geo.block_size)
			return usage_error("bad chunk sizes '%u,%u,%u': MAX must "
			    "not exceed 255 erase blocks of %u bytes (a chunk "
			    "spans at most 255 blocks)", opt.cdc_min, opt.cdc_avg,
			    opt.cdc_max, geo.block_size);
	}
	opt.features = features;
	if (volume_format(argv[optind], &geo, &opt, force, err,
	    sizeof(err)) != 0) {
		errmsg("%s: %s", argv[optind], err);
		return 1;
	}
	printf("%s: NexFS volume of %s, %u blocks of %u bytes, %u-byte pages, "
	    "%s\n", argv[optind],
	    util_human((uint64_t)geo.block_count * geo.block_size, h, sizeof(h)),
	    geo.block_count, geo.block_size, geo.page_size,
	    geo.flags & NEXFS_FLASH_NAND ? "NAND" : "NOR");
	return 0;
}

/* --- info ---------------------------------------------------------------- */

static const char help_info[] =
    "Prints the geometry, format, features, space and snapshots of the\n"
    "volume in IMAGE.\n";

static void
print_features(uint64_t f)
{
	printf("%s%s%s%s%s", f & NEXFS_FEAT_COMPAT_DEDUP ? " dedup" : "",
	    f & NEXFS_FEAT_COMPAT_WEAR_LEVEL ? " wear-level" : "",
	    f & NEXFS_FEAT_COMPAT_PACK ? " pack" : "",
	    f & NEXFS_FEAT_INCOMPAT_COMPRESS ? " compress" : "",
	    f == 0 ? " none" : "");
	f &= ~(NEXFS_FEAT_COMPAT_DEDUP | NEXFS_FEAT_COMPAT_WEAR_LEVEL |
	    NEXFS_FEAT_COMPAT_PACK | NEXFS_FEAT_INCOMPAT_COMPRESS);
	if (f)
		printf(" (unknown 0x%llx)", (unsigned long long)f);
	printf("\n");
}

static int
cmd_info(int argc, char **argv)
{
	static const struct option longopts[] = {
		COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	struct nexfs_mem_report mem;
	struct nexfs_info in;
	struct volume v;
	char h1[32], h2[32], hex[65];
	uint32_t i;
	int c, e, r;

	while ((c = next_opt(argc, argv, "", longopts, &r)) != -1)
		return c == -2 ? r : usage_error("bad option");
	if ((r = need_args(argc, 1, 1)) != 0)
		return r;
	if (open_volume(&v, argv[optind], NEXFS_MOUNT_RDONLY))
		return 1;
	e = nexfs_info(&v.fs, &in);
	if (e)
		return close_volume(&v, fs_fail(&v, NULL, e));
	printf("image:        %s%s\n", argv[optind],
	    v.img.raw ? " (raw dump)" : "");
	printf("label:        %.16s\n", in.label);
	printf("format:       version %u\n", in.version);
	printf("flash:        %s, %u-byte pages, %u-byte erase blocks, %u "
	    "blocks (%s)\n", in.geo.flags & NEXFS_FLASH_NAND ? "NAND" : "NOR",
	    in.geo.page_size, in.geo.block_size, in.geo.block_count,
	    util_human((uint64_t)in.geo.block_count * in.geo.block_size, h1,
	    sizeof(h1)));
	printf("features:    ");
	print_features(in.features);
	printf("replicas:     %u at blocks", in.replicas);
	for (i = 0; i < in.replicas && i < NEXFS_REPLICAS_MAX; i++)
		printf(" %u", in.replica_blocks[i]);
	printf(" (anchors at");
	for (i = 0; i < in.replicas && i < NEXFS_REPLICAS_MAX; i++)
		printf(" %u", in.anchor_blocks[i]);
	printf(")\n");
	printf("commit:       %llu\n", (unsigned long long)in.seq);
	printf("space:        %s free of %s (%llu of %llu blocks)\n",
	    util_human(in.bytes_free, h1, sizeof(h1)),
	    util_human(in.bytes_total, h2, sizeof(h2)),
	    (unsigned long long)in.blocks_free,
	    (unsigned long long)in.blocks_total);
	printf("bad blocks:   %llu\n", (unsigned long long)in.blocks_bad);
	printf("files:        %llu\n", (unsigned long long)in.files);
	printf("snapshots:    %u\n", in.snapshots);
	printf("erases:       max %u, mean %u, min %u per block\n", in.max_erase_count,
	    in.mean_erase_count, in.min_erase_count);
	printf("checksum:     %s\n", util_csum_name(in.default_csum));
	printf("chunking:     min/avg/max %u/%u/%u bytes\n", in.cdc_min,
	    in.cdc_avg, in.cdc_max);
	printf("root hash:    %s\n", util_hex(in.root_hash, 32, hex));
	if (nexfs_mem_required(&in.geo, &mem) == 0)
		printf("memory:       %zu bytes to mount (%zu state + %zu "
		    "buffer)\n", mem.total, mem.state_bytes, mem.buffer_bytes);
	return close_volume(&v, 0);
}

/* --- ls ------------------------------------------------------------------ */

static const char help_ls[] =
    "Lists the directories (or shows the files) at PATH (default /).\n"
    "\n"
    "Options:\n"
    "  -l, --long               type, size, modification time\n"
    "  -R, --recursive          list subdirectories too\n"
    "  -S, --snapshot SNAP      list in snapshot SNAP (id or name)\n";

struct lsopts {
	bool lng;
	bool rec;
	nexfs_snap_t snap;
};

static int
cmp_dirent(const void *a, const void *b)
{
	return strcmp(((const struct nexfs_dirent *)a)->name,
	    ((const struct nexfs_dirent *)b)->name);
}

static void
ls_line(struct volume *v, const struct lsopts *o, const char *path,
    const char *name)
{
	struct nexfs_stat st;
	char t[32];

	if (!o->lng) {
		printf("%s\n", name);
		return;
	}
	if (nexfs_stat_at(&v->fs, o->snap, path, &st) != 0) {
		printf("?  %12s  %19s  %s\n", "?", "?", name);
		return;
	}
	printf("%c  %12llu  %19s  %s%s\n", st.type == NEXFS_TYPE_DIR ? 'd' : '-',
	    (unsigned long long)st.size, util_time(st.mtime_ns, t, sizeof(t)),
	    name, st.type == NEXFS_TYPE_DIR ? "/" : "");
}

/* Reads every entry of directory path into a sorted array. */
static int
read_dir(struct volume *v, nexfs_snap_t snap, const char *path,
    struct nexfs_dirent **out, size_t *n)
{
	struct nexfs_dirent *ents = NULL, *tmp;
	struct nexfs_dir d;
	size_t cap = 0;
	int e, e2;

	*n = 0;
	e = nexfs_dir_open_at(&v->fs, &d, snap, path);
	if (e)
		return e;
	for (;;) {
		if (*n == cap) {
			cap = cap ? 2 * cap : 64;
			tmp = realloc(ents, cap * sizeof(*ents));
			if (tmp == NULL) {
				e = NEXFS_ERR_NOMEM;
				break;
			}
			ents = tmp;
		}
		e = nexfs_dir_read(&v->fs, &d, &ents[*n]);
		if (e <= 0)
			break;
		(*n)++;
	}
	e2 = nexfs_dir_close(&v->fs, &d);
	if (e == 0)
		e = e2;
	if (e) {
		free(ents);
		*n = 0;
		return e;
	}
	if (*n > 1)
		qsort(ents, *n, sizeof(*ents), cmp_dirent);
	*out = ents;
	return 0;
}

static int
ls_dir(struct volume *v, const struct lsopts *o, const char *path,
    bool header)
{
	struct nexfs_dirent *ents = NULL;
	char child[NEXFS_PATH_MAX + 1];
	size_t n, i;
	int e, status = 0;

	e = read_dir(v, o->snap, path, &ents, &n);
	if (e)
		return fs_fail(v, path, e);
	if (header)
		printf("%s:\n", path);
	for (i = 0; i < n; i++) {
		if (!util_join(path, ents[i].name, child)) {
			errmsg("%s:%s/%s: path too long", v->path, path,
			    ents[i].name);
			status = 1;
			continue;
		}
		ls_line(v, o, child, ents[i].name);
	}
	if (o->rec) {
		for (i = 0; i < n; i++) {
			if (ents[i].type != NEXFS_TYPE_DIR ||
			    !util_join(path, ents[i].name, child))
				continue;
			printf("\n");
			status |= ls_dir(v, o, child, true);
		}
	}
	free(ents);
	return status;
}

static int
cmd_ls(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "long", no_argument, NULL, 'l' },
		{ "recursive", no_argument, NULL, 'R' },
		{ "snapshot", required_argument, NULL, 'S' },
		COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	struct lsopts o = { false, false, NEXFS_LIVE };
	const char *snap = NULL;
	char path[NEXFS_PATH_MAX + 1];
	struct nexfs_stat st;
	struct volume v;
	int c, e, i, r, status = 0, npaths;

	while ((c = next_opt(argc, argv, "lRS:", longopts, &r)) != -1) {
		switch (c) {
		case -2:
			return r;
		case 'l':
			o.lng = true;
			break;
		case 'R':
			o.rec = true;
			break;
		case 'S':
			snap = optarg;
			break;
		default:
			return usage_error("bad option");
		}
	}
	if ((r = need_args(argc, 1, -1)) != 0)
		return r;
	if (open_volume(&v, argv[optind], NEXFS_MOUNT_RDONLY))
		return 1;
	if (snap != NULL && !resolve_snap(&v, snap, &o.snap))
		return close_volume(&v, 1);
	npaths = argc - optind - 1;
	for (i = 0; i < (npaths ? npaths : 1); i++) {
		if (!fs_path(npaths ? argv[optind + 1 + i] : "/", path)) {
			status = 1;
			continue;
		}
		e = nexfs_stat_at(&v.fs, o.snap, path, &st);
		if (e) {
			status = fs_fail(&v, path, e);
			continue;
		}
		if (st.type != NEXFS_TYPE_DIR) {
			ls_line(&v, &o, path, path);
			continue;
		}
		if (i > 0)
			printf("\n");
		status |= ls_dir(&v, &o, path, npaths > 1 || o.rec);
	}
	return close_volume(&v, status);
}

/* --- put ----------------------------------------------------------------- */

static const char help_put[] =
    "Copies the host file SRC into the volume as DEST.  DEST defaults to\n"
    "/NAME (the last part of SRC); when DEST is a directory the file goes\n"
    "into it.  SRC '-' reads standard input (DEST is then required).  An\n"
    "existing file is replaced.  Everything put by one command is committed\n"
    "together at its end.\n"
    "\n"
    "Options:\n"
    "  -r, --recursive          copy the directory SRC and all it holds\n"
    "                           (symbolic links and special files are\n"
    "                           skipped with a warning)\n"
    "  -c, --compress LEVEL     compress with zstd at LEVEL (1..19)\n"
    "      --csum KIND          checksum for the data: blake3-256,\n"
    "                           blake3-128 or xxh3-64 (default: the volume's)\n";

struct putopts {
	struct nexfs_attr attr;
	uint32_t mask;		/* NEXFS_ATTR_* to set on each file */
	uint8_t *buf;		/* IO_CHUNK bytes */
};

/*
 * Copies the open host file fd (named src in messages; size bytes, or 0 if
 * unknown) to dest.  A file that did not exist before is removed again if
 * the copy fails.
 */
static int
put_fd(struct volume *v, const struct putopts *o, int fd, const char *src,
    uint64_t size, const char *dest)
{
	struct nexfs_stat st;
	struct nexfs_file f;
	struct progress pr;
	uint64_t done = 0;
	bool created;
	ssize_t got;
	int e, status = 0;

	created = nexfs_stat(&v->fs, dest, &st) != 0;
	e = nexfs_file_open(&v->fs, &f, dest, NEXFS_O_WRONLY | NEXFS_O_CREAT |
	    NEXFS_O_TRUNC);
	if (e)
		return fs_fail(v, dest, e);
	if (o->mask) {
		e = nexfs_setattr(&v->fs, dest, &o->attr, o->mask);
		if (e) {
			status = fs_fail(v, dest, e);
			goto out_file;
		}
	}
	progress_start(&pr, "put", size, true, PROGRESS_MIN);
	for (;;) {
		got = read(fd, o->buf, IO_CHUNK);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			errmsg("%s: %s", src, strerror(errno));
			status = 1;
			break;
		}
		if (got == 0)
			break;
		e = nexfs_file_write(&v->fs, &f, done, o->buf, (size_t)got);
		if (e) {
			status = fs_fail(v, dest, e);
			break;
		}
		done += (uint64_t)got;
		progress_update(&pr, done);
	}
	progress_end(&pr);
out_file:
	e = nexfs_file_close(&v->fs, &f);
	if (e && status == 0)
		status = fs_fail(v, dest, e);
	if (status != 0 && created && nexfs_remove(&v->fs, dest) == 0)
		errmsg("%s:%s: removed the incomplete copy", v->path, dest);
	return status;
}

/* Copies the host file src (a regular file) to dest. */
static int
put_file(struct volume *v, const struct putopts *o, const char *src,
    const char *dest)
{
	struct stat hst;
	int fd, status;

	if ((fd = open(src, O_RDONLY | O_CLOEXEC)) < 0) {
		errmsg("%s: %s", src, strerror(errno));
		return 1;
	}
	if (fstat(fd, &hst) != 0 || !S_ISREG(hst.st_mode)) {
		errmsg("%s: %s", src, S_ISDIR(hst.st_mode) ?
		    "is a directory (use put -r)" : "not a regular file");
		close(fd);
		return 1;
	}
	status = put_fd(v, o, fd, src, (uint64_t)hst.st_size, dest);
	close(fd);
	return status;
}

/* Copies the host directory src and everything below it to dest. */
static int
put_tree(struct volume *v, const struct putopts *o, const char *src,
    const char *dest)
{
	char child[NEXFS_PATH_MAX + 1], *hpath;
	struct nexfs_stat st;
	struct dirent *de;
	struct stat hst;
	size_t hlen;
	DIR *d;
	int e, status = 0;

	e = nexfs_stat(&v->fs, dest, &st);
	if (e == NEXFS_ERR_NOENT)
		e = nexfs_mkdir(&v->fs, dest);
	else if (e == 0 && st.type != NEXFS_TYPE_DIR)
		e = NEXFS_ERR_NOTDIR;
	if (e)
		return fs_fail(v, dest, e);
	d = opendir(src);
	if (d == NULL) {
		errmsg("%s: %s", src, strerror(errno));
		return 1;
	}
	while ((de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		hlen = strlen(src) + strlen(de->d_name) + 2;
		hpath = malloc(hlen);
		if (hpath == NULL) {
			errmsg("out of memory");
			status = 1;
			break;
		}
		snprintf(hpath, hlen, "%s/%s", src, de->d_name);
		if (!util_join(dest, de->d_name, child) ||
		    strlen(de->d_name) > NEXFS_NAME_MAX) {
			errmsg("%s: name or path too long for the volume", hpath);
			status = 1;
		} else if (lstat(hpath, &hst) != 0) {
			errmsg("%s: %s", hpath, strerror(errno));
			status = 1;
		} else if (S_ISDIR(hst.st_mode)) {
			status |= put_tree(v, o, hpath, child);
		} else if (S_ISREG(hst.st_mode)) {
			status |= put_file(v, o, hpath, child);
		} else {
			fprintf(stderr, "%s: warning: %s: skipped (not a regular "
			    "file or directory)\n", prog_name, hpath);
		}
		free(hpath);
	}
	closedir(d);
	return status;
}

static int
cmd_put(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "recursive", no_argument, NULL, 'r' },
		{ "compress", required_argument, NULL, 'c' },
		{ "csum", required_argument, NULL, OPT_CSUM },
		COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	char dest[NEXFS_PATH_MAX + 1], tmp[NEXFS_PATH_MAX + 1];
	struct nexfs_stat st;
	struct putopts o;
	struct stat hst;
	struct volume v;
	const char *src;
	uint64_t n;
	bool rec = false, from_stdin, is_dir;
	int c, e, r, status = 0;

	memset(&o, 0, sizeof(o));
	while ((c = next_opt(argc, argv, "rc:", longopts, &r)) != -1) {
		switch (c) {
		case -2:
			return r;
		case 'r':
			rec = true;
			break;
		case 'c':
			if (!util_parse_uint(optarg, 19, &n) || n == 0)
				return usage_error("bad compression level '%s' "
				    "(1..19)", optarg);
			o.attr.compress = (uint8_t)n;
			o.mask |= NEXFS_ATTR_COMPRESS;
			break;
		case OPT_CSUM:
			if (!util_csum_parse(optarg, &o.attr.csum))
				return usage_error("unknown checksum '%s' "
				    "(blake3-256, blake3-128, xxh3-64)", optarg);
			o.mask |= NEXFS_ATTR_CSUM;
			break;
		default:
			return usage_error("bad option");
		}
	}
	if ((r = need_args(argc, 2, 3)) != 0)
		return r;
	src = argv[optind + 1];
	from_stdin = strcmp(src, "-") == 0;
	if (from_stdin && argc - optind < 3)
		return usage_error("DEST is required when reading standard "
		    "input");
	if (!from_stdin && stat(src, &hst) != 0) {
		errmsg("%s: %s", src, strerror(errno));
		return 1;
	}
	is_dir = !from_stdin && S_ISDIR(hst.st_mode);
	if (is_dir && !rec) {
		errmsg("%s: is a directory (use put -r)", src);
		return 1;
	}
	o.buf = malloc(IO_CHUNK);
	if (o.buf == NULL) {
		errmsg("out of memory");
		return 1;
	}
	if (open_volume(&v, argv[optind], NEXFS_MOUNT_BATCH)) {
		free(o.buf);
		return 1;
	}
	if (!fs_path(argc - optind >= 3 ? argv[optind + 2] :
	    util_basename(src), dest)) {
		status = 1;
		goto out;
	}
	/* An existing directory DEST receives SRC under its own name. */
	if (argc - optind >= 3 && nexfs_stat(&v.fs, dest, &st) == 0 &&
	    st.type == NEXFS_TYPE_DIR) {
		if (from_stdin || !util_join(dest, util_basename(src), tmp)) {
			errmsg("%s:%s: is a directory", v.path, dest);
			status = 1;
			goto out;
		}
		strcpy(dest, tmp);
	}
	if (from_stdin)
		status = put_fd(&v, &o, STDIN_FILENO, "standard input", 0, dest);
	else if (is_dir)
		status = put_tree(&v, &o, src, dest);
	else
		status = put_file(&v, &o, src, dest);
	/* Commit what was copied, even if some of it failed. */
	e = nexfs_sync(&v.fs);
	if (e && status == 0)
		status = fs_fail(&v, NULL, e);
out:
	status = close_volume(&v, status);
	free(o.buf);
	return status;
}

/* --- get and cat --------------------------------------------------------- */

static const char help_get[] =
    "Copies the file PATH of the volume to the host file DEST (default: its\n"
    "name in the current directory; '-' is standard output; an existing\n"
    "directory receives the file under its name).  Every block is verified;\n"
    "a damaged file fails the copy and leaves no DEST behind.\n"
    "\n"
    "Options:\n"
    "  -r, --recursive          copy the directory PATH and all it holds\n"
    "  -S, --snapshot SNAP      read from snapshot SNAP\n";

static const char help_cat[] =
    "Writes the files PATH... of the volume to standard output.\n"
    "\n"
    "Options:\n"
    "  -S, --snapshot SNAP      read the files from snapshot SNAP\n";

static bool
write_all(int fd, const uint8_t *p, size_t n)
{
	ssize_t w;

	while (n > 0) {
		w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return false;
		p += w;
		n -= (size_t)w;
	}
	return true;
}

/* Copies file path of snapshot snap to fd; reports errors (hname: host side). */
static int
copy_out(struct volume *v, nexfs_snap_t snap, const char *path, int fd,
    const char *hname, bool progress)
{
	struct nexfs_stat st;
	struct nexfs_file f;
	struct progress pr;
	uint8_t *buf;
	uint64_t off = 0;
	size_t got;
	int e, status = 0;

	e = nexfs_stat_at(&v->fs, snap, path, &st);
	if (e)
		return fs_fail(v, path, e);
	if (st.type == NEXFS_TYPE_DIR) {
		errmsg("%s:%s: is a directory", v->path, path);
		return 1;
	}
	buf = malloc(IO_CHUNK);
	if (buf == NULL) {
		errmsg("out of memory");
		return 1;
	}
	e = nexfs_file_open_at(&v->fs, &f, snap, path);
	if (e) {
		free(buf);
		return fs_fail(v, path, e);
	}
	progress_start(&pr, "get", progress ? st.size : 0, true, PROGRESS_MIN);
	for (;;) {
		e = nexfs_file_read(&v->fs, &f, off, buf, IO_CHUNK, &got);
		if (e) {
			status = fs_fail(v, path, e);
			break;
		}
		if (got == 0)
			break;
		if (!write_all(fd, buf, got)) {
			errmsg("%s: %s", hname, strerror(errno));
			status = 1;
			break;
		}
		off += got;
		progress_update(&pr, off);
	}
	progress_end(&pr);
	e = nexfs_file_close(&v->fs, &f);
	if (e && status == 0)
		status = fs_fail(v, path, e);
	free(buf);
	return status;
}

/* Copies file path to the host file hname; a failed copy is unlinked. */
static int
get_file(struct volume *v, nexfs_snap_t id, const char *path,
    const char *hname)
{
	int fd, status;

	if (strcmp(hname, "-") == 0)
		return copy_out(v, id, path, STDOUT_FILENO, "standard output",
		    false);
	fd = open(hname, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0) {
		errmsg("%s: %s", hname, strerror(errno));
		return 1;
	}
	status = copy_out(v, id, path, fd, hname, true);
	if (close(fd) != 0 && status == 0) {
		errmsg("%s: %s", hname, strerror(errno));
		status = 1;
	}
	if (status != 0)
		unlink(hname);
	return status;
}

/* Copies directory path and everything below it to the host dir hname. */
static int
get_tree(struct volume *v, nexfs_snap_t id, const char *path,
    const char *hname)
{
	struct nexfs_dirent *ents = NULL;
	char child[NEXFS_PATH_MAX + 1], *hchild;
	size_t n, i, len;
	int e, status = 0;

	if (mkdir(hname, 0755) != 0 && errno != EEXIST) {
		errmsg("%s: %s", hname, strerror(errno));
		return 1;
	}
	e = read_dir(v, id, path, &ents, &n);
	if (e)
		return fs_fail(v, path, e);
	for (i = 0; i < n; i++) {
		len = strlen(hname) + strlen(ents[i].name) + 2;
		hchild = malloc(len);
		if (hchild == NULL || !util_join(path, ents[i].name, child)) {
			free(hchild);
			errmsg("%s:%s/%s: path too long", v->path, path,
			    ents[i].name);
			status = 1;
			continue;
		}
		snprintf(hchild, len, "%s/%s", hname, ents[i].name);
		if (ents[i].type == NEXFS_TYPE_DIR)
			status |= get_tree(v, id, child, hchild);
		else
			status |= get_file(v, id, child, hchild);
		free(hchild);
	}
	free(ents);
	return status;
}

static int
cmd_get(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "recursive", no_argument, NULL, 'r' },
		{ "snapshot", required_argument, NULL, 'S' },
		COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	char path[NEXFS_PATH_MAX + 1], *dest = NULL;
	const char *snap = NULL, *hname;
	nexfs_snap_t id = NEXFS_LIVE;
	struct nexfs_stat st;
	struct stat hst;
	struct volume v;
	bool rec = false;
	int c, e, r, status;

	while ((c = next_opt(argc, argv, "rS:", longopts, &r)) != -1) {
		switch (c) {
		case -2:
			return r;
		case 'r':
			rec = true;
			break;
		case 'S':
			snap = optarg;
			break;
		default:
			return usage_error("bad option");
		}
	}
	if ((r = need_args(argc, 2, 3)) != 0)
		return r;
	if (!fs_path(argv[optind + 1], path))
		return 1;
	hname = argc - optind >= 3 ? argv[optind + 2] : util_basename(path);
	if (strcmp(hname, "/") == 0)
		return usage_error("DEST is required to get the root");
	if (open_volume(&v, argv[optind], NEXFS_MOUNT_RDONLY))
		return 1;
	if (snap != NULL && !resolve_snap(&v, snap, &id))
		return close_volume(&v, 1);
	e = nexfs_stat_at(&v.fs, id, path, &st);
	if (e)
		return close_volume(&v, fs_fail(&v, path, e));
	if (st.type == NEXFS_TYPE_DIR && !rec) {
		errmsg("%s:%s: is a directory (use get -r)", v.path, path);
		return close_volume(&v, 1);
	}
	/* An existing host directory DEST receives PATH under its name. */
	if (strcmp(hname, "-") != 0 && stat(hname, &hst) == 0 &&
	    S_ISDIR(hst.st_mode) && strcmp(path, "/") != 0) {
		size_t len = strlen(hname) + strlen(path) + 2;

		dest = malloc(len);
		if (dest == NULL) {
			errmsg("out of memory");
			return close_volume(&v, 1);
		}
		snprintf(dest, len, "%s/%s", hname, util_basename(path));
		hname = dest;
	}
	if (st.type == NEXFS_TYPE_DIR)
		status = strcmp(hname, "-") == 0 ?
		    usage_error("a directory cannot go to standard output") :
		    get_tree(&v, id, path, hname);
	else
		status = get_file(&v, id, path, hname);
	free(dest);
	return close_volume(&v, status);
}

static int
cmd_cat(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "snapshot", required_argument, NULL, 'S' },
		COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	char path[NEXFS_PATH_MAX + 1];
	const char *snap = NULL;
	nexfs_snap_t id = NEXFS_LIVE;
	struct volume v;
	int c, r, i, status = 0;

	while ((c = next_opt(argc, argv, "S:", longopts, &r)) != -1) {
		switch (c) {
		case -2:
			return r;
		case 'S':
			snap = optarg;
			break;
		default:
			return usage_error("bad option");
		}
	}
	if ((r = need_args(argc, 2, -1)) != 0)
		return r;
	if (open_volume(&v, argv[optind], NEXFS_MOUNT_RDONLY))
		return 1;
	if (snap != NULL && !resolve_snap(&v, snap, &id))
		return close_volume(&v, 1);
	for (i = optind + 1; i < argc; i++) {
		if (!fs_path(argv[i], path)) {
			status = 1;
			continue;
		}
		status |= copy_out(&v, id, path, STDOUT_FILENO,
		    "standard output", false);
	}
	return close_volume(&v, status);
}

/* --- rm, mkdir, mv ------------------------------------------------------- */

static const char help_rm[] =
    "Removes the files PATH... from the volume (the blocks stay as long as a\n"
    "snapshot or another file uses them).\n"
    "\n"
    "Options:\n"
    "  -r, --recursive          remove directories and their contents\n"
    "  -f, --force              no error for a PATH that does not exist\n";

static int
rm_tree(struct volume *v, const char *path)
{
	struct nexfs_dirent *ents = NULL;
	char child[NEXFS_PATH_MAX + 1];
	size_t n, i;
	int e;

	e = read_dir(v, NEXFS_LIVE, path, &ents, &n);
	if (e)
		return fs_fail(v, path, e);
	for (i = 0; i < n; i++) {
		if (!util_join(path, ents[i].name, child)) {
			free(ents);
			errmsg("%s:%s/%s: path too long", v->path, path,
			    ents[i].name);
			return 1;
		}
		if (ents[i].type == NEXFS_TYPE_DIR) {
			if (rm_tree(v, child) != 0) {
				free(ents);
				return 1;
			}
		} else if ((e = nexfs_remove(&v->fs, child)) != 0) {
			free(ents);
			return fs_fail(v, child, e);
		}
	}
	free(ents);
	e = nexfs_remove(&v->fs, path);
	return e ? fs_fail(v, path, e) : 0;
}

static int
cmd_rm(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "recursive", no_argument, NULL, 'r' },
		{ "force", no_argument, NULL, 'f' },
		COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	char path[NEXFS_PATH_MAX + 1];
	struct nexfs_stat st;
	struct volume v;
	bool rec = false, force = false;
	int c, e, r, i, status = 0;

	while ((c = next_opt(argc, argv, "rRf", longopts, &r)) != -1) {
		switch (c) {
		case -2:
			return r;
		case 'r':
		case 'R':
			rec = true;
			break;
		case 'f':
			force = true;
			break;
		default:
			return usage_error("bad option");
		}
	}
	if ((r = need_args(argc, 2, -1)) != 0)
		return r;
	if (open_volume(&v, argv[optind], NEXFS_MOUNT_BATCH))
		return 1;
	for (i = optind + 1; i < argc; i++) {
		if (!fs_path(argv[i], path)) {
			status = 1;
			continue;
		}
		if (strcmp(path, "/") == 0) {
			errmsg("%s:/: the root cannot be removed", v.path);
			status = 1;
			continue;
		}
		e = nexfs_stat(&v.fs, path, &st);
		if (e) {
			if (!(force && e == NEXFS_ERR_NOENT))
				status = fs_fail(&v, path, e);
			continue;
		}
		if (st.type == NEXFS_TYPE_DIR && rec)
			status |= rm_tree(&v, path);
		else if (st.type == NEXFS_TYPE_DIR &&
		    (e = nexfs_remove(&v.fs, path)) == NEXFS_ERR_NOTEMPTY) {
			errmsg("%s:%s: directory not empty (use -r)", v.path,
			    path);
			status = 1;
		} else if (st.type == NEXFS_TYPE_DIR && e)
			status = fs_fail(&v, path, e);
		else if (st.type != NEXFS_TYPE_DIR &&
		    (e = nexfs_remove(&v.fs, path)) != 0)
			status = fs_fail(&v, path, e);
	}
	e = nexfs_sync(&v.fs);
	if (e && status == 0)
		status = fs_fail(&v, NULL, e);
	return close_volume(&v, status);
}

static const char help_mkdir[] =
    "Creates the directories PATH....\n"
    "\n"
    "Options:\n"
    "  -p, --parents            create missing parents; no error if PATH\n"
    "                           exists as a directory\n";

static int
mkdir_parents(struct volume *v, char *path)
{
	struct nexfs_stat st;
	char *s, save;
	int e;

	for (s = path + 1;; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		save = *s;
		*s = '\0';
		e = nexfs_stat(&v->fs, path, &st);
		if (e == NEXFS_ERR_NOENT)
			e = nexfs_mkdir(&v->fs, path);
		else if (e == 0 && st.type != NEXFS_TYPE_DIR)
			e = NEXFS_ERR_NOTDIR;
		if (e) {
			fs_fail(v, path, e);
			*s = save;
			return 1;
		}
		*s = save;
		if (save == '\0')
			return 0;
	}
}

static int
cmd_mkdir(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "parents", no_argument, NULL, 'p' },
		COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	char path[NEXFS_PATH_MAX + 1];
	struct volume v;
	bool parents = false;
	int c, e, r, i, status = 0;

	while ((c = next_opt(argc, argv, "p", longopts, &r)) != -1) {
		switch (c) {
		case -2:
			return r;
		case 'p':
			parents = true;
			break;
		default:
			return usage_error("bad option");
		}
	}
	if ((r = need_args(argc, 2, -1)) != 0)
		return r;
	if (open_volume(&v, argv[optind], NEXFS_MOUNT_BATCH))
		return 1;
	for (i = optind + 1; i < argc; i++) {
		if (!fs_path(argv[i], path)) {
			status = 1;
			continue;
		}
		if (strcmp(path, "/") == 0) {
			if (!parents) {
				errmsg("%s:/: exists", v.path);
				status = 1;
			}
			continue;
		}
		if (parents)
			status |= mkdir_parents(&v, path);
		else if ((e = nexfs_mkdir(&v.fs, path)) != 0)
			status = fs_fail(&v, path, e);
	}
	e = nexfs_sync(&v.fs);
	if (e && status == 0)
		status = fs_fail(&v, NULL, e);
	return close_volume(&v, status);
}

static const char help_mv[] =
    "Renames FROM to TO atomically; if TO is a directory, FROM moves into\n"
    "it.  An existing file TO is replaced.\n";

static int
cmd_mv(int argc, char **argv)
{
	static const struct option longopts[] = {
		COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	char from[NEXFS_PATH_MAX + 1], to[NEXFS_PATH_MAX + 1];
	char tmp[NEXFS_PATH_MAX + 1];
	struct nexfs_stat st;
	struct volume v;
	int c, e, r;

	while ((c = next_opt(argc, argv, "", longopts, &r)) != -1)
		return c == -2 ? r : usage_error("bad option");
	if ((r = need_args(argc, 3, 3)) != 0)
		return r;
	if (!fs_path(argv[optind + 1], from) || !fs_path(argv[optind + 2], to))
		return 1;
	if (open_volume(&v, argv[optind], 0))
		return 1;
	e = nexfs_stat(&v.fs, from, &st);
	if (e)
		return close_volume(&v, fs_fail(&v, from, e));
	if (nexfs_stat(&v.fs, to, &st) == 0 && st.type == NEXFS_TYPE_DIR &&
	    strcmp(from, to) != 0) {
		if (!util_join(to, util_basename(from), tmp)) {
			errmsg("%s:%s: path too long", v.path, to);
			return close_volume(&v, 1);
		}
		strcpy(to, tmp);
	}
	e = nexfs_rename(&v.fs, from, to);
	if (e) {
		errmsg("%s: cannot rename %s to %s: %s", v.path, from, to,
		    volume_strerror(&v, e));
		return close_volume(&v, 1);
	}
	return close_volume(&v, 0);
}

/* --- stat ---------------------------------------------------------------- */

static const char help_stat[] =
    "Shows inode, type, size, times and data policy of PATH....\n"
    "\n"
    "Options:\n"
    "  -S, --snapshot SNAP      look in snapshot SNAP\n";

static int
cmd_stat(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "snapshot", required_argument, NULL, 'S' },
		COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	char path[NEXFS_PATH_MAX + 1], t1[32], t2[32];
	const char *snap = NULL;
	nexfs_snap_t id = NEXFS_LIVE;
	struct nexfs_stat st;
	struct volume v;
	int c, e, r, i, status = 0;

	while ((c = next_opt(argc, argv, "S:", longopts, &r)) != -1) {
		switch (c) {
		case -2:
			return r;
		case 'S':
			snap = optarg;
			break;
		default:
			return usage_error("bad option");
		}
	}
	if ((r = need_args(argc, 2, -1)) != 0)
		return r;
	if (open_volume(&v, argv[optind], NEXFS_MOUNT_RDONLY))
		return 1;
	if (snap != NULL && !resolve_snap(&v, snap, &id))
		return close_volume(&v, 1);
	for (i = optind + 1; i < argc; i++) {
		if (!fs_path(argv[i], path)) {
			status = 1;
			continue;
		}
		e = nexfs_stat_at(&v.fs, id, path, &st);
		if (e) {
			status = fs_fail(&v, path, e);
			continue;
		}
		printf("  path: %s\n", path);
		printf("  type: %s\n", st.type == NEXFS_TYPE_DIR ? "directory" :
		    "file");
		printf(" inode: %llu\n", (unsigned long long)st.ino);
		printf("  size: %llu\n", (unsigned long long)st.size);
		printf(" links: %u\n", st.nlink);
		printf("blocks: %llu\n", (unsigned long long)st.blocks);
		printf("create: %s UTC\n", util_time(st.ctime_ns, t1,
		    sizeof(t1)));
		printf("modify: %s UTC\n", util_time(st.mtime_ns, t2,
		    sizeof(t2)));
		if (st.type != NEXFS_TYPE_DIR) {
			printf(" csum: %s\n", util_csum_name(st.csum));
			if (st.compress)
				printf("  zstd: level %u\n", st.compress);
			else
				printf("  zstd: off\n");
		}
	}
	return close_volume(&v, status);
}

/* --- snapshot ------------------------------------------------------------ */

static const char help_snapshot[] =
    "TimeWarp snapshots: each is the Merkle root of the tree at one commit.\n"
    "\n"
    "  nexfs snapshot create IMAGE NAME      capture the live tree\n"
    "  nexfs snapshot list IMAGE             id, name, time, root hash\n"
    "  nexfs snapshot diff IMAGE A [B]       paths that differ between A and\n"
    "                                        B (default: the live tree);\n"
    "                                        '+' added, '-' removed,\n"
    "                                        'M' modified\n"
    "  nexfs snapshot rollback IMAGE SNAP    make the live tree SNAP's tree\n"
    "                                        again (SNAP is kept)\n"
    "  nexfs snapshot delete IMAGE SNAP      forget SNAP, freeing what only\n"
    "                                        it used\n"
    "\n"
    "A snapshot is named by its id or its name; 'live' is the live tree.\n";

static int
diff_print(void *ctx, const char *path, enum nexfs_diff_kind kind)
{
	(void)ctx;
	printf("%c %s\n", kind == NEXFS_DIFF_ADDED ? '+' :
	    kind == NEXFS_DIFF_REMOVED ? '-' : 'M', path);
	return 0;
}

static int
cmd_snapshot(int argc, char **argv)
{
	static const struct option longopts[] = {
		COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	struct nexfs_snapshot_info *list;
	nexfs_snap_t a, b = NEXFS_LIVE, id;
	const char *sub;
	char t[32], hex[65];
	size_t count, i;
	struct volume v;
	int c, e, r, status = 0;

	while ((c = next_opt(argc, argv, "", longopts, &r)) != -1)
		return c == -2 ? r : usage_error("bad option");
	if (argc - optind < 1)
		return usage_error("missing subcommand (create, list, diff, "
		    "rollback, delete)");
	sub = argv[optind++];
	if (strcmp(sub, "create") == 0) {
		if ((r = need_args(argc, 2, 2)) != 0)
			return r;
		if (strlen(argv[optind + 1]) > NEXFS_SNAP_NAME_MAX)
			return usage_error("snapshot name '%s' is longer than %d "
			    "bytes", argv[optind + 1], NEXFS_SNAP_NAME_MAX);
		if (open_volume(&v, argv[optind], 0))
			return 1;
		e = nexfs_snapshot_create(&v.fs, argv[optind + 1], &id);
		if (e)
			return close_volume(&v, fs_fail(&v, NULL, e));
		printf("snapshot %u '%s' created\n", id, argv[optind + 1]);
		return close_volume(&v, 0);
	}
	if (strcmp(sub, "list") == 0) {
		if ((r = need_args(argc, 1, 1)) != 0)
			return r;
		if (open_volume(&v, argv[optind], NEXFS_MOUNT_RDONLY))
			return 1;
		e = nexfs_snapshot_list(&v.fs, NULL, 0, &count);
		if (e)
			return close_volume(&v, fs_fail(&v, NULL, e));
		list = calloc(count ? count : 1, sizeof(*list));
		if (list == NULL) {
			errmsg("out of memory");
			return close_volume(&v, 1);
		}
		e = nexfs_snapshot_list(&v.fs, list, count, &count);
		if (e) {
			free(list);
			return close_volume(&v, fs_fail(&v, NULL, e));
		}
		printf("%5s  %-20s  %-19s  %8s  %s\n", "ID", "NAME", "TIME (UTC)",
		    "COMMIT", "ROOT");
		for (i = 0; i < count; i++)
			printf("%5u  %-20s  %-19s  %8llu  %.16s\n", list[i].id,
			    list[i].name, util_time(list[i].time_ns, t,
			    sizeof(t)), (unsigned long long)list[i].seq,
			    util_hex(list[i].root_hash, 32, hex));
		free(list);
		return close_volume(&v, 0);
	}
	if (strcmp(sub, "diff") == 0) {
		if ((r = need_args(argc, 2, 3)) != 0)
			return r;
		if (open_volume(&v, argv[optind], NEXFS_MOUNT_RDONLY))
			return 1;
		if (!resolve_snap(&v, argv[optind + 1], &a) ||
		    (argc - optind == 3 && !resolve_snap(&v, argv[optind + 2],
		    &b)))
			return close_volume(&v, 1);
		e = nexfs_snapshot_diff(&v.fs, a, b, diff_print, NULL);
		if (e)
			status = fs_fail(&v, NULL, e);
		return close_volume(&v, status);
	}
	if (strcmp(sub, "rollback") == 0 || strcmp(sub, "delete") == 0) {
		if ((r = need_args(argc, 2, 2)) != 0)
			return r;
		if (open_volume(&v, argv[optind], 0))
			return 1;
		if (!resolve_snap(&v, argv[optind + 1], &id))
			return close_volume(&v, 1);
		if (id == NEXFS_LIVE) {
			errmsg("%s: 'live' is not a snapshot", v.path);
			return close_volume(&v, 1);
		}
		e = sub[0] == 'r' ? nexfs_snapshot_rollback(&v.fs, id) :
		    nexfs_snapshot_delete(&v.fs, id);
		if (e)
			return close_volume(&v, fs_fail(&v, NULL, e));
		printf(sub[0] == 'r' ? "rolled back to snapshot %u\n" :
		    "snapshot %u deleted\n", id);
		return close_volume(&v, 0);
	}
	return usage_error("unknown snapshot subcommand '%s' (create, list, "
	    "diff, rollback, delete)", sub);
}

/* --- scrub --------------------------------------------------------------- */

static const char help_scrub[] =
    "Reads and verifies every block the volume uses (live tree, snapshots,\n"
    "superblock replicas) and repairs what a good copy exists for.  Damage\n"
    "is listed on standard error.  Exit status 1 when damage remains.\n"
    "\n"
    "Options:\n"
    "  -n, --no-repair          only check; the image is opened read-only\n";

struct scrub_ctx {
	struct progress pr;
	bool started;
	const char *image;
};

static void
scrub_cb(void *ctx, uint64_t done, uint64_t total, const char *damaged)
{
	struct scrub_ctx *s = ctx;

	if (damaged != NULL) {
		progress_end(&s->pr);
		s->started = false;
		fprintf(stderr, "%s: %s: damaged: %s\n", prog_name, s->image,
		    damaged);
		return;
	}
	if (!s->started) {
		progress_start(&s->pr, "scrub", total, false, 1);
		s->started = true;
	}
	progress_update(&s->pr, done);
}

static int
cmd_scrub(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "no-repair", no_argument, NULL, 'n' },
		COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	struct nexfs_scrub_report rep;
	struct scrub_ctx sc;
	struct volume v;
	char h[32];
	bool repair = true;
	int c, e, r;

	while ((c = next_opt(argc, argv, "n", longopts, &r)) != -1) {
		switch (c) {
		case -2:
			return r;
		case 'n':
			repair = false;
			break;
		default:
			return usage_error("bad option");
		}
	}
	if ((r = need_args(argc, 1, 1)) != 0)
		return r;
	if (open_volume(&v, argv[optind], repair ? 0 : NEXFS_MOUNT_RDONLY))
		return 1;
	memset(&sc, 0, sizeof(sc));
	memset(&rep, 0, sizeof(rep));
	sc.image = v.path;
	/* Damage reaches us through scrub_cb; keep the log from repeating it. */
	if (verbose == 0)
		v.verbose = -2;
	e = nexfs_scrub(&v.fs, &rep, scrub_cb, &sc);
	v.verbose = verbose;
	progress_end(&sc.pr);
	if (e)
		return close_volume(&v, fs_fail(&v, NULL, e));
	printf("checked:   %llu blocks, %s\n",
	    (unsigned long long)rep.blocks_checked,
	    util_human(rep.bytes_checked, h, sizeof(h)));
	printf("damaged:   %llu blocks, %llu repaired\n",
	    (unsigned long long)rep.errors, (unsigned long long)rep.repaired);
	printf("replicas:  %llu damaged, %llu repaired\n",
	    (unsigned long long)rep.replicas_bad,
	    (unsigned long long)rep.replicas_repaired);
	if (rep.errors > rep.repaired ||
	    rep.replicas_bad > rep.replicas_repaired) {
		errmsg("%s: damage remains after scrub", v.path);
		return close_volume(&v, 1);
	}
	printf("%s\n", rep.errors || rep.replicas_bad ? "all damage repaired" :
	    "clean");
	return close_volume(&v, 0);
}

/* --- tune ---------------------------------------------------------------- */

static const char help_tune[] =
    "Turns features on or off without reformatting, where that is safe, and\n"
    "prints the features in effect.  FEATURE is dedup, wear-level, pack\n"
    "(small chunks share blocks) or compress.\n"
    "\n"
    "Options:\n"
    "  -e, --enable FEATURE     turn FEATURE on\n"
    "  -d, --disable FEATURE    turn FEATURE off (compress only when no\n"
    "                           compressed data is left)\n";

static bool
feature_bit(const char *name, uint64_t *bit)
{
	if (strcmp(name, "dedup") == 0)
		*bit = NEXFS_FEAT_COMPAT_DEDUP;
	else if (strcmp(name, "wear-level") == 0)
		*bit = NEXFS_FEAT_COMPAT_WEAR_LEVEL;
	else if (strcmp(name, "pack") == 0)
		*bit = NEXFS_FEAT_COMPAT_PACK;
	else if (strcmp(name, "compress") == 0)
		*bit = NEXFS_FEAT_INCOMPAT_COMPRESS;
	else
		return false;
	return true;
}

static int
cmd_tune(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "enable", required_argument, NULL, 'e' },
		{ "disable", required_argument, NULL, 'd' },
		COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	struct nexfs_info in;
	uint64_t set = 0, clear = 0, bit;
	struct volume v;
	int c, e, r;

	while ((c = next_opt(argc, argv, "e:d:", longopts, &r)) != -1) {
		switch (c) {
		case -2:
			return r;
		case 'e':
		case 'd':
			if (!feature_bit(optarg, &bit))
				return usage_error("unknown feature '%s' (dedup, "
				    "wear-level, pack, compress)", optarg);
			if (c == 'e')
				set |= bit;
			else
				clear |= bit;
			break;
		default:
			return usage_error("bad option");
		}
	}
	if ((r = need_args(argc, 1, 1)) != 0)
		return r;
	if (set & clear)
		return usage_error("a feature cannot be both enabled and "
		    "disabled");
	if (open_volume(&v, argv[optind], set | clear ? 0 :
	    NEXFS_MOUNT_RDONLY))
		return 1;
	if (set | clear) {
		e = nexfs_tune(&v.fs, set, clear);
		if (e == NEXFS_ERR_BUSY) {
			errmsg("%s: cannot turn the feature off while data "
			    "still uses it", v.path);
			return close_volume(&v, 1);
		}
		if (e)
			return close_volume(&v, fs_fail(&v, NULL, e));
	}
	e = nexfs_info(&v.fs, &in);
	if (e)
		return close_volume(&v, fs_fail(&v, NULL, e));
	printf("features:");
	print_features(in.features);
	return close_volume(&v, 0);
}

/* --- gc ------------------------------------------------------------------ */

static const char help_gc[] =
    "Compacts packed blocks: the live small chunks of blocks that are at\n"
    "most half live move together, so that those blocks become free, in one\n"
    "commit.  Chunks that a snapshot or another file shares stay.  NexFS\n"
    "does this by itself when a write finds the volume full and after many\n"
    "small chunks were dropped; this runs it now and reports what it did.\n";

static int
cmd_gc(int argc, char **argv)
{
	static const struct option longopts[] = {
		COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	struct nexfs_gc_report rep;
	struct nexfs_info in0, in1;
	struct volume v;
	char h[32];
	int c, e, r;

	while ((c = next_opt(argc, argv, "", longopts, &r)) != -1) {
		switch (c) {
		case -2:
			return r;
		default:
			return usage_error("bad option");
		}
	}
	if ((r = need_args(argc, 1, 1)) != 0)
		return r;
	if (open_volume(&v, argv[optind], 0))
		return 1;
	e = nexfs_info(&v.fs, &in0);
	if (!e)
		e = nexfs_gc(&v.fs, &rep);
	if (!e)
		e = nexfs_info(&v.fs, &in1);
	if (e)
		return close_volume(&v, fs_fail(&v, NULL, e));
	printf("examined:  %llu packed blocks with dead space\n",
	    (unsigned long long)rep.blocks_examined);
	printf("freed:     %llu blocks\n", (unsigned long long)rep.blocks_freed);
	printf("moved:     %llu pieces, %s\n", (unsigned long long)rep.pieces_moved,
	    util_human(rep.bytes_moved, h, sizeof(h)));
	printf("free:      %llu blocks (was %llu)\n",
	    (unsigned long long)in1.blocks_free, (unsigned long long)in0.blocks_free);
	return close_volume(&v, 0);
}

/* --- du ------------------------------------------------------------------ */

static const char help_du[] =
    "Shows how much data the subtree at PATH (default /) holds and how much\n"
    "deduplication saves: logical bytes against the blocks referenced and\n"
    "the blocks only this subtree uses.\n";

static int
cmd_du(int argc, char **argv)
{
	static const struct option longopts[] = {
		COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	char path[NEXFS_PATH_MAX + 1], h1[32], h2[32];
	struct nexfs_dedup_stats ds;
	struct nexfs_info in;
	struct nexfs_du du;
	struct volume v;
	uint64_t used;
	int c, e, r;

	while ((c = next_opt(argc, argv, "", longopts, &r)) != -1)
		return c == -2 ? r : usage_error("bad option");
	if ((r = need_args(argc, 1, 2)) != 0)
		return r;
	if (!fs_path(argc - optind == 2 ? argv[optind + 1] : "/", path))
		return 1;
	if (open_volume(&v, argv[optind], NEXFS_MOUNT_RDONLY))
		return 1;
	e = nexfs_du(&v.fs, path, &du);
	if (e)
		return close_volume(&v, fs_fail(&v, path, e));
	e = nexfs_info(&v.fs, &in);
	if (!e)
		e = nexfs_dedup_stats(&v.fs, &ds);
	if (e)
		return close_volume(&v, fs_fail(&v, NULL, e));
	used = in.bytes_total - in.bytes_free;
	printf("path:              %s\n", path);
	printf("files:             %llu in %llu directories\n",
	    (unsigned long long)du.files, (unsigned long long)du.dirs);
	printf("logical bytes:     %llu (%s)\n",
	    (unsigned long long)du.logical_bytes,
	    util_human(du.logical_bytes, h1, sizeof(h1)));
	printf("blocks referenced: %llu\n",
	    (unsigned long long)du.referenced_blocks);
	printf("blocks unique:     %llu (used by this subtree only)\n",
	    (unsigned long long)du.unique_blocks);
	printf("blocks shared:     %llu on the volume\n",
	    (unsigned long long)ds.blocks_shared);
	printf("volume used:       %s of %s\n", util_human(used, h1,
	    sizeof(h1)), util_human(in.bytes_total, h2, sizeof(h2)));
	if (du.referenced_blocks > 0)
		printf("dedup saving:      %.1f%% of referenced blocks are "
		    "shared\n", 100.0 * (double)(du.referenced_blocks -
		    (du.unique_blocks < du.referenced_blocks ? du.unique_blocks :
		    du.referenced_blocks)) / (double)du.referenced_blocks);
	return close_volume(&v, 0);
}

/* --- help and dispatch --------------------------------------------------- */

static const char help_help[] = "Shows the help of COMMAND, or the list of "
    "commands.\n";

static void
print_overview(FILE *out)
{
	fprintf(out,
	    "usage: nexfs COMMAND [OPTIONS] IMAGE [ARGS]\n"
	    "\n"
	    "Works on NexFS volumes kept in image files (raw flash of the\n"
	    "geometry recorded in the file).  Commands:\n"
	    "\n"
	    "  mkfs      make an image and format it\n"
	    "  info      geometry, features, space\n"
	    "  ls        list directories\n"
	    "  put       copy a host file in\n"
	    "  get       copy a file out to the host\n"
	    "  cat       print files\n"
	    "  rm        remove files or directories\n"
	    "  mkdir     make directories\n"
	    "  mv        rename atomically\n"
	    "  stat      show a file's details\n"
	    "  snapshot  create, list, diff, roll back, delete snapshots\n"
	    "  scrub     verify everything, repair from replicas\n"
	    "  tune      turn features on or off\n"
	    "  du        usage and dedup statistics\n"
	    "  gc        compact packed blocks\n"
	    "\n"
	    "'nexfs COMMAND --help' describes each.\n");
}

static int
cmd_help(int argc, char **argv)
{
	const struct cmd *c;

	if (argc < 2 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "--help") == 0) {
		print_overview(stdout);
		return 0;
	}
	c = find_cmd(argv[1]);
	if (c == NULL)
		return usage_error("unknown command '%s'", argv[1]);
	print_help(c);
	return 0;
}

static const struct cmd cmds[] = {
	{ "mkfs", cmd_mkfs, "[OPTIONS] IMAGE", help_mkfs },
	{ "info", cmd_info, "IMAGE", help_info },
	{ "ls", cmd_ls, "[-lR] [-S SNAP] IMAGE [PATH...]", help_ls },
	{ "put", cmd_put, "[-r] [-c LEVEL] [--csum KIND] IMAGE SRC [DEST]",
	    help_put },
	{ "get", cmd_get, "[-r] [-S SNAP] IMAGE PATH [DEST]", help_get },
	{ "cat", cmd_cat, "[-S SNAP] IMAGE PATH...", help_cat },
	{ "rm", cmd_rm, "[-rf] IMAGE PATH...", help_rm },
	{ "mkdir", cmd_mkdir, "[-p] IMAGE PATH...", help_mkdir },
	{ "mv", cmd_mv, "IMAGE FROM TO", help_mv },
	{ "stat", cmd_stat, "[-S SNAP] IMAGE PATH...", help_stat },
	{ "snapshot", cmd_snapshot,
	    "create|list|diff|rollback|delete IMAGE [ARGS]", help_snapshot },
	{ "scrub", cmd_scrub, "[-n] IMAGE", help_scrub },
	{ "tune", cmd_tune, "[-e FEATURE] [-d FEATURE] IMAGE", help_tune },
	{ "du", cmd_du, "IMAGE [PATH]", help_du },
	{ "gc", cmd_gc, "IMAGE", help_gc },
	{ "help", cmd_help, "[COMMAND]", help_help },
};

static const struct cmd *
find_cmd(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		if (strcmp(cmds[i].name, name) == 0)
			return &cmds[i];
	return NULL;
}

int
main(int argc, char **argv)
{
	const struct cmd *c;

	if (argc < 2) {
		print_overview(stderr);
		return 2;
	}
	if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
		print_overview(stdout);
		return 0;
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("nexfs (NexFS format version %d)\n", NEXFS_FORMAT_VERSION);
		return 0;
	}
	c = find_cmd(argv[1]);
	if (c == NULL) {
		fprintf(stderr, "nexfs: unknown command '%s'\n", argv[1]);
		fprintf(stderr, "Try 'nexfs --help'.\n");
		return 2;
	}
	cur = c;
	snprintf(prog_name, sizeof(prog_name), "nexfs %s", c->name);
	/* The command sees itself as argv[0]. */
	optind = 1;
	return c->run(argc - 1, argv + 1);
}
