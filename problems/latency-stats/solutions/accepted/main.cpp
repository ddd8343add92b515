// Reference solution: exact integer sums (128-bit) for the mean and variance,
// sort for the percentile.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <vector>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n, p;
    cin >> n >> p;
    vector<long long> t(n);
    __int128 sum = 0, sumsq = 0;
    for (auto& x : t) {
        cin >> x;
        sum += x;
        sumsq += (__int128)x * x;
    }
    double mean = (double)sum / (double)n;
    double stddev = 0;
    if (n > 1) {
        // n * sum(x^2) - (sum x)^2 = n * sum((x - mean)^2), exactly; never negative.
        __int128 num = (__int128)n * sumsq - sum * sum;
        stddev = sqrt((double)num / ((double)n * (double)(n - 1)));
    }
    sort(t.begin(), t.end());
    long long h = (n - 1) * p;  // rank * 100
    long long lo = h / 100, frac = h % 100;
    double pct = (double)t[lo];
    if (frac) pct += (double)(t[lo + 1] - t[lo]) * (double)frac / 100.0;
    printf("%.9f %.9f %.9f\n", mean, stddev, pct);
}
