// GNU extensions of libstdc++ and g++ that contest code relies on.
#include <bits/stdc++.h>
using namespace std;
typedef long long ll;
typedef unsigned long long ull;

string to_string128(__int128 x) {
    if (x == 0) return "0";
    bool negative = x < 0;
    string s;
    while (x != 0) {
        int digit = (int)(x % 10);
        s += char('0' + (negative ? -digit : digit));
        x /= 10;
    }
    if (negative) s += '-';
    reverse(s.begin(), s.end());
    return s;
}

int main() {
    ll a, b;
    cin >> a >> b;
    cout << __gcd(a, b) << " " << __gcd(-a, b) << " " << __gcd(a, -b) << " " << __gcd(0LL, b) << "\n";
    cout << __gcd(12, 18) << " " << __gcd(12u, 18u) << "\n";
    cout << __lg(1) << " " << __lg(1000) << " " << __lg(1LL << 40) << " " << __lg(ull(-1)) << "\n";
    cout << __builtin_popcount(255u) << " " << __builtin_popcountll(ull(-1)) << " " << __builtin_clz(1u) << " "
         << __builtin_ctzll(1ULL << 50) << " " << __builtin_parity(7u) << " " << __builtin_ffs(8) << "\n";
    __int128 big = (__int128)a * b * 1000000007LL * 998244353LL;
    cout << to_string128(big) << " " << to_string128(-big) << "\n";
    basic_string<int> digits = {3, 1, 4};
    digits += 1;
    digits.push_back(5);
    cout << digits.size() << " " << digits[3] << " " << (digits.find(4) != basic_string<int>::npos) << "\n";
    cout << gcd(a, b) << " " << lcm(a, b) << "\n";
}
