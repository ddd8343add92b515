# Validates a rate-limiter input; exit 0 if valid, 1 with a reason otherwise.
import sys

MAX_N = 200000
MAX_K = 200000
MAX_W = 10**9
MAX_T = 10**9
MAX_USERS = 10**4
USER_CHARS = set(b"abcdefghijklmnopqrstuvwxyz0123456789_")
ENDPOINT_CHARS = set(b"abcdefghijklmnopqrstuvwxyz0123456789_/.-")


def fail(msg):
    print(msg)
    sys.exit(1)


def parse_int(tok, lo, hi, what):
    if not tok or not tok.isdigit() or (len(tok) > 1 and tok[0:1] == b"0") or len(tok) > 10:
        fail(f"{what}: not a canonical non-negative integer: {tok[:20]!r}")
    v = int(tok)
    if not lo <= v <= hi:
        fail(f"{what} = {v} out of range [{lo}, {hi}]")
    return v


def main():
    data = sys.stdin.buffer.read()
    if not data.endswith(b"\n"):
        fail("input must end with a newline")
    if b"\r" in data:
        fail("carriage return in input")
    lines = data[:-1].split(b"\n")
    head = lines[0].split(b" ")
    if len(head) != 3:
        fail("first line must be 'n K W'")
    n = parse_int(head[0], 1, MAX_N, "n")
    parse_int(head[1], 1, MAX_K, "K")
    parse_int(head[2], 1, MAX_W, "W")
    if len(lines) != n + 1:
        fail(f"expected {n} request lines, found {len(lines) - 1}")
    prev = -1
    users = set()
    for i in range(1, n + 1):
        parts = lines[i].split(b" ")
        if len(parts) != 3:
            fail(f"line {i + 1}: expected 'timestamp user endpoint'")
        t = parse_int(parts[0], 0, MAX_T, f"line {i + 1}: timestamp")
        if t < prev:
            fail(f"line {i + 1}: timestamps must be non-decreasing")
        prev = t
        user, ep = parts[1], parts[2]
        if not 1 <= len(user) <= 20 or not USER_CHARS.issuperset(user):
            fail(f"line {i + 1}: bad user id {user[:30]!r}")
        if not 1 <= len(ep) <= 30 or ep[0:1] != b"/" or not ENDPOINT_CHARS.issuperset(ep):
            fail(f"line {i + 1}: bad endpoint {ep[:40]!r}")
        users.add(user)
    if len(users) > MAX_USERS:
        fail(f"{len(users)} distinct users, at most {MAX_USERS} allowed")
    sys.exit(0)


main()
