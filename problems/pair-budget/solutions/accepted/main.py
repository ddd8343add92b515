# Reference solution in Python: sort, then binary search (bisect runs in C).
import sys
from bisect import bisect_right


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = sorted(map(int, data[2:2 + n]))
    pairs = 0
    for i, x in enumerate(a):
        # partners j > i with a[j] <= k - x
        j = bisect_right(a, k - x)
        if j > i + 1:
            pairs += j - i - 1
    print(pairs)


main()
