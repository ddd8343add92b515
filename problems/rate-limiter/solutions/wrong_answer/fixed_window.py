# WRONG: a fixed-window counter (buckets [0, W), [W, 2W), ...) instead of a
# sliding window. It lets through up to 2K requests across a bucket boundary.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k, w = int(data[0]), int(data[1]), int(data[2])
    buckets = {}
    rejected = []
    for i in range(n):
        t = int(data[3 + 3 * i])
        user = data[4 + 3 * i]
        b = t // w
        cur = buckets.get(user)
        if cur is None or cur[0] != b:
            cur = buckets[user] = [b, 0]
        if cur[1] < k:
            cur[1] += 1
        else:
            rejected.append(i + 1)
    sys.stdout.write(f"{len(rejected)}\n{' '.join(map(str, rejected))}\n")


main()
