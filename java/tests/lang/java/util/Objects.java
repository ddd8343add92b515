package java.util;

/** What javac calls before a method reference binds its receiver; see java/lang/Throwable.java. */
public final class Objects {
    private Objects() {}

    public static <T> T requireNonNull(T obj) {
        if (obj == null) throw new NullPointerException();
        return obj;
    }
}
