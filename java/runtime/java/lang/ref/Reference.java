package java.lang.ref;

/**
 * Patch: no reference-handler thread is started; the collector is the
 * engine's, which clears no reference, so a referent stays reachable.
 */
@jdk.internal.oa.Patch
public abstract class Reference<T> {
    static {
        // Replaces the JDK's initialiser, which starts the handler thread.
        int none = 0;
    }
}
