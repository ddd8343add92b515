# Validates a merge-intervals input; exit 0 if valid, 1 with a reason otherwise.
import sys

MAX_N = 200000
MAX_T = 10**9


def fail(msg):
    print(msg)
    sys.exit(1)


def parse_int(tok, lo, hi, what):
    if not tok.isdigit() or (len(tok) > 1 and tok[0:1] == b"0") or len(tok) > 10:
        fail(f"{what}: not a canonical non-negative integer: {tok[:20]!r}")
    v = int(tok)
    if not lo <= v <= hi:
        fail(f"{what} = {v} out of range [{lo}, {hi}]")
    return v


def main():
    data = sys.stdin.buffer.read()
    if not data.endswith(b"\n"):
        fail("input must end with a newline")
    if b"\r" in data:
        fail("carriage return in input")
    lines = data[:-1].split(b"\n")
    if b" " in lines[0]:
        fail("first line must hold only n")
    n = parse_int(lines[0], 1, MAX_N, "n")
    if len(lines) != n + 1:
        fail(f"expected {n} window lines, found {len(lines) - 1}")
    for i in range(1, n + 1):
        parts = lines[i].split(b" ")
        if len(parts) != 2:
            fail(f"line {i + 1}: expected 'l r'")
        l = parse_int(parts[0], 0, MAX_T, f"line {i + 1}: l")
        r = parse_int(parts[1], 0, MAX_T, f"line {i + 1}: r")
        if not l < r:
            fail(f"line {i + 1}: need l < r, got {l} {r}")
    sys.exit(0)


main()
