"""Validator for deploy-order: strict format and constraints.

Line 1: "n m" with 1 <= n <= 200000 and 0 <= m <= 200000.
Then m lines "a b" with 1 <= a, b <= n and a != b (duplicates are allowed).
Each line ends with '\n'; nothing else follows.
"""
import re
import sys

MAX_N = 200000
MAX_M = 200000
PAIR = re.compile(rb"(0|[1-9][0-9]{0,17}) (0|[1-9][0-9]{0,17})")


def fail(msg):
    print(msg)
    sys.exit(1)


def pair(line, where):
    match = PAIR.fullmatch(line)
    if not match:
        fail("%s: expected two integers separated by one space, found %r" % (where, line[:40]))
    return int(match.group(1)), int(match.group(2))


def main():
    data = sys.stdin.buffer.read()
    if not data.endswith(b"\n"):
        fail("input must end with a newline")
    lines = data[:-1].split(b"\n")
    n, m = pair(lines[0], "line 1")
    if not 1 <= n <= MAX_N:
        fail("n = %d out of range [1, %d]" % (n, MAX_N))
    if not 0 <= m <= MAX_M:
        fail("m = %d out of range [0, %d]" % (m, MAX_M))
    if len(lines) != m + 1:
        fail("expected %d dependency lines, found %d" % (m, len(lines) - 1))
    for i in range(1, m + 1):
        a, b = pair(lines[i], "line %d" % (i + 1))
        if not (1 <= a <= n and 1 <= b <= n):
            fail("line %d: service id out of range [1, %d]" % (i + 1, n))
        if a == b:
            fail("line %d: a service cannot depend on itself" % (i + 1))
    sys.exit(0)


if __name__ == "__main__":
    main()
