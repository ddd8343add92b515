# Deterministic: a 64-bit LCG, independent of Python's random module.
import sys
state = 20240601
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n
n, m = 100000, 300000
out = [f"{n} {m} 1"]
for i in range(2, n + 1):
    out.append(f"{rnd(i - 1) + 1} {i} {rnd(1000) + 1}")
for _ in range(m - (n - 1)):
    out.append(f"{rnd(n) + 1} {rnd(n) + 1} {rnd(1000000) + 1}")
sys.stdout.write("\n".join(out) + "\n")
