"""Validator for first-bad-deploy: the test input is one line "n x".

1 <= x <= n <= 10^18: n deploys, x the hidden first bad one.
"""
import re
import sys

MAX_N = 10**18
LINE = re.compile(rb"([1-9][0-9]{0,18}) ([1-9][0-9]{0,18})\n")


def main():
    data = sys.stdin.buffer.read()
    match = LINE.fullmatch(data)
    if not match:
        print("expected one line 'n x' of two positive integers")
        sys.exit(1)
    n, x = int(match.group(1)), int(match.group(2))
    if n > MAX_N:
        print("n = %d exceeds 10^18" % n)
        sys.exit(1)
    if x > n:
        print("x = %d exceeds n = %d" % (x, n))
        sys.exit(1)
    sys.exit(0)


if __name__ == "__main__":
    main()
