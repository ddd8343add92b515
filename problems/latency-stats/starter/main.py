import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, p = int(data[0]), int(data[1])
    t = list(map(int, data[2:2 + n]))

    # TODO: compute the mean, the sample standard deviation and the p-th percentile.
    mean, stddev, percentile = 0.0, 0.0, 0.0
    print("%.9f %.9f %.9f" % (mean, stddev, percentile))


main()
