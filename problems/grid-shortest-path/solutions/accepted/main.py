# One BFS from the target T, level by level: the answer is the distance to the
# nearest S. O(R * C).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    w = c + 2
    # flat grid with a border of racks: 0 = blocked or visited, 1 = free, 2 = engineer
    free = bytearray((r + 2) * w)
    trans = bytes.maketrans(b".#ST", b"\x01\x00\x02\x01")
    target = -1
    for i in range(r):
        row = data[2 + i]
        base = (i + 1) * w + 1
        free[base : base + c] = row.translate(trans)
        j = row.find(b"T")
        if j >= 0:
            target = base + j
    free[target] = 0
    frontier = [target]
    dist = 0
    while frontier:
        nxt = []
        push = nxt.append
        for x in frontier:
            for y in (x + 1, x - 1, x + w, x - w):
                v = free[y]
                if v:
                    if v == 2:
                        print(dist + 1)
                        return
                    free[y] = 0
                    push(y)
        frontier = nxt
        dist += 1
    print(-1)


main()
