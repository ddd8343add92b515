import java.util.*;

public class Main {
    static List<String> trace = new ArrayList<>();
    static int t(String name, int v) { trace.add(name); return v; }
    static boolean tb(String name, boolean v) { trace.add(name); return v; }

    public static void main(String[] args) {
        int r = t("a", 1) + t("b", 2) * t("c", 3);
        System.out.println(r + " " + trace); trace.clear();
        boolean and = tb("x", false) && tb("y", true);
        boolean or = tb("p", true) || tb("q", false);
        boolean nonShort = tb("m", false) & tb("n", true);
        System.out.println(and + " " + or + " " + nonShort + " " + trace); trace.clear();
        int[] arr = new int[3];
        int idx = 0;
        arr[idx] = idx = 2;
        System.out.println(Arrays.toString(arr) + " idx=" + idx);
        int v = 2;
        v = v * (v = 5) + v;
        System.out.println(v);
        int w = 3;
        int res = w++ * 2 + w-- - --w;
        System.out.println(res + " " + w);
        System.out.println(t("f", 1) > t("g", 0) ? t("h", 10) : t("i", 20));
        System.out.println(trace); trace.clear();
        try {
            int[] nul = null;
            nul[t("index", 0)] = t("value", 1);
        } catch (NullPointerException e) {
            System.out.println("NPE after evaluating " + trace);
        }
        trace.clear();
        try {
            int[] small = new int[1];
            small[t("idx", 5)] = t("val", 1);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE after evaluating " + trace);
        }
        System.out.println(1 + 2 * 3 - 4 / 2 % 3 + (-5 >> 1) + (1 << 2 + 1) + (6 & 3 | 8 ^ 2));
        System.out.println(-3 * -3 + ~4 + +7 - -2);
    }
}
