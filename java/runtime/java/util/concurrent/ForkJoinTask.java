package java.util.concurrent;

/**
 * Patch: one thread runs every task. `fork()` runs the task at once, to its
 * end, so `join()` and `invoke()` find it done and never wait; a task's
 * exception is rethrown as thrown, as HotSpot does when the thread that joins
 * is the one that ran the task (no copy made by reflection). This is what the
 * library's own uses need (the parallel sorts, `parallelSort`, parallel
 * streams, which on one processor do not split anyway), and it keeps the
 * ForkJoinPool and its worker threads out of every program that sorts.
 */
@jdk.internal.oa.Patch
public abstract class ForkJoinTask<V> implements Future<V>, java.io.Serializable {
    private static final int ABNORMAL = 1 << 16;
    private static final int THROWN = 1 << 17;

    volatile int status;
    private transient volatile Aux aux;

    static final class Aux {
        final Thread thread;
        final Throwable ex;
        Aux next;

        Aux(Thread thread, Throwable ex) {
            this.thread = thread;
            this.ex = ex;
        }
    }

    // The JDK's, kept (a patch's native declaration only names it).
    final native int doExec();
    public abstract V getRawResult();
    static native <T extends Throwable> void uncheckedThrow(Throwable t) throws T;

    public final ForkJoinTask<V> fork() {
        doExec();
        return this;
    }

    public final V join() {
        int s = status;
        if ((s & ABNORMAL) != 0) {
            reportException(s);
        }
        return getRawResult();
    }

    public final V invoke() {
        int s = doExec();
        if ((s & ABNORMAL) != 0) {
            reportException(s);
        }
        return getRawResult();
    }

    private Throwable getThrowableException() {
        Aux a = aux;
        return a == null ? null : a.ex;
    }

    private void reportException(int s) {
        ForkJoinTask.<RuntimeException>uncheckedThrow((s & THROWN) != 0 ? getThrowableException() : null);
    }
}
