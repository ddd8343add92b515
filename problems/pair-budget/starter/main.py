import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))

    # TODO: count the pairs i < j with a[i] + a[j] <= k.
    pairs = 0
    print(pairs)


main()
