import java.util.*;

public class Main {
    public static void main(String[] args) {
        TreeSet<Integer> ts = new TreeSet<>(List.of(15, 3, 9, 27, 1, 21));
        System.out.println(ts + " first=" + ts.first() + " last=" + ts.last());
        System.out.println(ts.floor(10) + " " + ts.ceiling(10) + " " + ts.lower(9) + " " + ts.higher(9) + " " + ts.floor(0) + " " + ts.ceiling(28));
        System.out.println(ts.headSet(9) + " " + ts.headSet(9, true) + " " + ts.tailSet(15) + " " + ts.subSet(3, 21) + " " + ts.descendingSet());
        System.out.println(ts.pollFirst() + " " + ts.pollLast() + " " + ts);
        TreeSet<String> words = new TreeSet<>(Comparator.comparing(String::length).thenComparing(s -> s));
        words.addAll(List.of("kiwi", "fig", "banana", "apple", "date", "fig", "cherry"));
        System.out.println(words + " " + words.size());
        System.out.println(words.ceiling("zzzz") + " " + words.higher("banana"));
        TreeSet<int[]> pairs = new TreeSet<>((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        pairs.add(new int[]{2, 1}); pairs.add(new int[]{1, 5}); pairs.add(new int[]{2, 0}); pairs.add(new int[]{1, 5});
        StringBuilder sb = new StringBuilder();
        for (int[] p : pairs) sb.append(Arrays.toString(p));
        System.out.println(sb + " " + pairs.size());
        Iterator<Integer> it = ts.descendingIterator();
        while (it.hasNext()) System.out.print(it.next() + " ");
        System.out.println();
        TreeSet<Character> cs = new TreeSet<>();
        for (char c : "hello world".toCharArray()) cs.add(c);
        System.out.println(cs);
        try {
            new TreeSet<Object>().add(new Object());
        } catch (ClassCastException e) {
            System.out.println("not comparable: " + e.getMessage());
        }
    }
}
