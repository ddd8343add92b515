import java.util.*;

public class Main {
    static int[] parent, size;

    static int find(int x) {
        while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
        return x;
    }

    static boolean union(int a, int b) {
        a = find(a); b = find(b);
        if (a == b) return false;
        if (size[a] < size[b]) { int t = a; a = b; b = t; }
        parent[b] = a;
        size[a] += size[b];
        return true;
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt(), q = sc.nextInt();
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) { parent[i] = i; size[i] = 1; }
        int comps = n;
        for (int i = 0; i < q; i++) {
            String op = sc.next();
            int a = sc.nextInt(), b = sc.nextInt();
            if (op.equals("union")) {
                boolean merged = union(a, b);
                if (merged) comps--;
                System.out.println("union " + a + " " + b + (merged ? " merged" : " already") + ", components " + comps);
            } else {
                System.out.println("same " + a + " " + b + " " + (find(a) == find(b)) + ", size " + size[find(a)]);
            }
        }
    }
}
