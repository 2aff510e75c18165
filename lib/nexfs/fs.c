/*
 * fs.c: inodes, directories, files and paths.
 *
 * The inode table is an object of 128-byte inodes indexed by inode number
 * (numbers are never reused; the table is sparse where inodes died).  A
 * directory is an object of 128-byte entries forming a hash table with
 * linear probing on the XXH3-64 of the name, rebuilt at twice the size when
 * three quarters full, so lookups and creates cost O(1) entries on
 * average; a file is a sequence of FastCDC chunks (chunk.c reads and writes
 * them).  Every mutating call here runs between
 * nexfs_op_begin() and nexfs_op_end(), which commits it as a whole or
 * throws it away, so a call that fails half-way leaves nothing behind.
 *
 * Buffers: buf_b holds the leaf being edited (directory entries, inode
 * records, file bytes), buf_a the interior nodes (see tree.c).
 */
#include "nexfs_internal.h"

#include <crypto/xxh3.h>

/* --- Inodes ------------------------------------------------------------- */

static void
itab_obj(struct nexfs_state *s, const struct nexfs_bptr *itab, uint8_t ih, struct nexfs_obj *o)
{
	(void)s;
	memset(o, 0, sizeof(*o));
	o->root = *itab;
	o->height = ih;
	o->leaf_type = NEXFS_BT_INODES;
}

int
nexfs_inode_get(struct nexfs_state *s, const struct nexfs_bptr *itab, uint8_t ih, uint64_t ino,
    struct nexfs_inode *in)
{
	uint32_t per = nexfs_rec_per_leaf(s);
	struct nexfs_obj o;
	bool hole;
	int err;

	if (ino == 0)
		return NEXFS_ERR_NOENT;
	itab_obj(s, itab, ih, &o);
	err = nexfs_obj_read_leaf(s, &o, ino / per, s->buf_b, &hole);
	if (err)
		return err;
	memcpy(in, s->buf_b + (ino % per) * 128, sizeof(*in));
	if (in->type == 0 || in->ino != ino)
		return NEXFS_ERR_NOENT;
	if ((in->type != NEXFS_TYPE_FILE && in->type != NEXFS_TYPE_DIR) ||
	    in->height > NEXFS_MAX_HEIGHT)
		return NEXFS_ERR_CORRUPT;
	return 0;
}

/* Whether the inode-table leaf holding ino is effectively shared. */
static int
itab_leaf_shared(struct nexfs_state *s, uint64_t ino, bool *shared)
{
	uint32_t per = nexfs_rec_per_leaf(s);
	uint64_t idx = ino / per;
	struct nexfs_bptr p = s->sb.itab;
	int err;

	*shared = false;
	for (uint8_t l = s->sb.itab_height; ; l--) {
		uint64_t div = 1;

		if (nexfs_bptr_null(&p))
			return 0;
		if (p.block >= s->geo.block_count)
			return NEXFS_ERR_CORRUPT;
		if (s->rc[p.block] > 1) {
			*shared = true;
			return 0;
		}
		if (l == 0)
			return 0;
		for (uint8_t k = 1; k < l; k++)
			div *= s->fanout;
		err = nexfs_blk_get(s, &p, (uint32_t)((idx / div) % s->fanout) * (uint32_t)sizeof(p),
		    &p, sizeof(p));
		if (err)
			return err;
	}
}

void
nexfs_inode_obj(struct nexfs_state *s, const struct nexfs_inode *in, struct nexfs_obj *o)
{
	memset(o, 0, sizeof(*o));
	o->root = in->root;
	o->height = in->height;
	o->leaf_type = NEXFS_BT_DATA;
	o->csum = in->csum ? in->csum : s->sb.default_csum;
	o->compress = in->compress;
	o->ext = in->type == NEXFS_TYPE_FILE;
}

/* The object of a live inode, ready to be modified. */
int
nexfs_inode_obj_live(struct nexfs_state *s, const struct nexfs_inode *in, struct nexfs_obj *o)
{
	nexfs_inode_obj(s, in, o);
	return itab_leaf_shared(s, in->ino, &o->owner_shared);
}

/*
 * Stores in into the live inode table.  removed is the data root the inode
 * no longer holds (when deleting it), root_new says whether in->root is a
 * new reference made by tree.c (whose old root tree.c already released).
 */
static int
inode_store(struct nexfs_state *s, const struct nexfs_inode *in, uint64_t ino,
    const struct nexfs_bptr *removed, bool root_new)
{
	uint32_t per = nexfs_rec_per_leaf(s);
	struct nexfs_obj o;
	bool hole;
	int err;

	itab_obj(s, &s->sb.itab, s->sb.itab_height, &o);
	err = nexfs_obj_read_leaf(s, &o, ino / per, s->buf_b, &hole);
	if (err)
		return err;
	if (in != NULL)
		memcpy(s->buf_b + (ino % per) * 128, in, sizeof(*in));
	else
		memset(s->buf_b + (ino % per) * 128, 0, 128);
	err = nexfs_obj_write_leaf(s, &o, ino / per, s->buf_b, false, removed,
	    root_new ? (int)(ino % per) : -1);
	if (err)
		return err;
	s->sb.itab = o.root;
	s->sb.itab_height = o.height;
	return 0;
}

int
nexfs_inode_put(struct nexfs_state *s, const struct nexfs_inode *in,
    const struct nexfs_bptr *removed)
{
	return inode_store(s, in, in->ino, removed, false);
}

/*
 * Stores in after tree.c worked on its data tree o.  Once tree.c has
 * touched a tree, its root is a new reference even when it is the same
 * block as before (dedup can hand back the very block it replaced).
 */
static int
inode_put_data(struct nexfs_state *s, const struct nexfs_inode *in, const struct nexfs_obj *o)
{
	return inode_store(s, in, in->ino, NULL, o->touched);
}

/* --- Directories ------------------------------------------------------- */

static uint64_t
leaves_of(struct nexfs_state *s, uint64_t size)
{
	return (size + s->bsize - 1) / s->bsize;
}

static uint64_t
name_hash(const char *name, size_t len)
{
	return crypto_xxh3_64(name, len, 0);
}

static struct nexfs_dent *
dent_at(struct nexfs_state *s, uint64_t slot)
{
	return (struct nexfs_dent *)(void *)(s->buf_b + (slot % (s->bsize / 128)) * 128);
}

/*
 * Finds name in directory dir by probing from its hash.  On success *slot
 * is the entry's index and *ent a copy.  Returns NEXFS_ERR_NOENT when
 * absent; *free_slot (if not NULL) then gets the first deleted or empty
 * slot of the probe, or UINT64_MAX when the table has none.
 */
static int
dir_find(struct nexfs_state *s, const struct nexfs_inode *dir, const char *name, size_t len,
    struct nexfs_dent *ent, uint64_t *slot, uint64_t *free_slot)
{
	uint32_t per = s->bsize / 128;
	uint64_t cap = dir->size / 128, first_free = UINT64_MAX, leaf = UINT64_MAX, start;
	struct nexfs_obj o;
	bool hole;
	int err;

	if (free_slot != NULL)
		*free_slot = UINT64_MAX;
	if (cap == 0)
		return NEXFS_ERR_NOENT;
	if ((cap & (cap - 1)) != 0)
		return NEXFS_ERR_CORRUPT;
	nexfs_inode_obj(s, dir, &o);
	start = name_hash(name, len) & (cap - 1);
	for (uint64_t k = 0; k < cap; k++) {
		uint64_t sl = (start + k) & (cap - 1);
		const struct nexfs_dent *d;

		if (sl / per != leaf) {
			leaf = sl / per;
			err = nexfs_obj_read_leaf(s, &o, leaf, s->buf_b, &hole);
			if (err)
				return err;
		}
		d = dent_at(s, sl);
		if (d->ino == 0) {
			if (first_free == UINT64_MAX)
				first_free = sl;
			if (d->type != NEXFS_DENT_DEAD)
				break;		/* empty: the name is not further on */
			continue;
		}
		if (d->name_len == len && memcmp(d->name, name, len) == 0) {
			*ent = *d;
			*slot = sl;
			return 0;
		}
	}
	if (free_slot != NULL)
		*free_slot = first_free;
	return NEXFS_ERR_NOENT;
}

/* Finds the entry naming ino in dir (for building paths): a full scan. */
int
nexfs_dir_find_ino(struct nexfs_state *s, const struct nexfs_bptr *itab, uint8_t ih,
    const struct nexfs_inode *dir, uint64_t ino, struct nexfs_dent *out)
{
	uint32_t per = s->bsize / 128;
	uint64_t nslots = dir->size / 128;
	struct nexfs_obj o;
	bool hole;
	int err;

	(void)itab;
	(void)ih;
	nexfs_inode_obj(s, dir, &o);
	for (uint64_t leaf = 0; leaf < leaves_of(s, dir->size); leaf++) {
		err = nexfs_obj_read_leaf(s, &o, leaf, s->buf_b, &hole);
		if (err)
			return err;
		if (hole)
			continue;
		for (uint32_t i = 0; i < per && leaf * per + i < nslots; i++) {
			const struct nexfs_dent *d =
			    (const struct nexfs_dent *)(const void *)(s->buf_b + i * 128);

			if (d->ino == ino) {
				*out = *d;
				return 0;
			}
		}
	}
	return NEXFS_ERR_NOENT;
}

/*
 * Writes entry ent (or a deleted mark when ent is NULL) at slot of
 * directory dir, updating dir in memory (counts, times) and in the table.
 */
static int
dir_set(struct nexfs_state *s, struct nexfs_inode *dir, uint64_t slot,
    const struct nexfs_dent *ent)
{
	uint32_t per = s->bsize / 128;
	struct nexfs_dent *d;
	struct nexfs_obj o;
	bool hole, was_live, was_dead;
	int err;

	if (slot >= dir->size / 128)
		return NEXFS_ERR_CORRUPT;
	err = nexfs_inode_obj_live(s, dir, &o);
	if (err)
		return err;
	err = nexfs_obj_read_leaf(s, &o, slot / per, s->buf_b, &hole);
	if (err)
		return err;
	d = dent_at(s, slot);
	was_live = d->ino != 0;
	was_dead = d->ino == 0 && d->type == NEXFS_DENT_DEAD;
	if (ent != NULL) {
		memcpy(d, ent, 128);
	} else {
		memset(d, 0, 128);
		d->type = NEXFS_DENT_DEAD;
	}
	err = nexfs_obj_write_leaf(s, &o, slot / per, s->buf_b, false, NULL, -1);
	if (err)
		return err;
	dir->root = o.root;
	dir->height = o.height;
	if (was_live)
		dir->entries--;
	if (was_dead)
		dir->dead--;
	if (ent != NULL)
		dir->entries++;
	else
		dir->dead++;
	dir->mtime_ns = nexfs_now(s);
	return inode_put_data(s, dir, &o);
}

/*
 * Rebuilds directory dir as a table of cap slots (a power of two), without
 * deleted marks, and stores it.  Each live entry is read from the old
 * table and inserted into the new one, so the cost is linear in the old
 * table; tables double, so each entry is moved O(1) times on average.
 */
static int
dir_rehash(struct nexfs_state *s, struct nexfs_inode *dir, uint64_t cap)
{
	uint32_t per = s->bsize / 128;
	uint64_t oldcap = dir->size / 128;
	struct nexfs_obj old, n;
	struct nexfs_bptr old_root = dir->root;
	struct nexfs_dent e;
	bool hole;
	int err;

	nexfs_inode_obj(s, dir, &old);
	memset(&n, 0, sizeof(n));
	n.leaf_type = NEXFS_BT_DATA;
	n.csum = old.csum;
	for (uint64_t sl = 0; sl < oldcap; sl++) {
		uint64_t at, leaf = UINT64_MAX;

		if (sl % per == 0) {
			struct nexfs_bptr lp;

			/* Skip whole holes of the old table. */
			err = nexfs_obj_leaf_bptr(s, &old, sl / per, &lp);
			if (err)
				return err;
			if (nexfs_bptr_null(&lp)) {
				sl += per - 1;
				continue;
			}
		}
		err = nexfs_obj_read_leaf(s, &old, sl / per, s->buf_b, &hole);
		if (err)
			return err;
		e = *dent_at(s, sl);
		if (e.ino == 0)
			continue;
		if (e.name_len > NEXFS_NAME_MAX)
			return NEXFS_ERR_CORRUPT;
		at = name_hash(e.name, e.name_len) & (cap - 1);
		for (uint64_t k = 0; ; k++, at = (at + 1) & (cap - 1)) {
			if (k == cap)
				return NEXFS_ERR_CORRUPT;
			if (at / per != leaf) {
				leaf = at / per;
				err = nexfs_obj_read_leaf(s, &n, leaf, s->buf_b, &hole);
				if (err)
					return err;
			}
			if (dent_at(s, at)->ino == 0)
				break;
		}
		memcpy(dent_at(s, at), &e, sizeof(e));
		err = nexfs_obj_write_leaf(s, &n, leaf, s->buf_b, false, NULL, -1);
		if (err)
			return err;
	}
	dir->root = n.root;
	dir->height = n.height;
	dir->size = cap * 128;
	dir->dead = 0;
	return inode_store(s, dir, dir->ino, &old_root, n.touched);
}

/* Adds entry ent for name to dir, growing the table first when needed. */
static int
dir_add(struct nexfs_state *s, struct nexfs_inode *dir, const struct nexfs_dent *ent)
{
	uint64_t cap = dir->size / 128, slot, free_slot;
	struct nexfs_dent d;
	int err;

	if (cap == 0 || (dir->entries + dir->dead + 1) * 4 > cap * 3) {
		uint64_t ncap = s->bsize / 128;

		while ((dir->entries + 1) * 2 > ncap)
			ncap *= 2;
		err = dir_rehash(s, dir, ncap);
		if (err)
			return err;
	}
	err = dir_find(s, dir, ent->name, ent->name_len, &d, &slot, &free_slot);
	if (err == 0)
		return NEXFS_ERR_EXIST;
	if (err != NEXFS_ERR_NOENT)
		return err;
	if (free_slot == UINT64_MAX)
		return NEXFS_ERR_CORRUPT;
	return dir_set(s, dir, free_slot, ent);
}

/* --- Paths -------------------------------------------------------------- */

/* Next component of *p: sets name and len, advances *p; false at the end. */
static bool
path_next(const char **p, const char **name, size_t *len)
{
	const char *q = *p;

	while (*q == '/')
		q++;
	if (*q == '\0') {
		*p = q;
		return false;
	}
	*name = q;
	while (*q != '\0' && *q != '/')
		q++;
	*len = (size_t)(q - *name);
	*p = q;
	return true;
}

static int
path_check(const char *path)
{
	size_t n;

	if (path == NULL || path[0] != '/')
		return NEXFS_ERR_INVAL;
	n = base_strnlen(path, NEXFS_PATH_MAX + 1);
	if (n > NEXFS_PATH_MAX)
		return NEXFS_ERR_NAMETOOLONG;
	return 0;
}

static int
name_check(const char *name, size_t len)
{
	if (len > NEXFS_NAME_MAX)
		return NEXFS_ERR_NAMETOOLONG;
	if ((len == 1 && name[0] == '.') || (len == 2 && name[0] == '.' && name[1] == '.'))
		return NEXFS_ERR_INVAL;
	return 0;
}

int
nexfs_path_lookup(struct nexfs_state *s, const struct nexfs_bptr *itab, uint8_t ih,
    const char *path, struct nexfs_inode *in)
{
	struct nexfs_dent d;
	const char *name;
	uint64_t slot;
	size_t len;
	int err;

	err = path_check(path);
	if (err)
		return err;
	err = nexfs_inode_get(s, itab, ih, 1, in);
	if (err)
		return err == NEXFS_ERR_NOENT ? NEXFS_ERR_CORRUPT : err;
	while (path_next(&path, &name, &len)) {
		err = name_check(name, len);
		if (err)
			return err;
		if (in->type != NEXFS_TYPE_DIR)
			return NEXFS_ERR_NOTDIR;
		err = dir_find(s, in, name, len, &d, &slot, NULL);
		if (err)
			return err;
		err = nexfs_inode_get(s, itab, ih, d.ino, in);
		if (err)
			return err == NEXFS_ERR_NOENT ? NEXFS_ERR_CORRUPT : err;
	}
	return 0;
}

/*
 * Resolves the parent directory of path in the live tree and the last
 * component's name.  Fails with NEXFS_ERR_INVAL for the root itself.
 */
static int
path_parent(struct nexfs_state *s, const char *path, struct nexfs_inode *dir,
    const char **name, size_t *len)
{
	char buf[NEXFS_PATH_MAX + 1];
	size_t n;
	int err;

	err = path_check(path);
	if (err)
		return err;
	n = base_strlen(path);
	while (n > 1 && path[n - 1] == '/')
		n--;
	memcpy(buf, path, n);
	buf[n] = '\0';
	while (n > 0 && buf[n - 1] != '/')
		n--;
	*name = path + n;
	*len = 0;
	while ((*name)[*len] != '\0' && (*name)[*len] != '/')
		(*len)++;
	if (*len == 0)
		return NEXFS_ERR_INVAL;
	err = name_check(*name, *len);
	if (err)
		return err;
	buf[n] = '\0';
	err = nexfs_path_lookup(s, &s->sb.itab, s->sb.itab_height, buf, dir);
	if (err)
		return err;
	if (dir->type != NEXFS_TYPE_DIR)
		return NEXFS_ERR_NOTDIR;
	return 0;
}

static void
dent_make(struct nexfs_dent *d, uint64_t ino, uint32_t type, const char *name, size_t len)
{
	memset(d, 0, sizeof(*d));
	d->ino = ino;
	d->type = (uint8_t)type;
	d->name_len = (uint8_t)len;
	memcpy(d->name, name, len);
}

/* Creates an inode of type under path's parent; *out gets it. */
static int
create_at(struct nexfs_state *s, const char *path, uint32_t type, struct nexfs_inode *out)
{
	struct nexfs_inode dir, in;
	struct nexfs_dent d;
	const char *name;
	uint64_t slot;
	size_t len;
	int err;

	err = path_parent(s, path, &dir, &name, &len);
	if (err)
		return err;
	err = dir_find(s, &dir, name, len, &d, &slot, NULL);
	if (err == 0)
		return NEXFS_ERR_EXIST;
	if (err != NEXFS_ERR_NOENT)
		return err;
	memset(&in, 0, sizeof(in));
	in.ino = s->sb.next_ino++;
	in.type = (uint16_t)type;
	in.csum = s->sb.default_csum;
	in.nlink = 1;
	in.parent = dir.ino;
	in.ctime_ns = in.mtime_ns = nexfs_now(s);
	err = nexfs_inode_put(s, &in, NULL);
	if (err)
		return err;
	dent_make(&d, in.ino, type, name, len);
	err = dir_add(s, &dir, &d);
	if (err)
		return err;
	s->sb.files++;
	*out = in;
	return 0;
}

int
nexfs_mkdir(struct nexfs *fs, const char *path)
{
	struct nexfs_state *s = nexfs_st(fs);
	struct nexfs_inode in;
	int err;

	err = nexfs_op_begin(s, true);
	if (err)
		return err;
	err = create_at(s, path, NEXFS_TYPE_DIR, &in);
	if (nexfs_pack_retry(s, err))
		err = create_at(s, path, NEXFS_TYPE_DIR, &in);
	return nexfs_op_end(s, err);
}

/* Deletes inode in (already unlinked from its directory). */
static int
inode_delete(struct nexfs_state *s, const struct nexfs_inode *in)
{
	int err;

	err = inode_store(s, NULL, in->ino, &in->root, false);
	if (err)
		return err;
	s->sb.files--;
	return 0;
}

static int
remove_at(struct nexfs_state *s, const char *path)
{
	struct nexfs_inode dir, in;
	struct nexfs_dent d;
	const char *name;
	uint64_t slot;
	size_t len;
	int err;

	err = path_parent(s, path, &dir, &name, &len);
	if (err)
		return err;
	err = dir_find(s, &dir, name, len, &d, &slot, NULL);
	if (err)
		return err;
	err = nexfs_inode_get(s, &s->sb.itab, s->sb.itab_height, d.ino, &in);
	if (err)
		return err;
	if (in.type == NEXFS_TYPE_DIR && in.entries != 0)
		return NEXFS_ERR_NOTEMPTY;
	err = dir_set(s, &dir, slot, NULL);
	if (err)
		return err;
	return inode_delete(s, &in);
}

int
nexfs_remove(struct nexfs *fs, const char *path)
{
	struct nexfs_state *s = nexfs_st(fs);
	int err;

	err = nexfs_op_begin(s, true);
	if (err)
		return err;
	s->use_reserve = true;
	err = remove_at(s, path);
	if (nexfs_pack_retry(s, err)) {
		s->use_reserve = true;
		err = remove_at(s, path);
	}
	return nexfs_op_end(s, err);
}

/* Whether directory ino is anc or lies below it. */
static int
is_below(struct nexfs_state *s, uint64_t ino, uint64_t anc, bool *below)
{
	struct nexfs_inode in;
	int err;

	for (int depth = 0; depth < 4096; depth++) {
		if (ino == anc) {
			*below = true;
			return 0;
		}
		if (ino == 1) {
			*below = false;
			return 0;
		}
		err = nexfs_inode_get(s, &s->sb.itab, s->sb.itab_height, ino, &in);
		if (err)
			return err;
		ino = in.parent;
	}
	return NEXFS_ERR_CORRUPT;
}

static int
rename_at(struct nexfs_state *s, const char *from, const char *to)
{
	struct nexfs_inode sdir, ddir, in, old;
	struct nexfs_dent sd, dd, nd;
	const char *sname, *dname;
	uint64_t sslot, dslot;
	size_t slen, dlen;
	bool below, replace = false;
	int err;

	err = path_parent(s, from, &sdir, &sname, &slen);
	if (err)
		return err;
	err = dir_find(s, &sdir, sname, slen, &sd, &sslot, NULL);
	if (err)
		return err;
	err = nexfs_inode_get(s, &s->sb.itab, s->sb.itab_height, sd.ino, &in);
	if (err)
		return err;
	err = path_parent(s, to, &ddir, &dname, &dlen);
	if (err)
		return err;
	if (in.type == NEXFS_TYPE_DIR) {
		err = is_below(s, ddir.ino, in.ino, &below);
		if (err)
			return err;
		if (below)
			return NEXFS_ERR_INVAL;
	}
	err = dir_find(s, &ddir, dname, dlen, &dd, &dslot, NULL);
	if (err == 0) {
		if (dd.ino == in.ino)
			return 0;
		err = nexfs_inode_get(s, &s->sb.itab, s->sb.itab_height, dd.ino, &old);
		if (err)
			return err;
		if (old.type == NEXFS_TYPE_DIR && in.type != NEXFS_TYPE_DIR)
			return NEXFS_ERR_ISDIR;
		if (old.type != NEXFS_TYPE_DIR && in.type == NEXFS_TYPE_DIR)
			return NEXFS_ERR_NOTDIR;
		if (old.type == NEXFS_TYPE_DIR && old.entries != 0)
			return NEXFS_ERR_NOTEMPTY;
		replace = true;
	} else if (err != NEXFS_ERR_NOENT) {
		return err;
	}

	/* Unlink from the source directory first, then link at the target. */
	err = dir_set(s, &sdir, sslot, NULL);
	if (err)
		return err;
	if (ddir.ino == sdir.ino)
		ddir = sdir;
	dent_make(&nd, in.ino, in.type, dname, dlen);
	err = replace ? dir_set(s, &ddir, dslot, &nd) : dir_add(s, &ddir, &nd);
	if (err)
		return err;
	if (replace) {
		err = inode_delete(s, &old);
		if (err)
			return err;
	}
	err = nexfs_inode_get(s, &s->sb.itab, s->sb.itab_height, in.ino, &in);
	if (err)
		return err;
	in.parent = ddir.ino;
	return nexfs_inode_put(s, &in, NULL);
}

int
nexfs_rename(struct nexfs *fs, const char *from, const char *to)
{
	struct nexfs_state *s = nexfs_st(fs);
	int err;

	err = nexfs_op_begin(s, true);
	if (err)
		return err;
	s->use_reserve = true;
	err = rename_at(s, from, to);
	if (nexfs_pack_retry(s, err)) {
		s->use_reserve = true;
		err = rename_at(s, from, to);
	}
	return nexfs_op_end(s, err);
}

/* --- stat and attributes -------------------------------------------------- */

static void
stat_fill(struct nexfs_state *s, const struct nexfs_inode *in, struct nexfs_stat *st)
{
	memset(st, 0, sizeof(*st));
	st->ino = in->ino;
	st->type = in->type;
	st->nlink = in->nlink;
	st->size = in->size;
	st->blocks = leaves_of(s, in->size);
	st->ctime_ns = in->ctime_ns;
	st->mtime_ns = in->mtime_ns;
	st->csum = in->csum;
	st->compress = in->compress;
}

int
nexfs_stat_at(struct nexfs *fs, nexfs_snap_t snap, const char *path, struct nexfs_stat *st)
{
	struct nexfs_state *s = nexfs_st(fs);
	struct nexfs_inode in;
	struct nexfs_bptr itab;
	uint8_t ih;
	int err;

	err = nexfs_op_begin(s, false);
	if (err)
		return err;
	err = nexfs_snap_view(s, snap, &itab, &ih);
	if (err)
		return err;
	err = nexfs_path_lookup(s, &itab, ih, path, &in);
	if (err)
		return err;
	stat_fill(s, &in, st);
	return 0;
}

int
nexfs_stat(struct nexfs *fs, const char *path, struct nexfs_stat *st)
{
	return nexfs_stat_at(fs, NEXFS_LIVE, path, st);
}

static int
setattr_at(struct nexfs_state *s, const char *path, const struct nexfs_attr *a, uint32_t mask)
{
	struct nexfs_inode in;
	int err;

	err = nexfs_path_lookup(s, &s->sb.itab, s->sb.itab_height, path, &in);
	if (err)
		return err;
	if (mask & NEXFS_ATTR_CSUM) {
		if (a->csum > NEXFS_CSUM_XXH3_64)
			return NEXFS_ERR_INVAL;
		in.csum = a->csum ? a->csum : s->sb.default_csum;
	}
	if (mask & NEXFS_ATTR_COMPRESS) {
		if (a->compress != 0 && s->buf_z == NULL)
			return NEXFS_ERR_UNSUPPORTED;
		if (a->compress > 22)
			return NEXFS_ERR_INVAL;
		if (in.type != NEXFS_TYPE_FILE && a->compress != 0)
			return NEXFS_ERR_ISDIR;
		in.compress = a->compress;
		/* Readers that do not know compressed blocks must not mount. */
		if (a->compress != 0)
			s->sb.features |= NEXFS_FEAT_INCOMPAT_COMPRESS;
	}
	if (mask & NEXFS_ATTR_MTIME)
		in.mtime_ns = a->mtime_ns;
	return nexfs_inode_put(s, &in, NULL);
}

int
nexfs_setattr(struct nexfs *fs, const char *path, const struct nexfs_attr *attr, uint32_t mask)
{
	struct nexfs_state *s = nexfs_st(fs);
	int err;

	err = nexfs_op_begin(s, true);
	if (err)
		return err;
	err = setattr_at(s, path, attr, mask);
	if (nexfs_pack_retry(s, err))
		err = setattr_at(s, path, attr, mask);
	return nexfs_op_end(s, err);
}

/* --- Files --------------------------------------------------------------- */

static struct nexfs_handle *
handle_of(struct nexfs_file *f)
{
	return (struct nexfs_handle *)(void *)f;
}

static int
file_open(struct nexfs_state *s, struct nexfs_handle *h, const char *path, uint32_t flags)
{
	struct nexfs_inode in;
	struct nexfs_bptr old;
	bool creat = (flags & NEXFS_O_CREAT) != 0;
	int err;

	err = nexfs_path_lookup(s, &s->sb.itab, s->sb.itab_height, path, &in);
	if (err == NEXFS_ERR_NOENT && creat) {
		err = create_at(s, path, NEXFS_TYPE_FILE, &in);
		if (err)
			return err;
	} else if (err) {
		return err;
	} else if (creat && (flags & NEXFS_O_EXCL)) {
		return NEXFS_ERR_EXIST;
	}
	if (in.type == NEXFS_TYPE_DIR)
		return NEXFS_ERR_ISDIR;
	if ((flags & NEXFS_O_TRUNC) && (flags & NEXFS_O_ACCMODE) != NEXFS_O_RDONLY &&
	    in.size != 0) {
		old = in.root;
		nexfs_bptr_clear(&in.root);
		in.height = 0;
		in.size = 0;
		in.entries = 0;
		in.mtime_ns = nexfs_now(s);
		err = inode_store(s, &in, in.ino, &old, false);
		if (err)
			return err;
	}
	memset(h, 0, sizeof(*h));
	h->ino = in.ino;
	h->flags = flags;
	h->magic = NEXFS_HANDLE_FILE;
	h->snap = NEXFS_LIVE;
	return 0;
}

int
nexfs_file_open(struct nexfs *fs, struct nexfs_file *f, const char *path, uint32_t flags)
{
	struct nexfs_state *s = nexfs_st(fs);
	bool write = (flags & (NEXFS_O_CREAT | NEXFS_O_TRUNC)) != 0 ||
	    (flags & NEXFS_O_ACCMODE) != NEXFS_O_RDONLY;
	int err;

	if ((flags & NEXFS_O_ACCMODE) == NEXFS_O_ACCMODE)
		return NEXFS_ERR_INVAL;
	err = nexfs_op_begin(s, write);
	if (err)
		return err;
	s->use_reserve = (flags & NEXFS_O_TRUNC) != 0;
	err = file_open(s, handle_of(f), path, flags);
	if (write && nexfs_pack_retry(s, err)) {
		s->use_reserve = (flags & NEXFS_O_TRUNC) != 0;
		err = file_open(s, handle_of(f), path, flags);
	}
	if (write)
		err = nexfs_op_end(s, err);
	if (err == 0)
		s->open_files++;
	return err;
}

int
nexfs_file_open_at(struct nexfs *fs, struct nexfs_file *f, nexfs_snap_t snap, const char *path)
{
	struct nexfs_state *s = nexfs_st(fs);
	struct nexfs_handle *h = handle_of(f);
	struct nexfs_inode in;
	struct nexfs_bptr itab;
	uint8_t ih;
	int err;

	if (snap == NEXFS_LIVE)
		return nexfs_file_open(fs, f, path, NEXFS_O_RDONLY);
	err = nexfs_op_begin(s, false);
	if (err)
		return err;
	err = nexfs_snap_view(s, snap, &itab, &ih);
	if (err)
		return err;
	err = nexfs_path_lookup(s, &itab, ih, path, &in);
	if (err)
		return err;
	if (in.type == NEXFS_TYPE_DIR)
		return NEXFS_ERR_ISDIR;
	memset(h, 0, sizeof(*h));
	h->ino = in.ino;
	h->flags = NEXFS_O_RDONLY;
	h->magic = NEXFS_HANDLE_FILE;
	h->snap = snap;
	s->open_files++;
	return 0;
}

int
nexfs_file_close(struct nexfs *fs, struct nexfs_file *f)
{
	struct nexfs_state *s = nexfs_st(fs);
	struct nexfs_handle *h = handle_of(f);

	if (h->magic != NEXFS_HANDLE_FILE)
		return NEXFS_ERR_BADF;
	h->magic = 0;
	if (s->open_files > 0)
		s->open_files--;
	return 0;
}

/* The inode a handle refers to, from the tree the handle reads. */
static int
handle_inode(struct nexfs_state *s, struct nexfs_handle *h, struct nexfs_inode *in)
{
	struct nexfs_bptr itab;
	uint8_t ih;
	int err;

	if (h->magic != NEXFS_HANDLE_FILE)
		return NEXFS_ERR_BADF;
	err = nexfs_snap_view(s, h->snap, &itab, &ih);
	if (err)
		return err;
	return nexfs_inode_get(s, &itab, ih, h->ino, in);
}

int
nexfs_file_read(struct nexfs *fs, struct nexfs_file *f, uint64_t off, void *buf, size_t len,
    size_t *done)
{
	struct nexfs_state *s = nexfs_st(fs);
	struct nexfs_inode in;
	int err;

	*done = 0;
	err = nexfs_op_begin(s, false);
	if (err)
		return err;
	err = handle_inode(s, handle_of(f), &in);
	if (err)
		return err;
	if (off >= in.size)
		return 0;
	if (len > in.size - off)
		len = (size_t)(in.size - off);
	err = nexfs_chunk_read(s, &in, off, buf, len);
	if (err)
		return err;
	*done = len;
	return 0;
}

static int
file_write(struct nexfs_state *s, struct nexfs_handle *h, uint64_t off, const uint8_t *src,
    size_t len, bool append)
{
	struct nexfs_inode in;
	struct nexfs_obj o;
	int err;

	if (h->magic != NEXFS_HANDLE_FILE || h->snap != NEXFS_LIVE)
		return NEXFS_ERR_BADF;
	if ((h->flags & NEXFS_O_ACCMODE) == NEXFS_O_RDONLY)
		return NEXFS_ERR_BADF;
	err = nexfs_inode_get(s, &s->sb.itab, s->sb.itab_height, h->ino, &in);
	if (err)
		return err;
	if (append || (h->flags & NEXFS_O_APPEND))
		off = in.size;
	if (len > UINT64_MAX - off)
		return NEXFS_ERR_FBIG;
	err = nexfs_inode_obj_live(s, &in, &o);
	if (err)
		return err;
	err = nexfs_chunk_write(s, &in, &o, off, src, len);
	if (err)
		return err;
	s->dd.bytes_written += len;
	in.root = o.root;
	in.height = o.height;
	if (off + len > in.size)
		in.size = off + len;
	in.mtime_ns = nexfs_now(s);
	return inode_put_data(s, &in, &o);
}

int
nexfs_file_write(struct nexfs *fs, struct nexfs_file *f, uint64_t off, const void *buf,
    size_t len)
{
	struct nexfs_state *s = nexfs_st(fs);
	int err;

	err = nexfs_op_begin(s, true);
	if (err)
		return err;
	err = file_write(s, handle_of(f), off, buf, len, false);
	if (nexfs_pack_retry(s, err))
		err = file_write(s, handle_of(f), off, buf, len, false);
	return nexfs_op_end(s, err);
}

int
nexfs_file_append(struct nexfs *fs, struct nexfs_file *f, const void *buf, size_t len)
{
	struct nexfs_state *s = nexfs_st(fs);
	int err;

	err = nexfs_op_begin(s, true);
	if (err)
		return err;
	err = file_write(s, handle_of(f), 0, buf, len, true);
	if (nexfs_pack_retry(s, err))
		err = file_write(s, handle_of(f), 0, buf, len, true);
	return nexfs_op_end(s, err);
}

static int
file_truncate(struct nexfs_state *s, struct nexfs_handle *h, uint64_t size)
{
	struct nexfs_inode in;
	struct nexfs_bptr old_root;
	struct nexfs_obj o;
	int err;

	if (h->magic != NEXFS_HANDLE_FILE || h->snap != NEXFS_LIVE ||
	    (h->flags & NEXFS_O_ACCMODE) == NEXFS_O_RDONLY)
		return NEXFS_ERR_BADF;
	err = nexfs_inode_get(s, &s->sb.itab, s->sb.itab_height, h->ino, &in);
	if (err)
		return err;
	old_root = in.root;
	if (size == 0) {
		nexfs_bptr_clear(&in.root);
		in.height = 0;
		in.size = 0;
		in.entries = 0;
		in.mtime_ns = nexfs_now(s);
		return inode_store(s, &in, in.ino, &old_root, false);
	}
	err = nexfs_inode_obj_live(s, &in, &o);
	if (err)
		return err;
	/* Bytes past the extents read as zeros: only a cut into them is work. */
	if (size < nexfs_bptr_span(&in.root)) {
		err = nexfs_chunk_truncate(s, &in, &o, size);
		if (err)
			return err;
	}
	in.root = o.root;
	in.height = o.height;
	in.size = size;
	in.mtime_ns = nexfs_now(s);
	return inode_put_data(s, &in, &o);
}

int
nexfs_file_truncate(struct nexfs *fs, struct nexfs_file *f, uint64_t size)
{
	struct nexfs_state *s = nexfs_st(fs);
	int err;

	err = nexfs_op_begin(s, true);
	if (err)
		return err;
	s->use_reserve = true;
	err = file_truncate(s, handle_of(f), size);
	if (nexfs_pack_retry(s, err)) {
		s->use_reserve = true;
		err = file_truncate(s, handle_of(f), size);
	}
	return nexfs_op_end(s, err);
}

int
nexfs_file_stat(struct nexfs *fs, struct nexfs_file *f, struct nexfs_stat *st)
{
	struct nexfs_state *s = nexfs_st(fs);
	struct nexfs_inode in;
	int err;

	err = nexfs_op_begin(s, false);
	if (err)
		return err;
	err = handle_inode(s, handle_of(f), &in);
	if (err)
		return err;
	stat_fill(s, &in, st);
	return 0;
}

int
nexfs_file_sync(struct nexfs *fs, struct nexfs_file *f)
{
	(void)f;
	return nexfs_sync(fs);
}

/* --- Directory iteration ------------------------------------------------ */

static struct nexfs_handle *
dhandle_of(struct nexfs_dir *d)
{
	return (struct nexfs_handle *)(void *)d;
}

int
nexfs_dir_open_at(struct nexfs *fs, struct nexfs_dir *d, nexfs_snap_t snap, const char *path)
{
	struct nexfs_state *s = nexfs_st(fs);
	struct nexfs_handle *h = dhandle_of(d);
	struct nexfs_inode in;
	struct nexfs_bptr itab;
	uint8_t ih;
	int err;

	err = nexfs_op_begin(s, false);
	if (err)
		return err;
	err = nexfs_snap_view(s, snap, &itab, &ih);
	if (err)
		return err;
	err = nexfs_path_lookup(s, &itab, ih, path, &in);
	if (err)
		return err;
	if (in.type != NEXFS_TYPE_DIR)
		return NEXFS_ERR_NOTDIR;
	memset(h, 0, sizeof(*h));
	h->ino = in.ino;
	h->magic = NEXFS_HANDLE_DIR;
	h->snap = snap;
	h->pos = 0;
	return 0;
}

int
nexfs_dir_open(struct nexfs *fs, struct nexfs_dir *d, const char *path)
{
	return nexfs_dir_open_at(fs, d, NEXFS_LIVE, path);
}

int
nexfs_dir_read(struct nexfs *fs, struct nexfs_dir *d, struct nexfs_dirent *ent)
{
	struct nexfs_state *s = nexfs_st(fs);
	struct nexfs_handle *h = dhandle_of(d);
	uint32_t per = s->bsize / 128;
	struct nexfs_inode in;
	struct nexfs_bptr itab;
	struct nexfs_obj o;
	uint8_t ih;
	bool hole;
	int err;

	if (h->magic != NEXFS_HANDLE_DIR)
		return NEXFS_ERR_BADF;
	err = nexfs_op_begin(s, false);
	if (err)
		return err;
	err = nexfs_snap_view(s, h->snap, &itab, &ih);
	if (err)
		return err;
	err = nexfs_inode_get(s, &itab, ih, h->ino, &in);
	if (err)
		return err;
	nexfs_inode_obj(s, &in, &o);
	while (h->pos < in.size / 128) {
		uint64_t slot = h->pos;
		const struct nexfs_dent *de;

		err = nexfs_obj_read_leaf(s, &o, slot / per, s->buf_b, &hole);
		if (err)
			return err;
		for (; h->pos < in.size / 128 && h->pos / per == slot / per; h->pos++) {
			de = (const struct nexfs_dent *)(const void *)(s->buf_b +
			    (h->pos % per) * 128);
			if (de->ino == 0)
				continue;
			if (de->name_len > NEXFS_NAME_MAX)
				return NEXFS_ERR_CORRUPT;
			ent->ino = de->ino;
			ent->type = de->type;
			memcpy(ent->name, de->name, de->name_len);
			ent->name[de->name_len] = '\0';
			h->pos++;
			return 1;
		}
	}
	return 0;
}

int
nexfs_dir_close(struct nexfs *fs, struct nexfs_dir *d)
{
	struct nexfs_handle *h = dhandle_of(d);

	(void)fs;
	if (h->magic != NEXFS_HANDLE_DIR)
		return NEXFS_ERR_BADF;
	h->magic = 0;
	return 0;
}
