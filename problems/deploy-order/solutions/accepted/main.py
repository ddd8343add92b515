# Reference solution in Python: Kahn's algorithm, O(n + m).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    it = iter(data[2:2 + 2 * m])
    for x in it:
        a, b = int(x), int(next(it))
        adj[a].append(b)
        indeg[b] += 1

    order = [v for v in range(1, n + 1) if indeg[v] == 0]
    for u in order:  # the list grows while we walk it: a queue
        for v in adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                order.append(v)

    if len(order) < n:
        print("IMPOSSIBLE")
    else:
        print(" ".join(map(str, order)))


main()
