/*
 * util.c: parsing and formatting helpers of the host tools (see util.h).
 */
#include "util.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

bool
util_parse_uint(const char *s, uint64_t max, uint64_t *out)
{
	uint64_t v = 0;

	if (s == NULL || *s == '\0')
		return false;
	for (; *s != '\0'; s++) {
		if (!isdigit((unsigned char)*s))
			return false;
		if (v > (max - (uint64_t)(*s - '0')) / 10)
			return false;
		v = v * 10 + (uint64_t)(*s - '0');
	}
	*out = v;
	return true;
}

bool
util_parse_size(const char *s, uint64_t *out, bool allow_zero)
{
	static const struct {
		const char *suffix;
		unsigned int shift;
	} units[] = {
		{ "", 0 }, { "b", 0 },
		{ "k", 10 }, { "kb", 10 }, { "kib", 10 },
		{ "m", 20 }, { "mb", 20 }, { "mib", 20 },
		{ "g", 30 }, { "gb", 30 }, { "gib", 30 },
		{ "t", 40 }, { "tb", 40 }, { "tib", 40 },
	};
	char digits[32];
	uint64_t v;
	size_t n = 0, i;

	if (s == NULL)
		return false;
	while (isdigit((unsigned char)s[n]) && n < sizeof(digits) - 1) {
		digits[n] = s[n];
		n++;
	}
	digits[n] = '\0';
	if (n == 0 || !util_parse_uint(digits, UINT64_MAX, &v))
		return false;
	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		if (strcasecmp(s + n, units[i].suffix) != 0)
			continue;
		if (units[i].shift && v > (UINT64_MAX >> units[i].shift))
			return false;
		v <<= units[i].shift;
		if (v == 0 && !allow_zero)
			return false;
		*out = v;
		return true;
	}
	return false;
}

bool
util_fs_path(const char *in, char out[NEXFS_PATH_MAX + 1])
{
	size_t o = 0, n;
	const char *p = in, *q;

	out[o++] = '/';
	for (;;) {
		while (*p == '/')
			p++;
		if (*p == '\0')
			break;
		q = strchr(p, '/');
		n = q ? (size_t)(q - p) : strlen(p);
		if (n == 1 && p[0] == '.') {
			p += n;
			continue;
		}
		if ((n == 2 && p[0] == '.' && p[1] == '.') || n > NEXFS_NAME_MAX)
			return false;
		if (o > 1)
			out[o++] = '/';
		if (o + n > NEXFS_PATH_MAX)
			return false;
		memcpy(out + o, p, n);
		o += n;
		p += n;
	}
	out[o] = '\0';
	return true;
}

const char *
util_basename(const char *path)
{
	const char *s = strrchr(path, '/');

	if (s == NULL)
		return path;
	if (s[1] == '\0')
		return s == path ? "/" : path;
	return s + 1;
}

bool
util_join(const char *dir, const char *name, char out[NEXFS_PATH_MAX + 1])
{
	int n;

	n = snprintf(out, NEXFS_PATH_MAX + 1, "%s%s%s", dir,
	    dir[0] && dir[strlen(dir) - 1] == '/' ? "" : "/", name);
	return n >= 0 && n <= NEXFS_PATH_MAX;
}

static const char *const csum_names[] = {
	[NEXFS_CSUM_DEFAULT] = "default",
	[NEXFS_CSUM_BLAKE3_256] = "blake3-256",
	[NEXFS_CSUM_BLAKE3_128] = "blake3-128",
	[NEXFS_CSUM_XXH3_64] = "xxh3-64",
};

const char *
util_csum_name(unsigned int csum)
{
	if (csum < sizeof(csum_names) / sizeof(csum_names[0]))
		return csum_names[csum];
	return "unknown";
}

bool
util_csum_parse(const char *s, uint8_t *out)
{
	unsigned int i;

	for (i = 1; i < sizeof(csum_names) / sizeof(csum_names[0]); i++) {
		if (strcasecmp(s, csum_names[i]) == 0) {
			*out = (uint8_t)i;
			return true;
		}
	}
	return false;
}

const char *
util_human(uint64_t bytes, char *buf, size_t len)
{
	static const char *const unit[] = { "B", "KiB", "MiB", "GiB", "TiB" };
	double v = (double)bytes;
	int u = 0;

	while (v >= 1024 && u < 4) {
		v /= 1024;
		u++;
	}
	if (u == 0)
		snprintf(buf, len, "%llu B", (unsigned long long)bytes);
	else
		snprintf(buf, len, "%.1f %s", v, unit[u]);
	return buf;
}

const char *
util_time(uint64_t ns, char *buf, size_t len)
{
	time_t t = (time_t)(ns / 1000000000u);
	struct tm tm;

	if (ns == 0 || gmtime_r(&t, &tm) == NULL)
		snprintf(buf, len, "-");
	else
		strftime(buf, len, "%Y-%m-%d %H:%M:%S", &tm);
	return buf;
}

const char *
util_hex(const uint8_t *h, size_t n, char *buf)
{
	size_t i;

	for (i = 0; i < n; i++)
		snprintf(buf + 2 * i, 3, "%02x", h[i]);
	buf[2 * n] = '\0';
	return buf;
}
