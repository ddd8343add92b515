#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);

    int r, c;
    cin >> r >> c;
    vector<string> grid(r);
    for (auto& row : grid) cin >> row;

    int answer = -1;
    // TODO: find the fewest moves from any 'S' to 'T'

    cout << answer << "\n";
    return 0;
}
