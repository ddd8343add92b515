"""Validator for top-k-endpoints: strict format and constraints.

Line 1: "n k" with 1 <= k <= n <= 200000.
Then exactly n lines, each a path: 1..30 characters from [a-z0-9/_.-], starting with '/'.
Every line ends with '\n'; no other whitespace anywhere.
"""
import re
import sys

MAX_N = 200000
INT = re.compile(rb"0|[1-9][0-9]{0,17}")
PATH = re.compile(rb"/[a-z0-9/_.\-]{0,29}")


def fail(msg):
    print(msg)
    sys.exit(1)


def main():
    data = sys.stdin.buffer.read()
    if not data.endswith(b"\n"):
        fail("input must end with a newline")
    lines = data[:-1].split(b"\n")
    head = lines[0].split(b" ")
    if len(head) != 2 or not all(INT.fullmatch(t) for t in head):
        fail("line 1: expected two integers 'n k' separated by one space")
    n, k = int(head[0]), int(head[1])
    if not 1 <= n <= MAX_N:
        fail("n = %d out of range [1, %d]" % (n, MAX_N))
    if not 1 <= k <= n:
        fail("k = %d out of range [1, n]" % k)
    if len(lines) != n + 1:
        fail("expected %d path lines, found %d" % (n, len(lines) - 1))
    for i in range(1, n + 1):
        if not PATH.fullmatch(lines[i]):
            fail("line %d: invalid path %r" % (i + 1, lines[i][:40]))
    sys.exit(0)


if __name__ == "__main__":
    main()
