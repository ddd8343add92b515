import sys


def is_bad(i):
    """Asks whether deploy i is bad. flush=True sends the question to the judge."""
    print("?", i, flush=True)
    reply = input().strip()
    if reply == "-1":  # invalid question or too many questions
        sys.exit(0)
    return reply == "bad"


def main():
    n = int(input())

    # TODO: find the first bad deploy with at most 60 calls to is_bad().
    answer = n

    print("!", answer, flush=True)


main()
