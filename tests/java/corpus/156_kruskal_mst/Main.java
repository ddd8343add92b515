import java.util.*;

public class Main {
    static int[] p;
    static int find(int x) { return p[x] == x ? x : (p[x] = find(p[x])); }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt(), m = sc.nextInt();
        int[][] edges = new int[m][];
        for (int i = 0; i < m; i++) edges[i] = new int[]{sc.nextInt(), sc.nextInt(), sc.nextInt(), i};
        Arrays.sort(edges, Comparator.<int[]>comparingInt(e -> e[2]).thenComparingInt(e -> e[3]));
        p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        long total = 0;
        List<String> used = new ArrayList<>();
        for (int[] e : edges) {
            int a = find(e[0]), b = find(e[1]);
            if (a != b) { p[a] = b; total += e[2]; used.add(e[0] + "-" + e[1] + "(" + e[2] + ")"); }
        }
        System.out.println(used.size() == n - 1 ? "MST weight " + total : "graph is disconnected, forest weight " + total);
        System.out.println(used);
    }
}
