# Data-centre floor plan generator.
# usage: gen.py R C MODE ENGINEERS RACK_PERCENT SEED
#   R, C          grid size
#   MODE          open       - racks at random; T and the engineers at random free cells
#                 corner     - racks at random; T near the top-left corner, the
#                              engineers in the bottom-right quarter
#                 serpentine - full rows of racks with one gap at alternating ends:
#                              a single corridor snaking through the whole floor
#                 maze       - a random perfect maze (one path between any two cells)
#                 enclosed   - like open, but T is walled in by racks: answer -1
#   ENGINEERS     number of 'S' cells (the mode may cap it by the free space)
#   RACK_PERCENT  share of racks for open / corner / enclosed, in percent
#   SEED          random seed
# The output depends only on the arguments.
import sys
import random


def main():
    r, c = int(sys.argv[1]), int(sys.argv[2])
    mode = sys.argv[3]
    engineers = int(sys.argv[4])
    rack_pct = int(sys.argv[5])
    rng = random.Random(int(sys.argv[6]))
    g = [bytearray(b"." * c) for _ in range(r)]

    def random_racks():
        p = rack_pct / 100.0
        for row in g:
            for j in range(c):
                if rng.random() < p:
                    row[j] = 35  # '#'

    def place(cells, ch):
        for (i, j) in cells:
            g[i][j] = ord(ch)

    def pick_free(k, lo_r=0, hi_r=None, lo_c=0, hi_c=None, forbid=()):
        hi_r = r if hi_r is None else hi_r
        hi_c = c if hi_c is None else hi_c
        area = (hi_r - lo_r) * (hi_c - lo_c)
        k = min(k, area - len(forbid))
        chosen = set()
        if k * 2 > area:  # dense: enumerate the region
            cells = [(i, j) for i in range(lo_r, hi_r) for j in range(lo_c, hi_c) if (i, j) not in forbid]
            chosen = set(rng.sample(cells, k))
        else:
            while len(chosen) < k:
                cell = (rng.randrange(lo_r, hi_r), rng.randrange(lo_c, hi_c))
                if cell not in forbid:
                    chosen.add(cell)
        return sorted(chosen)

    if mode in ("open", "enclosed"):
        random_racks()
        t = (rng.randrange(r), rng.randrange(c))
        place([t], "T")
        if mode == "enclosed":
            ring = [(t[0] + di, t[1] + dj) for di in (-1, 0, 1) for dj in (-1, 0, 1) if di or dj]
            ring = [(i, j) for (i, j) in ring if 0 <= i < r and 0 <= j < c]
            place(ring, "#")
            forbid = set(ring) | {t}
        else:
            forbid = {t}
        place(pick_free(engineers, forbid=forbid), "S")
    elif mode == "corner":
        random_racks()
        t = (rng.randrange(min(r, 5)), rng.randrange(min(c, 5)))
        place([t], "T")
        place(pick_free(engineers, r // 2, r, c // 2, c, forbid={t}), "S")
    elif mode == "serpentine":
        for i in range(1, r, 2):
            row = g[i]
            for j in range(c):
                row[j] = 35
            gap = c - 1 if (i // 2) % 2 == 0 else 0
            row[gap] = 46
        place([(0, 0)], "S")
        last = r - 1 if (r - 1) % 2 == 0 else r - 2
        end_col = c - 1 if (last // 2) % 2 == 0 else 0
        place([(last, end_col)], "T")
    elif mode == "maze":
        for row in g:
            for j in range(c):
                row[j] = 35
        # cells at even coordinates, carved with an iterative randomised DFS
        hr, hc = (r + 1) // 2, (c + 1) // 2
        seen = bytearray(hr * hc)
        stack = [0]
        seen[0] = 1
        g[0][0] = 46
        while stack:
            cur = stack[-1]
            ci, cj = divmod(cur, hc)
            nbrs = []
            if ci > 0 and not seen[cur - hc]:
                nbrs.append((cur - hc, -1, 0))
            if ci + 1 < hr and not seen[cur + hc]:
                nbrs.append((cur + hc, 1, 0))
            if cj > 0 and not seen[cur - 1]:
                nbrs.append((cur - 1, 0, -1))
            if cj + 1 < hc and not seen[cur + 1]:
                nbrs.append((cur + 1, 0, 1))
            if not nbrs:
                stack.pop()
                continue
            nxt, di, dj = nbrs[rng.randrange(len(nbrs))]
            seen[nxt] = 1
            g[2 * ci + di][2 * cj + dj] = 46
            ni, nj = divmod(nxt, hc)
            g[2 * ni][2 * nj] = 46
            stack.append(nxt)
        free = [(i, j) for i in range(0, r, 2) for j in range(0, c, 2)]
        t = free[-1]
        place([t], "T")
        place([(0, 0)], "S")
        if engineers > 1:
            place(rng.sample(free[1:-1], min(engineers - 1, len(free) - 2)), "S")
    else:
        raise SystemExit(f"unknown mode {mode}")
    sys.stdout.write(f"{r} {c}\n" + "\n".join(row.decode() for row in g) + "\n")


main()
