// Reference solution: Kahn's algorithm, O(n + m). If some services are never
// freed, their dependencies contain a cycle.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<int> a(m), b(m), start(n + 2, 0), indeg(n + 1, 0);
    for (int i = 0; i < m; i++) {
        cin >> a[i] >> b[i];
        start[a[i] + 1]++;
        indeg[b[i]]++;
    }
    for (int v = 1; v <= n + 1; v++) start[v] += start[v - 1];
    vector<int> adj(m), fill(start.begin(), start.end() - 1);
    for (int i = 0; i < m; i++) adj[fill[a[i]]++] = b[i];

    vector<int> order;
    order.reserve(n);
    for (int v = 1; v <= n; v++)
        if (indeg[v] == 0) order.push_back(v);
    for (size_t head = 0; head < order.size(); head++) {
        int u = order[head];
        for (int e = start[u]; e < start[u + 1]; e++)
            if (--indeg[adj[e]] == 0) order.push_back(adj[e]);
    }

    if ((int)order.size() < n) {
        cout << "IMPOSSIBLE\n";
        return 0;
    }
    string out;
    out.reserve(7 * n);
    for (int i = 0; i < n; i++) {
        if (i) out += ' ';
        out += to_string(order[i]);
    }
    out += '\n';
    cout << out;
}
