#!/usr/bin/env bash
# Installs what Java submissions compile against: the JDK's own class library
# and oa's patches to it (java/runtime/), both as class files.
#
#   OA_TOOLCHAINS=/path/to/toolchains sandbox/toolchains/install/java.sh
#
# Result, in $OA_TOOLCHAINS/java/:
#   jdk/java.base/  the installed JDK's java.base module (`jimage extract`)
#   patches/        java/runtime/ compiled with javac --patch-module java.base
#   build.txt       the javac version, what `oa languages` shows
#   .installed-*    stamp: a hash of this script, the patch sources and the JDK's
#                   release file; present only when the install is complete
#
# javac runs in the compile jail on each submission; oa's compiler (the `java`
# crate) turns its class files, with these, into one WebAssembly module.
# Needs: OpenJDK 17 (Debian: apt-get install -y openjdk-17-jdk-headless). Takes a few seconds.
set -euo pipefail

log() { printf 'java.sh: %s\n' "$*" >&2; }
die() {
	log "error: $*"
	exit 1
}

: "${OA_TOOLCHAINS:?OA_TOOLCHAINS must name the toolchains directory}"
case "$OA_TOOLCHAINS" in
/*) ;;
*) die "OA_TOOLCHAINS must be an absolute path, not '$OA_TOOLCHAINS'" ;;
esac
JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
[[ -x "$JAVA_HOME/bin/javac" && -x "$JAVA_HOME/bin/jimage" ]] ||
	die "OpenJDK 17 is not installed at $JAVA_HOME (Debian: apt-get install -y openjdk-17-jdk-headless)"
here=$(cd "$(dirname "$0")" && pwd)
runtime=$(cd "$here/../../../java/runtime" && pwd)
stamp=".installed-$( (cat "$0" "$JAVA_HOME/release"; cd "$runtime" && find . -type f | LC_ALL=C sort | xargs sha256sum) | sha256sum | cut -c1-16)"
dest="$OA_TOOLCHAINS/java"
[[ -e "$dest/$stamp" ]] && exit 0

log "extracting the JDK's java.base and compiling oa's patches to it"
mkdir -p "$OA_TOOLCHAINS"
tmp=$(mktemp -d "$OA_TOOLCHAINS/.java.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
"$JAVA_HOME/bin/jimage" extract --include 'regex:/java\.base/.*' --dir "$tmp/jdk" "$JAVA_HOME/lib/modules" ||
	die "jimage could not extract java.base from $JAVA_HOME/lib/modules"
mapfile -t sources < <(find "$runtime" -name '*.java' | LC_ALL=C sort)
"$JAVA_HOME/bin/javac" -XDstringConcat=inline -XDignore.symbol.file -nowarn --patch-module "java.base=$runtime" \
	-d "$tmp/patches" "${sources[@]}" || die "javac could not compile $runtime"
"$JAVA_HOME/bin/javac" -version >"$tmp/build.txt" 2>&1
chmod -R a+rX "$tmp"
touch "$tmp/$stamp"
rm -rf "$dest"
mv "$tmp" "$dest"
trap - EXIT
log "installed into $dest"
