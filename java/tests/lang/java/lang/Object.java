package java.lang;

/**
 * The JDK's Object, declared as the JDK declares it: the natives are the
 * compiler's (identity hashes); `toString` does without `Class`.
 */
public class Object {
    public Object() {}

    public final native Class<?> getClass();

    public native int hashCode();

    public boolean equals(Object obj) {
        return this == obj;
    }

    protected native Object clone() throws CloneNotSupportedException;

    public String toString() {
        return "an Object";
    }

    public final native void notify();

    public final native void notifyAll();

    public final void wait() throws InterruptedException {
        wait(0L);
    }

    public final native void wait(long timeoutMillis) throws InterruptedException;

    protected void finalize() throws Throwable {}
}
