// One BFS from the target T: the answer is the distance to the nearest S.
// O(R * C).
#include <cstdio>
#include <vector>
using namespace std;

int main() {
    int r, c;
    if (scanf("%d %d", &r, &c) != 2) return 0;
    // grid with a border of racks, so neighbours never leave the array
    int w = c + 2;
    vector<char> g((r + 2) * w, '#');
    static char line[1024];
    int target = -1;
    for (int i = 0; i < r; i++) {
        scanf("%1023s", line);
        for (int j = 0; j < c; j++) {
            g[(i + 1) * w + j + 1] = line[j];
            if (line[j] == 'T') target = (i + 1) * w + j + 1;
        }
    }
    vector<int> dist(g.size(), -1);
    vector<int> queue(g.size());
    int head = 0, tail = 0;
    dist[target] = 0;
    queue[tail++] = target;
    const int step[4] = {1, -1, w, -w};
    while (head < tail) {
        int x = queue[head++];
        if (g[x] == 'S') {
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
