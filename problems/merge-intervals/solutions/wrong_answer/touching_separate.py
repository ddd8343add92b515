# WRONG: merges only windows that strictly overlap (l < current end), so
# windows that touch ([1, 3) and [3, 5)) stay separate.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    w = sorted((int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n))
    merged = []
    for l, r in w:
        if merged and l < merged[-1][1]:  # BUG: should be <=
            merged[-1][1] = max(merged[-1][1], r)
        else:
            merged.append([l, r])
    total = sum(r - l for l, r in merged)
    out = [f"{len(merged)} {total}"] + [f"{l} {r}" for l, r in merged]
    sys.stdout.write("\n".join(out) + "\n")


main()
