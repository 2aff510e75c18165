#!/usr/bin/env bash
# check-undef.sh: a freestanding library's target archive may call only
# memcpy, memmove, memset, memcmp, lib/base, the libraries it declares as
# dependencies (NAME_DEPS in its fragment) and its own code.  Prints TAP,
# one line per archive.
#   usage: check-undef.sh ARCHIVE[:DEP,DEP...] ...
#   e.g.   check-undef.sh build/rv64/lib/libnexfs.a:crypto,base
set -u
n=0; bad=0
defined_in() { llvm-nm --defined-only -j "$1" 2>/dev/null; }
for arg in "$@"; do
	a=${arg%%:*}
	deps=""
	[ "$arg" != "$a" ] && deps=${arg#*:}
	dir=$(dirname "$a")
	n=$((n + 1))
	allowed=$( { defined_in "$a"; defined_in "$dir/libbase.a"
		for d in ${deps//,/ }; do defined_in "$dir/lib$d.a"; done
		printf '%s\n' memcpy memmove memset memcmp; } | sort -u)
	undef=$(llvm-nm -u -j "$a" 2>/dev/null | sort -u | comm -23 - <(echo "$allowed") | sed '/^$/d')
	if [ -z "$undef" ]; then
		echo "ok $n - $(basename "$a") needs nothing beyond mem*, lib/base${deps:+ and $deps}"
	else
		echo "not ok $n - $(basename "$a") needs: $(echo $undef)"
		bad=1
	fi
done
exit $bad
