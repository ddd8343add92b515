import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    windows = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]

    blocks = []
    total = 0
    # TODO: merge the windows into blocks and compute the covered time

    out = [f"{len(blocks)} {total}"]
    out += [f"{l} {r}" for l, r in blocks]
    sys.stdout.write("\n".join(out) + "\n")


main()
