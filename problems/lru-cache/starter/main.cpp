#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);

    int capacity, q;
    cin >> capacity >> q;
    long long hits = 0, misses = 0, evictions = 0;
    string out;
    for (int i = 0; i < q; i++) {
        string op;
        long long key;
        cin >> op >> key;
        if (op == "GET") {
            // TODO: look the key up in the cache
            out += "-1\n";
        } else {
            long long value;
            cin >> value;
            // TODO: store the value
        }
    }
    cout << out << hits << " " << misses << " " << evictions << "\n";
    return 0;
}
