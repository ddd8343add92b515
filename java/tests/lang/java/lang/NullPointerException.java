package java.lang;

/** See Throwable.java in this directory. */
public class NullPointerException extends RuntimeException {
    public NullPointerException() {}
}
