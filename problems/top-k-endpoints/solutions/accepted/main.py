# Reference solution in Python: count with a dict, sort by (-count, path).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    counts = {}
    for p in data[2:2 + n]:
        counts[p] = counts.get(p, 0) + 1
    # bytes compare byte by byte, which is the required ASCII order.
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
    sys.stdout.write("".join("%s %d\n" % (p.decode(), c) for p, c in ranked))


main()
