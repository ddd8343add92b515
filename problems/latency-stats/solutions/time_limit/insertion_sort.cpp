// Too slow: right answers, but the percentile comes from an insertion sort,
// O(n^2): about 10^10 steps for n = 2*10^5.
#include <cmath>
#include <cstdio>
#include <vector>
using namespace std;

int main() {
    long long n, p;
    if (scanf("%lld %lld", &n, &p) != 2) return 1;
    vector<long long> t(n);
    __int128 sum = 0, sumsq = 0;
    for (auto& x : t) {
        scanf("%lld", &x);
        sum += x;
        sumsq += (__int128)x * x;
    }
    for (long long i = 1; i < n; i++) {
        long long v = t[i], j = i - 1;
        while (j >= 0 && t[j] > v) {
            t[j + 1] = t[j];
            j--;
        }
        t[j + 1] = v;
    }
    double mean = (double)sum / (double)n;
    double stddev = 0;
    if (n > 1) stddev = sqrt((double)((__int128)n * sumsq - sum * sum) / ((double)n * (double)(n - 1)));
    long long h = (n - 1) * p, lo = h / 100, frac = h % 100;
    double pct = (double)t[lo];
    if (frac) pct += (double)(t[lo + 1] - t[lo]) * (double)frac / 100.0;
    printf("%.9f %.9f %.9f\n", mean, stddev, pct);
}
