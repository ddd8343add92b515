# Wrong: uses the nearest-rank percentile (no interpolation between ranks).
import sys
from math import ceil, sqrt


def main():
    data = sys.stdin.buffer.read().split()
    n, p = int(data[0]), int(data[1])
    t = sorted(map(int, data[2:2 + n]))
    mean = sum(t) / n
    stddev = sqrt(sum((x - mean) ** 2 for x in t) / (n - 1)) if n > 1 else 0.0
    rank = max(1, ceil(p / 100 * n))
    print("%.9f %.9f %.9f" % (mean, stddev, t[rank - 1]))


main()
