import java.util.*;

public class Main {
    public static void main(String[] args) {
        int[] a = {5, 2, 9, 1, 5, 6, -3, 0};
        int[] b = a.clone();
        Arrays.sort(b);
        System.out.println(Arrays.toString(b));
        for (int key : new int[]{5, 4, -10, 100, 0}) System.out.print(Arrays.binarySearch(b, key) + " ");
        System.out.println();
        int[] c = a.clone();
        Arrays.sort(c, 2, 6);
        System.out.println(Arrays.toString(c));
        System.out.println(Arrays.toString(Arrays.copyOf(a, 3)) + Arrays.toString(Arrays.copyOf(a, 10)) + Arrays.toString(Arrays.copyOfRange(a, 6, 9)));
        System.out.println(Arrays.equals(a, b) + " " + Arrays.hashCode(new int[]{1, 2}) + " " + Arrays.stream(a).sum() + " " + Arrays.stream(a, 1, 3).max().getAsInt());
        Integer[] boxed = {5, 2, 9, 1, 5, 6, -3, 0};
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println(Arrays.toString(boxed));
        String[] s = {"banana", "Apple", "cherry", "apple", "Banana"};
        Arrays.sort(s);
        System.out.println(Arrays.toString(s));
        Arrays.sort(s, String.CASE_INSENSITIVE_ORDER);
        System.out.println(Arrays.toString(s));
        List<String> view = Arrays.asList(s);
        view.set(0, "CHANGED");
        System.out.println(s[0]);
        try {
            view.add("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("asList is fixed-size: " + e.getMessage());
        }
        double[] d = new double[5];
        Arrays.setAll(d, i -> i * 0.5);
        System.out.println(Arrays.toString(d));
        long[] l = new long[4];
        Arrays.fill(l, Long.MAX_VALUE);
        System.out.println(Arrays.toString(l));
        char[] ch = "hello".toCharArray();
        Arrays.sort(ch);
        System.out.println(new String(ch) + " " + Arrays.binarySearch(ch, 'l'));
        int[][] pts = {{3, 1}, {1, 2}, {3, 0}, {2, 5}, {1, 1}};
        Arrays.sort(pts, (x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
        System.out.println(Arrays.deepToString(pts));
        Arrays.sort(pts, Comparator.comparingInt((int[] p) -> p[1]));
        System.out.println(Arrays.deepToString(pts));
        double[] nan = {3.0, Double.NaN, -0.0, 0.0, -1.0, Double.NEGATIVE_INFINITY};
        Arrays.sort(nan);
        System.out.println(Arrays.toString(nan));
        System.out.println(Arrays.compare(new int[]{1, 2}, new int[]{1, 3}) + " " + Arrays.mismatch(new int[]{1, 2, 3}, new int[]{1, 2, 4}));
        System.out.println(Arrays.asList(1, 2, 3) + " " + Arrays.stream(new String[]{"x", "y"}).reduce("", String::concat));
    }
}
