import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt(), m = sc.nextInt();
        final long INF = Long.MAX_VALUE / 4;
        long[][] d = new long[n][n];
        for (long[] row : d) Arrays.fill(row, INF);
        for (int i = 0; i < n; i++) d[i][i] = 0;
        for (int i = 0; i < m; i++) {
            int a = sc.nextInt(), b = sc.nextInt();
            d[a][b] = Math.min(d[a][b], sc.nextLong());
        }
        for (int k = 0; k < n; k++)
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    if (d[i][k] < INF && d[k][j] < INF && d[i][k] + d[k][j] < d[i][j]) d[i][j] = d[i][k] + d[k][j];
        boolean negCycle = false;
        for (int i = 0; i < n; i++) if (d[i][i] < 0) negCycle = true;
        for (long[] row : d) {
            StringBuilder sb = new StringBuilder();
            for (long v : row) sb.append(String.format("%5s", v >= INF / 2 ? "INF" : String.valueOf(v)));
            System.out.println(sb);
        }
        System.out.println(negCycle ? "negative cycle" : "no negative cycle");
    }
}
