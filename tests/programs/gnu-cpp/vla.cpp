// Variable-length arrays, initialised with zeros, as g++ allows.
#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

struct Point { int x, y; };

int main() {
    int n;
    cin >> n;
    ll deg[n] = {0};
    bool seen[n + 1][n + 1] = {};
    Point points[n] = {};
    int plain[n];
    for (int i = 0; i < n; i++) {
        plain[i] = i * i;
        deg[i % 3] += plain[i];
        seen[i][(i * 7) % (n + 1)] = true;
    }
    int marked = 0;
    for (int i = 0; i <= n; i++)
        for (int j = 0; j <= n; j++) marked += seen[i][j];
    cout << deg[0] << " " << deg[1] << " " << deg[2] << " " << marked << " " << points[n - 1].x + points[0].y << "\n";
}
