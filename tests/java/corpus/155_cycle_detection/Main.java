import java.util.*;

public class Main {
    static List<List<Integer>> adj;
    static int[] color, parent;
    static int cycleStart = -1, cycleEnd = -1;

    static boolean dfs(int u) {
        color[u] = 1;
        for (int v : adj.get(u)) {
            if (color[v] == 0) {
                parent[v] = u;
                if (dfs(v)) return true;
            } else if (color[v] == 1) {
                cycleStart = v;
                cycleEnd = u;
                return true;
            }
        }
        color[u] = 2;
        return false;
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int t = sc.nextInt();
        while (t-- > 0) {
            int n = sc.nextInt(), m = sc.nextInt();
            adj = new ArrayList<>();
            for (int i = 0; i < n; i++) adj.add(new ArrayList<>());
            for (int i = 0; i < m; i++) adj.get(sc.nextInt()).add(sc.nextInt());
            color = new int[n];
            parent = new int[n];
            Arrays.fill(parent, -1);
            cycleStart = -1;
            boolean found = false;
            for (int i = 0; i < n && !found; i++) if (color[i] == 0) found = dfs(i);
            if (!found) { System.out.println("acyclic"); continue; }
            List<Integer> cyc = new ArrayList<>();
            cyc.add(cycleStart);
            for (int v = cycleEnd; v != cycleStart; v = parent[v]) cyc.add(v);
            cyc.add(cycleStart);
            Collections.reverse(cyc);
            System.out.println("cycle " + cyc);
        }
    }
}
