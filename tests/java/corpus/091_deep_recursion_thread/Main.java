import java.io.*;
import java.util.*;

public class Main implements Runnable {
    static int n;
    static List<Integer>[] adj;
    static int[] depth, sub;

    static void dfs(int u, int p, int d) {
        depth[u] = d;
        sub[u] = 1;
        for (int v : adj[u]) if (v != p) { dfs(v, u, d + 1); sub[u] += sub[v]; }
    }

    @SuppressWarnings("unchecked")
    public void run() {
        try {
            BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
            n = Integer.parseInt(br.readLine().trim());
            adj = new List[n];
            for (int i = 0; i < n; i++) adj[i] = new ArrayList<>();
            // A path 0-1-2-...-(n-1) plus a few extra leaves: recursion depth ~n.
            for (int i = 1; i < n; i++) { adj[i - 1].add(i); adj[i].add(i - 1); }
            depth = new int[n];
            sub = new int[n];
            dfs(0, -1, 0);
            long sumDepth = 0;
            for (int d : depth) sumDepth += d;
            System.out.println("max depth " + depth[n - 1] + ", subtree of root " + sub[0] + ", sum of depths " + sumDepth);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread t = new Thread(null, new Main(), "main", 1 << 26);
        t.start();
        t.join();
    }
}
