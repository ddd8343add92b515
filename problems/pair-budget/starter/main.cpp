#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    long long k;
    cin >> n >> k;
    vector<long long> a(n);
    for (auto& x : a) cin >> x;

    // TODO: count the pairs i < j with a[i] + a[j] <= k.
    long long pairs = 0;
    cout << pairs << '\n';
    return 0;
}
