#!/usr/bin/env bash
# Installs the Kotlin/Wasm (WASI) route: Debian's OpenJDK 17 runtime and the
# Kotlin compiler 2.4.20 from the npm package `kotlin-compiler`, unpacked into
# $OA_TOOLCHAINS/kotlin:
#   lib/kotlin-compiler.jar, lib/kotlin-stdlib-wasm-wasi.klib, bin/, license/
#   step1.jsa, step2.jsa   class-data-sharing archives for the two compiler steps
#                          (they halve the compiler's start-up; the JVM ignores
#                          them silently if the JDK changes: only speed is lost)
#
# Idempotent: once $OA_TOOLCHAINS/kotlin/.installed-2.4.20 exists it exits 0 at
# once and prints nothing. The package is fetched, checked and unpacked in a
# temporary directory beside the destination and renamed into place; the stamp
# is written last, so an interrupted install never looks complete (the next run
# starts again). Progress goes to stderr.
#
# Needs npm (Node.js 20 or newer): the package is fetched with `npm pack`, so
# npm's own configuration (a registry mirror set in .npmrc or with `npm config`,
# a proxy, a CA file) applies.
set -euo pipefail

KOTLIN_VERSION=2.4.20
# sha256 of the npm tarball of kotlin-compiler@2.4.20
# (npm's own integrity sha1 for it: 29e70cd78d185cc7e4d5292548477984256f406f).
KOTLIN_TGZ_SHA256=c23dab400d7ce5ea8b6c909947c0ca5454189e4bb1108695b5f464500e5e950f
JRE_PACKAGE=openjdk-17-jre-headless
JAVA_HOME_DIR=/usr/lib/jvm/java-17-openjdk-amd64

if [ -z "${OA_TOOLCHAINS:-}" ]; then
    echo "kotlin.sh: OA_TOOLCHAINS is not set: set it to the directory that holds oa's toolchains" >&2
    exit 2
fi

dest="$OA_TOOLCHAINS/kotlin"
stamp="$dest/.installed-$KOTLIN_VERSION"
[ -e "$stamp" ] && exit 0

log() { echo "kotlin.sh: $*" >&2; }
die() { echo "kotlin.sh: $*" >&2; exit 1; }

mkdir -p "$OA_TOOLCHAINS"
# One install at a time; a second caller waits, then finds the stamp.
exec 9>"$OA_TOOLCHAINS/.kotlin.lock"
flock 9
[ -e "$stamp" ] && exit 0
# Leftovers of an install that was killed outright.
rm -rf "$OA_TOOLCHAINS"/.kotlin-install.*

# --- Java runtime (Debian) ---------------------------------------------------
if dpkg-query -W -f='${Status}' "$JRE_PACKAGE" 2>/dev/null | grep -q 'install ok installed'; then
    log "$JRE_PACKAGE is already installed"
else
    log "installing $JRE_PACKAGE with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update >&2
    apt-get install -y --no-install-recommends "$JRE_PACKAGE" >&2
fi
java="$JAVA_HOME_DIR/bin/java"
[ -x "$java" ] || die "$java is missing after installing $JRE_PACKAGE"

# --- Kotlin compiler (npm package) -------------------------------------------
# `npm pack` of a published version writes the package's tarball as published,
# byte for byte, from whichever registry npm is configured to use; its checksum
# is verified below. No package scripts run.
command -v npm >/dev/null 2>&1 || die "npm is needed to fetch kotlin-compiler (install Node.js 20 or newer)"
work="$(mktemp -d "$OA_TOOLCHAINS/.kotlin-install.XXXXXX")"
trap 'rm -rf "$work"' EXIT
spec="kotlin-compiler@$KOTLIN_VERSION"
tgz="$work/kotlin-compiler-$KOTLIN_VERSION.tgz"
log "fetching $spec with npm pack"
# npm's configuration (user and global .npmrc, npm_config_* variables) applies;
# it runs from the work directory rather than wherever the caller stands, its
# download cache stays there, removed with it, and it writes no log files.
(cd "$work" && npm pack "$spec" --pack-destination "$work" --cache "$work/npm-cache" \
    --ignore-scripts --loglevel=error --logs-max=0 --no-update-notifier >/dev/null) ||
    die "npm pack $spec failed (is npm's registry reachable? see \`npm config get registry\`)"
[ -f "$tgz" ] || die "npm pack $spec did not write $(basename "$tgz")"
actual="$(sha256sum "$tgz" | cut -d' ' -f1)"
[ "$actual" = "$KOTLIN_TGZ_SHA256" ] ||
    die "checksum mismatch for $(basename "$tgz"): expected $KOTLIN_TGZ_SHA256, got $actual"

log "unpacking"
mkdir "$work/kotlin"
tar -xzf "$tgz" -C "$work/kotlin" --strip-components=1 --no-same-owner
rm -f "$tgz"
# Sources jars and Windows launchers are never used.
rm -f "$work/kotlin"/lib/*-sources.jar "$work/kotlin"/bin/*.bat
for f in lib/kotlin-compiler.jar lib/kotlin-stdlib-wasm-wasi.klib; do
    [ -e "$work/kotlin/$f" ] || die "the package has no $f"
done
chmod -R a+rX,go-w "$work/kotlin"

if [ -e "$dest" ]; then
    # A partial or older install (no stamp): set it aside, removed on exit.
    mv "$dest" "$work/old"
fi
mv "$work/kotlin" "$dest"

# --- Class-data-sharing archives ---------------------------------------------
# An archive records the jar's absolute path, and oa's compile jail shows the
# toolchain at /toolchains/kotlin, so the archives are made in a jail with the
# same view. Compiling a warm-up program with the same flags as a real compile
# dumps every class each step loads.
log "compiling a warm-up program to build the class-data-sharing archives"
warm="$work/warm"
mkdir "$warm"
cat >"$warm/main.kt" <<'KOTLIN'
import kotlin.math.max

data class Edge(val to: Int, val w: Long) : Comparable<Edge> {
    override fun compareTo(other: Edge): Int = w.compareTo(other.w)
}

fun solve(n: Int, edges: List<Triple<Int, Int, Long>>): LongArray {
    val g = Array(n) { mutableListOf<Edge>() }
    for ((a, b, w) in edges) { g[a].add(Edge(b, w)); g[b].add(Edge(a, w)) }
    val dist = LongArray(n) { Long.MAX_VALUE }
    dist[0] = 0
    val queue = ArrayDeque<Int>()
    queue.addLast(0)
    while (queue.isNotEmpty()) {
        val v = queue.removeFirst()
        for (e in g[v].sorted()) if (dist[v] + e.w < dist[e.to]) { dist[e.to] = dist[v] + e.w; queue.addLast(e.to) }
    }
    return dist
}

fun main() {
    val n = readlnOrNull()?.trim()?.toIntOrNull() ?: 4
    val words = "the quick brown fox".split(' ').map { it.uppercase() }.sortedBy { it.length }
    val counts = HashMap<Char, Int>()
    for (w in words) for (c in w) counts[c] = (counts[c] ?: 0) + 1
    val sb = StringBuilder()
    val dist = solve(n, (1 until n).map { Triple(it - 1, it, it.toLong()) })
    try {
        sb.append(dist.joinToString(" ")).append('\n')
        sb.append(counts.entries.maxByOrNull { it.value }?.key).append(' ').append(max(1, words.size)).append('\n')
        check(n >= 0) { "negative" }
    } catch (e: IllegalStateException) {
        sb.append(e.message)
    }
    val a = IntArray(n) { (it * 7919) % n }
    a.sort()
    print(sb)
    println(a.sum().toString() + " " + "%d".length + " " + 3.5.toString())
}
KOTLIN
command -v bwrap >/dev/null || die "bubblewrap (bwrap) is needed to build the archives"
jvm_flags=(-Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Djava.security.egd=file:/dev/urandom)
compiler=(-cp /toolchains/kotlin/lib/kotlin-compiler.jar org.jetbrains.kotlin.cli.js.KotlinWasmCompiler
    -Xwasm-target=wasm-wasi -libraries /toolchains/kotlin/lib/kotlin-stdlib-wasm-wasi.klib)
jailed() {
    bwrap --ro-bind /usr /usr --symlink usr/lib /lib --symlink usr/lib64 /lib64 --symlink usr/bin /bin \
        --ro-bind /etc/java-17-openjdk /etc/java-17-openjdk --bind "$dest" /toolchains/kotlin \
        --bind "$warm" /build --chdir /build --proc /proc --dev /dev --tmpfs /tmp \
        --unshare-net --die-with-parent --clearenv --setenv HOME /tmp "$java" "${jvm_flags[@]}" "$@"
}
(
    jailed -XX:ArchiveClassesAtExit=/toolchains/kotlin/step1.jsa "${compiler[@]}" \
        -ir-output-dir K -ir-output-name m main.kt
    jailed -XX:ArchiveClassesAtExit=/toolchains/kotlin/step2.jsa "${compiler[@]}" \
        -Xir-produce-js -Xinclude=K/m.klib -ir-output-dir W -ir-output-name m \
        -Xwasm-use-new-exception-proposal -Xir-dce
) >"$work/warm.log" 2>&1 || { cat "$work/warm.log" >&2; die "the warm-up compile failed"; }
[ "$(head -c 4 "$warm/W/m.wasm" | od -An -tx1 | tr -d ' \n')" = "0061736d" ] || die "the warm-up compile produced no wasm module"
for f in step1.jsa step2.jsa; do
    [ -s "$dest/$f" ] || die "no $f was written"
done
chmod a+r "$dest"/*.jsa

touch "$stamp"
log "installed Kotlin $KOTLIN_VERSION in $dest"
