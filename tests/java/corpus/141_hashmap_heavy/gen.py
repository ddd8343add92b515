# Deterministic: a 64-bit LCG, independent of Python's random module.
import sys
state = 99991
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n
q = 200000
ops = "aaaarqqn"
lines = [str(q)]
for _ in range(q):
    op = ops[rnd(len(ops))]
    key = rnd(60000) * (1 if rnd(2) else 1000003) - 30000
    lines.append(f"{op} {key}")
sys.stdout.write("\n".join(lines) + "\n")
