import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        Set<String> words = new HashSet<>();
        List<String> order = new ArrayList<>();
        while (sc.hasNext()) {
            String w = sc.next();
            if (words.add(w)) order.add(w);
        }
        System.out.println(words);
        System.out.println(order);
        Set<Integer> ints = new HashSet<>();
        for (int i = 0; i < 40; i++) ints.add((i * 37 + 11) % 101 - 50);
        System.out.println(ints);
        Set<Character> chars = new HashSet<>();
        for (char c : "the quick brown fox".toCharArray()) chars.add(c);
        System.out.println(chars);
        Set<Long> longs = new HashSet<>(List.of(1L << 33, -1L, 5L, 1L << 40, 4294967296L));
        System.out.println(longs);
        Set<Boolean> bools = new HashSet<>(List.of(true, false));
        System.out.println(bools);
        Set<String> lhs = new LinkedHashSet<>(order);
        lhs.remove(order.get(0));
        lhs.add(order.get(0));
        System.out.println(lhs);
        Set<String> ts = new TreeSet<>(words);
        System.out.println(ts);
        words.retainAll(Set.of("the", "and", "of", "a"));
        System.out.println(words);
        Set<List<Integer>> lists = new HashSet<>();
        lists.add(List.of(1, 2)); lists.add(Arrays.asList(1, 2)); lists.add(List.of(2, 1));
        System.out.println(lists);
    }
}
