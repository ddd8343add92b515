// Matrix multiplication modulo a prime, 400x400, with long long accumulators.
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n; unsigned x;
    cin >> n >> x;
    const long long MOD = 1'000'000'007;
    vector<vector<long long>> a(n, vector<long long>(n)), b = a, c = a;
    for (auto *m : {&a, &b})
        for (auto &row : *m)
            for (auto &e : row) { x = x * 1103515245u + 12345u; e = x % MOD; }
    for (int i = 0; i < n; i++)
        for (int k = 0; k < n; k++) {
            long long aik = a[i][k];
            for (int j = 0; j < n; j++) c[i][j] = (c[i][j] + aik * b[k][j]) % MOD;
        }
    long long h = 0;
    for (auto &row : c) for (auto e : row) h = (h * 31 + e) % MOD;
    cout << h << '\n';
}
