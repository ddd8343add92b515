// Calls every entry point of Interfaces on HotSpot; see ../harness/Check.java.
public class Main {
    public static void main(String[] unused) {
        for (int d : new int[] {0, 1, 5, 12}) Check.p("Interfaces.visit(I)J", Interfaces.visit(d), d);
        for (int n : new int[] {1, 10}) Check.p("Interfaces.measure(I)J", Interfaces.measure(n), n);
        Check.p("Interfaces.defaults(I)I", Interfaces.defaults(5), 5);
        Check.p("Interfaces.casts(I)I", Interfaces.casts(4), 4);
        Check.print();
    }
}
