# Wrong: counts, for every i, all j with a[j] <= K - a[i] and halves the total,
# but forgets to remove the pairs (i, i) of an element with itself
# (those with 2 * a[i] <= K).
import sys
from bisect import bisect_right


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = sorted(map(int, data[2:2 + n]))
    total = 0
    for x in a:
        total += bisect_right(a, k - x)
    print(total // 2)


main()
