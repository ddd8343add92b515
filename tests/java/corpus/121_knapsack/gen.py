# Deterministic: a 64-bit LCG, independent of Python's random module.
import sys
state = 777
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n
n, cap = 500, 10000
lines = [f"{n} {cap}"]
for _ in range(n):
    lines.append(f"{rnd(400) + 1} {rnd(100000) + 1}")
sys.stdout.write("\n".join(lines) + "\n")
