import java.util.*;

public class Main {
    static class Person {
        final String first, last;
        final int age;
        final double score;
        Person(String f, String l, int a, double s) { first = f; last = l; age = a; score = s; }
        public String toString() { return String.format("%-6s %-8s %3d %6.2f", first, last, age, score); }
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        List<Person> ps = new ArrayList<>();
        for (int i = 0; i < n; i++) ps.add(new Person(sc.next(), sc.next(), sc.nextInt(), sc.nextDouble()));
        List<Person> a = new ArrayList<>(ps);
        a.sort((x, y) -> {
            int c = x.last.compareTo(y.last);
            if (c != 0) return c;
            return x.first.compareTo(y.first);
        });
        System.out.println("by name:");
        a.forEach(System.out::println);
        a.sort(Comparator.comparingDouble((Person p) -> p.score).reversed().thenComparingInt(p -> p.age));
        System.out.println("by score desc, age asc:");
        a.forEach(System.out::println);
        Person[] arr = ps.toArray(new Person[0]);
        Arrays.sort(arr, (x, y) -> y.age - x.age);
        System.out.println("by age desc (stable for ties):");
        for (Person p : arr) System.out.println(p);
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        Arrays.sort(idx, Comparator.comparing(i -> ps.get(i).first.length()));
        System.out.println("indices by first-name length: " + Arrays.toString(idx));
    }
}
