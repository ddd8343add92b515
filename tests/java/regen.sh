#!/usr/bin/env bash
# Regenerates the expected files of the Java differential corpus from
# Debian's OpenJDK 17 (HotSpot).
#
#   tests/java/regen.sh [-j JOBS] [PROGRAM_DIR_NAME...]
#
# For every program directory tests/java/corpus/NNN_name/ (or only the ones
# named) it
#   1. runs gen.py, if the directory has one, writing its standard output to
#      gen.in (large inputs are generated, not committed; gen.in is ignored
#      by git);
#   2. compiles every .java file of the directory together with
#        javac --release 17 -encoding UTF-8 -XDstringConcat=inline -d <tmp>
#   3. finds the main class: among the compiled top-level classes (class
#      files without '$' in their names) the one that declares
#      `public static void main(java.lang.String[])`, as javap lists it;
#      there must be exactly one;
#   4. runs  java -Xss64m -Xmx512m -cp <tmp> <MainClass> < X.in  TWICE for
#      every input X.in, fails if the two runs differ in standard output,
#      exit code or first line of standard error, or if the faster run takes
#      2 s or more, and writes
#        X.out   standard output, byte for byte
#        X.exit  the exit code and a newline
#        X.err1  the first line of standard error (only when the exit code
#                is not 0; the rest of stderr, a stack trace, is not compared)
#
# The environment is pinned: LC_ALL=C.UTF-8 (so the JVM's default locale is
# "en" and System.out encodes UTF-8), TZ=UTC, and no JAVA_TOOL_OPTIONS.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
corpus=$here/corpus
jobs=2
while getopts "j:" opt; do
  case $opt in
    j) jobs=$OPTARG ;;
    *) echo "usage: $0 [-j JOBS] [PROGRAM...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))

export LC_ALL=C.UTF-8 TZ=UTC
unset JAVA_TOOL_OPTIONS _JAVA_OPTIONS JDK_JAVA_OPTIONS CLASSPATH || true

for tool in javac java javap python3 timeout; do
  command -v "$tool" >/dev/null || { echo "regen.sh: $tool not found" >&2; exit 2; }
done

regen_one() {
  local dir=$1 name tmp main classes in base rc1 rc2 t0 t1 t2 d1 d2 best
  name=$(basename "$dir")
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' RETURN
  if [[ -f $dir/gen.py ]]; then
    (cd "$dir" && python3 gen.py > gen.in) || { echo "FAIL $name: gen.py"; return 1; }
  fi
  if ! javac --release 17 -encoding UTF-8 -XDstringConcat=inline -d "$tmp/classes" "$dir"/*.java 2> "$tmp/javac.err"; then
    echo "FAIL $name: javac"; cat "$tmp/javac.err"; return 1
  fi
  classes=$(cd "$tmp/classes" && find . -name '*.class' ! -name '*$*' | sed 's|^\./||; s|\.class$||; s|/|.|g' | sort)
  # javap prints each class's header ("... class X ...{") then its members.
  main=$(javap -cp "$tmp/classes" $classes | awk '
    /^[a-z ]*(class|interface|enum|record) / {
      for (i = 1; i <= NF; i++) if ($i ~ /^(class|interface|enum|record)$/) { cur = $(i + 1); break }
      sub(/<.*/, "", cur)
    }
    /public static ([a-z]+ )*void main\(java\.lang\.String(\[\]|\.\.\.)\)/ { print cur }')
  if [[ $(wc -w <<<"$main") -ne 1 ]]; then
    echo "FAIL $name: need exactly one top-level class with main, found: ${main:-none}"; return 1
  fi
  shopt -s nullglob
  local inputs=("$dir"/*.in)
  if [[ ${#inputs[@]} -eq 0 ]]; then echo "FAIL $name: no .in file"; return 1; fi
  # Expected files of inputs that are gone.
  for f in "$dir"/*.out "$dir"/*.exit "$dir"/*.err1; do
    [[ -f ${f%.*}.in ]] || rm -f "$f"
  done
  for in in "${inputs[@]}"; do
    base=${in%.in}
    t0=$(date +%s%N)

    timeout 30 java -Xss64m -Xmx512m -cp "$tmp/classes" "$main" < "$in" > "$tmp/o1" 2> "$tmp/e1"; rc1=$?
    t1=$(date +%s%N)
    timeout 30 java -Xss64m -Xmx512m -cp "$tmp/classes" "$main" < "$in" > "$tmp/o2" 2> "$tmp/e2"; rc2=$?
    t2=$(date +%s%N)

    d1=$(( (t1 - t0) / 1000000 )); d2=$(( (t2 - t1) / 1000000 ))
    best=$(( d1 < d2 ? d1 : d2 ))
    if [[ $rc1 -eq 124 || $rc2 -eq 124 ]]; then echo "FAIL $name/$(basename "$in"): timed out"; return 1; fi
    if [[ $rc1 -ne $rc2 ]] || ! cmp -s "$tmp/o1" "$tmp/o2" || [[ "$(head -n1 "$tmp/e1")" != "$(head -n1 "$tmp/e2")" ]]; then
      echo "FAIL $name/$(basename "$in"): not deterministic (exit $rc1 vs $rc2)"; return 1
    fi
    if (( best >= 2000 )); then echo "FAIL $name/$(basename "$in"): ${best} ms"; return 1; fi
    cp "$tmp/o1" "$base.out"
    echo "$rc1" > "$base.exit"
    if [[ $rc1 -ne 0 ]]; then head -n1 "$tmp/e1" > "$base.err1"; else rm -f "$base.err1"; fi
    if (( $(stat -c %s "$base.out") > 100000 )); then echo "FAIL $name/$(basename "$base").out is over 100 KB"; return 1; fi
    echo "ok   $name/$(basename "$in") [$main] exit $rc1, ${best} ms"
  done
}
export -f regen_one

if [[ $# -gt 0 ]]; then
  dirs=()
  for p in "$@"; do dirs+=("$corpus/$(basename "$p")"); done
else
  dirs=("$corpus"/[0-9]*/)
fi
log=$(mktemp)
status=0
printf '%s\n' "${dirs[@]%/}" | xargs -P "$jobs" -I{} bash -c 'regen_one "$1"' _ {} | tee "$log" || status=1
if grep -q '^FAIL' "$log"; then
  echo "--- failures:"; grep '^FAIL' "$log"; status=1
fi
echo "--- $(grep -c '^ok' "$log" || true) runs ok"
rm -f "$log"
exit $status
