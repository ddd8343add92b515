// Calls every entry point of Lambdas on HotSpot; see ../harness/Check.java.
public class Main {
    public static void main(String[] unused) {
        for (int x : new int[] {0, 5}) Check.p("Lambdas.compose(I)I", Lambdas.compose(x), x);
        Check.p("Lambdas.capture(I)I", Lambdas.capture(4), 4);
        Check.p("Lambdas.methodRefs(I)I", Lambdas.methodRefs(3), 3);
        Check.p("Lambdas.boundReceiver(I)I", Lambdas.boundReceiver(2), 2);
        Check.p("Lambdas.unboundReceiver(I)I", Lambdas.unboundReceiver(6), 6);
        Check.p("Lambdas.constructors(I)I", Lambdas.constructors(10), 10);
        Check.p("Lambdas.widening(I)J", Lambdas.widening(1 << 30), 1 << 30);
        Check.p("Lambdas.thisCapture(I)I", Lambdas.thisCapture(20), 20);
        Check.p("Lambdas.table(I)I", Lambdas.table(9), 9);
        Check.print();
    }
}
