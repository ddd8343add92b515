// Wrong: reverse DFS post-order is a topological order only when there is no
// cycle, and this solution never checks for one: it always prints an order.
#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<int>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int a, b;
        scanf("%d %d", &a, &b);
        adj[a].push_back(b);
    }
    vector<char> seen(n + 1, 0);
    vector<int> post;
    vector<pair<int, size_t>> stack;  // iterative DFS: (node, next edge)
    for (int s = 1; s <= n; s++) {
        if (seen[s]) continue;
        seen[s] = 1;
        stack.push_back({s, 0});
        while (!stack.empty()) {
            auto& [u, e] = stack.back();
            if (e < adj[u].size()) {
                int v = adj[u][e++];
                if (!seen[v]) {
                    seen[v] = 1;
                    stack.push_back({v, 0});
                }
            } else {
                post.push_back(u);
                stack.pop_back();
            }
        }
    }
    reverse(post.begin(), post.end());
    for (int i = 0; i < n; i++) printf("%d%c", post[i], i + 1 < n ? ' ' : '\n');
}
