# Wrong: reports IMPOSSIBLE only when no service is ready at the start; a cycle
# further down leaves some services unprinted, and the order comes out short.
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for i in range(m):
        a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[a].append(b)
        indeg[b] += 1

    queue = deque(v for v in range(1, n + 1) if indeg[v] == 0)
    if not queue:
        print("IMPOSSIBLE")
        return
    order = []
    while queue:
        u = queue.popleft()
        order.append(u)
        for v in adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                queue.append(v)
    print(" ".join(map(str, order)))


main()
