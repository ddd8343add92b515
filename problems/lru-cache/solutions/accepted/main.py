# LRU cache with collections.OrderedDict: O(1) per operation.
import sys
from collections import OrderedDict


def main():
    data = sys.stdin.buffer.read().split()
    cap, q = int(data[0]), int(data[1])
    cache = OrderedDict()
    move = cache.move_to_end
    out = []
    hits = misses = evictions = 0
    pos = 2
    for _ in range(q):
        op = data[pos]
        key = data[pos + 1]  # keys are compared as canonical strings
        if op == b"GET":
            pos += 2
            v = cache.get(key)
            if v is None:
                misses += 1
                out.append(b"-1")
            else:
                hits += 1
                move(key)
                out.append(v)
        else:
            v = data[pos + 2]
            pos += 3
            if key in cache:
                cache[key] = v
                move(key)
            else:
                if len(cache) == cap:
                    cache.popitem(last=False)
                    evictions += 1
                cache[key] = v
    out.append(b"%d %d %d" % (hits, misses, evictions))
    sys.stdout.buffer.write(b"\n".join(out) + b"\n")


main()
