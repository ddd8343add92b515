// Wrong: sorts (count, path) pairs in descending order, which ranks counts
// correctly but lists tied paths in reverse lexicographic order.
#include <algorithm>
#include <iostream>
#include <string>
#include <unordered_map>
#include <vector>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    cin >> n >> k;
    unordered_map<string, int> counts;
    counts.reserve(2 * n);
    string p;
    for (int i = 0; i < n; i++) {
        cin >> p;
        counts[p]++;
    }
    vector<pair<int, string>> v;
    for (auto& [path, c] : counts) v.push_back({c, path});
    sort(v.rbegin(), v.rend());
    for (int i = 0; i < min<int>(k, v.size()); i++) cout << v[i].second << ' ' << v[i].first << '\n';
}
