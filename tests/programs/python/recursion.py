import sys

sys.setrecursionlimit(1_000_000)


def depth(n):
    return 0 if n == 0 else n + depth(n - 1)


print(depth(int(input())))
