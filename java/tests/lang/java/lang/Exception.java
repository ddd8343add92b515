package java.lang;

/** See Throwable.java in this directory. */
public class Exception extends Throwable {
    public Exception() {}

    public Exception(String message) {
        super(message);
    }
}
