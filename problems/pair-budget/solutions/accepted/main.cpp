// Reference solution: sort, then two pointers. O(n log n).
// For each i, count the j > i with a[i] + a[j] <= K: as i moves right, the last
// such j only moves left.
#include <algorithm>
#include <iostream>
#include <vector>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    long long k;
    cin >> n >> k;
    vector<long long> a(n);
    for (auto& x : a) cin >> x;
    sort(a.begin(), a.end());
    long long pairs = 0;
    int i = 0, j = n - 1;
    while (i < j) {
        if (a[i] + a[j] <= k) {
            pairs += j - i;  // a[i] pairs with every a[i+1..j]
            i++;
        } else {
            j--;
        }
    }
    cout << pairs << '\n';
}
