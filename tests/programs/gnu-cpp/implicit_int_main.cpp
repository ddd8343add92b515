// Old archive solutions declare main without its type: g++ only warns.
#include <bits/stdc++.h>
using namespace std;

main() {
    long long n, s = 0;
    cin >> n;
    for (long long i = 1; i <= n; i++) s += i * i;
    cout << s << "\n";
}
