// Correct but slow: Bellman-Ford style relaxation. Sweep the whole grid,
// improving every cell from its neighbours, until nothing changes. Each sweep
// is O(R * C) and a winding corridor needs about one sweep per turn back.
#include <cstdio>
#include <vector>
using namespace std;

int main() {
    int r, c;
    if (scanf("%d %d", &r, &c) != 2) return 0;
    int w = c + 2;
    vector<char> g((r + 2) * w, '#');
    static char line[1024];
    const int INF = 1 << 29;
    vector<int> dist((r + 2) * w, INF);
    for (int i = 0; i < r; i++) {
        scanf("%1023s", line);
        for (int j = 0; j < c; j++) {
            int x = (i + 1) * w + j + 1;
            g[x] = line[j];
            if (line[j] == 'T') dist[x] = 0;
        }
    }
    const int step[4] = {1, -1, w, -w};
    bool changed = true;
    while (changed) {
        changed = false;
        for (int x = w; x < (r + 1) * w; x++) {
            if (g[x] == '#') continue;
            for (int d : step) {
                int y = x + d;
                if (g[y] != '#' && dist[y] + 1 < dist[x]) {
                    dist[x] = dist[y] + 1;
                    changed = true;
                }
            }
        }
    }
    int best = INF;
    for (int x = 0; x < (int)g.size(); x++)
        if (g[x] == 'S' && dist[x] < best) best = dist[x];
    printf("%d\n", best == INF ? -1 : best);
    return 0;
}
