// Reference solution: sort the paths, count runs, then order by (-count, path).
// O(L log n) where L is the total length of the input.
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
    vector<string> paths(n);
    for (auto& p : paths) cin >> p;
    sort(paths.begin(), paths.end());

    vector<pair<int, int>> runs;  // (count, index of the run's first path)
    for (int i = 0; i < n;) {
        int j = i;
        while (j < n && paths[j] == paths[i]) j++;
        runs.push_back({j - i, i});
        i = j;
    }
    // Runs are already in lexicographic order, so a stable sort by count keeps ties sorted.
    stable_sort(runs.begin(), runs.end(), [](const auto& a, const auto& b) { return a.first > b.first; });

    string out;
    int shown = min<int>(k, runs.size());
    for (int i = 0; i < shown; i++) {
        out += paths[runs[i].second];
        out += ' ';
        out += to_string(runs[i].first);
        out += '\n';
    }
    cout << out;
}
