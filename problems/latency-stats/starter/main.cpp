#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, p;
    cin >> n >> p;
    vector<long long> t(n);
    for (auto& x : t) cin >> x;

    // TODO: compute the mean, the sample standard deviation and the p-th percentile.
    double mean = 0, stddev = 0, percentile = 0;
    printf("%.9f %.9f %.9f\n", mean, stddev, percentile);
    return 0;
}
