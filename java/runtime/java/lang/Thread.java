package java.lang;

/**
 * Patch: one thread runs. `start()` runs the thread's body at once, to its
 * end, which is what the idiom `new Thread(null, task, name, stackSize)` with
 * `start()` and `join()` (for deep recursion) needs; an exception the body
 * does not catch is printed as HotSpot prints it and the caller goes on.
 */
@jdk.internal.oa.Patch
public class Thread implements Runnable {
    private volatile String name;
    private int priority;
    private boolean daemon;
    private volatile boolean interrupted;
    private Runnable target;
    private ThreadGroup group;
    private final long stackSize;
    private final long tid;
    private volatile int threadStatus;
    private final Object blockerLock;
    private static final StackTraceElement[] EMPTY_STACK_TRACE = new StackTraceElement[0];
    private volatile UncaughtExceptionHandler uncaughtExceptionHandler;
    private static volatile UncaughtExceptionHandler defaultUncaughtExceptionHandler;

    /** The thread running now: main, or the one whose body start() is running. */
    private static Thread current;
    private static long ids;
    private static int numbers;

    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }

    static {
        current = new Thread(null, null, "main", 0, null, false);
    }

    private Thread(
            ThreadGroup g, Runnable target, String name, long stackSize,
            java.security.AccessControlContext acc, boolean inheritThreadLocals) {
        if (name == null) {
            throw new NullPointerException("name cannot be null");
        }
        this.name = name;
        this.target = target;
        this.group = g;
        this.priority = 5;
        this.stackSize = stackSize;
        this.tid = ++ids;
        this.blockerLock = new Object();
    }

    private static synchronized int nextThreadNum() {
        return numbers++;
    }

    // The JDK's, kept (a patch's native declaration only names it).
    public native void run();

    public static Thread currentThread() {
        return current;
    }

    public static void yield() {}

    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
    }

    public static void onSpinWait() {}

    public synchronized void start() {
        if (threadStatus != 0) {
            throw new IllegalThreadStateException();
        }
        threadStatus = 1;
        Thread caller = current;
        current = this;
        try {
            run();
        } catch (Throwable e) {
            dispatchUncaughtException(e);
        } finally {
            current = caller;
            threadStatus = 2;
        }
    }

    public final boolean isAlive() {
        return threadStatus == 1 || this == current;
    }

    public final synchronized void join(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
    }

    public void interrupt() {
        interrupted = true;
    }

    public static boolean interrupted() {
        Thread t = current;
        boolean was = t.interrupted;
        t.interrupted = false;
        return was;
    }

    public boolean isInterrupted() {
        return interrupted;
    }

    public static boolean holdsLock(Object obj) {
        if (obj == null) {
            throw new NullPointerException();
        }
        return true;
    }

    public StackTraceElement[] getStackTrace() {
        return EMPTY_STACK_TRACE;
    }

    public final void setPriority(int newPriority) {
        if (newPriority > 10 || newPriority < 1) {
            throw new IllegalArgumentException();
        }
        priority = newPriority;
    }

    public final void setDaemon(boolean on) {
        daemon = on;
    }

    public final void checkAccess() {}

    public ClassLoader getContextClassLoader() {
        return null;
    }

    public void setContextClassLoader(ClassLoader cl) {}

    private void dispatchUncaughtException(Throwable e) {
        UncaughtExceptionHandler handler =
                uncaughtExceptionHandler != null ? uncaughtExceptionHandler : defaultUncaughtExceptionHandler;
        if (handler != null) {
            handler.uncaughtException(this, e);
        } else if (!(e instanceof ThreadDeath)) {
            System.err.print("Exception in thread \"" + name + "\" ");
            e.printStackTrace(System.err);
        }
    }

    /** An exception main did not catch: printed as the JVM prints it. */
    static void uncaughtInMain(Throwable e) {
        current.dispatchUncaughtException(e);
    }
}
