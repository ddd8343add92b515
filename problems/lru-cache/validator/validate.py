# Validates an lru-cache input; exit 0 if valid, 1 with a reason otherwise.
import sys

MAX_C = 200000
MAX_Q = 200000
MAX_KEY = 10**9
MAX_VALUE = 10**9


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
    head = lines[0].split(b" ")
    if len(head) != 2:
        fail("first line must be 'C Q'")
    parse_int(head[0], 1, MAX_C, "C")
    q = parse_int(head[1], 1, MAX_Q, "Q")
    if len(lines) != q + 1:
        fail(f"expected {q} operation lines, found {len(lines) - 1}")
    for i in range(1, q + 1):
        parts = lines[i].split(b" ")
        if parts[0] == b"GET" and len(parts) == 2:
            parse_int(parts[1], 0, MAX_KEY, f"line {i + 1}: key")
        elif parts[0] == b"PUT" and len(parts) == 3:
            parse_int(parts[1], 0, MAX_KEY, f"line {i + 1}: key")
            parse_int(parts[2], 0, MAX_VALUE, f"line {i + 1}: value")
        else:
            fail(f"line {i + 1}: expected 'GET key' or 'PUT key value'")
    sys.exit(0)


main()
