package java.lang;

/**
 * Patch: classes are compiled ahead of time and none is loaded by name.
 */
@jdk.internal.oa.Patch
public final class Class<T> {
    // The JDK's, kept.
    public native String getName();

    public static Class<?> forName(String className) throws ClassNotFoundException {
        throw new ClassNotFoundException(className);
    }

    public static Class<?> forName(String name, boolean initialize, ClassLoader loader)
            throws ClassNotFoundException {
        throw new ClassNotFoundException(name);
    }

    public static Class<?> forName(Module module, String name) {
        return null;
    }
}
