package java.lang;

/**
 * The smallest Throwable the exception tests need, compiled with
 * `--patch-module java.base` in place of the JDK's until the compiler takes the
 * JDK's own (whose constructor reaches stack traces, collections and class
 * objects).
 */
public class Throwable {
    private final String detailMessage;

    public Throwable() {
        this(null);
    }

    public Throwable(String message) {
        detailMessage = message;
    }

    public String getMessage() {
        return detailMessage;
    }
}
