import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<String> names = new ArrayList<>(List.of("ann", "bob", "cat", "dan", "eve", "fay"));
        Iterator<String> it = names.iterator();
        while (it.hasNext()) {
            String s = it.next();
            if (s.contains("a")) it.remove();
        }
        System.out.println(names);
        try {
            Iterator<String> it2 = names.iterator();
            it2.remove();
        } catch (IllegalStateException e) {
            System.out.println("remove before next: " + e.getClass().getSimpleName());
        }
        ListIterator<String> li = names.listIterator(names.size());
        StringBuilder sb = new StringBuilder();
        while (li.hasPrevious()) {
            int idx = li.previousIndex();
            sb.append(idx).append('=').append(li.previous()).append(' ');
        }
        System.out.println(sb.toString().trim());
        ListIterator<String> li2 = names.listIterator();
        while (li2.hasNext()) {
            String s = li2.next();
            li2.set(s.toUpperCase());
            li2.add(s + s.length());
        }
        System.out.println(names);
        Map<String, Integer> m = new TreeMap<>(Map.of("a", 1, "b", 2, "c", 3, "d", 4));
        for (Iterator<Map.Entry<String, Integer>> ei = m.entrySet().iterator(); ei.hasNext(); ) {
            Map.Entry<String, Integer> e = ei.next();
            if (e.getValue() % 2 == 0) ei.remove();
            else e.setValue(e.getValue() * 100);
        }
        System.out.println(m);
        Set<Integer> hs = new HashSet<>();
        for (int i = 0; i < 20; i++) hs.add(i * i);
        hs.removeIf(x -> x % 3 == 0);
        Iterator<Integer> hi = hs.iterator();
        int sum = 0;
        while (hi.hasNext()) sum += hi.next();
        System.out.println(hs + " " + sum);
        PrimitiveIterator.OfInt pi = java.util.stream.IntStream.range(0, 5).iterator();
        while (pi.hasNext()) System.out.print(pi.nextInt());
        System.out.println();
        Spliterator<String> sp = List.of("p", "q").spliterator();
        sp.tryAdvance(System.out::println);
        sp.forEachRemaining(System.out::println);
    }
}
