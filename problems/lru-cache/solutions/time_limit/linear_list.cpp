// Correct but slow: the cache is a std::list ordered by recency and every
// operation searches it linearly. O(Q * C).
#include <cstdio>
#include <list>
#include <utility>
using namespace std;

int main() {
    int cap, q;
    if (scanf("%d %d", &cap, &q) != 2) return 0;
    list<pair<int, int>> order;  // front = most recent
    long long hits = 0, misses = 0, evictions = 0;
    char op[8];
    for (int i = 0; i < q; i++) {
        int k;
        scanf("%7s %d", op, &k);
        auto it = order.begin();
        while (it != order.end() && it->first != k) ++it;
        if (op[0] == 'G') {
            if (it == order.end()) {
                misses++;
                printf("-1\n");
            } else {
                hits++;
                order.splice(order.begin(), order, it);
                printf("%d\n", it->second);
            }
        } else {
            int v;
            scanf("%d", &v);
            if (it != order.end()) {
                it->second = v;
                order.splice(order.begin(), order, it);
            } else {
                if ((int)order.size() == cap) {
                    order.pop_back();
                    evictions++;
                }
                order.emplace_front(k, v);
            }
        }
    }
    printf("%lld %lld %lld\n", hits, misses, evictions);
    return 0;
}
