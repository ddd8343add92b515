package java.lang;

/**
 * What runs around the program's `main`: the compiler's entry point calls
 * `main`, then {@link #finish}, or {@link #uncaught} with the exception
 * `main` threw. Exit statuses are HotSpot's.
 */
final class Entry {
    private Entry() {}

    static void finish() {
        System.exit(0);
    }

    static void uncaught(Throwable e) {
        Thread.uncaughtInMain(e);
        System.exit(1);
    }
}
