package java.lang;

/**
 * Patch: no stack is recorded (the JDK asks the VM for it), so a stack trace
 * prints the exception and its causes without `at` lines.
 */
@jdk.internal.oa.Patch
public class Throwable implements java.io.Serializable {
    // The JDK's static initialiser makes it; one here would replace that
    // initialiser whole, and the JDK's other constants (the empty arrays
    // printStackTrace reads) would stay null.
    private static StackTraceElement[] UNASSIGNED_STACK;
    private StackTraceElement[] stackTrace;

    // The JDK's, kept (a patch's native declaration only names it).
    public native void printStackTrace(java.io.PrintStream s);

    private Throwable fillInStackTrace(int dummy) {
        return this;
    }

    private synchronized StackTraceElement[] getOurStackTrace() {
        return stackTrace == null ? UNASSIGNED_STACK : stackTrace;
    }
}
