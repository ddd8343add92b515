#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    cin >> n >> k;
    vector<string> paths(n);
    for (auto& p : paths) cin >> p;

    // TODO: print the k most requested endpoints as "path count", one per line.
    cout << paths[0] << ' ' << 1 << '\n';
    return 0;
}
