"""Test generator for top-k-endpoints.

Usage: gen.py MODE N K D SEED

  zipf      N log lines drawn from D distinct paths with Zipf-like popularity
  distinct  N distinct paths, each requested once (D must equal N)
  ties      D distinct paths, each requested exactly N / D times (D divides N)
  few       N lines drawn uniformly from only D paths (use K > D)
  prefix    like zipf, but every path shares a long common prefix

The output depends only on the arguments: randomness comes from random.Random(SEED).
"""
import sys
import random

MAX_LEN = 30
WORDS = [
    "api", "v1", "v2", "v3", "users", "orders", "items", "auth", "login", "logout",
    "health", "metrics", "search", "cart", "checkout", "payments", "static", "img",
    "admin", "reports", "export", "import", "billing", "invoices", "sessions", "tokens",
    "feed", "events", "webhooks", "status", "ping", "graphql", "files", "upload",
    "me", "settings", "teams", "projects", "tasks", "tags", "index.html", "app.js",
    "style.css", "favicon.ico", "robots.txt", "sign-in", "sign-up", "user_info",
    "rate-limit", "a", "b", "x",
]


def random_path(rng, max_len=MAX_LEN):
    while True:
        parts = [rng.choice(WORDS) for _ in range(rng.randint(1, 3))]
        r = rng.random()
        if r < 0.35:
            parts.append(str(rng.randint(1, 999999)))
        elif r < 0.45:
            parts.append(rng.choice(WORDS) + "-" + str(rng.randint(0, 99)))
        path = "/" + "/".join(parts)
        if rng.random() < 0.05:
            path += "/"
        if len(path) <= max_len:
            return path


def distinct_paths(rng, d, maker):
    seen = set()
    out = []
    while len(out) < d:
        p = maker(rng)
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


def prefix_path(rng):
    # A 13-character shared prefix, then a hex tail that makes the path unique.
    return "/api/v2/acme/" + format(rng.getrandbits(4 * rng.randint(3, 8)), "x")


def many_distinct_paths(rng, d):
    """d distinct paths, cheaply: a few hundred random prefixes, each path
    ending in a unique numeric id."""
    prefixes = distinct_paths(rng, 300, lambda r: random_path(r, 16).rstrip("/") or "/api")
    ids = rng.sample(range(1, 10**6), d)
    return [rng.choice(prefixes) + "/" + str(i) for i in ids]


def zipf_lines(rng, n, paths, s=1.1):
    weights = [1.0 / (i + 1) ** s for i in range(len(paths))]
    return rng.choices(paths, weights=weights, k=n)


def main():
    mode = sys.argv[1]
    n, k, d, seed = (int(x) for x in sys.argv[2:6])
    rng = random.Random(seed)
    assert 1 <= k <= n and 1 <= d <= n

    if mode == "zipf":
        lines = zipf_lines(rng, n, distinct_paths(rng, d, random_path))
    elif mode == "prefix":
        lines = zipf_lines(rng, n, distinct_paths(rng, d, prefix_path), s=0.6)
    elif mode == "distinct":
        assert d == n
        lines = many_distinct_paths(rng, d)
    elif mode == "ties":
        assert n % d == 0
        lines = distinct_paths(rng, d, random_path) * (n // d)
    elif mode == "few":
        paths = distinct_paths(rng, d, lambda r: random_path(r, 16))
        lines = [rng.choice(paths) for _ in range(n)]
    else:
        raise SystemExit("unknown mode " + mode)

    rng.shuffle(lines)
    sys.stdout.write("%d %d\n%s\n" % (n, k, "\n".join(lines)))


if __name__ == "__main__":
    main()
