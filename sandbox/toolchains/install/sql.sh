#!/usr/bin/env bash
# Installs the SQL toolchain: SQLite 3.46.0 with oa's runner (sandbox/toolchains/sql/oa_sql.c)
# built as one WASI (preview 1) command module.
#
#   OA_TOOLCHAINS=/path/to/toolchains sandbox/toolchains/install/sql.sh
#
# Result, in $OA_TOOLCHAINS/sql/:
#   oa-sql.wasm   the runner: `oa-sql QUERY_FILE < DATABASE_SCRIPT` (see oa_sql.c)
#   VERSION       "SQLite 3.46.0", what `oa languages` shows
#   .installed-*  stamp: a hash of this script and of the runner's source; present
#                 only when the install is complete
#
# The amalgamation (sqlite3.c) comes from the Rust crate libsqlite3-sys 0.30.1,
# which bundles SQLite 3.46.0. cargo fetches it, so cargo's configuration (a
# registry mirror or source replacement) applies. The .crate archive is checked
# against a pinned SHA-256 and unpacked here; the build never reads cargo's
# shared registry/src tree.
#
# Needs: cargo, clang-19 and lld-19 (wasm-ld), wasi-libc (Debian packages), perl, tar.
# Build takes ~30-60 s. Progress goes to stderr; with the stamp present it exits 0 silently.
set -euo pipefail

SQLITE_VERSION=3.46.0
CRATE=libsqlite3-sys
CRATE_VERSION=0.30.1
CRATE_SHA256=2e99fb7a497b1e3339bc746195567ed8d3e24945ecd636e3619d20b9de9e9149
# The parser and the query engine recurse: 8 MiB of linear-memory stack holds
# SQLite's deepest expressions (SQLITE_MAX_EXPR_DEPTH 1000) with room to spare.
STACK_BYTES=$((8 << 20))
# SQLite's options. Threads, extensions and shared cache have no place here;
# temporary tables and sorts stay in memory (a run has no writable files);
# the math functions (sqrt, pow, ln, ...) are what candidates expect of SQL.
SQLITE_FLAGS=(
	-DSQLITE_THREADSAFE=0 -DSQLITE_OMIT_LOAD_EXTENSION -DSQLITE_OMIT_SHARED_CACHE
	-DSQLITE_OMIT_DEPRECATED -DSQLITE_OMIT_PROGRESS_CALLBACK -DSQLITE_DEFAULT_MEMSTATUS=0
	-DSQLITE_TEMP_STORE=3 -DSQLITE_ENABLE_MATH_FUNCTIONS -DLONGDOUBLE_TYPE=double
	-D_WASI_EMULATED_MMAN -D_WASI_EMULATED_GETPID -D_WASI_EMULATED_SIGNAL -D_WASI_EMULATED_PROCESS_CLOCKS
)

log() { printf 'sql.sh: %s\n' "$*" >&2; }
die() {
	log "error: $*"
	exit 1
}

: "${OA_TOOLCHAINS:?OA_TOOLCHAINS must name the toolchains directory}"
case "$OA_TOOLCHAINS" in
/*) ;;
*) die "OA_TOOLCHAINS must be an absolute path, not '$OA_TOOLCHAINS'" ;;
esac
here=$(cd "$(dirname "$0")" && pwd)
runner="$here/../sql/oa_sql.c"
[[ -f "$runner" ]] || die "$runner is missing"
stamp_name=".installed-$(cat "$0" "$runner" | sha256sum | cut -c1-16)"
dest="$OA_TOOLCHAINS/sql"
[[ -e "$dest/$stamp_name" ]] && exit 0

for tool in cargo clang-19 wasm-ld-19 perl tar sha256sum setsid; do
	command -v "$tool" >/dev/null 2>&1 ||
		die "'$tool' not found (Debian: apt-get install -y clang-19 lld-19 wasi-libc; cargo comes with Rust)"
done
[[ -e /usr/lib/wasm32-wasi/libc.a && -e /usr/lib/wasm32-wasi/libwasi-emulated-mman.a ]] ||
	die "wasi-libc for wasm32-wasi not found (Debian: apt-get install -y wasi-libc)"

mkdir -p "$OA_TOOLCHAINS"
# One installer at a time; whoever waited finds the stamp and stops.
exec 9>"$OA_TOOLCHAINS/.sql.install.lock"
flock 9
[[ -e "$dest/$stamp_name" ]] && exit 0
rm -rf "$OA_TOOLCHAINS"/.sql.tmp.*

work=$(mktemp -d "$OA_TOOLCHAINS/.sql.tmp.XXXXXXXX")
clang_pid=""
cleanup() {
	# clang's driver leaves its -cc1 child running when killed: stop the whole group.
	if [[ -n "$clang_pid" ]]; then kill -- "-$clang_pid" 2>/dev/null || true; fi
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# 1. Fetch the crate through cargo (from the registry cargo is configured to
# use), then verify the archive itself.
log "fetching $CRATE $CRATE_VERSION with cargo"
mkdir -p "$work/fetch/src"
cat >"$work/fetch/Cargo.toml" <<EOF
[package]
name = "oa-sql-fetch"
version = "0.0.0"
edition = "2021"
publish = false

[workspace]

[dependencies]
$CRATE = { version = "=$CRATE_VERSION", default-features = false }
EOF
echo 'fn main() {}' >"$work/fetch/src/main.rs"
# Offline first, so a re-install with the crate already cached needs no network.
cargo fetch --offline --manifest-path "$work/fetch/Cargo.toml" >/dev/null 2>&1 ||
	cargo fetch --manifest-path "$work/fetch/Cargo.toml" >&2 ||
	die "cargo fetch of $CRATE $CRATE_VERSION failed"

cargo_home="${CARGO_HOME:-$HOME/.cargo}"
archive=""
for candidate in "$cargo_home"/registry/cache/*/"$CRATE-$CRATE_VERSION.crate"; do
	[[ -f "$candidate" ]] || continue
	if [[ "$(sha256sum "$candidate" | cut -d' ' -f1)" == "$CRATE_SHA256" ]]; then
		archive="$candidate"
		break
	fi
	log "warning: $candidate does not have the pinned SHA-256; ignoring it"
done
[[ -n "$archive" ]] || die "no $CRATE-$CRATE_VERSION.crate with SHA-256 $CRATE_SHA256 under $cargo_home/registry/cache"
log "verified $archive (sha256 $CRATE_SHA256)"

tar -xzf "$archive" -C "$work" "$CRATE-$CRATE_VERSION/sqlite3/sqlite3.c" "$CRATE-$CRATE_VERSION/sqlite3/sqlite3.h"
src="$work/$CRATE-$CRATE_VERSION/sqlite3"
grep -q "^#define SQLITE_VERSION  *\"$SQLITE_VERSION\"$" "$src/sqlite3.h" ||
	die "the crate does not bundle SQLite $SQLITE_VERSION"

# 2. Patch: PRAGMA reverse_unordered_selects (which only `oa problem check` sets,
# through the runner's --reverse-unordered-selects) reverses table scans only in
# queries without ORDER BY. Reverse them too where an ORDER BY is sorted after
# the scan (no index gives the order, nOBSat == 0): the sort then meets tied rows
# in the other order, so a reference query whose ORDER BY leaves ties open gets
# another answer and the check sees it. The result is sorted all the same, so
# the query stays correct; without the pragma nothing changes.
log "patching reverse_unordered_selects to reach sorted queries"
perl -0pi -e '
    my $n = s#if\( pWInfo->pOrderBy==0 && \(db->flags & SQLITE_ReverseOrder\)!=0 \)\{#if( (pWInfo->pOrderBy==0 || pWInfo->nOBSat==0) && (db->flags & SQLITE_ReverseOrder)!=0 ){#;
    die "reverse-order patch did not apply\n" unless $n == 1;
' "$src/sqlite3.c"

# 3. Build. --stack-first puts the stack below the data, so an overflow traps
# instead of overwriting static data.
log "compiling oa-sql.wasm with clang-19 (about 30-60 s)"
cp "$runner" "$work/oa_sql.c"
# In the background, in a process group of its own, so an interrupt can stop it (see cleanup).
setsid -w clang-19 --target=wasm32-wasi -O2 -DNDEBUG "${SQLITE_FLAGS[@]}" -I"$src" \
	"$src/sqlite3.c" "$work/oa_sql.c" \
	-lwasi-emulated-mman -lwasi-emulated-getpid -lwasi-emulated-signal -lwasi-emulated-process-clocks -lm \
	-Wl,-z,stack-size=$STACK_BYTES -Wl,--stack-first -s \
	-o "$work/oa-sql.wasm" &
clang_pid=$!
wait "$clang_pid" || die "clang-19 failed"
clang_pid=""
[[ "$(head -c 4 "$work/oa-sql.wasm" | od -An -tx1 | tr -d ' ')" == "0061736d" ]] ||
	die "clang did not produce a WebAssembly module"

# 4. Stage beside the destination (same filesystem), stamp last, then move into place.
stage="$work/stage"
mkdir "$stage"
cp "$work/oa-sql.wasm" "$stage/oa-sql.wasm"
echo "SQLite $SQLITE_VERSION" >"$stage/VERSION"
wasm_sha=$(sha256sum "$stage/oa-sql.wasm" | cut -d' ' -f1)
printf 'SQLite %s from crate %s %s (sha256 %s)\noa-sql.wasm sha256 %s\n' \
	"$SQLITE_VERSION" "$CRATE" "$CRATE_VERSION" "$CRATE_SHA256" "$wasm_sha" >"$stage/$stamp_name"
chmod 0644 "$stage/oa-sql.wasm" "$stage/VERSION" "$stage/$stamp_name"
chmod 0755 "$stage"
rm -rf "$dest"
mv "$stage" "$dest"
log "installed $dest/oa-sql.wasm ($(wc -c <"$dest/oa-sql.wasm") bytes, sha256 $wasm_sha)"
