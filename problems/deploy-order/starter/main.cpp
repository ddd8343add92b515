#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<vector<int>> dependents(n + 1);  // dependents[a] holds every b that depends on a
    for (int i = 0; i < m; i++) {
        int a, b;
        cin >> a >> b;
        dependents[a].push_back(b);
    }

    // TODO: print a valid deployment order, or IMPOSSIBLE.
    for (int v = 1; v <= n; v++) cout << v << (v < n ? ' ' : '\n');
    return 0;
}
