import sys


def main():
    data = sys.stdin.buffer.read().split()
    capacity, q = int(data[0]), int(data[1])
    pos = 2
    hits = misses = evictions = 0
    out = []
    for _ in range(q):
        op = data[pos].decode()
        key = int(data[pos + 1])
        if op == "GET":
            pos += 2
            # TODO: look the key up in the cache
            out.append("-1")
        else:
            value = int(data[pos + 2])
            pos += 3
            # TODO: store the value
    out.append(f"{hits} {misses} {evictions}")
    sys.stdout.write("\n".join(out) + "\n")


main()
