#!/usr/bin/env bash
# Rust for WebAssembly: the wasm32-wasip1 standard library for the machine's rustup
# toolchain, which $OA_TOOLCHAINS/rust then points at (the compile jail mounts it).
set -euo pipefail
: "${OA_TOOLCHAINS:?OA_TOOLCHAINS must name the toolchains directory}"
sysroot=$(rustc --print sysroot)
if [ ! -d "$sysroot/lib/rustlib/wasm32-wasip1" ]; then
    echo "oa: adding the wasm32-wasip1 target to $(rustc --version)" >&2
    rustup target add wasm32-wasip1 >&2
fi
mkdir -p "$OA_TOOLCHAINS"
[ "$(readlink "$OA_TOOLCHAINS/rust" 2>/dev/null)" = "$sysroot" ] || ln -sfn "$sysroot" "$OA_TOOLCHAINS/rust"
