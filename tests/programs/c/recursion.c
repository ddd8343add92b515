#include <stdio.h>
static long long depth(int n) { return n == 0 ? 0 : n + depth(n - 1); }
int main(void) { int n; if (scanf("%d", &n) != 1) return 1; printf("%lld\n", depth(n)); return 0; }
