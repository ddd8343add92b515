// LRU cache: hash map from key to node + doubly linked list in arrays. O(1) per op.
#include <cstdio>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>
using namespace std;

int main() {
    int cap, q;
    if (scanf("%d %d", &cap, &q) != 2) return 0;
    // node 0 is the sentinel: next[0] is the most recent, prev[0] the least recent
    vector<int> prv(q + 1), nxt(q + 1), key(q + 1), val(q + 1);
    prv[0] = nxt[0] = 0;
    int nodes = 0, size = 0;
    unordered_map<int, int> where;
    where.reserve(q * 2);
    long long hits = 0, misses = 0, evictions = 0;
    auto unlink = [&](int x) { nxt[prv[x]] = nxt[x]; prv[nxt[x]] = prv[x]; };
    auto push_front = [&](int x) { prv[x] = 0; nxt[x] = nxt[0]; prv[nxt[0]] = x; nxt[0] = x; };
    string out;
    out.reserve(1 << 20);
    char op[8];
    char buf[16];
    for (int i = 0; i < q; i++) {
        int k;
        scanf("%7s %d", op, &k);
        if (op[0] == 'G') {
            auto it = where.find(k);
            if (it == where.end()) {
                misses++;
                out += "-1\n";
            } else {
                hits++;
                int x = it->second;
                unlink(x);
                push_front(x);
                int len = snprintf(buf, sizeof buf, "%d\n", val[x]);
                out.append(buf, len);
            }
        } else {
            int v;
            scanf("%d", &v);
            auto it = where.find(k);
            if (it != where.end()) {
                int x = it->second;
                val[x] = v;
                unlink(x);
                push_front(x);
            } else {
                if (size == cap) {
                    int lru = prv[0];
                    unlink(lru);
                    where.erase(key[lru]);
                    size--;
                    evictions++;
                }
                int x = ++nodes;
                key[x] = k;
                val[x] = v;
                push_front(x);
                where.emplace(k, x);
                size++;
            }
        }
    }
    fputs(out.c_str(), stdout);
    printf("%lld %lld %lld\n", hits, misses, evictions);
    return 0;
}
