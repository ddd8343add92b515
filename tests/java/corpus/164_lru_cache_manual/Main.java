import java.util.*;

public class Main {
    static final class LRUCache {
        private final class Node {
            int key, val;
            Node prev, next;
            Node(int k, int v) { key = k; val = v; }
        }

        private final int cap;
        private final Map<Integer, Node> map = new HashMap<>();
        private final Node head = new Node(0, 0), tail = new Node(0, 0);

        LRUCache(int cap) { this.cap = cap; head.next = tail; tail.prev = head; }

        private void unlink(Node n) { n.prev.next = n.next; n.next.prev = n.prev; }
        private void pushFront(Node n) { n.next = head.next; n.prev = head; head.next.prev = n; head.next = n; }

        int get(int k) {
            Node n = map.get(k);
            if (n == null) return -1;
            unlink(n);
            pushFront(n);
            return n.val;
        }

        void put(int k, int v) {
            Node n = map.get(k);
            if (n != null) { n.val = v; unlink(n); pushFront(n); return; }
            if (map.size() == cap) {
                Node lru = tail.prev;
                unlink(lru);
                map.remove(lru.key);
            }
            n = new Node(k, v);
            map.put(k, n);
            pushFront(n);
        }

        @Override public String toString() {
            StringJoiner sj = new StringJoiner(", ", "[", "]");
            for (Node n = head.next; n != tail; n = n.next) sj.add(n.key + ":" + n.val);
            return sj.toString();
        }
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        LRUCache c = new LRUCache(sc.nextInt());
        while (sc.hasNext()) {
            String op = sc.next();
            if (op.equals("get")) {
                int k = sc.nextInt();
                System.out.println("get(" + k + ") = " + c.get(k) + " " + c);
            } else {
                int k = sc.nextInt(), v = sc.nextInt();
                c.put(k, v);
                System.out.println("put(" + k + "," + v + ") " + c);
            }
        }
    }
}
