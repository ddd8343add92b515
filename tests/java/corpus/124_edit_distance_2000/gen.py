# Deterministic: a 64-bit LCG, independent of Python's random module.
import sys
state = 42
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n
a = [chr(97 + rnd(4)) for _ in range(2000)]
b = list(a)
for _ in range(600):
    b[rnd(2000)] = chr(97 + rnd(4))
sys.stdout.write("".join(a) + "\n" + "".join(b) + "\n")
