# Correct but slow: keeps each user's full list of accepted timestamps and
# counts the ones inside the window from scratch for every request.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k, w = int(data[0]), int(data[1]), int(data[2])
    history = {}
    rejected = []
    for i in range(n):
        t = int(data[3 + 3 * i])
        user = data[4 + 3 * i]
        h = history.setdefault(user, [])
        count = 0
        for s in h:
            if s > t - w:
                count += 1
        if count < k:
            h.append(t)
        else:
            rejected.append(i + 1)
    sys.stdout.write(f"{len(rejected)}\n{' '.join(map(str, rejected))}\n")


main()
