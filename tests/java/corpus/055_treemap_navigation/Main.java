import java.util.*;

public class Main {
    public static void main(String[] args) {
        TreeMap<Integer, String> tm = new TreeMap<>();
        int[] keys = {50, 20, 80, 10, 30, 70, 90, 60};
        for (int k : keys) tm.put(k, "v" + k);
        System.out.println(tm);
        System.out.println(tm.firstKey() + " " + tm.lastKey() + " " + tm.firstEntry() + " " + tm.lastEntry());
        for (int q : new int[]{5, 10, 55, 90, 95}) {
            System.out.println(q + ": floor=" + tm.floorKey(q) + " ceil=" + tm.ceilingKey(q) + " lower=" + tm.lowerKey(q) + " higher=" + tm.higherKey(q) + " floorEntry=" + tm.floorEntry(q));
        }
        System.out.println(tm.headMap(50) + " " + tm.headMap(50, true) + " " + tm.tailMap(70) + " " + tm.tailMap(70, false));
        System.out.println(tm.subMap(20, 70) + " " + tm.subMap(20, false, 70, true));
        System.out.println(tm.descendingMap() + " " + tm.descendingKeySet() + " " + tm.navigableKeySet().floor(33));
        System.out.println(tm.pollFirstEntry() + " " + tm.pollLastEntry() + " " + tm);
        SortedMap<Integer, String> head = tm.headMap(60);
        head.remove(20);
        System.out.println(tm + " " + head);
        TreeMap<String, Integer> byLen = new TreeMap<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        for (String s : "one two three four five six seven".split(" ")) byLen.merge(s, 1, Integer::sum);
        System.out.println(byLen);
        TreeMap<String, Integer> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ci.put("Apple", 1); ci.put("apple", 2); ci.put("BANANA", 3);
        System.out.println(ci);
        System.out.println(tm.ceilingEntry(1000) + " " + tm.floorEntry(-1));
        try {
            new TreeMap<Integer, Integer>().firstKey();
        } catch (NoSuchElementException e) {
            System.out.println("firstKey on empty: " + e.getMessage());
        }
        TreeMap<Integer, Integer> counts = new TreeMap<>(Collections.reverseOrder());
        for (int v : new int[]{3, 1, 3, 2, 5, 1, 3}) counts.merge(v, 1, Integer::sum);
        System.out.println(counts + " " + counts.firstKey());
    }
}
