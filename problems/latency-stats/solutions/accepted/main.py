# Reference solution in Python: exact integer arithmetic, then one rounding.
import sys
from math import sqrt


def main():
    data = sys.stdin.buffer.read().split()
    n, p = int(data[0]), int(data[1])
    t = list(map(int, data[2:2 + n]))
    s = sum(t)
    mean = s / n  # int / int is correctly rounded
    if n > 1:
        sq = sum(x * x for x in t)
        stddev = sqrt((n * sq - s * s) / (n * (n - 1)))
    else:
        stddev = 0.0
    t.sort()
    lo, frac = divmod((n - 1) * p, 100)
    pct = t[lo] + (t[lo + 1] - t[lo]) * frac / 100 if frac else float(t[lo])
    print("%.9f %.9f %.9f" % (mean, stddev, pct))


main()
