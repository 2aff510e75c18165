#!/usr/bin/env bash
# test_nexfs_cli.sh: the nexfs command-line tool, end to end, printing TAP.
#
#   tests/tools/test_nexfs_cli.sh [PATH-TO-nexfs]
#
# Makes an image, puts files into it (a few MiB of seeded random data, a
# duplicate of it to show deduplication, a compressible file with zstd),
# lists them, gets them back and compares byte for byte, renames, removes,
# snapshots and rolls back, scrubs, tunes, and then checks that bad input
# (missing image, garbage image, bad geometry, unknown command, missing
# file) ends with a message naming the culprit and a non-zero exit.
# Everything happens in a fresh directory under $TMPDIR.
set -u

NEXFS=${1:-build/host/bin/nexfs}
case $NEXFS in /*) ;; *) NEXFS=$PWD/$NEXFS ;; esac
T=$(mktemp -d "${TMPDIR:-/tmp}/nexfs-cli.XXXXXX") || exit 1
trap '[ -n "${KEEP:-}" ] || rm -rf "$T"' EXIT
cd "$T" || exit 1

n=0
failed=0

# ok STATUS DESCRIPTION: one TAP line; on failure show what the command said.
ok() {
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $n - $2"
	else
		echo "not ok $n - $2"
		failed=1
		[ -s out ] && sed 's/^/# out: /' out | head -20
		[ -s err ] && sed 's/^/# err: /' err | head -20
	fi
}

# skip DESCRIPTION REASON: a test that cannot run yet, as a TAP skip.
skip() {
	n=$((n + 1))
	echo "ok $n - $1 # SKIP $2"
}

# unsupported: whether the last command failed because the library does not
# implement the operation yet (NEXFS_ERR_UNSUPPORTED).
unsupported() {
	grep -q "not supported by this version" err
}

# run ARGS...: runs nexfs with output in out and err, returns its status.
run() {
	"$NEXFS" "$@" >out 2>err
}

# succeeds DESCRIPTION ARGS...: nexfs ARGS must exit 0.
succeeds() {
	local d=$1
	shift
	run "$@"
	ok $? "$d"
}

# fails DESCRIPTION PATTERN ARGS...: nexfs ARGS must exit non-zero, print
# nothing on stdout beyond usage, and say PATTERN (an extended regexp,
# case-insensitive) on stderr.
fails() {
	local d=$1 pat=$2 rc
	shift 2
	run "$@"
	rc=$?
	[ $rc -ne 0 ] && grep -qiE -- "$pat" err
	ok $? "$d (exit $rc)"
}

# free_blocks IMAGE: the free-block count that nexfs info reports.
free_blocks() {
	"$NEXFS" info "$1" | sed -n 's/^space:.*(\([0-9]*\) of [0-9]* blocks).*/\1/p'
}

# Parts of the library that may not be implemented yet are detected by
# their NEXFS_ERR_UNSUPPORTED message; their tests are then skipped with
# that reason, so that they start to run as soon as the library has them.

# Seeded data, the same on every run.
python3 - <<'EOF' || exit 1
import random
r = random.Random(20261124)
open("rand.bin", "wb").write(r.randbytes(3 * 1024 * 1024 + 12345))
open("text.txt", "w").write("".join("line %d of a compressible file\n" % i
                                    for i in range(60000)))
open("hello.txt", "w").write("hello, NexFS\n")
open("new.txt", "w").write("added after the snapshot\n")
EOF

# --- Making and inspecting a volume ----------------------------------------
succeeds "mkfs makes a 32 MiB NOR image with 4 replicas" \
	mkfs -p 4K -b 64K -s 32M --replicas 4 -L test vol.img
run info vol.img
ok $? "info on the new volume"
grep -q "65536-byte erase blocks, 512 blocks" out
ok $? "info shows the geometry recorded in the image"
grep -q "replicas: *4" out
ok $? "info shows 4 superblock replicas"
grep -q "label: *test" out
ok $? "info shows the label"

# --- Files in and out -------------------------------------------------------
succeeds "mkdir /data" mkdir vol.img /data
succeeds "put a 3 MiB random file" put vol.img rand.bin /data/rand.bin
succeeds "put a small file to the root by its name" put vol.img hello.txt
before=$(free_blocks vol.img)
succeeds "put the same 3 MiB again under another name" \
	put vol.img rand.bin /data/copy.bin
after=$(free_blocks vol.img)
used=$(( (before - after) * 65536 ))
run du vol.img /data
rc=$?
shared=$(sed -n 's/^blocks shared: *\([0-9]*\).*/\1/p' out)
if unsupported; then
	for d in "du /data" "du counts both copies" "the duplicate costs little" \
	    "du reports shared blocks"; do
		skip "$d" "the library has no du yet"
	done
else
	ok $rc "du /data"
	grep -qE "logical bytes: *$((2 * (3 * 1024 * 1024 + 12345)))" out
	ok $? "du counts both copies as logical bytes"
	if [ "${shared:-0}" -eq 0 ] && [ $used -ge $((3 * 1024 * 1024)) ]; then
		for d in "the duplicate costs little space" \
		    "du reports shared blocks"; do
			skip "$d" "the library does not deduplicate yet"
		done
	else
		[ -n "$before" ] && [ -n "$after" ] &&
			[ $used -lt $((3 * 1024 * 1024 / 4)) ]
		ok $? "the duplicate costs little space ($used bytes for 3 MiB)"
		[ -n "$shared" ] && [ "$shared" -gt 0 ]
		ok $? "du reports shared blocks (${shared:-none})"
	fi
fi

run ls vol.img
ok $? "ls /"
grep -qx "data" out && grep -qx "hello.txt" out
ok $? "ls / lists data and hello.txt"
run ls -l vol.img /data
ok $? "ls -l /data"
grep -q "$((3 * 1024 * 1024 + 12345)) .* rand.bin" out &&
	grep -q "copy.bin" out
ok $? "ls -l shows both copies with their size"
run stat vol.img /data/rand.bin
grep -q "size: $((3 * 1024 * 1024 + 12345))" out
ok $? "stat shows the size"

succeeds "get the random file" get vol.img /data/rand.bin back.bin
cmp -s rand.bin back.bin
ok $? "it comes back byte-identical"
succeeds "get the duplicate" get vol.img /data/copy.bin back2.bin
cmp -s rand.bin back2.bin
ok $? "the duplicate comes back byte-identical"
run cat vol.img /hello.txt
cmp -s hello.txt out
ok $? "cat prints the small file"
mkdir outdir
succeeds "get into a directory keeps the name" get vol.img /hello.txt outdir
cmp -s hello.txt outdir/hello.txt
ok $? "outdir/hello.txt is the file"
"$NEXFS" get vol.img /data/rand.bin - 2>err | cmp -s rand.bin -
ok $? "get to standard output"
"$NEXFS" put vol.img - /stdin.bin <hello.txt >out 2>err &&
	"$NEXFS" cat vol.img /stdin.bin 2>err | cmp -s hello.txt -
ok $? "put from standard input"

# --- Directory trees ---------------------------------------------------------
mkdir -p tree/sub/deeper tree/empty
cp hello.txt tree/a.txt
head -c 300000 rand.bin >tree/sub/b.bin
cp new.txt tree/sub/deeper/c.txt
fails "put of a directory needs -r" "tree.*is a directory.*-r" put vol.img tree
succeeds "put -r copies a host tree" put -r vol.img tree /tree
succeeds "get -r copies it back" get -r vol.img /tree tree.back
diff -r tree tree.back >/dev/null 2>err
ok $? "the tree comes back identical (diff -r)"
fails "get of a directory needs -r" "/tree.*is a directory.*-r" \
	get vol.img /tree x
succeeds "rm -r the tree" rm -r vol.img /tree

# --- Compression -------------------------------------------------------------
run tune -e compress vol.img
rc=$?
if unsupported; then
	skip "tune and zstd compression" "the library has no tune yet"
else
	ok $rc "tune turns compression on"
	grep -q "compress" out
	ok $? "tune shows compress among the features"
	run put -c 3 vol.img text.txt /text.txt
	rc=$?
	if unsupported; then
		skip "put with zstd" "the library has no compression yet"
	else
		ok $rc "put a text file with zstd level 3"
		run stat vol.img /text.txt
		grep -q "zstd: level 3" out
		ok $? "stat shows the compression level"
		succeeds "get the compressed file" get vol.img /text.txt \
			text.back
		cmp -s text.txt text.back
		ok $? "the compressed file comes back byte-identical"
	fi
fi

# --- Checksum kinds ------------------------------------------------------------
for k in blake3-128 xxh3-64; do
	run put --csum $k vol.img rand.bin /csum-$k.bin
	if unsupported; then
		skip "put with --csum $k" "the library has no per-file checksums yet"
		continue
	fi
	run stat vol.img /csum-$k.bin
	grep -q "csum: $k" out
	ok $? "stat shows checksum $k"
	run get vol.img /csum-$k.bin csum.back && cmp -s rand.bin csum.back
	ok $? "a file checked with $k comes back identical"
	succeeds "rm it" rm vol.img /csum-$k.bin
done
fails "an unknown checksum kind is refused" "unknown checksum 'md5'" \
	put --csum md5 vol.img rand.bin /x

# --- Rename and remove -------------------------------------------------------
succeeds "mv renames a file" mv vol.img /data/copy.bin /data/moved.bin
run ls vol.img /data
grep -qx "moved.bin" out && ! grep -qx "copy.bin" out
ok $? "the new name is listed and the old one is gone"
succeeds "get the renamed file" get vol.img /data/moved.bin moved.bin
cmp -s rand.bin moved.bin
ok $? "the renamed file is intact"
succeeds "mv into a directory" mv vol.img /stdin.bin /data
run ls vol.img /data
grep -qx "stdin.bin" out
ok $? "the file moved into /data"
succeeds "rm a file" rm vol.img /data/moved.bin
fails "the removed file is gone" "moved.bin" stat vol.img /data/moved.bin
succeeds "mkdir -p makes parents" mkdir -p vol.img /a/b/c
run ls -R vol.img /a
grep -q "^/a/b:" out && grep -qx "c" out
ok $? "ls -R walks the new tree"
fails "rm of a non-empty directory needs -r" "not empty" rm vol.img /a
succeeds "rm -r removes a tree" rm -r vol.img /a
fails "the tree is gone" "/a" ls vol.img /a

# --- Snapshots ---------------------------------------------------------------
run snapshot create vol.img before-change
rc=$?
if unsupported; then
	snapshots=no
	skip "snapshot create, list, diff, read, rollback" \
		"the library has no snapshots yet"
else
	snapshots=yes
	ok $rc "snapshot create"
	succeeds "remove a file after the snapshot" rm vol.img /hello.txt
	succeeds "add a file after the snapshot" put vol.img new.txt /new.txt
	run snapshot list vol.img
	grep -q "before-change" out
	ok $? "snapshot list shows it"
	run snapshot diff vol.img before-change
	ok $? "snapshot diff against the live tree"
	grep -qx -- "- /hello.txt" out && grep -qx -- "+ /new.txt" out
	ok $? "diff shows the removed and the added file"
	run cat -S before-change vol.img /hello.txt
	cmp -s hello.txt out
	ok $? "a file is read from the snapshot"
	succeeds "snapshot rollback" snapshot rollback vol.img before-change
	run cat vol.img /hello.txt
	cmp -s hello.txt out
	ok $? "after rollback the removed file is back"
	fails "after rollback the added file is gone" "new.txt" \
		stat vol.img /new.txt
	run get vol.img /data/rand.bin rb.bin && cmp -s rand.bin rb.bin
	ok $? "after rollback the big file is intact"
	succeeds "snapshot create a second one" snapshot create vol.img second
	succeeds "snapshot delete it by name" snapshot delete vol.img second
	run snapshot list vol.img
	! grep -q "second" out && grep -q "before-change" out
	ok $? "the deleted snapshot is gone and the other stays"
	fails "rollback to a deleted snapshot is refused" "no snapshot 'second'" \
		snapshot rollback vol.img second
fi

# --- Scrub -------------------------------------------------------------------
run scrub vol.img
rc=$?
if unsupported; then
	skip "scrub" "the library has no scrub yet"
else
	ok $rc "scrub exits 0 on a healthy volume"
	grep -q "clean" out
	ok $? "scrub reports the volume clean"
fi

# --- Interrupted work -------------------------------------------------------
# put commits once, at its end: a put killed at any moment leaves the old
# file or the new one, whole, and a volume that mounts.
python3 - <<'EOF2' || exit 1
import random
for name, seed in (("v1.bin", 1), ("v2.bin", 2)):
    open(name, "wb").write(random.Random(seed).randbytes(24 * 1024 * 1024))
EOF2
succeeds "mkfs a volume for the interrupted puts" mkfs -s 128M kill.img
succeeds "put version 1" put kill.img v1.bin /big.bin
for delay in 0.05 0.2 0.4 0.7; do
	for v in v2 v1; do
		"$NEXFS" put kill.img $v.bin /big.bin >/dev/null 2>&1 &
		sleep $delay
		kill -9 $! 2>/dev/null
		wait $! 2>/dev/null
		rm -f got.bin
		"$NEXFS" get kill.img /big.bin got.bin >out 2>err &&
			{ cmp -s got.bin v1.bin || cmp -s got.bin v2.bin; }
		ok $? "put of $v killed after ${delay}s: the file is one version, whole"
	done
done
run info kill.img
ok $? "after the kills the volume mounts"

# --- Damage -------------------------------------------------------------------
# Flip one bit of a file's data inside the image: reads must fail rather than
# return the damaged bytes, and scrub must find it.
succeeds "mkfs a volume to damage" mkfs -s 8M -b 4K -p 256 dmg.img
head -c 20000 rand.bin >pat.bin
succeeds "put a file into it" put dmg.img pat.bin /pat.bin
python3 - <<'EOF2'
d = open("dmg.img", "rb").read()
i = d.find(open("pat.bin", "rb").read()[5000:5100])
if i >= 0:
    f = open("dmg.img", "r+b")
    f.seek(i + 10)
    b = f.read(1)
    f.seek(i + 10)
    f.write(bytes([b[0] ^ 1]))
EOF2
fails "get of the damaged file fails with a checksum error" \
	"dmg\.img:/pat\.bin: checksum" get dmg.img /pat.bin dmg.out
[ ! -e dmg.out ]
ok $? "the failed get leaves no file"
run scrub -n dmg.img
rc=$?
if unsupported; then
	skip "scrub finds the damage" "the library has no scrub yet"
else
	[ $rc -eq 1 ] && grep -q "damaged: *[1-9]" out &&
		grep -q "damaged:" err
	ok $? "scrub finds the damage and exits 1"
fi

# Wipe the first erase block, where one superblock replica lives: the volume
# still mounts from the others, and scrub rewrites the lost replica.
succeeds "mkfs a volume with 3 replicas" mkfs -s 8M -b 4K -p 256 -r 3 rep.img
succeeds "put a file into it" put rep.img pat.bin /pat.bin
python3 -c 'open("rep.img", "r+b").write(bytes(4096))'
run get rep.img /pat.bin rep.out && cmp -s pat.bin rep.out
ok $? "with block 0 wiped the volume mounts and the file is intact"
run scrub rep.img
rc=$?
if unsupported; then
	skip "scrub repairs the replica" "the library has no scrub yet"
else
	[ $rc -eq 0 ] && grep -q "replicas: *1 damaged, 1 repaired" out
	ok $? "scrub repairs the lost replica"
	run scrub rep.img
	grep -q "clean" out
	ok $? "a second scrub finds the volume clean"
fi

# --- A microcontroller-sized NAND volume --------------------------------------
succeeds "mkfs a 1 MiB NAND volume with 512-byte pages and 8 KiB blocks" \
	mkfs --nand -p 512 -b 8K -s 1M --cdc 1K,4K,8K small.img
head -c 200000 rand.bin >part.bin
succeeds "put 200 KB into it" put small.img part.bin
succeeds "get it back" get small.img /part.bin part.back
cmp -s part.bin part.back
ok $? "the small volume returns the file intact"
run info small.img
grep -q "NAND" out && grep -q "1024/4096/8192" out
ok $? "info shows NAND and the chunk sizes"
fails "a file larger than the volume gets a clean ENOSPC" \
	"small\.img:/toobig\.bin: no space" put small.img v1.bin /toobig.bin
run ls small.img /
! grep -qx toobig.bin out && grep -qx part.bin out
ok $? "after ENOSPC no partial file is left and the rest is intact"
succeeds "a small file still fits after ENOSPC" put small.img hello.txt

# --- Chunks larger than a block -------------------------------------------------
succeeds "mkfs with chunks of up to 8 blocks of 4 KiB" \
	mkfs -p 256 -b 4K -s 2M --cdc 4K,8K,32K multi.img
succeeds "put 200 KB into it" put multi.img part.bin
succeeds "get it back" get multi.img /part.bin part.back
cmp -s part.bin part.back
ok $? "chunks spanning blocks read back intact"
run info multi.img
grep -q "4096/8192/32768" out
ok $? "info shows the chunk sizes"
succeeds "mkfs with the default chunk sizes on 512-byte blocks" \
	mkfs -p 256 -b 512 -s 1M tiny.img
run info tiny.img
grep -q "256/1024/4096" out
ok $? "a 1 MiB volume defaults to 256/1024/4096 (avg 1/1024 of the volume)"
rm -f multi.img tiny.img

# --- A raw dump without the image footer -------------------------------------
head -c $((32 * 1024 * 1024)) vol.img >raw.bin
fails "a raw dump needs its geometry" "not a NexFS image" ls raw.bin
succeeds "a raw dump opens with --raw" ls --raw 4K,64K,512 raw.bin /

# --- Bad input ---------------------------------------------------------------
fails "missing image is named" "missing\.img.*no such file" info missing.img
head -c 100000 rand.bin >garbage.img
fails "garbage image is refused" "garbage\.img.*not a NexFS image" \
	ls garbage.img
cp small.img wiped.img
python3 - <<'EOF' || exit 1
f = open("wiped.img", "r+b")
f.write(b"\x00" * (1024 * 1024))
EOF
fails "an image whose flash is wiped has no volume" \
	"wiped\.img.*no valid NexFS volume" info wiped.img
fails "page size not a power of two" "bad geometry.*page size" \
	mkfs -p 1000 bad.img
fails "size not a multiple of the block size" "not a multiple" \
	mkfs -b 64K -s 100K bad.img
fails "too few blocks" "at least 16" mkfs -b 64K -s 512K bad.img
fails "too many replicas" "replica" mkfs -r 11 bad.img
fails "bad chunk sizes" "chunk sizes" mkfs --cdc 1K,3K,16K bad.img
fails "chunks of more than 255 blocks" "255 erase blocks" \
	mkfs -p 256 -b 512 -s 1M --cdc 16K,64K,256K bad.img
fails "bad size syntax" "bad size" mkfs -s 12Q bad.img
[ ! -e bad.img ]
ok $? "no image is left behind by a refused mkfs"
fails "mkfs does not overwrite without --force" "exists.*--force" \
	mkfs vol.img
fails "unknown command" "unknown command 'frobnicate'" frobnicate vol.img
run frobnicate
[ $? -eq 2 ]
ok $? "unknown command exits 2"
fails "unknown option" "bad option|unrecognized" ls --frob vol.img
fails "missing IMAGE" "missing IMAGE" ls
fails "missing file in the volume is named" "vol\.img:/nope.*no such" \
	get vol.img /nope nope.out
[ ! -e nope.out ]
ok $? "a failed get leaves no file behind"
fails "missing host file is named" "no-such-host-file.*no such file" \
	put vol.img no-such-host-file /x
fails "rm of a missing file is named" "/nope" rm vol.img /nope
succeeds "rm -f of a missing file is quiet" rm -f vol.img /nope
fails "cat of a directory" "is a directory" cat vol.img /data
if [ $snapshots = yes ]; then
	fails "unknown snapshot is named" "no snapshot 'nosuch'" \
		cat -S nosuch vol.img /hello.txt
else
	skip "unknown snapshot is named" "the library has no snapshots yet"
fi
fails "a path with .. is refused" "bad path" ls vol.img /data/../x

# --- Packing and gc ------------------------------------------------------------
succeeds "mkfs a NAND image (2 KiB pages, 128 KiB blocks)" mkfs -t nand -p 2K \
	-b 128K -n 64 pack.img
run info pack.img
grep -q "features:.*pack" out
ok $? "packing is on by default"
f0=$(free_blocks pack.img)
mkdir -p smalls
for i in $(seq 1 20); do printf 'small file %s\n' "$i" > "smalls/s$i"; done
succeeds "put -r 20 small files in one go" put -r pack.img smalls /smalls
f1=$(free_blocks pack.img)
[ $((f0 - f1)) -le 8 ]
ok $? "they take $((f0 - f1)) blocks of 128 KiB with the metadata, not 20"
# One put per file: each mount leaves its pack block (RAM only) behind;
# levelling and gc compact them.
for i in $(seq 1 20); do
	run put pack.img "smalls/s$i" "/s$i" || break
done
ok $? "20 small files, one put each"
f2=$(free_blocks pack.img)
succeeds "gc compacts" gc pack.img
grep -qE "^freed: *[0-9]+ blocks" out && grep -qE "^moved: *[0-9]+ pieces" out
ok $? "gc reports blocks freed and pieces moved"
f3=$(free_blocks pack.img)
[ $((f1 - f3)) -le 8 ]
ok $? "after gc the 20 more files take $((f1 - f3)) blocks, not 20 ($f2 free before gc, $f3 after)"
run cat pack.img /s20 /smalls/s7
grep -qx "small file 20" out && grep -qx "small file 7" out
ok $? "files read back after gc"
succeeds "tune turns packing off" tune -d pack pack.img
grep -q "pack" out
[ $? -ne 0 ]
ok $? "pack is gone from the features"
succeeds "tune turns packing on" tune -e pack pack.img
fails "gc needs an image" "usage" gc

# --- Help ----------------------------------------------------------------------
for c in mkfs info ls put get cat rm mkdir mv stat snapshot scrub tune du gc; do
	run "$c" --help
	[ $? -eq 0 ] && grep -q "^usage: nexfs $c" out
	ok $? "$c --help"
done
run --help
[ $? -eq 0 ] && grep -q "snapshot" out
ok $? "--help lists the commands"

echo "1..$n"
exit $failed
