// Wrong: "the latest deploy is known to be bad, so the culprit is older": the
// search range is [1, n - 1], which misses the case where only deploy n is bad.
#include <cstdio>
#include <cstring>

int main() {
    long long n;
    if (scanf("%lld", &n) != 1) return 0;
    long long lo = 1, hi = n > 1 ? n - 1 : 1;
    while (lo < hi) {
        long long mid = lo + (hi - lo) / 2;
        printf("? %lld\n", mid);
        fflush(stdout);
        char reply[16];
        if (scanf("%15s", reply) != 1) return 0;
        if (strcmp(reply, "bad") == 0) hi = mid;
        else if (strcmp(reply, "good") == 0) lo = mid + 1;
        else return 0;
    }
    printf("! %lld\n", lo);
    fflush(stdout);
}
