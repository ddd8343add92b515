import java.util.*;

public class Main {
    public static void main(String[] args) {
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        for (int i = 1; i <= 5; i++) stack.push(i);
        System.out.println(stack + " peek=" + stack.peek());
        System.out.println(stack.pop() + " " + stack.pop() + " " + stack);
        ArrayDeque<String> q = new ArrayDeque<>();
        q.offer("a"); q.offer("b"); q.offerFirst("front"); q.offerLast("back"); q.add("end");
        System.out.println(q + " " + q.size());
        System.out.println(q.poll() + " " + q.pollLast() + " " + q.peekFirst() + " " + q.peekLast() + " " + q);
        q.removeIf(s -> s.length() == 1);
        System.out.println(q);
        q.clear();
        System.out.println(q.poll() + " " + q.peek() + " " + q.isEmpty());
        try {
            q.pop();
        } catch (NoSuchElementException e) {
            System.out.println("pop on empty: " + e.getMessage());
        }
        try {
            q.offer(null);
        } catch (NullPointerException e) {
            System.out.println("null rejected");
        }
        Deque<Integer> dq = new ArrayDeque<>(2);
        for (int i = 0; i < 40; i++) {
            if (i % 3 == 0) dq.addFirst(i);
            else dq.addLast(i);
            if (i % 5 == 4) dq.pollFirst();
        }
        System.out.println(dq);
        StringBuilder sb = new StringBuilder();
        for (Iterator<Integer> it = dq.descendingIterator(); it.hasNext(); ) sb.append(it.next()).append(' ');
        System.out.println(sb.toString().trim());
        System.out.println(dq.contains(39) + " " + dq.removeFirstOccurrence(38) + " " + dq.size());
        String expr = "({[]})[(])";
        Deque<Character> st = new ArrayDeque<>();
        int badAt = -1;
        for (int i = 0; i < expr.length() && badAt < 0; i++) {
            char c = expr.charAt(i);
            if ("([{".indexOf(c) >= 0) st.push(c);
            else {
                char o = st.isEmpty() ? '?' : st.pop();
                if ("([{".indexOf(o) != ")]}".indexOf(c)) badAt = i;
            }
        }
        System.out.println("mismatch at " + badAt);
    }
}
