# Validates a grid-shortest-path input; exit 0 if valid, 1 with a reason otherwise.
import sys

MAX_SIDE = 1000


def fail(msg):
    print(msg)
    sys.exit(1)


def parse_int(tok, lo, hi, what):
    if not tok.isdigit() or (len(tok) > 1 and tok[0:1] == b"0") or len(tok) > 7:
        fail(f"{what}: not a canonical positive integer: {tok[:20]!r}")
    v = int(tok)
    if not lo <= v <= hi:
        fail(f"{what} = {v} out of range [{lo}, {hi}]")
    return v


def main():
    data = sys.stdin.buffer.read()
    if not data.endswith(b"\n"):
        fail("input must end with a newline")
    lines = data[:-1].split(b"\n")
    head = lines[0].split(b" ")
    if len(head) != 2:
        fail("first line must be 'R C'")
    r = parse_int(head[0], 1, MAX_SIDE, "R")
    c = parse_int(head[1], 1, MAX_SIDE, "C")
    if r * c < 2:
        fail("the floor needs at least two cells (an S and a T)")
    if len(lines) != r + 1:
        fail(f"expected {r} grid rows, found {len(lines) - 1}")
    allowed = bytes.maketrans(b"", b"")
    targets = engineers = 0
    for i in range(1, r + 1):
        row = lines[i]
        if len(row) != c:
            fail(f"row {i}: expected {c} characters, found {len(row)}")
        if row.translate(allowed, b".#ST"):
            fail(f"row {i}: characters other than . # S T")
        targets += row.count(b"T")
        engineers += row.count(b"S")
    if targets != 1:
        fail(f"expected exactly one T, found {targets}")
    if engineers < 1:
        fail("expected at least one S")
    sys.exit(0)


main()
