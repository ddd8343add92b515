# Reference solution in Python: binary search with integer arithmetic
# (n is up to 10^18: never use float division for the midpoint).
def main():
    n = int(input())
    lo, hi = 1, n  # the first bad deploy is in [lo, hi]
    while lo < hi:
        mid = (lo + hi) // 2
        print("?", mid, flush=True)
        reply = input().strip()
        if reply == "bad":
            hi = mid
        elif reply == "good":
            lo = mid + 1
        else:
            return
    print("!", lo, flush=True)


main()
