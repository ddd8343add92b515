// Rate limiter: per-user queue of accepted timestamps, O(n) amortised.
#include <cstdio>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>
using namespace std;

int main() {
    int n;
    long long k, w;
    if (scanf("%d %lld %lld", &n, &k, &w) != 3) return 0;
    unordered_map<string, int> id;
    id.reserve(n * 2);
    vector<deque<long long>> accepted;
    vector<int> rejected;
    char user[64], endpoint[64];
    for (int i = 1; i <= n; i++) {
        long long t;
        scanf("%lld %63s %63s", &t, user, endpoint);
        auto it = id.find(user);
        int u;
        if (it == id.end()) {
            u = (int)accepted.size();
            id.emplace(user, u);
            accepted.emplace_back();
        } else {
            u = it->second;
        }
        deque<long long>& q = accepted[u];
        // timestamps s with s <= t - w have left the window (t - w, t]
        while (!q.empty() && q.front() <= t - w) q.pop_front();
        if ((long long)q.size() < k) {
            q.push_back(t);
        } else {
            rejected.push_back(i);
        }
    }
    printf("%d\n", (int)rejected.size());
    string out;
    out.reserve(rejected.size() * 7 + 1);
    for (size_t i = 0; i < rejected.size(); i++) {
        if (i) out += ' ';
        out += to_string(rejected[i]);
    }
    out += '\n';
    fputs(out.c_str(), stdout);
    return 0;
}
