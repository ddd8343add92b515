import java.util.*;

public class Main {
    static class ArrayStack<T> implements Iterable<T> {
        private Object[] data = new Object[2];
        private int size;
        void push(T x) {
            if (size == data.length) data = Arrays.copyOf(data, size * 2);
            data[size++] = x;
        }
        @SuppressWarnings("unchecked")
        T pop() {
            if (size == 0) throw new RuntimeException("stack empty");
            T x = (T) data[--size];
            data[size] = null;
            return x;
        }
        boolean isEmpty() { return size == 0; }
        int capacity() { return data.length; }
        public Iterator<T> iterator() {
            return new Iterator<T>() {
                int i = size;
                public boolean hasNext() { return i > 0; }
                @SuppressWarnings("unchecked") public T next() { return (T) data[--i]; }
            };
        }
    }

    static class RingQueue<T> {
        private final T[] buf; private int head, tail, count;
        @SuppressWarnings("unchecked") RingQueue(int cap) { buf = (T[]) new Object[cap]; }
        boolean offer(T x) { if (count == buf.length) return false; buf[tail] = x; tail = (tail + 1) % buf.length; count++; return true; }
        T poll() { if (count == 0) return null; T x = buf[head]; buf[head] = null; head = (head + 1) % buf.length; count--; return x; }
    }

    public static void main(String[] args) {
        ArrayStack<String> st = new ArrayStack<>();
        for (String s : "to be or not to be".split(" ")) st.push(s);
        System.out.println("capacity " + st.capacity());
        for (String s : st) System.out.print(s + " ");
        System.out.println();
        while (!st.isEmpty()) System.out.print(st.pop() + ",");
        System.out.println();
        try { st.pop(); } catch (RuntimeException e) { System.out.println(e.getMessage()); }
        RingQueue<Integer> q = new RingQueue<>(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 5; i++) sb.append(q.offer(i)).append(' ');
        sb.append(q.poll()).append(' ').append(q.offer(6)).append(' ');
        Integer v;
        while ((v = q.poll()) != null) sb.append(v).append(' ');
        System.out.println(sb.toString().trim());
        List<String> raw = new ArrayList<>();
        List<Integer> ints = new ArrayList<>();
        System.out.println(raw.getClass() == ints.getClass());
    }
}
