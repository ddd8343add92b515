package java.lang;

/** See Throwable.java in this directory. */
public class Error extends Throwable {
    public Error() {}
}
