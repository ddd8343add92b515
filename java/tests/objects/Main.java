// Calls every entry point of Objects on HotSpot; see ../harness/Check.java.
public class Main {
    public static void main(String[] unused) {
        for (int n : new int[] {1, 3, 10, 50}) Check.p("Objects.shapes(I)J", Objects.shapes(n), n);
        Check.p("Objects.squaresMade(I)I", Objects.squaresMade(5), 5);
        for (int n : new int[] {0, 1, 100}) Check.p("Objects.listSum(I)I", Objects.listSum(n), n);
        Check.p("Objects.reverseList(I)I", Objects.reverseList(1000), 1000);
        for (int n : new int[] {1, 10, 5000}) Check.p("Objects.tree(II)J", Objects.tree(n, 42), n, 42);
        Check.p("Objects.counter(I)I", Objects.counter(1000), 1000);
        Check.p("Objects.points(I)D", Objects.points(1000), 1000);
        Check.p("Objects.casts(I)I", Objects.casts(101), 101);
        Check.p("Objects.identity(I)I", Objects.identity(7), 7);
        Check.print();
    }
}
