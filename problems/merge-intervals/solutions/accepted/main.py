# Merge windows: sort by start, sweep. O(n log n).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    starts = list(map(int, data[1 : 2 * n + 1 : 2]))
    ends = list(map(int, data[2 : 2 * n + 2 : 2]))
    order = sorted(range(n), key=starts.__getitem__)
    out_l = []
    out_r = []
    cur_l = cur_r = -1
    for i in order:
        l = starts[i]
        r = ends[i]
        if l <= cur_r:
            if r > cur_r:
                cur_r = r
        else:
            if cur_r >= 0:
                out_l.append(cur_l)
                out_r.append(cur_r)
            cur_l, cur_r = l, r
    out_l.append(cur_l)
    out_r.append(cur_r)
    total = sum(out_r) - sum(out_l)
    lines = [f"{len(out_l)} {total}"]
    lines += [f"{l} {r}" for l, r in zip(out_l, out_r)]
    sys.stdout.write("\n".join(lines) + "\n")


main()
