import java.util.*;
import java.util.stream.*;

public class Main {
    record Student(String name, int grade, double gpa, String city) {}

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        List<Student> st = new ArrayList<>();
        for (int i = 0; i < n; i++) st.add(new Student(sc.next(), sc.nextInt(), sc.nextDouble(), sc.next()));
        st.sort(Comparator.comparingInt(Student::grade).reversed().thenComparing(Student::name));
        st.forEach(s -> System.out.println(s.name() + " " + s.grade()));
        System.out.println("--");
        st.sort(Comparator.comparing(Student::city).thenComparing(Student::gpa, Comparator.reverseOrder()).thenComparing(Student::name, Comparator.reverseOrder()));
        st.forEach(s -> System.out.println(s.city() + " " + s.gpa() + " " + s.name()));
        System.out.println("--");
        List<String> withNulls = new ArrayList<>(Arrays.asList("b", null, "a", null, "c"));
        withNulls.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        System.out.println(withNulls);
        withNulls.sort(Comparator.nullsLast(Comparator.<String>reverseOrder()));
        System.out.println(withNulls);
        System.out.println(st.stream().max(Comparator.comparingDouble(Student::gpa)).map(Student::name).orElse("-"));
        System.out.println(st.stream().sorted(Comparator.comparing(Student::name, String.CASE_INSENSITIVE_ORDER)).map(Student::name).collect(Collectors.joining(",")));
        Comparator<String> byLastChar = Comparator.comparing(s -> s.charAt(s.length() - 1));
        System.out.println(Stream.of("abc", "xa", "zb", "ya", "c").sorted(byLastChar.thenComparing(Comparator.naturalOrder())).toList());
        int[][] iv = {{1, 9}, {1, 3}, {0, 4}, {2, 2}};
        Arrays.sort(iv, Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1]));
        System.out.println(Arrays.deepToString(iv));
    }
}
