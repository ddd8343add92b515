import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k, w = int(data[0]), int(data[1]), int(data[2])
    requests = []
    for i in range(n):
        t = int(data[3 + 3 * i])
        user = data[4 + 3 * i].decode()
        endpoint = data[5 + 3 * i].decode()
        requests.append((t, user, endpoint))

    rejected = []  # 1-based numbers of rejected requests
    # TODO: simulate the rate limiter

    print(len(rejected))
    print(" ".join(map(str, rejected)))


main()
