// Dijkstra with a binary heap on a random graph: 2e5 vertices, 1e6 edges.
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n, m; unsigned x;
    cin >> n >> m >> x;
    vector<vector<pair<int, int>>> adj(n);
    auto next = [&] { x = x * 1103515245u + 12345u; return x >> 8; };
    for (int i = 1; i < n; i++) adj[next() % i].push_back({i, int(next() % 1000) + 1});
    for (int i = n - 1; i < m; i++) adj[next() % n].push_back({int(next() % n), int(next() % 1000) + 1});
    vector<long long> dist(n, LLONG_MAX);
    priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> pq;
    dist[0] = 0;
    pq.push({0, 0});
    while (!pq.empty()) {
        auto [d, v] = pq.top();
        pq.pop();
        if (d != dist[v]) continue;
        for (auto [w, c] : adj[v])
            if (d + c < dist[w]) { dist[w] = d + c; pq.push({dist[w], w}); }
    }
    long long sum = 0;
    for (auto d : dist) sum += d;
    cout << sum << '\n';
}
