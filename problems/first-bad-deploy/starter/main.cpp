#include <bits/stdc++.h>
using namespace std;

// Asks whether deploy i is bad. `endl` flushes the question to the judge.
bool is_bad(long long i) {
    cout << "? " << i << endl;
    string reply;
    cin >> reply;
    if (reply == "-1") exit(0);  // invalid question or too many questions
    return reply == "bad";
}

int main() {
    long long n;
    cin >> n;

    // TODO: find the first bad deploy with at most 60 calls to is_bad().
    long long answer = n;

    cout << "! " << answer << endl;
    return 0;
}
