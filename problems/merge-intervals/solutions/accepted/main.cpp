// Merge windows: sort by start, sweep. O(n log n).
#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<pair<long long, long long>> w(n);
    for (auto& [l, r] : w) scanf("%lld %lld", &l, &r);
    sort(w.begin(), w.end());
    vector<pair<long long, long long>> merged;
    for (auto [l, r] : w) {
        if (!merged.empty() && l <= merged.back().second)  // overlapping or touching
            merged.back().second = max(merged.back().second, r);
        else
            merged.push_back({l, r});
    }
    long long total = 0;
    for (auto [l, r] : merged) total += r - l;
    string out = to_string(merged.size()) + " " + to_string(total) + "\n";
    out.reserve(merged.size() * 22 + out.size());
    for (auto [l, r] : merged) {
        out += to_string(l);
        out += ' ';
        out += to_string(r);
        out += '\n';
    }
    fputs(out.c_str(), stdout);
    return 0;
}
