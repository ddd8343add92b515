// Calls every entry point of Strings on HotSpot; see ../harness/Check.java.
public class Main {
    public static void main(String[] unused) {
        Check.p("Strings.lengths(I)I", Strings.lengths(0), 0);
        for (int i = 0; i < 6; i++) Check.p("Strings.chars(I)I", Strings.chars(i), i);
        for (int w = 0; w < 9; w++) Check.p("Strings.hashes(I)I", Strings.hashes(w), w);
        Check.p("Strings.identity(I)I", Strings.identity(0), 0);
        Check.p("Strings.scan(I)I", Strings.scan(0), 0);
        Check.print();
    }
}
