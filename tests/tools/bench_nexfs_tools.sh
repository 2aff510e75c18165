#!/usr/bin/env bash
# bench_nexfs_tools.sh: sequential throughput of the NexFS host tools, for
# `make bench`.
#
#   tests/tools/bench_nexfs_tools.sh [nexfs] [nexfs-fuse]
#
# Writes and reads one file of random data (BENCH_MIB, 256 MiB by default)
# three ways and prints "bench <name> <value> <unit>" lines:
#   - on the host's own filesystem (dd, with fsync), as the yardstick;
#   - through the CLI (nexfs put / nexfs get), i.e. the library plus the
#     image file;
#   - through a FUSE mount (dd into and out of nexfs-fuse), where /dev/fuse
#     is usable.
# Reads through FUSE happen on a fresh mount so that the kernel's page cache
# of the mount cannot serve them; the host-filesystem read may come from the
# page cache, which is what a user sees.  MB/s are 10^6 bytes per second.
set -u

NEXFS=${1:-build/hostopt/bin/nexfs}
FUSE=${2:-build/hostopt/bin/nexfs-fuse}
case $NEXFS in /*) ;; *) NEXFS=$PWD/$NEXFS ;; esac
case $FUSE in /*) ;; *) FUSE=$PWD/$FUSE ;; esac
MIB=${BENCH_MIB:-256}
T=$(mktemp -d "${TMPDIR:-/tmp}/nexfs-bench.XXXXXX") || exit 1
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

now() {
	date +%s.%N
}

# mbps START END: MIB mebibytes over the interval, in MB/s.
mbps() {
	awk -v s="$1" -v e="$2" -v m="$MIB" \
	    'BEGIN { printf "%.1f", m * 1048576 / (e - s) / 1e6 }'
}

head -c $((MIB * 1024 * 1024)) /dev/urandom >src.bin || exit 1
# The image holds the file with room to spare: 64 KiB blocks.
blocks=$(( (MIB + MIB / 2 + 16) * 16 ))
"$NEXFS" mkfs -n $blocks vol.img >/dev/null || exit 1

t0=$(now)
dd if=src.bin of=host.bin bs=1M conv=fsync status=none || exit 1
t1=$(now)
dd if=host.bin of=/dev/null bs=1M status=none || exit 1
t2=$(now)
echo "bench hostfs_write_${MIB}MiB $(mbps "$t0" "$t1") MB/s"
echo "bench hostfs_read_${MIB}MiB $(mbps "$t1" "$t2") MB/s"

t0=$(now)
"$NEXFS" put vol.img src.bin /cli.bin || exit 1
t1=$(now)
"$NEXFS" get vol.img /cli.bin out.bin || exit 1
t2=$(now)
cmp -s src.bin out.bin || { echo "bench_nexfs_tools: CLI copy differs" >&2; exit 1; }
rm -f out.bin
echo "bench nexfs_cli_put_${MIB}MiB $(mbps "$t0" "$t1") MB/s"
echo "bench nexfs_cli_get_${MIB}MiB $(mbps "$t1" "$t2") MB/s"
"$NEXFS" rm vol.img /cli.bin || exit 1

# mount: starts nexfs-fuse in the foreground in the background, waits for it.
mount_vol() {
	"$FUSE" -f vol.img mnt 2>fuse.err &
	pid=$!
	for _ in $(seq 100); do
		grep -q " $T/mnt fuse" /proc/mounts && return 0
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.05
	done
	return 1
}

umount_vol() {
	fusermount3 -u mnt && wait "$pid"
	pid=
}

mkdir mnt
if [ ! -c /dev/fuse ] || ! command -v fusermount3 >/dev/null || ! mount_vol; then
	echo "# FUSE is not usable here: no FUSE figures" >&2
	exit 0
fi
t0=$(now)
dd if=src.bin of=mnt/fuse.bin bs=1M conv=fsync status=none || exit 1
t1=$(now)
umount_vol || exit 1
mount_vol || exit 1
t2=$(now)
dd if=mnt/fuse.bin of=/dev/null bs=1M status=none || exit 1
t3=$(now)
cmp -s src.bin mnt/fuse.bin || { echo "bench_nexfs_tools: FUSE copy differs" >&2; exit 1; }
umount_vol
echo "bench nexfs_fuse_write_${MIB}MiB $(mbps "$t0" "$t1") MB/s"
echo "bench nexfs_fuse_read_${MIB}MiB $(mbps "$t2" "$t3") MB/s"
