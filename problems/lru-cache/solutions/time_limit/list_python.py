# Correct but slow: a Python list ordered by recency (most recent last),
# searched and shifted for every operation. O(Q * C).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    cap, q = int(data[0]), int(data[1])
    keys = []
    vals = {}
    out = []
    hits = misses = evictions = 0
    pos = 2
    for _ in range(q):
        op, key = data[pos], data[pos + 1]
        if op == b"GET":
            pos += 2
            if key in vals:
                hits += 1
                keys.remove(key)
                keys.append(key)
                out.append(vals[key])
            else:
                misses += 1
                out.append(b"-1")
        else:
            v = data[pos + 2]
            pos += 3
            if key in vals:
                keys.remove(key)
            elif len(keys) == cap:
                del vals[keys.pop(0)]
                evictions += 1
            keys.append(key)
            vals[key] = v
    out.append(b"%d %d %d" % (hits, misses, evictions))
    sys.stdout.buffer.write(b"\n".join(out) + b"\n")


main()
