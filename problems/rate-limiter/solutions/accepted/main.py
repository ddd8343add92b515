# Rate limiter: per-user deque of accepted timestamps, O(n) amortised.
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, k, w = int(data[0]), int(data[1]), int(data[2])
    queues = {}
    rejected = []
    for i in range(n):
        t = int(data[3 + 3 * i])
        user = data[4 + 3 * i]
        q = queues.get(user)
        if q is None:
            q = queues[user] = deque()
        limit = t - w
        while q and q[0] <= limit:
            q.popleft()
        if len(q) < k:
            q.append(t)
        else:
            rejected.append(i + 1)
    sys.stdout.write(f"{len(rejected)}\n{' '.join(map(str, rejected))}\n")


main()
