// Wrong: the right algorithm, but the pair count is a 32-bit int. With
// n = 2*10^5 there can be about 2*10^10 pairs, and the count overflows.
// Passes the small subtask (at most ~2*10^6 pairs): scores 30 of 100.
#include <algorithm>
#include <cstdio>
#include <vector>
using namespace std;

int main() {
    int n;
    long long k;
    scanf("%d %lld", &n, &k);
    vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    sort(a.begin(), a.end());
    int pairs = 0;
    int i = 0, j = n - 1;
    while (i < j) {
        if (a[i] + a[j] <= k) {
            pairs += j - i;
            i++;
        } else {
            j--;
        }
    }
    printf("%d\n", pairs);
}
