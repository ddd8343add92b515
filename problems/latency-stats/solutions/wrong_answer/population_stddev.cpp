// Wrong: population standard deviation (divides by n instead of n - 1).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>
using namespace std;

int main() {
    long long n, p;
    scanf("%lld %lld", &n, &p);
    vector<long long> t(n);
    double sum = 0;
    for (auto& x : t) {
        scanf("%lld", &x);
        sum += x;
    }
    double mean = sum / n, ss = 0;
    for (auto x : t) ss += (x - mean) * (x - mean);
    double stddev = sqrt(ss / n);
    sort(t.begin(), t.end());
    double h = (n - 1) * p / 100.0;
    long long lo = (long long)h;
    double pct = lo + 1 < n ? t[lo] + (h - lo) * (t[lo + 1] - t[lo]) : t[lo];
    printf("%.9f %.9f %.9f\n", mean, stddev, pct);
}
