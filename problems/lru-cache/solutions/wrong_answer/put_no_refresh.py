# WRONG: a PUT on a key that is already cached updates the value but does not
# make the key the most recently used one.
import sys
from collections import OrderedDict


def main():
    data = sys.stdin.buffer.read().split()
    cap, q = int(data[0]), int(data[1])
    cache = OrderedDict()
    out = []
    hits = misses = evictions = 0
    pos = 2
    for _ in range(q):
        op, key = data[pos], data[pos + 1]
        if op == b"GET":
            pos += 2
            if key in cache:
                hits += 1
                cache.move_to_end(key)
                out.append(cache[key])
            else:
                misses += 1
                out.append(b"-1")
        else:
            v = data[pos + 2]
            pos += 3
            if key in cache:
                cache[key] = v  # BUG: recency not refreshed
            else:
                if len(cache) == cap:
                    cache.popitem(last=False)
                    evictions += 1
                cache[key] = v
    out.append(b"%d %d %d" % (hits, misses, evictions))
    sys.stdout.buffer.write(b"\n".join(out) + b"\n")


main()
