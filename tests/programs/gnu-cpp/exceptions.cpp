// Exceptions thrown and caught: by the library (at, stoi, bad_alloc-free cases),
// by the program, through recursion, with destructors running on the way out.
#include <bits/stdc++.h>
using namespace std;

struct Found { int depth; };
struct Noisy {
    string name;
    ~Noisy() { cout << "destroy " << name << "\n"; }
};

int search(int depth, int target) {
    Noisy guard{"level " + to_string(depth)};
    if (depth == target) throw Found{depth};
    return search(depth + 1, target);
}

struct ParseError : runtime_error {
    using runtime_error::runtime_error;
};

int parse(const string& s) {
    try {
        size_t used = 0;
        int value = stoi(s, &used);
        if (used != s.size()) throw ParseError("trailing characters in " + s);
        return value;
    } catch (const invalid_argument&) {
        throw ParseError("not a number: " + s);
    } catch (const out_of_range&) {
        throw ParseError("too large: " + s);
    }
}

int main() {
    string word;
    while (cin >> word) {
        try {
            cout << "value " << parse(word) << "\n";
        } catch (const ParseError& e) {
            cout << "error " << e.what() << "\n";
        }
    }
    vector<int> v(3);
    try {
        v.at(7) = 1;
        cout << "no exception\n";
    } catch (const out_of_range&) {
        cout << "at(7) is out of range\n";
    } catch (...) {
        cout << "wrong handler\n";
    }
    try {
        search(0, 3);
    } catch (const Found& f) {
        cout << "found at depth " << f.depth << "\n";
    }
    exception_ptr saved;
    try {
        throw logic_error("kept");
    } catch (...) {
        saved = current_exception();
    }
    try {
        rethrow_exception(saved);
    } catch (const exception& e) {
        cout << "rethrown " << e.what() << "\n";
    }
    try {
        try {
            throw 42;
        } catch (int x) {
            cout << "inner " << x << "\n";
            throw;
        }
    } catch (int x) {
        cout << "outer " << x << "\n";
    }
    optional<int> none;
    try {
        cout << none.value() << "\n";
    } catch (const bad_optional_access&) {
        cout << "empty optional\n";
    }
    long long total = 0;
    for (int i = 0; i < 100000; i++) {
        try {
            if (i % 3 == 0) throw i;
            total += i;
        } catch (int x) {
            total -= x;
        }
    }
    cout << "total " << total << "\n";
}
