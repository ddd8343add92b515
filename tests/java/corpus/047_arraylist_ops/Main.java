import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<Integer> a = new ArrayList<>();
        for (int i = 0; i < 10; i++) a.add(i * 3 % 7);
        System.out.println(a + " size=" + a.size());
        a.add(0, -1);
        a.add(a.size(), 100);
        a.set(1, 42);
        System.out.println(a);
        System.out.println(a.indexOf(6) + " " + a.lastIndexOf(6) + " " + a.contains(42) + " " + a.contains(99));
        a.remove(0);
        a.remove(Integer.valueOf(6));
        System.out.println(a);
        List<Integer> sub = a.subList(2, 5);
        System.out.println(sub);
        sub.set(0, 777);
        sub.clear();
        System.out.println(a);
        a.removeIf(x -> x > 50);
        a.replaceAll(x -> x * 10);
        System.out.println(a);
        a.sort(null);
        System.out.println(a);
        a.sort(Comparator.reverseOrder());
        System.out.println(a);
        List<String> words = new ArrayList<>(List.of("pear", "Apple", "fig", "banana", "apple"));
        Collections.sort(words);
        System.out.println(words);
        words.sort(String.CASE_INSENSITIVE_ORDER);
        System.out.println(words);
        words.sort(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        System.out.println(words);
        List<Integer> copy = new ArrayList<>(a);
        copy.retainAll(List.of(0, 10, 20, 30));
        System.out.println(copy + " " + a.containsAll(copy) + " " + copy.equals(a));
        copy.addAll(1, List.of(5, 5));
        System.out.println(copy);
        Object[] arr = copy.toArray();
        Integer[] arr2 = copy.toArray(new Integer[0]);
        System.out.println(arr.length + " " + arr2[1] + " " + Arrays.toString(arr2));
        try {
            a.get(a.size());
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            new ArrayList<Integer>().remove(0);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            a.add(-1, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        ListIterator<Integer> li = copy.listIterator();
        while (li.hasNext()) {
            int v = li.next();
            if (v == 5) li.set(-5);
            else if (v == 0) li.add(1);
            else li.remove();
        }
        System.out.println(copy);
        System.out.println(new ArrayList<>(Collections.nCopies(3, "ab")) + " " + Collections.emptyList() + " " + new ArrayList<>(List.of(1)).isEmpty());
    }
}
