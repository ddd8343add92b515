import java.util.*;

class Graph {
    final int n;
    final List<List<Integer>> adj = new ArrayList<>();
    Graph(int n) { this.n = n; for (int i = 0; i < n; i++) adj.add(new ArrayList<>()); }
    void edge(int a, int b) { adj.get(a).add(b); adj.get(b).add(a); }
    int[] bfs(int s) {
        int[] d = new int[n];
        Arrays.fill(d, -1);
        d[s] = 0;
        ArrayDeque<Integer> q = new ArrayDeque<>(List.of(s));
        while (!q.isEmpty()) {
            int u = q.poll();
            for (int v : adj.get(u)) if (d[v] < 0) { d[v] = d[u] + 1; q.add(v); }
        }
        return d;
    }
}

class Reader {
    private final Scanner sc = new Scanner(System.in);
    int nextInt() { return sc.nextInt(); }
}

class Main2 {
    public static void main(String[] args) {
        Reader r = new Reader();
        int n = r.nextInt(), m = r.nextInt();
        Graph g = new Graph(n);
        for (int i = 0; i < m; i++) g.edge(r.nextInt(), r.nextInt());
        int[] d = g.bfs(0);
        int far = 0;
        for (int i = 0; i < n; i++) if (d[i] > d[far]) far = i;
        int[] d2 = g.bfs(far);
        int diam = Arrays.stream(d2).max().getAsInt();
        System.out.println("distances from 0: " + Arrays.toString(d));
        System.out.println("tree diameter " + diam);
    }
}
