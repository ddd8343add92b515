#include <stdio.h>
#include <stdlib.h>
static int cmp(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
int main(void) {
    int n; if (scanf("%d", &n) != 1) return 1;
    int *v = malloc(sizeof(int) * n);
    for (int i = 0; i < n; i++) if (scanf("%d", &v[i]) != 1) return 1;
    qsort(v, n, sizeof(int), cmp);
    printf("%d %d %d\n", v[0], v[n / 2], v[n - 1]);
    return 0;
}
