#!/usr/bin/env bash
# Installs the JavaScript toolchain: QuickJS-ng 0.16.2 built as a WASI (preview 1)
# command module, plus a small Node-style prelude.
#
#   OA_TOOLCHAINS=/path/to/toolchains sandbox/toolchains/install/javascript.sh
#
# Result, in $OA_TOOLCHAINS/javascript/:
#   qjs.wasm    the interpreter
#   prelude.js  optional Node-style conveniences (require('fs').readFileSync(0),
#               process.stdin.on('data'/'end'), readline.createInterface, readline())
#   .installed-quickjs-ng-0.16.2   stamp: present only when the install is complete
#
# A run: mount the candidate's directory read-only at /src (and this directory at
# /qjs for the prelude), then
#   qjs --std /src/main.js                       (stdin: std.in.readAsString(), std.in.getline())
#   qjs --std -I /qjs/prelude.js /src/main.js    (adds the Node-style conveniences)
#
# The C sources come from the Rust crate rquickjs-sys 0.14.0, which vendors
# QuickJS-ng 0.16.2. cargo fetches it, so cargo's configuration (a registry
# mirror or source replacement) applies. The .crate archive is checked against a
# pinned SHA-256 and unpacked here; the build never reads cargo's shared
# registry/src tree.
#
# Needs: cargo, clang-19 and lld-19 (wasm-ld), wasi-libc (Debian packages), perl, tar.
# Build takes ~20-40 s. Progress goes to stderr; with the stamp present it exits 0 silently.
set -euo pipefail

QJS_VERSION=0.16.2
CRATE=rquickjs-sys
CRATE_VERSION=0.14.0
CRATE_SHA256=cee271d0eeba64f0915b846cb7ae02e16faf3dfdffdca91731101d9d30fe3423
# Linear-memory (C) stack. QuickJS-ng uses ~350-400 bytes of it per JS call, so
# 64 MiB allows 1.6e5-1.9e5 nested JS calls. It is part of the module's initial memory
# and so counts against a run's memory limit from the start.
STACK_BYTES=$((64 << 20))
# Headroom kept below the stack's end when QuickJS checks for JS stack overflow.
STACK_MARGIN_BYTES=$((1 << 20))

log() { printf 'javascript.sh: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

if [[ -z "${OA_TOOLCHAINS:-}" ]]; then
    die "OA_TOOLCHAINS is not set; point it at the toolchains directory (e.g. OA_TOOLCHAINS=/var/lib/oa/toolchains)"
fi
dest="$OA_TOOLCHAINS/javascript"
stamp_name=".installed-quickjs-ng-$QJS_VERSION"
if [[ -e "$dest/$stamp_name" ]]; then
    exit 0
fi

for tool in cargo clang-19 wasm-ld-19 perl tar sha256sum setsid; do
    command -v "$tool" >/dev/null 2>&1 \
        || die "'$tool' not found (Debian: apt-get install -y clang-19 lld-19 wasi-libc; cargo comes with Rust)"
done
[[ -e /usr/lib/wasm32-wasi/libc.a && -e /usr/lib/wasm32-wasi/libwasi-emulated-signal.a ]] \
    || die "wasi-libc for wasm32-wasi not found (Debian: apt-get install -y wasi-libc)"

# Absolute paths from here on: the build changes directory.
mkdir -p "$OA_TOOLCHAINS"
dest="$(cd "$OA_TOOLCHAINS" && pwd -P)/javascript"
work=$(mktemp -d "${TMPDIR:-/tmp}/oa-javascript.XXXXXX")
work=$(cd "$work" && pwd -P)
stage=""
clang_pid=""
cleanup() {
    # clang's driver leaves its -cc1 child running when killed: stop the whole group.
    if [[ -n "$clang_pid" ]]; then kill -- "-$clang_pid" 2>/dev/null || true; fi
    rm -rf "$work"
    if [[ -n "$stage" ]]; then rm -rf "$stage"; fi
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
name = "oa-javascript-fetch"
version = "0.0.0"
edition = "2021"
publish = false

[workspace]

[dependencies]
$CRATE = "=$CRATE_VERSION"
EOF
echo 'fn main() {}' >"$work/fetch/src/main.rs"
# Offline first, so a re-install with the crate already cached needs no network.
cargo fetch --offline --manifest-path "$work/fetch/Cargo.toml" >/dev/null 2>&1 \
    || cargo fetch --manifest-path "$work/fetch/Cargo.toml" >&2 \
    || die "cargo fetch of $CRATE $CRATE_VERSION failed"

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

tar -xzf "$archive" -C "$work" "$CRATE-$CRATE_VERSION/quickjs"
src="$work/$CRATE-$CRATE_VERSION/quickjs"
grep -q "^#define QJS_VERSION_MINOR 16$" "$src/quickjs.h" && grep -q "^#define QJS_VERSION_PATCH 2$" "$src/quickjs.h" \
    || die "the crate does not vendor QuickJS-ng $QJS_VERSION"

# 2. Patch: upstream disables the JS stack-overflow check under WASI, so deep
# recursion would run off the linear-memory stack and trap with an opaque
# "out of bounds memory access". Bound it by the linker's __stack_low instead:
# the script then gets Node's "RangeError: Maximum call stack size exceeded".
log "patching the WASI stack limit"
STACK_MARGIN_BYTES=$STACK_MARGIN_BYTES perl -0pi -e '
    my $n = s{(static void update_stack_limit\(JSRuntime \*rt\)\n\{\n#if defined\(__wasi__\)\n)    rt->stack_limit = 0; /\* no limit \*/\n}
             {$1    { extern char __stack_low; rt->stack_limit = (uintptr_t)&__stack_low + $ENV{STACK_MARGIN_BYTES}; }\n};
    die "stack-limit patch did not apply\n" unless $n == 1;
' "$src/quickjs.c"

# 3. Build. Flags follow upstream's CMake for WASI (Release: NDEBUG, unsigned char)
# with -O2; --stack-first puts the stack below the data, so an overflow traps
# instead of overwriting static data.
log "compiling qjs.wasm with clang-19 (about 20-40 s)"
cd "$src"
# In the background, in a process group of its own, so an interrupt can stop it (see cleanup).
setsid -w clang-19 --target=wasm32-wasi -O2 -DNDEBUG -funsigned-char \
    -D_GNU_SOURCE -DQJS_BUILD_LIBC -D_WASI_EMULATED_PROCESS_CLOCKS -D_WASI_EMULATED_SIGNAL \
    -I. qjs.c gen/repl.c gen/standalone.c quickjs.c libregexp.c libunicode.c dtoa.c quickjs-libc.c \
    -lwasi-emulated-process-clocks -lwasi-emulated-signal \
    -Wl,-z,stack-size=$STACK_BYTES -Wl,--stack-first -s \
    -o "$work/qjs.wasm" &
clang_pid=$!
wait "$clang_pid" || die "clang-19 failed"
clang_pid=""
cd /
[[ "$(head -c 4 "$work/qjs.wasm" | od -An -tx1 | tr -d ' ')" == "0061736d" ]] \
    || die "clang did not produce a WebAssembly module"

# 4. Stage next to the destination (same filesystem), stamp last, then move into place.
stage=$(mktemp -d "$dest.XXXXXX")
cp "$work/qjs.wasm" "$stage/qjs.wasm"
cat >"$stage/prelude.js" <<'PRELUDE'
// oa prelude for QuickJS-ng: a few Node.js-style conveniences, built on qjs's `std`
// module (run with `qjs --std -I prelude.js main.js`). Stdin is read once, as UTF-8
// text; Buffers, streams and the rest of Node's API do not exist.
(function () {
  'use strict';
  const g = globalThis, std = g.std;
  let text = null, lines = null, next = 0;
  const readAll = () => (text === null ? (text = std.in.readAsString()) : text);
  const splitLines = () => {
    const t = readAll();
    const all = (t.includes('\r') ? t.replace(/\r\n/g, '\n') : t).split('\n');
    if (all[all.length - 1] === '') all.pop();
    return all;
  };
  // fs.readFileSync(0 | '/dev/stdin' | path[, encoding]) always returns a string;
  // for stdin, the whole of it on every call.
  const fs = {
    readFileSync(path) {
      if (path === 0 || path === '/dev/stdin') return readAll();
      const data = std.loadFile(String(path));
      if (data === null) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return data;
    },
  };
  // Handlers registered while the script runs fire once it has finished, in a microtask.
  function emitter(run) {
    const handlers = {};
    let scheduled = false;
    const self = {
      on(event, fn) {
        (handlers[event] ||= []).push(fn);
        if (!scheduled) { scheduled = true; Promise.resolve().then(() => run(self.emit)); }
        return self;
      },
      emit(event, arg) { for (const fn of handlers[event] || []) fn(arg); },
    };
    self.once = self.on; self.addListener = self.on;
    return self;
  }
  const stdin = emitter((emit) => { emit('data', readAll()); emit('end'); });
  Object.assign(stdin, { fd: 0, resume() { return stdin; }, setEncoding() { return stdin; } });
  const readline = {
    createInterface() {
      const rl = emitter((emit) => { for (const line of splitLines()) emit('line', line); emit('close'); });
      rl.close = () => {};
      rl[Symbol.asyncIterator] = async function* () { yield* splitLines(); };
      return rl;
    },
  };
  const write = (f) => (s) => { f.puts(String(s)); return true; };
  g.process = {
    argv: ['qjs', ...g.scriptArgs],
    env: {},
    stdin,
    stdout: { write: write(std.out) },
    stderr: { write: write(std.err) },
    exit(code = 0) { std.out.flush(); std.exit(code); },
  };
  const modules = { fs, readline, 'node:fs': fs, 'node:readline': readline, process: g.process };
  g.require = (name) => {
    if (name in modules) return modules[name];
    throw new Error(`Cannot find module '${name}' (only fs and readline are provided)`);
  };
  // SpiderMonkey/V8-shell style: the next line of stdin without its line ending, or null at EOF.
  g.readline = () => {
    if (lines === null) lines = splitLines();
    return next < lines.length ? lines[next++] : null;
  };
})();
PRELUDE
echo "QuickJS-ng $QJS_VERSION" >"$stage/VERSION"
chmod 0644 "$stage/qjs.wasm" "$stage/prelude.js" "$stage/VERSION"
chmod 0755 "$stage"
wasm_sha=$(sha256sum "$stage/qjs.wasm" | cut -d' ' -f1)
printf 'quickjs-ng %s from crate %s %s (sha256 %s)\nqjs.wasm sha256 %s\n' \
    "$QJS_VERSION" "$CRATE" "$CRATE_VERSION" "$CRATE_SHA256" "$wasm_sha" >"$stage/$stamp_name"

if [[ -e "$dest" ]]; then
    rm -rf "$dest.old"
    mv "$dest" "$dest.old"
fi
mv "$stage" "$dest"
stage=""
rm -rf "$dest.old"
log "installed $dest/qjs.wasm ($(wc -c <"$dest/qjs.wasm") bytes, sha256 $wasm_sha)"
