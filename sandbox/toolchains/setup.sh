#!/usr/bin/env bash
# Installs everything oa's languages need: Debian packages, then each toolchain
# (install/<name>.sh) under $OA_TOOLCHAINS. Idempotent: a second run does nothing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export OA_TOOLCHAINS="${OA_TOOLCHAINS:-${XDG_CACHE_HOME:-$HOME/.cache}/oa/toolchains}"

packages=(
    clang-19 lld-19 llvm-19 wasi-libc libclang-rt-19-dev-wasm32
    bubblewrap util-linux
    g++ # the native compiler the C++ differential tests and benchmarks compare with
    openjdk-17-jdk-headless # javac compiles Java; its JVM is what the Java tests compare with
)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "oa: installing Debian packages: ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
fi

for language in cpp rust javascript go python kotlin sql java; do
    script="$here/install/$language.sh"
    if [ -f "$script" ]; then
        bash "$script"
    fi
done
