// Calls every entry point of Statics on HotSpot, in an order whose class
// initialisations show; see ../harness/Check.java.
public class Main {
    public static void main(String[] unused) {
        Check.p("Statics.fieldThroughSubclass(I)I", Statics.fieldThroughSubclass(0), 0);
        Check.p("Statics.methodThroughSubclass(I)I", Statics.methodThroughSubclass(21), 21);
        Check.p("Statics.subclassFirstUse(I)I", Statics.subclassFirstUse(0), 0);
        Check.p("Statics.interfaceField(I)I", Statics.interfaceField(2), 2);
        Check.print();
    }
}
