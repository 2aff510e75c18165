#!/usr/bin/env bash
# check-layers.sh: enforces the layer rules of ARCHITECTURE.md on #include lines.
#
#   lib/      may include only lib/ headers, abi/ and freestanding C headers
#   hal/      (L0) may include lib/ and abi/, never kernel/ or above
#   kernel/   (L1) may include hal/include/hal, lib/ and abi/, never membrane/ or user/
#   membrane/, user/, tools/ may include abi/ and lib/, never hal/ or kernel/
# Exits non-zero and names each offending line.
set -u
cd "$(dirname "$0")/.."
bad=0
check() { # check DIR PATTERN WHY
	local hits
	hits=$(grep -rnE "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($2)" "$1" --include='*.[chS]' 2>/dev/null)
	if [ -n "$hits" ]; then
		echo "layers: $3:"
		echo "$hits" | sed 's/^/  /'
		bad=1
	fi
}
check lib      'hal/|kernel/|membrane/|user/|\.\./\.\./(hal|kernel)' "lib/ must not include hal/ or kernel/ headers"
check hal      'kernel/|membrane/|user/|\.\./\.\./kernel' "hal/ (L0) must not include kernel/ (L1) or above"
check kernel   'membrane/|user/' "kernel/ (L1) must not include membrane/ or user/"
for d in membrane user tools; do
	[ -d "$d" ] && check "$d" 'hal/|kernel/' "$d/ must not include hal/ or kernel/ headers"
done
# lib/ must not use the C library outside tests: only freestanding headers.
hits=$(grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*<(stdio|stdlib|string|unistd|errno|fcntl|time|pthread)\.h>' lib --include='*.[ch]' 2>/dev/null | grep -vE '/(tests|bench|fuzz|host)/')
if [ -n "$hits" ]; then
	echo "layers: lib/ is freestanding; these include hosted headers:"
	echo "$hits" | sed 's/^/  /'
	bad=1
fi
[ $bad -eq 0 ] && echo "layers: ok"
exit $bad
