import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<Integer> l = List.of(3, 1, 2);
        System.out.println(l + " " + l.get(0) + " " + l.indexOf(2) + " " + l.contains(5));
        try {
            l.add(4);
        } catch (UnsupportedOperationException e) {
            System.out.println("List.of add: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        try {
            List.of(1, null);
        } catch (NullPointerException e) {
            System.out.println("List.of null: NPE");
        }
        try {
            Set.of("a", "a");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Map.of("k", 1, "k", 2);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Map<String, Integer> m = Map.of("one", 1, "two", 2, "three", 3);
        System.out.println(m.get("two") + " " + m.size() + " " + m.containsKey("four") + " " + new TreeMap<>(m));
        Set<Integer> s = Set.of(5, 4, 3);
        System.out.println(new TreeSet<>(s) + " " + s.contains(4) + " " + s.size());
        List<Integer> copy = List.copyOf(new ArrayList<>(List.of(9, 8)));
        System.out.println(copy);
        List<Integer> unmod = Collections.unmodifiableList(new ArrayList<>(List.of(1)));
        System.out.println(unmod + " " + unmod.equals(List.of(1)) + " " + List.of().isEmpty() + " " + Map.entry("k", "v"));
        try {
            List.of(1).set(0, 2);
        } catch (UnsupportedOperationException e) {
            System.out.println("set: " + e.getMessage());
        }
        List<Integer> asList = Arrays.asList(1, 2, 3);
        asList.set(0, 9);
        System.out.println(asList + " " + l.stream().sorted().toList());
        try {
            l.stream().toList().add(1);
        } catch (UnsupportedOperationException e) {
            System.out.println("Stream.toList is unmodifiable");
        }
        System.out.println(Map.ofEntries(Map.entry(1, "a")).get(1) + " " + List.of(1, 2).hashCode() + " " + Set.of(1, 2).hashCode());
    }
}
