# Deterministic: a 64-bit LCG, independent of Python's random module.
import sys
state = 1000003
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return state >> 32
n = 1000000
vals = [str((rnd() % 2000000001) - 1000000000) for _ in range(n)]
sys.stdout.write(str(n) + "\n" + " ".join(vals) + "\n")
