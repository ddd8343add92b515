// Correct but too slow: at every step, scans all services for one that is not
// deployed yet and has no pending dependency. O(n^2 + m).
#include <cstdio>
#include <vector>
using namespace std;

int main() {
    int n, m;
    scanf("%d %d", &n, &m);
    vector<vector<int>> adj(n + 1);
    vector<int> indeg(n + 1, 0);
    for (int i = 0; i < m; i++) {
        int a, b;
        scanf("%d %d", &a, &b);
        adj[a].push_back(b);
        indeg[b]++;
    }
    vector<char> done(n + 1, 0);
    vector<int> order;
    for (int step = 0; step < n; step++) {
        int pick = 0;
        for (int v = 1; v <= n; v++)
            if (!done[v] && indeg[v] == 0) {
                pick = v;
                break;
            }
        if (!pick) {
            puts("IMPOSSIBLE");
            return 0;
        }
        done[pick] = 1;
        order.push_back(pick);
        for (int w : adj[pick]) indeg[w]--;
    }
    for (int i = 0; i < n; i++) printf("%d%c", order[i], i + 1 < n ? ' ' : '\n');
}
