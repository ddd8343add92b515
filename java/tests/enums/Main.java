// Calls every entry point of Enums on HotSpot; see ../harness/Check.java.
public class Main {
    public static void main(String[] unused) {
        Check.p("Enums.planets(I)J", Enums.planets(0), 0);
        Check.p("Enums.ops(I)I", Enums.ops(4), 4);
        for (int i = 0; i < 7; i++) Check.p("Enums.days(I)I", Enums.days(i), i);
        Check.p("Enums.copies(I)I", Enums.copies(0), 0);
        Check.print();
    }
}
