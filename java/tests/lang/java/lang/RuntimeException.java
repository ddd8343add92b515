package java.lang;

/** See Throwable.java in this directory. */
public class RuntimeException extends Exception {
    public RuntimeException() {}

    public RuntimeException(String message) {
        super(message);
    }
}
