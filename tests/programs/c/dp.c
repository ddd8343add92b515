#include <stdio.h>
#include <string.h>
static char a[2105], b[2105];
static int row[2][2105];
int main(void) {
    if (scanf("%2100s %2100s", a, b) != 2) return 1;
    int n = strlen(a), m = strlen(b);
    for (int i = 1; i <= n; i++)
        for (int j = 1; j <= m; j++) {
            int *cur = row[i & 1], *prev = row[(i - 1) & 1];
            cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : (prev[j] > cur[j - 1] ? prev[j] : cur[j - 1]);
        }
    printf("%d\n", row[n & 1][m]);
    return 0;
}
