package java.lang;

/** The entry point's end: exit 0, or 1 after the uncaught exception's message. */
final class Entry {
    static void finish() {
        System.exit(0);
    }

    static void uncaught(Throwable e) {
        System.out.print("uncaught: ");
        System.out.println(e.getMessage());
        System.exit(1);
    }
}
