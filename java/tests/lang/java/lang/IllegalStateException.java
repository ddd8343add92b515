package java.lang;

/** See Throwable.java in this directory. */
public class IllegalStateException extends RuntimeException {
    public IllegalStateException() {}
}
