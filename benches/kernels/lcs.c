/* Longest common subsequence of two 6000-letter strings, two rolling rows. */
#include <stdio.h>
#include <string.h>
static char a[6001], b[6001];
static int row[2][6001];
int main(void) {
    unsigned x;
    int n;
    if (scanf("%d %u", &n, &x) != 2) return 1;
    for (int i = 0; i < n; i++) { x = x * 1103515245u + 12345u; a[i] = "ACGT"[(x >> 16) & 3]; }
    for (int i = 0; i < n; i++) { x = x * 1103515245u + 12345u; b[i] = "ACGT"[(x >> 16) & 3]; }
    for (int i = 1; i <= n; i++)
        for (int j = 1; j <= n; j++) {
            int *cur = row[i & 1], *prev = row[(i - 1) & 1];
            cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : (prev[j] > cur[j - 1] ? prev[j] : cur[j - 1]);
        }
    printf("%d\n", row[n & 1][n]);
    return 0;
}
