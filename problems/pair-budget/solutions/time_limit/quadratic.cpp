// Correct but O(n^2): checks every pair. Fast enough for the small subtask
// (n <= 2000), far too slow for n = 2*10^5: scores 30 of 100.
#include <cstdio>
#include <vector>
using namespace std;

int main() {
    int n;
    long long k;
    scanf("%d %lld", &n, &k);
    vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    long long pairs = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (a[i] + a[j] <= k) pairs++;
    printf("%lld\n", pairs);
}
