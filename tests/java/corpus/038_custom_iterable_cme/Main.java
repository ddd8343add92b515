import java.util.*;

public class Main {
    static class Range implements Iterable<Integer> {
        final int lo, hi, step;
        Range(int lo, int hi, int step) { this.lo = lo; this.hi = hi; this.step = step; }
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int cur = lo;
                public boolean hasNext() { return step > 0 ? cur < hi : cur > hi; }
                public Integer next() {
                    if (!hasNext()) throw new NoSuchElementException("range exhausted at " + cur);
                    int v = cur; cur += step; return v;
                }
            };
        }
    }

    public static void main(String[] args) {
        for (int x : new Range(0, 10, 3)) System.out.print(x + " ");
        System.out.println();
        for (int x : new Range(5, -5, -4)) System.out.print(x + " ");
        System.out.println();
        Iterator<Integer> it = new Range(0, 1, 1).iterator();
        it.next();
        try { it.next(); } catch (NoSuchElementException e) { System.out.println(e.getMessage()); }
        try { it.remove(); } catch (UnsupportedOperationException e) { System.out.println("remove: " + e.getMessage()); }
        List<Integer> list = new ArrayList<>(List.of(1, 2, 3, 4, 5));
        try {
            for (Integer v : list) if (v == 2) list.remove(v);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME " + e.getMessage() + " " + list);
        }
        List<Integer> list2 = new ArrayList<>(List.of(1, 2, 3, 4, 5));
        for (Integer v : list2) if (v == 4) list2.remove(v);
        System.out.println("removing the second-to-last element does not throw: " + list2);
        Map<String, Integer> m = new HashMap<>(Map.of("a", 1));
        try {
            for (String k : m.keySet()) m.put(k + k, 2);
        } catch (ConcurrentModificationException e) {
            System.out.println("map CME");
        }
        list.removeIf(v -> v % 2 == 1);
        System.out.println(list);
    }
}
