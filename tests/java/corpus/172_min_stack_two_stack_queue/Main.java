import java.util.*;

public class Main {
    static class MinStack {
        private final Deque<long[]> st = new ArrayDeque<>();
        void push(long v) { st.push(new long[]{v, st.isEmpty() ? v : Math.min(v, st.peek()[1])}); }
        long pop() { return st.pop()[0]; }
        long min() { return st.peek()[1]; }
        boolean isEmpty() { return st.isEmpty(); }
    }

    static class TwoStackQueue<T> {
        private final Deque<T> in = new ArrayDeque<>(), out = new ArrayDeque<>();
        void add(T x) { in.push(x); }
        T remove() {
            if (out.isEmpty()) while (!in.isEmpty()) out.push(in.pop());
            if (out.isEmpty()) throw new NoSuchElementException("queue is empty");
            return out.pop();
        }
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        MinStack ms = new MinStack();
        TwoStackQueue<Long> q = new TwoStackQueue<>();
        while (sc.hasNext()) {
            String op = sc.next();
            try {
                switch (op) {
                    case "push" -> { long v = sc.nextLong(); ms.push(v); q.add(v); System.out.println("push " + v + " min " + ms.min()); }
                    case "pop" -> System.out.println("pop " + ms.pop() + (ms.isEmpty() ? " (empty)" : " min " + ms.min()));
                    case "deq" -> System.out.println("deq " + q.remove());
                    default -> System.out.println("bad op " + op);
                }
            } catch (NoSuchElementException e) {
                System.out.println(op + " failed: " + e.getMessage());
            }
        }
    }
}
