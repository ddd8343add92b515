#include <bits/stdc++.h>
using namespace std;
long long depth(int n) { return n == 0 ? 0 : n + depth(n - 1); }
int main() { int n; cin >> n; cout << depth(n) << '\n'; }
