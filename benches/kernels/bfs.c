/* Breadth-first search over a grid with a quarter of its cells walls, from the centre. */
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    int n;
    unsigned x;
    if (scanf("%d %u", &n, &x) != 2) return 1;
    char *wall = malloc((size_t)n * n);
    int *dist = malloc(sizeof(int) * (size_t)n * n), *queue = malloc(sizeof(int) * (size_t)n * n);
    for (int i = 0; i < n * n; i++) { x = x * 1103515245u + 12345u; wall[i] = (x >> 16) % 100 < 25; dist[i] = -1; }
    int start = (n / 2) * n + n / 2;
    for (int dr = -1; dr <= 1; dr++)
        for (int dc = -1; dc <= 1; dc++) wall[start + dr * n + dc] = 0;
    int head = 0, tail = 0;
    queue[tail++] = start;
    dist[start] = 0;
    static const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
    long long sum = 0;
    int reached = 0;
    while (head < tail) {
        int v = queue[head++], r = v / n, c = v % n;
        sum += dist[v];
        reached++;
        for (int k = 0; k < 4; k++) {
            int nr = r + dr[k], nc = c + dc[k];
            if (nr < 0 || nr >= n || nc < 0 || nc >= n) continue;
            int w = nr * n + nc;
            if (wall[w] || dist[w] >= 0) continue;
            dist[w] = dist[v] + 1;
            queue[tail++] = w;
        }
    }
    printf("%d %lld\n", reached, sum);
    return 0;
}
