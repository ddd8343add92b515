// Wrong: checks the deploys one by one from the oldest. Correct, but it needs
// up to n queries, far more than the 60 allowed.
#include <iostream>
#include <string>
using namespace std;

int main() {
    long long n;
    cin >> n;
    for (long long i = 1; i < n; i++) {
        cout << "? " << i << endl;
        string reply;
        cin >> reply;
        if (reply == "bad") {
            cout << "! " << i << endl;
            return 0;
        }
        if (reply != "good") return 0;
    }
    cout << "! " << n << endl;
}
