"""Test generator for pair-budget.

Usage: gen.py MODE N MAXA K SEED

  random   N costs uniform in [0, MAXA]; budget K
  dups     N costs drawn from only a few values in [0, MAXA], many equal to K / 2,
           so that many pairs sum to exactly K
  skewed   mostly small costs (log-uniform in [1, MAXA]); budget K

The output depends only on the arguments: randomness comes from random.Random(SEED).
"""
import sys
import random


def main():
    mode = sys.argv[1]
    n, max_a, k, seed = (int(x) for x in sys.argv[2:6])
    rng = random.Random(seed)
    assert 1 <= n <= 200000 and 0 <= max_a <= 10**9 and 0 <= k <= 2 * 10**9

    if mode == "random":
        a = [rng.randint(0, max_a) for _ in range(n)]
    elif mode == "dups":
        values = [k // 2, k // 2, k - k // 2] + [rng.randint(0, max_a) for _ in range(5)]
        a = [min(max_a, rng.choice(values)) for _ in range(n)]
    elif mode == "skewed":
        bits = max(1, max_a.bit_length())
        a = [min(max_a, rng.randint(1, 1 << rng.randint(0, bits - 1))) for _ in range(n)]
    else:
        raise SystemExit("unknown mode " + mode)

    sys.stdout.write("%d %d\n%s\n" % (n, k, " ".join(map(str, a))))


if __name__ == "__main__":
    main()
