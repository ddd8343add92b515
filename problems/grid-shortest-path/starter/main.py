import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    grid = [row.decode() for row in data[2 : 2 + r]]

    answer = -1
    # TODO: find the fewest moves from any 'S' to 'T'

    print(answer)


main()
