#!/usr/bin/env bash
# Installs oa's C++ toolchain for WebAssembly into $OA_TOOLCHAINS/cpp:
#
#   clang/zig               clang 22 and lld 22, as the PyPI wheel `ziglang` ships them
#                           (`zig clang`, `zig wasm-ld`); clang/include holds its
#                           builtin headers
#   include/                oa's own headers, searched first: <bits/stdc++.h>,
#                           <ext/pb_ds/...>, GNU extras
#   include/c++/v1/         LLVM's libc++ headers (the sources the wheel carries)
#   lib/                    libc++, libc++abi and libunwind built here for
#                           wasm32-wasip1 WITH exceptions (WebAssembly exception
#                           handling, the exnref form wasmtime runs) and file streams;
#                           liboa_cxx.a (fast streams, g++'s terminate message)
#   bin/wasm-ld             the linker clang's driver calls
#   wrap.args               the --wrap options liboa_cxx.a needs
#
# Why not Debian's clang 19 and its wasm libc++: that libc++ has no exceptions (no
# unwinder) and no <fstream>, and clang 19 can only emit the legacy exception
# instructions, which wasmtime does not run. C still compiles with Debian's clang 19;
# both link Debian's wasi-libc.
#
# Idempotent: exits at once when the stamp (a hash of this script and of
# sandbox/toolchains/cpp) exists. Builds in about 40 s on 2 cores; 450 MB.
set -euo pipefail

ZIG_VERSION=0.17.1
# sha256 of the PyPI wheels ziglang==0.17.1 for Linux x86_64 and aarch64.
ZIG_WHEEL_SHA256=(
	ea6cc5d87b033cf0aedfbc8f9549a908cae6c50ac31f1698188fa48a74524b54 # manylinux_2_12_x86_64
	b7c5f02fccd40f89b999ee16a1f5ddced56e6182370f8affe494bcf8a28cf07e # manylinux_2_17_aarch64
)
WASI_SYSROOT=/usr # Debian's wasi-libc: include/wasm32-wasi, lib/wasm32-wasi
BUILTINS=/usr/lib/llvm-19/lib/clang/19/lib/wasi/libclang_rt.builtins-wasm32.a

log() { printf 'cpp.sh: %s\n' "$*" >&2; }
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
src=$(cd "$here/../cpp" && pwd)
# oa's additions to the C library, shared with C programs (their prelude).
libc_additions="$here/../../preludes/oa_libc.c"
stamp=".installed-$( (cat "$0" "$libc_additions"; cd "$src" && find . -type f | LC_ALL=C sort | xargs sha256sum) | sha256sum | cut -c1-16)"
dest="$OA_TOOLCHAINS/cpp"
[[ -f "$dest/$stamp" ]] && exit 0

PYTHON="${PYTHON:-python3}"
command -v "$PYTHON" >/dev/null 2>&1 || die "$PYTHON not found (set PYTHON to a python3 that has pip)"
"$PYTHON" -m pip --version >/dev/null 2>&1 || die "$PYTHON has no pip module (apt-get install python3-pip)"
[[ -f "$BUILTINS" ]] || die "$BUILTINS is missing (apt-get install libclang-rt-19-dev-wasm32)"
[[ -f "$WASI_SYSROOT/lib/wasm32-wasi/libc.a" ]] || die "Debian's wasi-libc is missing (apt-get install wasi-libc)"

mkdir -p "$OA_TOOLCHAINS"
# One installer at a time; whoever waited finds the stamp and stops.
exec 9>"$OA_TOOLCHAINS/.cpp.install.lock"
flock 9
[[ -f "$dest/$stamp" ]] && exit 0
rm -rf "$OA_TOOLCHAINS"/.cpp.tmp.*

tmp=$(mktemp -d "$OA_TOOLCHAINS/.cpp.tmp.XXXXXXXX")
trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp" # readable by the unprivileged compile user

# The wheel brings both the compiler and the LLVM runtime sources built below.
log "installing clang 22 (PyPI ziglang==$ZIG_VERSION, about 100 MB)"
reqs="$tmp/requirements.txt"
{
	printf 'ziglang==%s' "$ZIG_VERSION"
	for h in "${ZIG_WHEEL_SHA256[@]}"; do printf ' --hash=sha256:%s' "$h"; done
	printf '\n'
} >"$reqs"
# pip's configuration (a mirror, say) applies; its download cache is not used.
env PIP_ROOT_USER_ACTION=ignore "$PYTHON" -m pip install \
	--quiet --disable-pip-version-check --no-input --no-cache-dir \
	--no-deps --only-binary=:all: --require-hashes --no-compile \
	--target "$tmp/wheel" -r "$reqs" >&2 ||
	die "pip could not install ziglang==$ZIG_VERSION (no wheel for $(uname -m)? no access to PyPI?)"
mv "$tmp/wheel/ziglang" "$tmp/zig"
rm -rf "$tmp/wheel" "$reqs"
chmod +x "$tmp/zig/zig"
mkdir "$tmp/clang"
cp "$tmp/zig/zig" "$tmp/clang/zig"
cp -r "$tmp/zig/lib/include" "$tmp/clang/include"
"$tmp/clang/zig" clang --version | grep -q 'clang version 22' || die "the wheel's clang is not clang 22"
llvm="$tmp/zig/lib"

log "building libc++, libc++abi and libunwind for wasm32-wasip1 with exceptions"
mkdir -p "$tmp/include/c++" "$tmp/lib" "$tmp/bin" "$tmp/obj"
cp -r "$llvm/libcxx/include" "$tmp/include/c++/v1"
cp "$llvm/libcxxabi/include/"*.h "$tmp/include/c++/v1/"
# The wheel's headers expect their configuration as -D flags; an installed libc++
# reads it from <__config_site>, which must then be included again.
grep -rlF 'zig patch: instead of including __config_site' "$tmp/include/c++/v1" |
	xargs sed -i 's|/\* zig patch: instead of including __config_site, zig adds -D flags when compiling \*/|#include <__config_site>|'
cp "$src/runtime/__config_site" "$tmp/include/c++/v1/__config_site"
# GNU extras (__gcd, __lg, the generic char_traits) join the headers that g++ has them in.
for header in algorithm string; do
	printf '\n#include <__oa/gnu_%s.h>\n' "$header" >>"$tmp/include/c++/v1/$header"
done
# bitset::_Find_first and _Find_next (libstdc++'s), as members: after none().
anchor='bool none() const _NOEXCEPT { return !any(); }'
grep -qF "$anchor" "$tmp/include/c++/v1/bitset" || die "libc++'s <bitset> changed: cannot add _Find_first"
sed -i "/$(printf '%s' "$anchor" | sed 's/[][\/.*^$]/\\&/g')/r $src/runtime/bitset_find.inc" "$tmp/include/c++/v1/bitset"
cp -r "$src/include/__oa" "$tmp/include/c++/v1/__oa"
cp -r "$src/include/." "$tmp/include/"
rm -r "$tmp/include/__oa"

zig="$tmp/clang/zig"
target=(--target=wasm32-wasip1 -O2 -DNDEBUG -fwasm-exceptions -mllvm -wasm-use-legacy-eh=false -nostdinc)
c_include=(-isystem "$tmp/clang/include" -isystem "$WASI_SYSROOT/include/wasm32-wasi")
cxx=("${target[@]}" -nostdinc++ -isystem "$tmp/include/c++/v1" "${c_include[@]}" -std=c++23
	-D_WASI_EMULATED_SIGNAL -D_WASI_EMULATED_PROCESS_CLOCKS -Wno-user-defined-literals)
export zig
compile_all() { # prefix flags... -- sources...
	local prefix=$1
	shift
	local flags=()
	while [[ $1 != -- ]]; do
		flags+=("$1")
		shift
	done
	shift
	printf '%s\n' "$@" | xargs -P "$(nproc)" -I{} sh -c \
		'"$zig" clang "$@" -c "$0" -o "$(dirname "$0" | tr / _)_$(basename "$0").o" || exit 255' {} "${flags[@]}" ||
		return 1
	mkdir -p "$tmp/obj/$prefix"
	mv ./*.o "$tmp/obj/$prefix/"
}
cd "$tmp/obj"
# No threads: the thread-only sources are left out.
mapfile -t libcxx < <(ls "$llvm"/libcxx/src/*.cpp "$llvm"/libcxx/src/ryu/*.cpp |
	grep -Ev '/(thread|mutex|mutex_destructor|condition_variable|condition_variable_destructor|barrier|shared_mutex|future|atomic)\.cpp$')
compile_all cxx "${cxx[@]}" -D_LIBCPP_BUILDING_LIBRARY -DLIBCXX_BUILDING_LIBCXXABI \
	-D_LIBCPP_REMOVE_TRANSITIVE_INCLUDES -I"$llvm/libcxx/src" -I"$llvm/libcxx/libc" -- "${libcxx[@]}" ||
	die "building libc++ failed"
mapfile -t libcxxabi < <(ls "$llvm"/libcxxabi/src/*.cpp | grep -Ev '/(cxa_noexception|cxa_thread_atexit)\.cpp$')
compile_all abi "${cxx[@]}" -D_LIBCXXABI_BUILDING_LIBRARY -D_LIBCPP_BUILDING_LIBRARY -D_LIBCXXABI_HAS_NO_THREADS \
	-DLIBCXXABI_USE_LLVM_UNWINDER -I"$llvm/libcxxabi/include" -I"$llvm/libcxx/src" -- "${libcxxabi[@]}" ||
	die "building libc++abi failed"
compile_all unwind "${target[@]}" "${c_include[@]}" -std=c11 -Wno-c23-extensions -D_LIBUNWIND_HAS_NO_THREADS -D_LIBUNWIND_HIDE_SYMBOLS \
	-I"$llvm/libunwind/include" -- "$llvm/libunwind/src/Unwind-wasm.c" "$src/runtime/cpp_exception.S" ||
	die "building libunwind failed"
compile_all oa "${cxx[@]}" -std=c++20 -- "$src/runtime/fastio.cpp" "$src/runtime/terminate.cpp" ||
	die "building oa's C++ support library failed"
compile_all oa_c "${target[@]}" "${c_include[@]}" -std=c17 -- "$libc_additions" ||
	die "building oa's additions to the C library failed"
"$zig" ar rcs "$tmp/lib/libc++.a" cxx/*.o
"$zig" ar rcs "$tmp/lib/libc++abi.a" abi/*.o
"$zig" ar rcs "$tmp/lib/libunwind.a" unwind/*.o
"$zig" ar rcs "$tmp/lib/liboa_cxx.a" oa/*.o oa_c/*.o
# Every __wrap_X the support library defines becomes a --wrap=X for the linker.
llvm-nm-19 oa/*.o | awk '$2 == "T" && $3 ~ /^__wrap_/ { sub(/^__wrap_/, "", $3); print "--wrap=" $3 }' >"$tmp/wrap.args"
grep -q 'sync_with_stdio' "$tmp/wrap.args" || die "no stream hooks found in the support library"
grep -q '__original_main' "$tmp/wrap.args" || die "no main hook found in the support library"
cd "$tmp"
rm -rf "$tmp/obj" "$tmp/zig"

# clang's driver runs the linker it finds with -B; the path is relative so that it
# holds both in the compile jail and outside it.
cat >"$tmp/bin/wasm-ld" <<'EOF'
#!/bin/sh
exec "$(dirname "$0")/../clang/zig" wasm-ld "$@"
EOF
chmod 755 "$tmp/bin/wasm-ld"
cp "$BUILTINS" "$tmp/lib/libclang_rt.builtins.a"
chmod -R a+rX "$tmp"

touch "$tmp/$stamp"
rm -rf "$dest"
mv "$tmp" "$dest"
trap - EXIT
log "installed into $dest"
