/* __int128 division and modulo in C, which call the compiler's runtime library. */
#include <stdio.h>
int main(void) {
    long long a, b, m;
    while (scanf("%lld %lld %lld", &a, &b, &m) == 3) {
        __int128 p = (__int128)a * b;
        printf("%lld %lld\n", (long long)(p % m), (long long)(p / m % 1000000007));
    }
    return 0;
}
