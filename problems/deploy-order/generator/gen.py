"""Test generator for deploy-order.

Usage: gen.py MODE N M SEED

  dag        M random dependencies consistent with a hidden random order (no cycle)
  dup        like dag, but about half of the dependencies are repeated
  chain      the only valid order is N, N-1, ..., 1 (a chain of N-1 dependencies),
             plus M - (N - 1) random dependencies consistent with it
  star       one core service that every other service depends on, M = N - 1;
             the core has the largest id
  cycle      a random DAG with many services ready to deploy, plus a single
             long cycle deep inside it
  ring       every service depends on the previous one, in a ring of all N (M = N)
  empty      no dependencies at all (M must be 0)

Service ids are shuffled except in chain, star and ring. The output depends only
on the arguments: randomness comes from random.Random(SEED).
"""
import sys
import random


def random_dag_edges(rng, order, m):
    """m edges (u, v) with u before v in `order`."""
    n = len(order)
    edges = []
    for _ in range(m):
        i = rng.randrange(n - 1)
        # Mostly short-range edges, some long-range ones: deep and wide graphs.
        if rng.random() < 0.7:
            j = min(n - 1, i + 1 + int(rng.expovariate(1 / 20)))
        else:
            j = rng.randrange(i + 1, n)
        edges.append((order[i], order[j]))
    return edges


def main():
    mode = sys.argv[1]
    n, m, seed = (int(x) for x in sys.argv[2:5])
    rng = random.Random(seed)
    order = list(range(1, n + 1))

    if mode == "dag":
        rng.shuffle(order)
        edges = random_dag_edges(rng, order, m)
    elif mode == "dup":
        rng.shuffle(order)
        edges = random_dag_edges(rng, order, m // 2)
        edges += [rng.choice(edges) for _ in range(m - len(edges))]
    elif mode == "chain":
        order.reverse()
        edges = [(order[i], order[i + 1]) for i in range(n - 1)]
        edges += random_dag_edges(rng, order, m - (n - 1))
    elif mode == "star":
        assert m == n - 1
        edges = [(n, v) for v in range(1, n)]
    elif mode == "cycle":
        rng.shuffle(order)
        edges = random_dag_edges(rng, order, m - 1 - (n // 4))
        # A path through a quarter of the services near the end of the order,
        # closed into a cycle by one back edge.
        start = n // 2
        path = order[start:start + n // 4 + 1]
        edges += [(path[i], path[i + 1]) for i in range(len(path) - 1)]
        edges.append((path[-1], path[0]))
    elif mode == "ring":
        assert m == n
        edges = [(i, i % n + 1) for i in range(1, n + 1)]
    elif mode == "empty":
        assert m == 0
        edges = []
    else:
        raise SystemExit("unknown mode " + mode)

    assert len(edges) == m, (len(edges), m)
    rng.shuffle(edges)
    out = ["%d %d" % (n, m)]
    out += ["%d %d" % e for e in edges]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
