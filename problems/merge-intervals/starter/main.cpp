#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);

    int n;
    cin >> n;
    vector<pair<long long, long long>> windows(n);
    for (auto& [l, r] : windows) cin >> l >> r;

    vector<pair<long long, long long>> blocks;
    long long total = 0;
    // TODO: merge the windows into blocks and compute the covered time

    cout << blocks.size() << " " << total << "\n";
    for (auto& [l, r] : blocks) cout << l << " " << r << "\n";
    return 0;
}
