// Recursion: naive Fibonacci and a memoised DFS over a tree given as parents.
#include <bits/stdc++.h>
using namespace std;
static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
vector<vector<int>> children;
static long long depth_sum(int v, int d) {
    long long s = d;
    for (int c : children[v]) s += depth_sum(c, d + 1);
    return s;
}
int main() {
    int f, n; unsigned x;
    cin >> f >> n >> x;
    children.resize(n);
    for (int i = 1; i < n; i++) { x = x * 1103515245u + 12345u; children[max(0, i - 1 - int((x >> 16) % 3))].push_back(i); }
    cout << fib(f) << ' ' << depth_sum(0, 0) << '\n';
}
