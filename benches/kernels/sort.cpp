// std::sort of 3e6 ints, then of pairs.
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n; unsigned x;
    cin >> n >> x;
    vector<int> v(n);
    for (auto &e : v) { x = x * 1103515245u + 12345u; e = int(x); }
    sort(v.begin(), v.end());
    vector<pair<int, int>> p(n / 2);
    for (int i = 0; i < n / 2; i++) { x = x * 1103515245u + 12345u; p[i] = {int(x >> 20), i}; }
    sort(p.begin(), p.end());
    long long h = 0;
    for (int i = 0; i < n; i += 1000) h = h * 31 + v[i];
    for (int i = 0; i < n / 2; i += 1000) h = h * 31 + p[i].second;
    cout << h << '\n';
}
