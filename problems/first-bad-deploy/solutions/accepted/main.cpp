// Reference solution: binary search on [1, n], at most ceil(log2 n) <= 60 queries.
#include <iostream>
#include <string>
using namespace std;

int main() {
    long long n;
    cin >> n;
    long long lo = 1, hi = n;  // the first bad deploy is in [lo, hi]
    while (lo < hi) {
        long long mid = lo + (hi - lo) / 2;
        cout << "? " << mid << endl;  // endl flushes
        string reply;
        cin >> reply;
        if (reply == "bad") hi = mid;
        else if (reply == "good") lo = mid + 1;
        else return 0;  // "-1": the interactor gave up on us
    }
    cout << "! " << lo << endl;
}
