// Counting with unordered_map and map: 2e6 keys from a small range.
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n; unsigned x;
    cin >> n >> x;
    unordered_map<int, int> count;
    map<int, int> ordered;
    for (int i = 0; i < n; i++) {
        x = x * 1103515245u + 12345u;
        int k = int(x >> 12) % 300000;
        count[k]++;
        if (i % 4 == 0) ordered[k] += i & 7;
    }
    long long h = 0;
    for (auto &[k, c] : ordered) h = h * 31 + k + c;
    cout << count.size() << ' ' << h << '\n';
}
