import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int r = sc.nextInt(), c = sc.nextInt();
        char[][] g = new char[r][];
        int sr = 0, sc0 = 0, er = 0, ec = 0;
        for (int i = 0; i < r; i++) {
            g[i] = sc.next().toCharArray();
            for (int j = 0; j < c; j++) {
                if (g[i][j] == 'S') { sr = i; sc0 = j; }
                if (g[i][j] == 'E') { er = i; ec = j; }
            }
        }
        int[][] dist = new int[r][c];
        for (int[] row : dist) Arrays.fill(row, -1);
        int[][] par = new int[r * c][];
        ArrayDeque<int[]> q = new ArrayDeque<>();
        q.add(new int[]{sr, sc0});
        dist[sr][sc0] = 0;
        int[] dr = {-1, 1, 0, 0}, dc = {0, 0, -1, 1};
        while (!q.isEmpty()) {
            int[] cur = q.poll();
            for (int d = 0; d < 4; d++) {
                int nr = cur[0] + dr[d], nc = cur[1] + dc[d];
                if (nr < 0 || nc < 0 || nr >= r || nc >= c || g[nr][nc] == '#' || dist[nr][nc] >= 0) continue;
                dist[nr][nc] = dist[cur[0]][cur[1]] + 1;
                par[nr * c + nc] = cur;
                q.add(new int[]{nr, nc});
            }
        }
        if (dist[er][ec] < 0) {
            System.out.println("NO PATH");
            return;
        }
        System.out.println("shortest " + dist[er][ec]);
        int[] cur = par[er * c + ec];
        while (cur != null && !(cur[0] == sr && cur[1] == sc0)) {
            g[cur[0]][cur[1]] = '*';
            cur = par[cur[0] * c + cur[1]];
        }
        for (char[] row : g) System.out.println(new String(row));
    }
}
