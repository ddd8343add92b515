"""Test generator for first-bad-deploy. Writes "n x".

Usage: gen.py MODE N SEED

  random   x uniform in [1, N]
  first    x = 1 (every deploy is bad)
  last     x = N (only the latest deploy is bad)
  worst    among 2000 random candidates, the x that makes a plain binary search
           (lo = 1, hi = N, mid = (lo + hi) / 2) ask the most questions
  near     x just above a power of two, where off-by-one errors show

The output depends only on the arguments: randomness comes from random.Random(SEED).
"""
import sys
import random


def binary_search_queries(n, x):
    lo, hi, q = 1, n, 0
    while lo < hi:
        mid = (lo + hi) // 2
        q += 1
        if mid >= x:
            hi = mid
        else:
            lo = mid + 1
    return q


def main():
    mode = sys.argv[1]
    n, seed = int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    assert 1 <= n <= 10**18

    if mode == "random":
        x = rng.randint(1, n)
    elif mode == "first":
        x = 1
    elif mode == "last":
        x = n
    elif mode == "worst":
        candidates = [rng.randint(1, n) for _ in range(2000)] + [1, n]
        x = max(candidates, key=lambda c: (binary_search_queries(n, c), c))
    elif mode == "near":
        k = rng.randint(0, n.bit_length() - 1)
        x = min(n, (1 << k) + 1)
    else:
        raise SystemExit("unknown mode " + mode)

    sys.stdout.write("%d %d\n" % (n, x))


if __name__ == "__main__":
    main()
