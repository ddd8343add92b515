import java.util.*;

public class Main {
    static class Node {
        final TreeMap<Character, Node> next = new TreeMap<>();
        int count;
        boolean end;
    }

    static final Node root = new Node();

    static void insert(String w) {
        Node cur = root;
        for (char c : w.toCharArray()) {
            cur = cur.next.computeIfAbsent(c, k -> new Node());
            cur.count++;
        }
        cur.end = true;
    }

    static void collect(Node n, StringBuilder prefix, List<String> out, int limit) {
        if (out.size() >= limit) return;
        if (n.end) out.add(prefix.toString());
        for (Map.Entry<Character, Node> e : n.next.entrySet()) {
            prefix.append(e.getKey());
            collect(e.getValue(), prefix, out, limit);
            prefix.deleteCharAt(prefix.length() - 1);
        }
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        for (int i = 0; i < n; i++) insert(sc.next());
        while (sc.hasNext()) {
            String q = sc.next();
            Node cur = root;
            for (char c : q.toCharArray()) { cur = cur == null ? null : cur.next.get(c); }
            if (cur == null) { System.out.println(q + ": 0 []"); continue; }
            List<String> out = new ArrayList<>();
            collect(cur, new StringBuilder(q), out, 3);
            System.out.println(q + ": " + cur.count + " " + out);
        }
    }
}
