// std::qsort from C++ on pairs with equal keys: the order of ties is glibc's.
#include <bits/stdc++.h>
using namespace std;
struct Entry { int score; int id; };
int main() {
    int n; unsigned x;
    cin >> n >> x;
    vector<Entry> v(n);
    for (int i = 0; i < n; i++) { x = x * 1664525u + 1013904223u; v[i] = {int(x >> 20) % 50, i}; }
    long calls = 0;
    static long *counter = &calls;
    qsort(v.data(), v.size(), sizeof(Entry), [](const void *a, const void *b) {
        ++*counter;
        return static_cast<const Entry *>(b)->score - static_cast<const Entry *>(a)->score;
    });
    unsigned long long h = 0;
    for (auto &e : v) h = h * 1000003 + e.id;
    cout << h << ' ' << calls << '\n';
    for (int i = 0; i < 6; i++) cout << v[i].score << ':' << v[i].id << ' ';
    cout << '\n';
}
