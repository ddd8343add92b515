package jdk.internal.reflect;

/**
 * Patch: there is no reflection over the stack; the caller is the boot
 * loader's code, which checks nothing.
 */
@jdk.internal.oa.Patch
public class Reflection {
    static {
        // Replaces the JDK's initialiser, which builds filter maps.
        int none = 0;
    }

    public static Class<?> getCallerClass() {
        return null;
    }
}
