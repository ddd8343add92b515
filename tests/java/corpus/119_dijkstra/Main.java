import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = nextInt(in), m = nextInt(in), src = nextInt(in);
        int[] head = new int[n + 1], nxt = new int[m], to = new int[m];
        long[] w = new long[m];
        Arrays.fill(head, -1);
        for (int i = 0; i < m; i++) {
            int a = nextInt(in), b = nextInt(in);
            to[i] = b; w[i] = nextInt(in); nxt[i] = head[a]; head[a] = i;
        }
        long[] dist = new long[n + 1];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[src] = 0;
        PriorityQueue<long[]> pq = new PriorityQueue<>(Comparator.comparingLong(x -> x[0]));
        pq.add(new long[]{0, src});
        while (!pq.isEmpty()) {
            long[] cur = pq.poll();
            int u = (int) cur[1];
            if (cur[0] > dist[u]) continue;
            for (int e = head[u]; e != -1; e = nxt[e]) {
                long nd = dist[u] + w[e];
                if (nd < dist[to[e]]) { dist[to[e]] = nd; pq.add(new long[]{nd, to[e]}); }
            }
        }
        long reach = 0, sum = 0, far = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            if (dist[i] != Long.MAX_VALUE) { reach++; sum += dist[i]; far = Math.max(far, dist[i]); }
            if (i <= 20) sb.append(dist[i] == Long.MAX_VALUE ? "INF" : String.valueOf(dist[i])).append(i == Math.min(n, 20) ? "\n" : " ");
        }
        System.out.print(sb);
        System.out.println("reachable " + reach + " sum " + sum + " farthest " + far);
    }

    private static int nextInt(DataInputStream in) throws IOException {
        int ret = 0, b;
        do { b = in.read(); } while (b != '-' && (b < '0' || b > '9'));
        boolean neg = false;
        if (b == '-') { neg = true; b = in.read(); }
        while (b >= '0' && b <= '9') { ret = ret * 10 + (b - '0'); b = in.read(); }
        return neg ? -ret : ret;
    }
}
