#!/usr/bin/env bash
# oa's C++ support library for WebAssembly: <bits/stdc++.h>, a clear message for
# std::thread, exception stubs (a throw ends the run with a message) and fast
# standard streams after sync_with_stdio(false). Built from sandbox/toolchains/cpp
# with Debian's clang 19 into $OA_TOOLCHAINS/cpp; rebuilt when those files change.
set -euo pipefail
: "${OA_TOOLCHAINS:?OA_TOOLCHAINS must name the toolchains directory}"
src=$(cd "$(dirname "$0")/../cpp" && pwd)
stamp=".installed-$(cd "$src" && find . -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-16)"
dest="$OA_TOOLCHAINS/cpp"
[ -f "$dest/$stamp" ] && exit 0

echo "oa: building the C++ support library" >&2
mkdir -p "$OA_TOOLCHAINS"
tmp=$(mktemp -d "$OA_TOOLCHAINS/.cpp.XXXXXX")
chmod 755 "$tmp"  # readable by the unprivileged compile user
trap 'rm -rf "$tmp"' EXIT
cp -r "$src/include" "$tmp/include"
mkdir "$tmp/lib" "$tmp/obj"
clang-19 --target=wasm32-wasi -O2 -c "$src/exceptions.c" -o "$tmp/obj/exceptions.o"
clang++-19 --target=wasm32-wasi -O2 -std=c++20 -c "$src/fastio.cpp" -o "$tmp/obj/fastio.o"
llvm-ar-19 rcs "$tmp/lib/liboa_cxx.a" "$tmp/obj/exceptions.o" "$tmp/obj/fastio.o"
# Every __wrap_X the library defines becomes a --wrap=X for the linker.
llvm-nm-19 "$tmp/obj/fastio.o" | awk '$2 == "T" && $3 ~ /^__wrap_/ { sub(/^__wrap_/, "", $3); print "--wrap=" $3 }' > "$tmp/wrap.args"
[ -s "$tmp/wrap.args" ] || { echo "oa: no stream hooks found in fastio.o" >&2; exit 1; }
rm -rf "$tmp/obj"
touch "$tmp/$stamp"
rm -rf "$dest"
mv "$tmp" "$dest"
trap - EXIT
