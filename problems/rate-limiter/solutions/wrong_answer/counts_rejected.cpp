// WRONG: counts every request in the window, rejected ones included, so a
// client that keeps retrying stays locked out.
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
    unordered_map<string, deque<long long>> seen;
    vector<int> rejected;
    char user[64], endpoint[64];
    for (int i = 1; i <= n; i++) {
        long long t;
        scanf("%lld %63s %63s", &t, user, endpoint);
        deque<long long>& q = seen[user];
        while (!q.empty() && q.front() <= t - w) q.pop_front();
        if ((long long)q.size() >= k) rejected.push_back(i);
        q.push_back(t);
    }
    printf("%d\n", (int)rejected.size());
    for (size_t i = 0; i < rejected.size(); i++) printf(i ? " %d" : "%d", rejected[i]);
    printf("\n");
    return 0;
}
