// Correct but slow: keeps the merged blocks in an unsorted list; each new
// window scans the whole list, absorbs every block it overlaps or touches,
// and is appended. O(n * m) where m is the number of blocks: O(n^2) when the
// windows are disjoint.
#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<pair<long long, long long>> blocks;
    for (int i = 0; i < n; i++) {
        long long l, r;
        scanf("%lld %lld", &l, &r);
        size_t keep = 0;
        for (size_t j = 0; j < blocks.size(); j++) {
            if (blocks[j].first <= r && l <= blocks[j].second) {
                l = min(l, blocks[j].first);
                r = max(r, blocks[j].second);
            } else {
                blocks[keep++] = blocks[j];
            }
        }
        blocks.resize(keep);
        blocks.push_back({l, r});
    }
    sort(blocks.begin(), blocks.end());
    long long total = 0;
    for (auto [l, r] : blocks) total += r - l;
    printf("%d %lld\n", (int)blocks.size(), total);
    for (auto [l, r] : blocks) printf("%lld %lld\n", l, r);
    return 0;
}
