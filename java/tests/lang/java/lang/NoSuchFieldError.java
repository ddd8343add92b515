package java.lang;

/** What javac's switch-on-enum tables catch; see Throwable.java in this directory. */
public class NoSuchFieldError extends Error {
    public NoSuchFieldError() {}
}
