// WRONG: runs the BFS from the first engineer in reading order only, instead
// of taking the nearest one.
#include <cstdio>
#include <vector>
using namespace std;

int main() {
    int r, c;
    if (scanf("%d %d", &r, &c) != 2) return 0;
    int w = c + 2;
    vector<char> g((r + 2) * w, '#');
    static char line[1024];
    int start = -1;
    for (int i = 0; i < r; i++) {
        scanf("%1023s", line);
        for (int j = 0; j < c; j++) {
            g[(i + 1) * w + j + 1] = line[j];
            if (line[j] == 'S' && start < 0) start = (i + 1) * w + j + 1;
        }
    }
    vector<int> dist(g.size(), -1), queue(g.size());
    int head = 0, tail = 0;
    dist[start] = 0;
    queue[tail++] = start;
    const int step[4] = {1, -1, w, -w};
    while (head < tail) {
        int x = queue[head++];
        if (g[x] == 'T') {
            printf("%d\n", dist[x]);
            return 0;
        }
        for (int d : step) {
            int y = x + d;
            if (g[y] != '#' && dist[y] < 0) {
                dist[y] = dist[x] + 1;
                queue[tail++] = y;
            }
        }
    }
    printf("-1\n");
    return 0;
}
