#!/usr/bin/env bash
# check-undef.sh: a freestanding library's target archive may call only
# memcpy, memmove, memset, memcmp and its own code (and other Nexus libraries
# it names).  Prints TAP, one line per archive.
#   usage: check-undef.sh ARCHIVE [ALLOWED_ARCHIVE...]
set -u
n=0; bad=0
for a in "$@"; do
	n=$((n + 1))
	defined=$(llvm-nm --defined-only -j "$a" 2>/dev/null | sort -u)
	undef=$(llvm-nm -u -j "$a" 2>/dev/null | sort -u | grep -vxE 'memcpy|memmove|memset|memcmp' \
		| comm -23 - <(echo "$defined"))
	# Symbols defined by lib/base are allowed for every library.
	base=$(llvm-nm --defined-only -j "$(dirname "$a")/libbase.a" 2>/dev/null | sort -u)
	undef=$(comm -23 <(echo "$undef" | sed '/^$/d') <(echo "$base"))
	if [ -z "$undef" ]; then
		echo "ok $n - $(basename "$a") has no undefined symbols beyond mem* and lib/base"
	else
		echo "not ok $n - $(basename "$a") needs: $(echo $undef)"
		bad=1
	fi
done
exit $bad
