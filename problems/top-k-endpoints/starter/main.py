import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    paths = [p.decode() for p in data[2:2 + n]]

    # TODO: print the k most requested endpoints as "path count", one per line.
    print(paths[0], 1)


main()
