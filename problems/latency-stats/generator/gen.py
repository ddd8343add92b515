"""Test generator for latency-stats.

Usage: gen.py MODE N P A B SEED

  uniform    N latencies uniform in [A, B]
  offset     N latencies uniform in [A, A + B]: large values, tiny spread
  const      N copies of A
  lognormal  N log-normally distributed latencies (a realistic long tail); A, B unused
  bimodal    cache hits around 2 ms and misses around 250 ms, plus a few timeouts; A, B unused

P is the percentile to ask for. The output depends only on the arguments:
randomness comes from random.Random(SEED).
"""
import sys
import random

MAX_T = 10**9


def clamp(x):
    return max(0, min(MAX_T, int(x)))


def main():
    mode = sys.argv[1]
    n, p, a, b, seed = (int(x) for x in sys.argv[2:7])
    rng = random.Random(seed)
    assert 1 <= n <= 200000 and 0 <= p <= 100

    if mode == "uniform":
        t = [rng.randint(a, b) for _ in range(n)]
    elif mode == "offset":
        t = [a + rng.randint(0, b) for _ in range(n)]
    elif mode == "const":
        t = [a] * n
    elif mode == "lognormal":
        t = [clamp(rng.lognormvariate(11.0, 1.2)) for _ in range(n)]
    elif mode == "bimodal":
        t = []
        for _ in range(n):
            r = rng.random()
            if r < 0.8:
                t.append(clamp(rng.gauss(2000, 300)))
            elif r < 0.999:
                t.append(clamp(rng.gauss(250000, 40000)))
            else:
                t.append(30000000)
    else:
        raise SystemExit("unknown mode " + mode)

    assert all(0 <= x <= MAX_T for x in t)
    sys.stdout.write("%d %d\n%s\n" % (n, p, " ".join(map(str, t))))


if __name__ == "__main__":
    main()
