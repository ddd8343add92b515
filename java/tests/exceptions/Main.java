// Calls every entry point of Exceptions on HotSpot; see ../harness/Check.java.
public class Main {
    public static void main(String[] unused) {
        for (int x : new int[] {-1, 0, 4}) Check.p("Exceptions.local(I)I", Exceptions.local(x), x);
        for (int at : new int[] {0, 1, 50}) Check.p("Exceptions.deep(I)I", Exceptions.deep(at), at);
        for (int k = 0; k <= 3; k++) Check.p("Exceptions.order(I)I", Exceptions.order(k), k);
        for (int x = 0; x <= 2; x++) Check.p("Exceptions.pathsFinallies(I)I", Exceptions.pathsFinallies(x), x);
        Check.p("Exceptions.rethrow(I)I", Exceptions.rethrow(6), 6);
        for (int k = 0; k <= 1; k++) Check.p("Exceptions.multi(I)I", Exceptions.multi(k), k);
        for (int n : new int[] {10, 100}) Check.p("Exceptions.loop(I)J", Exceptions.loop(n), n);
        for (int x : new int[] {0, 3}) Check.p("Exceptions.nested(I)I", Exceptions.nested(x), x);
        for (int x : new int[] {-2, 0, 2}) Check.p("Exceptions.ternaryAcrossCall(I)I", Exceptions.ternaryAcrossCall(x), x);
        for (int b : new int[] {3, 0, -1}) Check.p("Exceptions.divide(II)I", Exceptions.divide(Integer.MIN_VALUE, b), Integer.MIN_VALUE, b);
        for (long b : new long[] {5, 0}) Check.p("Exceptions.divisionInCallee(JJ)J", Exceptions.divisionInCallee(17, b), 17L, b);
        Check.print();
    }
}
