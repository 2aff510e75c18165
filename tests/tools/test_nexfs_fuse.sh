#!/usr/bin/env bash
# test_nexfs_fuse.sh: nexfs-fuse from the shell, printing TAP.
#
#   tests/tools/test_nexfs_fuse.sh [PATH-TO-nexfs] [PATH-TO-nexfs-fuse]
#
# First the argument handling, which needs no FUSE: --help, missing
# arguments, a bad image, a mount point that is not a directory.  Then, if
# /dev/fuse is usable here, a real mount: cp, ls, mv, rm, append, truncate
# and df through the kernel, compared against the originals with cmp; after
# unmounting, the nexfs CLI checks that the volume holds the same data and
# scrubs clean.  Where FUSE cannot be used the mount tests are reported as
# skipped.
set -u

NEXFS=${1:-build/host/bin/nexfs}
FUSE=${2:-build/host/bin/nexfs-fuse}
case $NEXFS in /*) ;; *) NEXFS=$PWD/$NEXFS ;; esac
case $FUSE in /*) ;; *) FUSE=$PWD/$FUSE ;; esac
T=$(mktemp -d "${TMPDIR:-/tmp}/nexfs-fuse.XXXXXX") || exit 1
pid=
cleanup() {
	if [ -n "$pid" ]; then
		fusermount3 -u "$T/mnt" 2>/dev/null
		wait "$pid" 2>/dev/null
	fi
	rm -rf "$T"
}
trap cleanup EXIT
cd "$T" || exit 1

n=0
failed=0
ok() {
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $n - $2"
	else
		echo "not ok $n - $2"
		failed=1
		[ -s err ] && sed 's/^/# err: /' err | head -20
	fi
}
skip() {
	n=$((n + 1))
	echo "ok $n - $1 # SKIP $2"
}

# --- Argument handling ---------------------------------------------------------
"$FUSE" --help >out 2>err
[ $? -eq 0 ] && grep -q "^usage: nexfs-fuse" out
ok $? "--help prints the usage"
"$FUSE" >out 2>err
[ $? -eq 2 ] && grep -q "missing IMAGE" err
ok $? "no arguments: usage error"
"$FUSE" only.img >out 2>err
[ $? -eq 2 ] && grep -q "missing MOUNTPOINT" err
ok $? "no mount point: usage error"
"$FUSE" --bogus a b >out 2>err
[ $? -eq 2 ] && grep -q "unknown option '--bogus'" err
ok $? "unknown option: usage error"
mkdir mnt
"$FUSE" missing.img mnt >out 2>err
[ $? -eq 1 ] && grep -qi "missing\.img.*no such file" err
ok $? "missing image is named"
head -c 65536 /dev/zero >garbage.img
"$FUSE" garbage.img mnt >out 2>err
[ $? -eq 1 ] && grep -q "garbage\.img.*not a NexFS image" err
ok $? "garbage image is refused"
"$NEXFS" mkfs -s 16M vol.img >/dev/null 2>err
ok $? "mkfs a volume to mount"
"$FUSE" vol.img vol.img >out 2>err
[ $? -eq 1 ] && grep -q "vol\.img: not a directory" err
ok $? "a mount point that is not a directory is refused"

# --- A real mount ----------------------------------------------------------------
why=
if [ ! -c /dev/fuse ] || [ ! -r /dev/fuse ] || [ ! -w /dev/fuse ]; then
	why="/dev/fuse is not usable here"
elif ! command -v fusermount3 >/dev/null; then
	why="fusermount3 is not installed"
fi

# A snapshot to find under /.snapshots, where the library has snapshots.
echo "before the snapshot" >pre.txt
"$NEXFS" put vol.img pre.txt /pre.txt >/dev/null 2>err
ok $? "put a file before mounting"
snapshots=no
if "$NEXFS" snapshot create vol.img s1 >/dev/null 2>err; then
	snapshots=yes
elif ! grep -q "not supported by this version" err; then
	ok 1 "snapshot create before mounting"
fi

mounted() {
	grep -q " $T/mnt fuse" /proc/mounts
}

if [ -z "$why" ]; then
	"$FUSE" -f vol.img mnt 2>fuse.err &
	pid=$!
	for _ in $(seq 50); do
		mounted && break
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	if ! mounted; then
		why="mount failed: $(head -c 200 fuse.err | tr '\n' ' ')"
		wait "$pid" 2>/dev/null
		pid=
	fi
fi

if [ -n "$why" ]; then
	skip "FUSE mount tests" "$why"
	echo "1..$n"
	exit $failed
fi

ok 0 "nexfs-fuse mounts the image"
python3 - <<'EOF' || exit 1
import os, random
r = random.Random(7)
open("rand.bin", "wb").write(r.randbytes(2 * 1024 * 1024 + 777))
open("hello.txt", "w").write("hello through FUSE\n")
for d in ("tree/a", "tree/a/b", "tree/c"):
    os.makedirs(d, exist_ok=True)
for i in range(40):
    d = ("tree", "tree/a", "tree/a/b", "tree/c")[i % 4]
    open("%s/f%02d.dat" % (d, i), "wb").write(r.randbytes(r.randrange(0, 70000)))
EOF
cp rand.bin mnt/ 2>err && cp hello.txt mnt/ 2>err
ok $? "cp two files in"
mkdir mnt/dir 2>err
ok $? "mkdir"
ls mnt >out 2>err && grep -qx rand.bin out && grep -qx hello.txt out &&
	grep -qx dir out
ok $? "ls lists them"
! grep -q "^.snapshots" out && ! ls -a mnt | grep -qx .snapshots
ok $? "the snapshot view is hidden from the root's listing"
cmp -s rand.bin mnt/rand.bin
ok $? "the 2 MiB file reads back identical"
diff hello.txt mnt/hello.txt >/dev/null
ok $? "diff finds no change in the small file"
[ "$(stat -c %s mnt/rand.bin)" -eq $((2 * 1024 * 1024 + 777)) ]
ok $? "stat shows the size"
mv mnt/rand.bin mnt/dir/moved.bin 2>err
ok $? "mv into a directory"
[ ! -e mnt/rand.bin ] && cmp -s rand.bin mnt/dir/moved.bin
ok $? "the moved file is intact and the old name gone"
rm mnt/hello.txt 2>err && [ ! -e mnt/hello.txt ]
ok $? "rm"
echo "second line" >>mnt/dir/log.txt && echo "third line" >>mnt/dir/log.txt
[ "$(cat mnt/dir/log.txt)" = "$(printf 'second line\nthird line')" ]
ok $? "append with >>"
truncate -s 1000 mnt/dir/moved.bin 2>err &&
	[ "$(stat -c %s mnt/dir/moved.bin)" -eq 1000 ] &&
	head -c 1000 rand.bin | cmp -s - mnt/dir/moved.bin
ok $? "truncate keeps the first bytes"
rmdir mnt/dir 2>/dev/null
[ $? -ne 0 ] && [ -d mnt/dir ]
ok $? "rmdir of a non-empty directory fails"
df mnt >out 2>err
ok $? "df works on the mount"
cp -r tree mnt/ 2>err
ok $? "cp -r a tree of 40 files in"
diff -r tree mnt/tree >err 2>&1
ok $? "diff -r finds the tree identical"
rm -r mnt/tree 2>err && [ ! -e mnt/tree ]
ok $? "rm -r removes it"

if [ $snapshots = yes ]; then
	ls mnt/.snapshots >out 2>err && grep -qx s1 out
	ok $? "ls .snapshots lists the snapshot"
	rm mnt/pre.txt 2>err
	ok $? "rm a file the snapshot holds"
	cmp -s pre.txt mnt/.snapshots/s1/pre.txt
	ok $? "the file is still read from .snapshots/s1"
	! ls mnt/.snapshots/s1 | grep -qx rand.bin
	ok $? "the snapshot does not hold files made after it"
	! sh -c 'echo x >mnt/.snapshots/s1/new.txt' 2>/dev/null &&
		! rm mnt/.snapshots/s1/pre.txt 2>/dev/null &&
		! mkdir mnt/.snapshots/s1/d 2>/dev/null
	ok $? "the snapshot view refuses writes"
	! ls mnt/.snapshots/nosuch >/dev/null 2>&1
	ok $? "an unknown snapshot name is not found"
else
	skip "the .snapshots view" "the library has no snapshots yet"
fi

fusermount3 -u mnt 2>err
ok $? "fusermount3 -u unmounts"
wait "$pid"
ok $? "nexfs-fuse exits 0 after the unmount"
pid=

"$NEXFS" get vol.img /dir/moved.bin back.bin 2>err &&
	head -c 1000 rand.bin | cmp -s - back.bin
ok $? "after unmount the CLI reads the truncated file"
"$NEXFS" cat vol.img /dir/log.txt >out 2>err &&
	grep -qx "third line" out
ok $? "after unmount the appended file is there"
"$NEXFS" ls vol.img / >out 2>err && ! grep -qx hello.txt out
ok $? "after unmount the removed file stays removed"
"$NEXFS" scrub vol.img >out 2>err
if grep -q "not supported by this version" err; then
	skip "the volume scrubs clean" "the library has no scrub yet"
else
	grep -q clean out
	ok $? "the volume scrubs clean"
fi

echo "1..$n"
exit $failed
