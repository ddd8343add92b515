// Wrong: the one-pass textbook formula sum(x^2) - (sum x)^2 / n in doubles.
// With latencies near 10^9 and a small spread, the two terms are ~10^23 and
// cancel catastrophically (the variance can even come out negative).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>
using namespace std;

int main() {
    long long n, p;
    scanf("%lld %lld", &n, &p);
    vector<long long> t(n);
    double sum = 0, sumsq = 0;
    for (auto& x : t) {
        scanf("%lld", &x);
        sum += x;
        sumsq += (double)x * x;
    }
    double mean = sum / n;
    double var = n > 1 ? (sumsq - sum * sum / n) / (n - 1) : 0;
    double stddev = sqrt(max(var, 0.0));
    sort(t.begin(), t.end());
    double h = (n - 1) * p / 100.0;
    long long lo = (long long)h;
    double pct = lo + 1 < n ? t[lo] + (h - lo) * (t[lo + 1] - t[lo]) : t[lo];
    printf("%.9f %.9f %.9f\n", mean, stddev, pct);
}
