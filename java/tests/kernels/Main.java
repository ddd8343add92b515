// Calls every method of Kernels on HotSpot; see ../harness/Check.java.
public class Main {
    static void p(String export, Object result, Object... args) {
        Check.p("Kernels." + export, result, args);
    }

    public static void main(String[] unused) {
        for (int n : new int[] {0, 1, 2, 10, 20}) p("fib(I)I", Kernels.fib(n), n);
        for (int n : new int[] {1, 50, 90}) p("fibMemo(I)J", Kernels.fibMemo(n), n);
        int[][] pairs = {{12, 18}, {-12, 18}, {17, 5}, {0, 9}, {Integer.MIN_VALUE, 6}};
        for (int[] q : pairs) p("gcd(II)I", Kernels.gcd(q[0], q[1]), q[0], q[1]);
        for (int n : new int[] {2, 100, 100000}) p("primesBelow(I)I", Kernels.primesBelow(n), n);
        for (long n : new long[] {1, 27, 837799}) p("collatzSteps(J)I", Kernels.collatzSteps(n), n);
        int[][] div = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {Integer.MIN_VALUE, -1}, {Integer.MIN_VALUE, 1}, {0, 5}};
        for (int[] q : div) {
            p("divide(II)I", Kernels.divide(q[0], q[1]), q[0], q[1]);
            p("remainder(II)I", Kernels.remainder(q[0], q[1]), q[0], q[1]);
            p("divideLong(JJ)J", Kernels.divideLong(q[0], q[1]), (long) q[0], (long) q[1]);
            p("remainderLong(JJ)J", Kernels.remainderLong(q[0], q[1]), (long) q[0], (long) q[1]);
        }
        p("divideLong(JJ)J", Kernels.divideLong(Long.MIN_VALUE, -1), Long.MIN_VALUE, -1L);
        p("remainderLong(JJ)J", Kernels.remainderLong(Long.MIN_VALUE, -1), Long.MIN_VALUE, -1L);
        for (int s : new int[] {0, 1, 31, 32, 33, -1}) {
            p("shifts(II)I", Kernels.shifts(-123456789, s), -123456789, s);
            p("shiftsLong(JI)J", Kernels.shiftsLong(-1234567890123L, s), -1234567890123L, s);
        }
        p("overflow(II)I", Kernels.overflow(123456789, 987654321), 123456789, 987654321);
        p("negate(I)I", Kernels.negate(Integer.MIN_VALUE), Integer.MIN_VALUE);
        double[] ds = {0.0, -0.0, 1.5, -1.5, 2.5e9, -2.5e9, 1e19, -1e19, Double.NaN, Double.POSITIVE_INFINITY, 1e-320};
        for (double d : ds) {
            p("toInt(D)I", Kernels.toInt(d), d);
            p("toLong(D)J", Kernels.toLong(d), d);
            p("toFloat(D)F", Kernels.toFloat(d), d);
            p("floatToInt(F)I", Kernels.floatToInt((float) d), (float) d);
        }
        for (long l : new long[] {0, -1, Long.MAX_VALUE, Long.MIN_VALUE, (1L << 53) + 1}) p("fromLong(J)D", Kernels.fromLong(l), l);
        for (int x : new int[] {0, 127, 128, 255, 65535, 65536, -1, 70000}) p("narrow(I)I", Kernels.narrow(x), x);
        p("nextChar(C)C", Kernels.nextChar('a'), 'a');
        p("nextChar(C)C", Kernels.nextChar((char) 65535), (char) 65535);
        double[][] cmp = {{1, 2}, {2, 1}, {1, 1}, {Double.NaN, 1}, {1, Double.NaN}, {0.0, -0.0}};
        for (double[] q : cmp) {
            p("compareDoubles(DD)I", Kernels.compareDoubles(q[0], q[1]), q[0], q[1]);
            p("compareFloats(FF)I", Kernels.compareFloats((float) q[0], (float) q[1]), (float) q[0], (float) q[1]);
        }
        long[][] lc = {{1, 2}, {2, 1}, {5, 5}, {Long.MIN_VALUE, Long.MAX_VALUE}};
        for (long[] q : lc) p("compareLongs(JJ)I", Kernels.compareLongs(q[0], q[1]), q[0], q[1]);
        for (int m = 0; m <= 13; m++) p("daysIn(I)I", Kernels.daysIn(m), m);
        for (int k : new int[] {-1000, 7, 1 << 20, Integer.MIN_VALUE, 8, 0}) p("sparse(I)I", Kernels.sparse(k), k);
        for (int d = -1; d <= 7; d++) p("arrow(I)I", Kernels.arrow(d), d);
        for (int n : new int[] {1, 5, 30}) p("labelled(I)I", Kernels.labelled(n), n);
        p("lcs(II)I", Kernels.lcs(300, 7), 300, 7);
        p("knapsack(II)J", Kernels.knapsack(40, 500), 40, 500);
        p("harmonic(I)D", Kernels.harmonic(1000), 1000);
        p("floats(I)F", Kernels.floats(1000), 1000);
        p("powMod(JJ)J", Kernels.powMod(3, 1_000_000_006L), 3L, 1_000_000_006L);
        p("powMod(JJ)J", Kernels.powMod(123456789123L, 987654321L), 123456789123L, 987654321L);
        p("bytes(I)I", Kernels.bytes(1000), 1000);
        for (int i : new int[] {0, 3, 9}) p("cube(I)I", Kernels.cube(i), i);
        p("recursionCalls(I)I", Kernels.recursionCalls(15), 15);
        p("dupTricks(I)I", Kernels.dupTricks(100), 100);
        p("minMax(III)I", Kernels.minMax(5, 9, 2), 5, 9, 2);
        for (int n : new int[] {0, 7, 12321, 12345}) p("isPalindrome(I)Z", Kernels.isPalindrome(n), n);
        Check.print();
    }
}
