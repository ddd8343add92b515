package java.lang.ref;

/**
 * Patch: no reference-handler thread is started; the collector is the
 * engine's, which clears no reference, so a referent stays reachable and a
 * reference refers to what it was made with until the program clears it.
 */
@jdk.internal.oa.Patch
public abstract class Reference<T> {
    private T referent;

    static {
        // Replaces the JDK's initialiser, which starts the handler thread.
        int none = 0;
    }

    private boolean refersTo0(Object o) {
        return referent == o;
    }

    private void clear0() {
        referent = null;
    }

    private static Reference<?> getAndClearReferencePendingList() {
        return null;
    }

    private static boolean hasReferencePendingList() {
        return false;
    }
}
