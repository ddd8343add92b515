import java.util.*;

public class Main {
    static int sum(int... xs) {
        int s = 0;
        for (int x : xs) s += x;
        return s;
    }
    static String describe(String label, Object... parts) {
        return label + ":" + (parts == null ? "null-array" : parts.length + Arrays.toString(parts));
    }
    static <T> T firstNonNull(T... xs) {
        for (T x : xs) if (x != null) return x;
        return null;
    }
    static String fmt(String f, Object... a) { return String.format(f, a); }

    public static void main(String[] args) {
        System.out.println(sum() + " " + sum(1) + " " + sum(1, 2, 3) + " " + sum(new int[]{4, 5}));
        System.out.println(describe("none"));
        System.out.println(describe("one", 1));
        System.out.println(describe("arr", (Object[]) new String[]{"a", "b"}));
        System.out.println(describe("arr-as-one", (Object) new String[]{"a", "b"}.length));
        System.out.println(describe("nul", (Object[]) null));
        System.out.println(describe("nul-elem", (Object) null));
        System.out.println(firstNonNull(null, null, "third", "fourth"));
        System.out.println(fmt("%s-%s-%s", "a", 2, 3.0));
        System.out.println(Arrays.asList(1, 2, 3).size() + " " + Arrays.asList(new int[]{1, 2, 3}).size() + " " + Arrays.asList(new Integer[]{1, 2, 3}).size());
        System.out.println(Math.max(3, 7) + " " + String.join("/", "a", "b", "c"));
    }
}
