// WRONG: on PUT, evicts the least recently used key whenever the cache is
// full, before checking whether the key is already cached (an update).
#include <cstdio>
#include <list>
#include <unordered_map>
#include <utility>
using namespace std;

int main() {
    int cap, q;
    if (scanf("%d %d", &cap, &q) != 2) return 0;
    list<pair<int, int>> order;  // front = most recent
    unordered_map<int, list<pair<int, int>>::iterator> where;
    long long hits = 0, misses = 0, evictions = 0;
    char op[8];
    for (int i = 0; i < q; i++) {
        int k;
        scanf("%7s %d", op, &k);
        if (op[0] == 'G') {
            auto it = where.find(k);
            if (it == where.end()) {
                misses++;
                printf("-1\n");
            } else {
                hits++;
                order.splice(order.begin(), order, it->second);
                printf("%d\n", it->second->second);
            }
        } else {
            int v;
            scanf("%d", &v);
            if ((int)where.size() == cap) {  // BUG: should only evict for a new key
                where.erase(order.back().first);
                order.pop_back();
                evictions++;
            }
            auto it = where.find(k);
            if (it != where.end()) {
                it->second->second = v;
                order.splice(order.begin(), order, it->second);
            } else {
                order.emplace_front(k, v);
                where[k] = order.begin();
            }
        }
    }
    printf("%lld %lld %lld\n", hits, misses, evictions);
    return 0;
}
