// bitset::_Find_first and _Find_next (a libstdc++ extension) on bitsets of one
// word, of several, and of a size between words, from the input's seed.
#include <bits/stdc++.h>
using namespace std;

template <size_t N>
void walk(unsigned long long seed) {
    bitset<N> b;
    cout << N << ": empty " << b._Find_first() << " " << b._Find_next(0) << "\n";
    for (size_t i = 0; i < N; i++) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        if ((seed >> 59) < 3) b.set(i);
    }
    long long sum = 0, count = 0;
    for (size_t i = b._Find_first(); i < N; i = b._Find_next(i)) sum += i, count++;
    cout << N << ": " << count << " " << sum << " " << b.count() << " " << b._Find_first() << " "
         << b._Find_next(N - 1) << " " << b._Find_next(N + 5) << "\n";
    if (N > 1) {
        b.reset();
        b.set(N - 1);
        cout << N << ": last " << b._Find_first() << " " << b._Find_next(N - 2) << " " << b._Find_next(N - 1) << "\n";
    }
}

int main() {
    unsigned long long seed;
    cin >> seed;
    walk<1>(seed);
    walk<32>(seed);
    walk<64>(seed);
    walk<100>(seed);
    walk<1000>(seed);
    walk<100000>(seed);
}
