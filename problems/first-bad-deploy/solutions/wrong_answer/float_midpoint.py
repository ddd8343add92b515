# Wrong: computes the midpoint with float division. Near 10^18 a float has
# only 53 bits of precision, so the midpoint can fall outside [lo, hi) and the
# search stops making progress (or lands on the wrong deploy).
def main():
    n = int(input())
    lo, hi = 1, n
    while lo < hi:
        mid = int((lo + hi) / 2)
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
