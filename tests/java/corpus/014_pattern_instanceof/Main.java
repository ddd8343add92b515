import java.util.*;

public class Main {
    static String describe(Object o) {
        if (o instanceof Integer i && i > 10) return "big int " + i;
        if (o instanceof Integer i) return "int " + i;
        if (o instanceof String s && !s.isEmpty()) return "string of " + s.length();
        if (o instanceof int[] arr) return "int array " + Arrays.toString(arr);
        if (o instanceof List<?> l) return "list size " + l.size();
        if (!(o instanceof Double d)) return "something else: " + o;
        return "double " + (d * 2);
    }

    public static void main(String[] args) {
        Object[] things = {5, 50, "", "abc", new int[]{1, 2}, List.of(1, 2, 3), 1.25, null, 'c'};
        for (Object o : things) System.out.println(describe(o));
        Object n = null;
        System.out.println(n instanceof String);
    }
}
