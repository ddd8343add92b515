import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt(), m = sc.nextInt();
        Map<String, List<String>> adj = new TreeMap<>();
        Map<String, Integer> indeg = new TreeMap<>();
        for (int i = 0; i < n; i++) { String t = sc.next(); adj.put(t, new ArrayList<>()); indeg.put(t, 0); }
        for (int i = 0; i < m; i++) {
            String a = sc.next(), b = sc.next();
            adj.get(a).add(b);
            indeg.merge(b, 1, Integer::sum);
        }
        PriorityQueue<String> ready = new PriorityQueue<>();
        indeg.forEach((k, v) -> { if (v == 0) ready.add(k); });
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String t = ready.poll();
            order.add(t);
            for (String nx : adj.get(t)) if (indeg.merge(nx, -1, Integer::sum) == 0) ready.add(nx);
        }
        if (order.size() < n) System.out.println("CYCLE after " + order);
        else System.out.println(String.join(" -> ", order));
    }
}
