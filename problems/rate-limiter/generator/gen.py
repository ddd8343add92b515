# Rate limiter test generator.
# usage: gen.py N USERS K W STEP MODE SEED
#   N      number of requests
#   USERS  number of distinct user ids to draw from
#   K, W   the limit: K requests per W seconds
#   STEP   timestamps grow by a random amount in [0, STEP] between lines
#   MODE   uniform  - users drawn uniformly
#          skewed   - a few heavy users send most of the traffic
#          burst    - traffic arrives in bursts sharing one timestamp
#          boundary - timestamps are multiples of W (or W/2), so many requests
#                     sit exactly on the window's edge
#          roundrobin - the users take turns (request i is from user i mod USERS)
#   SEED   random seed
# The output depends only on the arguments.
import sys
import random


def main():
    n, users, k, w, step = (int(x) for x in sys.argv[1:6])
    mode = sys.argv[6]
    rng = random.Random(int(sys.argv[7]))

    endpoints = ["/login", "/logout", "/cart", "/pay", "/search", "/orders",
                 "/users/me", "/feed", "/v1/items", "/v2/items", "/health"]
    # user names: short, lowercase letters, digits and '_'
    names = []
    seen = set()
    prefixes = ["u", "svc_", "bot", "app"]
    while len(names) < users:
        name = rng.choice(prefixes) + str(rng.randrange(10 * users + 10))
        if name not in seen:
            seen.add(name)
            names.append(name)

    if mode == "skewed":
        heavy = names[: max(1, users // 100)]
    out = [f"{n} {k} {w}"]
    t = rng.randrange(0, 1000)
    i = 0
    while i < n:
        if mode == "burst":
            # a burst: many requests on one timestamp, then a gap
            size = min(n - i, rng.randint(1, 60))
            burst_users = [rng.choice(names) for _ in range(rng.randint(1, 5))]
            for _ in range(size):
                out.append(f"{t} {rng.choice(burst_users)} {rng.choice(endpoints)}")
            i += size
            t += rng.randint(0, step)
            continue
        if mode == "boundary":
            # jump straight to the next multiple of W or W/2
            if rng.random() < 0.3:
                half = max(1, w // 2)
                t = (t // half + 1) * half
            user = names[rng.randrange(users)]
        elif mode == "skewed":
            user = rng.choice(heavy) if rng.random() < 0.8 else names[rng.randrange(users)]
        elif mode == "roundrobin":
            user = names[i % users]
        else:
            user = names[rng.randrange(users)]
        out.append(f"{t} {user} {rng.choice(endpoints)}")
        i += 1
        if mode != "boundary":
            t += rng.randint(0, step)
    sys.stdout.write("\n".join(out) + "\n")


main()
