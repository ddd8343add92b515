// Polynomial hashing of all substrings of length 8 in a 3e6-letter string, and string building.
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n; unsigned x;
    cin >> n >> x;
    string s(n, 'a');
    for (auto &c : s) { x = x * 1103515245u + 12345u; c = char('a' + (x >> 16) % 4); }
    const unsigned long long B = 131;
    unsigned long long pw = 1, h = 0;
    for (int i = 0; i < 8; i++) pw *= B;
    vector<unsigned long long> hashes;
    hashes.reserve(n);
    for (int i = 0; i < n; i++) {
        h = h * B + s[i];
        if (i >= 8) h -= pw * s[i - 8];
        if (i >= 7) hashes.push_back(h);
    }
    sort(hashes.begin(), hashes.end());
    size_t distinct = unique(hashes.begin(), hashes.end()) - hashes.begin();
    string out;
    for (int i = 0; i < 200000; i++) out += to_string(i % 977);
    cout << distinct << ' ' << out.size() << '\n';
}
