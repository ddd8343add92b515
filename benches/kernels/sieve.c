/* Sieve of Eratosthenes to 5e7, then a checksum of the primes. */
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    char *composite = calloc(n + 1, 1);
    long long sum = 0;
    int count = 0;
    for (long long i = 2; i <= n; i++) {
        if (composite[i]) continue;
        count++;
        sum += i;
        for (long long j = i * i; j <= n; j += i) composite[j] = 1;
    }
    printf("%d %lld\n", count, sum);
    return 0;
}
