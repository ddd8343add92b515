public class Main {
    static int calls = 0;
    static int next() { return ++calls; }

    public static void main(String[] args) {
        System.out.println(1 + 2 + "x" + 1 + 2);
        System.out.println("x" + (1 + 2));
        System.out.println('a' + 'b' + "" + 'a' + 'b');
        System.out.println("" + null + 1 + 'c' + 1.0 + 1.5f + 10L + true + (char) 66);
        String s = "v";
        s += 1 + 1;
        s += 'c' + 1;
        System.out.println(s);
        int[] arr = {1, 2};
        String arrStr = "arr=" + arr.length;
        System.out.println(arrStr);
        System.out.println("calls " + next() + next() + next());
        String a = "ab", b = "a";
        System.out.println((b + "b") == a);
        System.out.println((b + "b").equals(a));
        final String fb = "a";
        System.out.println((fb + "b") == a);
        System.out.println(("a" + "b") == a);
        System.out.println((b + "b").intern() == a);
        System.out.println(1.0 + "" + 100.0 / 3 + " " + 1e20 + " " + 100f / 3);
        System.out.println("" + Double.MAX_VALUE + Long.MIN_VALUE + Integer.MIN_VALUE);
        StringBuilder sb = new StringBuilder("sb");
        System.out.println("concat " + sb + sb.length());
        System.out.println(-0.0 + " " + (0.0 == -0.0) + " " + Double.valueOf(0.0).equals(-0.0));
    }
}
