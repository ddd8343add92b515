import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>();
        for (int i = 1; i <= 10; i++) l.add(i);
        Collections.shuffle(l, new Random(42));
        System.out.println(l);
        Collections.shuffle(l, new Random(7));
        System.out.println(l);
        System.out.println(Collections.max(l) + " " + Collections.min(l) + " " + Collections.max(l, Comparator.comparing(x -> x % 4)));
        Collections.sort(l);
        System.out.println(Collections.binarySearch(l, 7) + " " + Collections.binarySearch(l, 11));
        Collections.reverse(l);
        System.out.println(l);
        Collections.rotate(l, 3);
        System.out.println(l);
        Collections.swap(l, 0, 9);
        System.out.println(l);
        List<String> words = Arrays.asList("a", "b", "a", "c", "a");
        System.out.println(Collections.frequency(words, "a") + " " + Collections.nCopies(3, "xy") + " " + Collections.disjoint(words, List.of("z")));
        List<Integer> un = Collections.unmodifiableList(l);
        try {
            un.set(0, 1);
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable: " + e.getMessage());
        }
        System.out.println(Collections.emptyList() + " " + Collections.emptyMap() + " " + Collections.singletonList(5) + " " + Collections.singleton("s"));
        List<Integer> filled = new ArrayList<>(Collections.nCopies(5, 0));
        Collections.fill(filled, 9);
        System.out.println(filled);
        List<String> s2 = new ArrayList<>(List.of("pear", "fig", "apple"));
        Collections.sort(s2, Collections.reverseOrder());
        System.out.println(s2);
        Collections.addAll(s2, "kiwi", "lime");
        System.out.println(s2 + " " + Collections.indexOfSubList(s2, List.of("kiwi", "lime")));
        String[] arr = {"x", "y", "z", "w"};
        Collections.shuffle(Arrays.asList(arr), new Random(123));
        System.out.println(String.join("", arr));
        List<Integer> big = new ArrayList<>();
        for (int i = 0; i < 100; i++) big.add(i);
        Collections.shuffle(big, new Random(2024));
        System.out.println(big.subList(0, 15));
    }
}
