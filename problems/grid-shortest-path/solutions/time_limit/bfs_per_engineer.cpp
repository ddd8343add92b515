// Correct but slow: one BFS from every engineer, stopping when it reaches T,
// and the minimum over all engineers. O(E * R * C) for E engineers.
#include <cstdio>
#include <vector>
using namespace std;

int main() {
    int r, c;
    if (scanf("%d %d", &r, &c) != 2) return 0;
    int w = c + 2;
    vector<char> g((r + 2) * w, '#');
    static char line[1024];
    vector<int> engineers;
    for (int i = 0; i < r; i++) {
        scanf("%1023s", line);
        for (int j = 0; j < c; j++) {
            g[(i + 1) * w + j + 1] = line[j];
            if (line[j] == 'S') engineers.push_back((i + 1) * w + j + 1);
        }
    }
    vector<int> dist(g.size()), queue(g.size());
    const int step[4] = {1, -1, w, -w};
    int best = -1;
    for (int s : engineers) {
        fill(dist.begin(), dist.end(), -1);
        int head = 0, tail = 0;
        dist[s] = 0;
        queue[tail++] = s;
        while (head < tail) {
            int x = queue[head++];
            if (g[x] == 'T') {
                if (best < 0 || dist[x] < best) best = dist[x];
                break;
            }
            for (int d : step) {
                int y = x + d;
                if (g[y] != '#' && dist[y] < 0) {
                    dist[y] = dist[x] + 1;
                    queue[tail++] = y;
                }
            }
        }
    }
    printf("%d\n", best);
    return 0;
}
