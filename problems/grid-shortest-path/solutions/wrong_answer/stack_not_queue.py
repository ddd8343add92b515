# WRONG: explores the floor with a stack (depth-first) instead of a queue, so
# the first time it reaches an engineer is not necessarily along a shortest path.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    w = c + 2
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
    dist = {target: 0}
    free[target] = 0
    stack = [target]
    while stack:
        x = stack.pop()  # BUG: LIFO
        for y in (x + 1, x - 1, x + w, x - w):
            v = free[y]
            if v:
                dist[y] = dist[x] + 1
                if v == 2:
                    print(dist[y])
                    return
                free[y] = 0
                stack.append(y)
    print(-1)


main()
