import java.util.*;
import java.util.function.*;

class Box<T extends Comparable<T>> {
    private final List<T> items = new ArrayList<>();
    void add(T t) { items.add(t); }
    T max() {
        T best = null;
        for (T t : items) if (best == null || t.compareTo(best) > 0) best = t;
        return best;
    }
    <R> List<R> map(Function<? super T, ? extends R> f) {
        List<R> out = new ArrayList<>();
        for (T t : items) out.add(f.apply(t));
        return out;
    }
}

class Pair<A, B> {
    final A first; final B second;
    Pair(A a, B b) { first = a; second = b; }
    <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
    public String toString() { return "<" + first + ", " + second + ">"; }
}

public class Generics {
    static double sum(Collection<? extends Number> xs) {
        double s = 0;
        for (Number n : xs) s += n.doubleValue();
        return s;
    }
    static void fill(List<? super Integer> dst, int n) { for (int i = 0; i < n; i++) dst.add(i * i); }
    static <T> void swap(T[] a, int i, int j) { T t = a[i]; a[i] = a[j]; a[j] = t; }
    @SafeVarargs
    static <T> List<T> listOf(T... xs) { return new ArrayList<>(Arrays.asList(xs)); }

    public static void main(String[] args) {
        Box<String> b = new Box<>();
        for (String s : "pear apple zebra mango".split(" ")) b.add(s);
        System.out.println(b.max());
        System.out.println(b.map(String::length));
        Box<Integer> bi = new Box<>();
        bi.add(5); bi.add(-3); bi.add(17);
        System.out.println(bi.max() + " " + bi.map(x -> x * 0.5));
        System.out.println(sum(List.of(1, 2.5, 3L)));
        List<Number> nums = new ArrayList<>();
        fill(nums, 5);
        System.out.println(nums);
        String[] arr = {"x", "y", "z"};
        swap(arr, 0, 2);
        System.out.println(String.join("", arr));
        Pair<String, Integer> p = new Pair<>("k", 1);
        System.out.println(p + " " + p.withSecond(List.of(1, 2)));
        List<Object> objs = listOf("a", 1, 'c', 2.0, null);
        System.out.println(objs);
    }
}
