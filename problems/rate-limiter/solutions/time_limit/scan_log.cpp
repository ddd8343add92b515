// Correct but slow: for every request, walk back through the whole log while
// the timestamps are still inside the window and count that user's accepted
// requests. O(n * requests-per-window), up to O(n^2).
#include <cstdio>
#include <cstring>
#include <vector>
using namespace std;

int main() {
    int n;
    long long k, w;
    if (scanf("%d %lld %lld", &n, &k, &w) != 3) return 0;
    vector<long long> ts(n);
    vector<char> ok(n);
    vector<char> names(n * 24);
    char endpoint[64];
    vector<int> rejected;
    for (int i = 0; i < n; i++) {
        char* user = &names[i * 24];
        scanf("%lld %23s %63s", &ts[i], user, endpoint);
        long long count = 0;
        for (int j = i - 1; j >= 0 && ts[j] > ts[i] - w; j--)
            if (ok[j] && strcmp(&names[j * 24], user) == 0) count++;
        ok[i] = count < k;
        if (!ok[i]) rejected.push_back(i + 1);
    }
    printf("%d\n", (int)rejected.size());
    for (size_t i = 0; i < rejected.size(); i++) printf(i ? " %d" : "%d", rejected[i]);
    printf("\n");
    return 0;
}
