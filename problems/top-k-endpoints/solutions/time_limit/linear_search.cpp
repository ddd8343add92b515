// Correct but too slow: keeps a list of distinct paths and searches it
// linearly for every log line, O(n * d) string comparisons.
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    cin >> n >> k;
    vector<string> paths;
    vector<int> counts;
    string p;
    for (int i = 0; i < n; i++) {
        cin >> p;
        size_t j = 0;
        while (j < paths.size() && paths[j] != p) j++;
        if (j == paths.size()) {
            paths.push_back(p);
            counts.push_back(0);
        }
        counts[j]++;
    }
    vector<int> order(paths.size());
    for (size_t i = 0; i < order.size(); i++) order[i] = i;
    sort(order.begin(), order.end(), [&](int a, int b) {
        if (counts[a] != counts[b]) return counts[a] > counts[b];
        return paths[a] < paths[b];
    });
    for (int i = 0; i < min<int>(k, order.size()); i++) cout << paths[order[i]] << ' ' << counts[order[i]] << '\n';
}
