// WRONG: when a window overlaps the current block, the block's end is set to
// the window's end instead of the maximum of the two, so a short window nested
// inside a long one cuts the block short.
#include <algorithm>
#include <cstdio>
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
        if (!merged.empty() && l <= merged.back().second)
            merged.back().second = r;  // BUG: should be max(end, r)
        else
            merged.push_back({l, r});
    }
    long long total = 0;
    for (auto [l, r] : merged) total += r - l;
    printf("%d %lld\n", (int)merged.size(), total);
    for (auto [l, r] : merged) printf("%lld %lld\n", l, r);
    return 0;
}
