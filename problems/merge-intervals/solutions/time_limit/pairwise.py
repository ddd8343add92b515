# Correct but slow: for each window, compares it with every merged block
# (kept in a plain list) and merges on overlap. O(n^2) for disjoint windows.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    blocks = []
    for i in range(n):
        l, r = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        rest = []
        for b in blocks:
            if b[0] <= r and l <= b[1]:
                l = min(l, b[0])
                r = max(r, b[1])
            else:
                rest.append(b)
        rest.append((l, r))
        blocks = rest
    blocks.sort()
    total = sum(r - l for l, r in blocks)
    out = [f"{len(blocks)} {total}"] + [f"{l} {r}" for l, r in blocks]
    sys.stdout.write("\n".join(out) + "\n")


main()
