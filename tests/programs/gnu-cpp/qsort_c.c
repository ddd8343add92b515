/* qsort with ties: records sorted by a key with many equal ones, printed in full
 * order; also the comparator's call count, and 8-byte and 44-byte elements. */
#include <stdio.h>
#include <stdlib.h>
typedef struct { int key; int id; } Record;
typedef struct { char name[40]; int key; } Wide;
static long calls;
static int by_key(const void *a, const void *b) { calls++; return ((const Record *)a)->key - ((const Record *)b)->key; }
static int by_value(const void *a, const void *b) {
    long long x = *(const long long *)a, y = *(const long long *)b;
    return (x > y) - (x < y);
}
static int by_wide_key(const void *a, const void *b) { return ((const Wide *)a)->key - ((const Wide *)b)->key; }
int main(void) {
    int n;
    unsigned x;
    if (scanf("%d %u", &n, &x) != 2) return 1;
    Record *r = malloc(sizeof *r * n);
    for (int i = 0; i < n; i++) { x = x * 1103515245u + 12345u; r[i].key = (x >> 16) % 100; r[i].id = i; }
    qsort(r, n, sizeof *r, by_key);
    unsigned long long h = 0;
    for (int i = 0; i < n; i++) h = h * 31 + r[i].id;
    printf("%llu %ld\n", h, calls);
    for (int i = 0; i < 8; i++) printf("%d:%d ", r[i].key, r[i].id);
    puts("");
    long long v[1000];
    for (int i = 0; i < 1000; i++) { x = x * 1103515245u + 12345u; v[i] = (long long)x * 7919 - 3; }
    qsort(v, 1000, sizeof v[0], by_value);
    printf("%lld %lld %lld\n", v[0], v[500], v[999]);
    Wide w[50];
    for (int i = 0; i < 50; i++) { snprintf(w[i].name, sizeof w[i].name, "n%d", i); w[i].key = i % 3; }
    qsort(w, 50, sizeof w[0], by_wide_key);
    for (int i = 0; i < 50; i++) printf("%s ", w[i].name);
    puts("");
    qsort(NULL, 0, sizeof *r, by_key);
    return 0;
}
