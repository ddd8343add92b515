import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        Set<String> a = new HashSet<>(Arrays.asList(sc.nextLine().trim().split("\\s+")));
        Set<String> b = new HashSet<>(Arrays.asList(sc.nextLine().trim().split("\\s+")));
        System.out.println("A = " + a);
        System.out.println("B = " + b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        Set<String> diff = new HashSet<>(a);
        diff.removeAll(b);
        System.out.println("A | B = " + union);
        System.out.println("A & B = " + inter);
        System.out.println("A - B = " + diff);
        System.out.println("sorted union = " + new TreeSet<>(union));
        Set<Integer> lengths = new HashSet<>();
        for (String s : union) lengths.add(s.length());
        System.out.println("lengths " + lengths);
        Set<String> grow = new HashSet<>();
        for (int i = 0; i < 14; i++) {
            grow.add("item" + i * 37);
            if (i == 5 || i == 12 || i == 13) System.out.println(grow.size() + ": " + grow);
        }
        Iterator<String> it = grow.iterator();
        it.next();
        it.remove();
        System.out.println("after removing the first: " + grow);
        Set<String> sized = new HashSet<>(64);
        sized.addAll(grow);
        System.out.println("same elements, initial capacity 64: " + sized);
        System.out.println(grow.equals(sized) + " " + (grow.hashCode() == sized.hashCode()));
    }
}
