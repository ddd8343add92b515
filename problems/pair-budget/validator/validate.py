"""Validator for pair-budget: strict format and constraints.

Line 1: "n K" with 1 <= n <= 200000 and 0 <= K <= 2*10^9.
Line 2: n integers a_i with 0 <= a_i <= 10^9, separated by single spaces.
Each line ends with '\n'; nothing else follows.
"""
import re
import sys

MAX_N = 200000
MAX_A = 10**9
MAX_K = 2 * 10**9
INT = re.compile(rb"0|[1-9][0-9]{0,17}")


def fail(msg):
    print(msg)
    sys.exit(1)


def ints(line, count, where):
    parts = line.split(b" ")
    if len(parts) != count:
        fail("%s: expected %d integers separated by single spaces, found %d fields" % (where, count, len(parts)))
    for t in parts:
        if not INT.fullmatch(t):
            fail("%s: %r is not a non-negative integer without leading zeros" % (where, t[:30]))
    return [int(t) for t in parts]


def main():
    data = sys.stdin.buffer.read()
    if not data.endswith(b"\n"):
        fail("input must end with a newline")
    lines = data[:-1].split(b"\n")
    if len(lines) != 2:
        fail("expected exactly 2 lines, found %d" % len(lines))
    n, k = ints(lines[0], 2, "line 1")
    if not 1 <= n <= MAX_N:
        fail("n = %d out of range [1, %d]" % (n, MAX_N))
    if not 0 <= k <= MAX_K:
        fail("K = %d out of range [0, %d]" % (k, MAX_K))
    a = ints(lines[1], n, "line 2")
    for i, x in enumerate(a):
        if x > MAX_A:
            fail("a_%d = %d exceeds %d" % (i + 1, x, MAX_A))
    sys.exit(0)


if __name__ == "__main__":
    main()
