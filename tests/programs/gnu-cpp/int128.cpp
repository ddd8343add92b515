// __int128 arithmetic as contest code uses it: products past 64 bits reduced by
// division and modulo (which call the compiler's runtime library), and printing.
#include <bits/stdc++.h>
using namespace std;
using i128 = __int128;

string show(i128 x) {
    if (x == 0) return "0";
    bool negative = x < 0;
    string digits;
    while (x != 0) {
        int d = (int)(x % 10);
        digits += char('0' + (negative ? -d : d));
        x /= 10;
    }
    if (negative) digits += '-';
    reverse(digits.begin(), digits.end());
    return digits;
}

int main() {
    long long a, b, m;
    while (cin >> a >> b >> m) {
        i128 p = (i128)a * b;
        unsigned __int128 u = (unsigned __int128)(unsigned long long)a * (unsigned long long)b;
        cout << show(p) << " " << show(p / m) << " " << show(p % m) << " " << (unsigned long long)(u % (unsigned long long)m)
             << "\n";
    }
}
