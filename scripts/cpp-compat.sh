#!/usr/bin/env bash
# Measures how much real C++ written for g++ oa compiles: every C++ program (a
# file with a main) under DIR is compiled by the native g++ (-std=gnu++17, what
# judges use) and by oa; the figure is the share that g++ compiles and oa does not.
# Headers in a program's folder (validate.h, testlib.h) go with it.
#
#   scripts/cpp-compat.sh DIR [OA]     OA: the oa binary (default target/release/oa)
#
# Prints one line per program oa refuses (with its first error) and the totals.
# The corpus is not part of the repository: point DIR at a folder of public
# problem archives' submissions and validators.
set -euo pipefail
dir=${1:?usage: scripts/cpp-compat.sh DIR [OA]}
oa=${2:-target/release/oa}
[[ -x "$oa" ]] || { echo "error: $oa is not built (cargo build --release --bin oa)" >&2; exit 1; }
command -v g++ >/dev/null || { echo "error: g++ is not installed (apt-get install g++)" >&2; exit 1; }
oa=$(realpath "$oa")
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
export OA_CACHE_DIR="$cache"

one() {
	local file=$1 folder headers gxx verdict
	folder=$(dirname "$file")
	grep -qE '\bmain[[:space:]]*\(' "$file" || return 0
	if g++ -std=gnu++17 -fsyntax-only -w -I"$folder" "$file" >/dev/null 2>&1; then gxx=ok; else gxx=fail; fi
	mapfile -t headers < <(find "$folder" -maxdepth 1 -type f \( -name '*.h' -o -name '*.hpp' \))
	verdict=$("$oa" run "$file" "${headers[@]}" --json --time-limit 0.01 </dev/null 2>/dev/null |
		python3 -c 'import json,sys
r = json.load(sys.stdin)
if r["verdict"] == "CE":
    first = next((l for l in r.get("message", "").splitlines() if "error" in l), "")
    print("CE\t" + first[:160])
else:
    print("ok")' 2>/dev/null || echo "CE	(oa failed)")
	printf '%s\t%s\t%s\n' "$gxx" "${verdict%%	*}" "$file" >>"$cache/results.tsv"
	if [[ $gxx == ok && $verdict == CE* ]]; then
		printf 'g++ ok, oa CE: %s\n    %s\n' "$file" "${verdict#CE	}"
	fi
}
export -f one
export oa cache
find "$dir" -type f \( -name '*.cpp' -o -name '*.cc' -o -name '*.cxx' \) -print0 | sort -z |
	xargs -0 -P "$(nproc)" -I{} bash -c 'one "$1"' _ {}

awk -F'\t' '
	{ n++ } $1 == "ok" { g++ } $1 == "ok" && $2 == "CE" { lost++ } $1 == "ok" && $2 == "ok" { both++ }
	END {
		printf "%d programs; g++ compiles %d; oa compiles %d of those; g++ yes and oa no: %d (%.1f%%)\n",
			n, g, both, lost, g ? 100 * lost / g : 0
	}' "$cache/results.tsv"
