# LRU cache test generator.
# usage: gen.py Q C KEYS GET_PERCENT MODE SEED
#   Q            number of operations
#   C            cache capacity
#   KEYS         number of distinct keys used (mapped to random ids in [0, 10^9])
#   GET_PERCENT  share of GET operations, in percent
#   MODE         uniform - keys drawn uniformly
#                fill    - the first C operations PUT C distinct keys, so the
#                          cache stays (nearly) full and large from then on
#                hot     - 90% of the traffic goes to 1% of the keys
#                scan    - a read-through client: GET each key of a cycle longer
#                          than C, and PUT it after the (certain) miss; LRU's
#                          worst pattern (GET_PERCENT is not used)
#                updates - fill the cache, then mostly re-PUT cached keys
#   SEED         random seed
# The output depends only on the arguments.
import sys
import random


def main():
    q, c, keys, get_pct = (int(x) for x in sys.argv[1:5])
    mode = sys.argv[5]
    rng = random.Random(int(sys.argv[6]))
    ids = rng.sample(range(10**9 + 1), keys)

    def value():
        return rng.randrange(10**6) if rng.random() < 0.9 else rng.randrange(10**9 + 1)

    ops = []
    if mode in ("fill", "updates"):
        for i in range(min(c, keys, q)):
            ops.append(f"PUT {ids[i]} {value()}")
    hot = ids[: max(1, keys // 100)]
    pos = 0
    recent = []  # keys put recently, likely still cached (for "updates")
    while len(ops) < q:
        if mode == "hot":
            key = rng.choice(hot) if rng.random() < 0.9 else ids[rng.randrange(keys)]
        elif mode == "scan":
            key = ids[pos % keys]
            pos += 1
            ops.append(f"GET {key}")
            if len(ops) < q:
                ops.append(f"PUT {key} {value()}")
            continue
        elif mode == "updates":
            if recent and rng.random() < 0.7:
                key = recent[rng.randrange(len(recent))]
            else:
                key = ids[rng.randrange(keys)]
        else:
            key = ids[rng.randrange(keys)]
        if rng.randrange(100) < get_pct:
            ops.append(f"GET {key}")
        else:
            ops.append(f"PUT {key} {value()}")
            if mode == "updates":
                recent.append(key)
                if len(recent) > c // 2:
                    recent = recent[len(recent) // 2:]
    sys.stdout.write(f"{c} {q}\n" + "\n".join(ops) + "\n")


main()
