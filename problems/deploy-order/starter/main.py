import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    dependents = [[] for _ in range(n + 1)]  # dependents[a] holds every b that depends on a
    for i in range(m):
        a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        dependents[a].append(b)

    # TODO: print a valid deployment order, or IMPOSSIBLE.
    print(" ".join(str(v) for v in range(1, n + 1)))


main()
