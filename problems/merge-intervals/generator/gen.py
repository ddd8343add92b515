# Maintenance-window test generator.
# usage: gen.py N MAXLEN MODE SEED
#   N       number of windows
#   MAXLEN  maximum window length (where the mode uses it)
#   MODE    random        - random starts in [0, 10^9), random lengths
#           disjoint-desc - pairwise disjoint windows (with gaps), listed from
#                           the latest to the earliest
#           one-block     - long windows that all chain into one
#           nested        - a few long windows, each containing many short ones
#           touching      - chains of windows where each ends exactly where the
#                           next starts, shuffled
#           tiny-coords   - all coordinates in [0, 1000]: many duplicates
#           clusters      - dense clusters separated by gaps
#   SEED    random seed
# The output depends only on the arguments.
import sys
import random

T = 10**9


def main():
    n, maxlen = int(sys.argv[1]), int(sys.argv[2])
    mode = sys.argv[3]
    rng = random.Random(int(sys.argv[4]))
    w = []
    if mode == "random":
        for _ in range(n):
            l = rng.randrange(T)
            w.append((l, min(T, l + rng.randint(1, maxlen))))
    elif mode == "disjoint-desc":
        # n disjoint windows with gaps of at least 1 between them
        step = T // n  # 5000 for n = 2*10^5
        for i in range(n):
            base = i * step
            length = rng.randint(1, min(maxlen, step - 1))
            off = rng.randint(0, step - 1 - length)
            w.append((base + off, base + off + length))
        w.reverse()
    elif mode == "one-block":
        # windows whose union is one interval: sort random points, make each
        # window cover from a point to beyond the next one
        pts = sorted(rng.randrange(T - maxlen) for _ in range(n))
        pts[0] = 0
        for i in range(n):
            nxt = pts[i + 1] if i + 1 < n else pts[i] + 1
            hi = min(T, max(nxt, pts[i] + 1) + rng.randint(0, maxlen))
            w.append((pts[i], hi))
        rng.shuffle(w)
    elif mode == "nested":
        outer = max(1, n // 1000)
        span = T // outer
        for i in range(outer):
            base = i * span + rng.randint(0, span // 10)
            big = rng.randint(span // 2, span - span // 10 - 1)
            w.append((base, base + big))
            for _ in range(n // outer - 1):
                l = rng.randint(base, base + big - 2)
                r = min(base + big - 1, l + rng.randint(1, maxlen))
                w.append((l, r))
        while len(w) < n:
            l = rng.randrange(T - 1)
            w.append((l, l + 1))
        rng.shuffle(w)
    elif mode == "touching":
        t = 0
        while len(w) < n:
            # a chain of touching windows, then a gap
            for _ in range(rng.randint(1, 20)):
                if len(w) == n:
                    break
                length = rng.randint(1, maxlen)
                w.append((t, t + length))
                t += length
            t += rng.randint(1, maxlen)
        assert t <= T
        rng.shuffle(w)
    elif mode == "tiny-coords":
        for _ in range(n):
            l = rng.randint(0, 999)
            w.append((l, min(1000, l + rng.randint(1, maxlen))))
    elif mode == "clusters":
        k = 1000
        centers = sorted(rng.sample(range(maxlen, T - maxlen), k))
        for _ in range(n):
            c = rng.choice(centers)
            l = c + rng.randint(-maxlen // 2, maxlen // 2)
            w.append((l, l + rng.randint(1, maxlen // 10)))
    else:
        raise SystemExit(f"unknown mode {mode}")
    out = [str(n)] + [f"{l} {r}" for l, r in w]
    sys.stdout.write("\n".join(out) + "\n")


main()
