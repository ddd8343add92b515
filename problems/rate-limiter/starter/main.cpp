#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);

    int n;
    long long k, w;
    cin >> n >> k >> w;
    vector<long long> t(n);
    vector<string> user(n), endpoint(n);
    for (int i = 0; i < n; i++) cin >> t[i] >> user[i] >> endpoint[i];

    vector<int> rejected;  // 1-based numbers of rejected requests
    // TODO: simulate the rate limiter

    cout << rejected.size() << "\n";
    for (size_t i = 0; i < rejected.size(); i++) cout << (i ? " " : "") << rejected[i];
    cout << "\n";
    return 0;
}
