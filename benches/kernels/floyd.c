/* Floyd-Warshall on a dense 500-vertex graph. */
#include <stdio.h>
static int d[500][500];
int main(void) {
    int n;
    unsigned x;
    if (scanf("%d %u", &n, &x) != 2) return 1;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) { x = x * 1103515245u + 12345u; d[i][j] = i == j ? 0 : (int)((x >> 16) % 1000) + 1; }
    for (int k = 0; k < n; k++)
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (d[i][k] + d[k][j] < d[i][j]) d[i][j] = d[i][k] + d[k][j];
    long long sum = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) sum += d[i][j];
    printf("%lld\n", sum);
    return 0;
}
