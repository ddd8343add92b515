package java.lang;

/**
 * Patch: there is one class loader, the boot loader, which Java names null.
 */
@jdk.internal.oa.Patch
public abstract class ClassLoader {
    public static ClassLoader getSystemClassLoader() {
        return null;
    }

    public static ClassLoader getPlatformClassLoader() {
        return null;
    }

    static ClassLoader getBuiltinPlatformClassLoader() {
        return null;
    }

    static ClassLoader getBuiltinAppClassLoader() {
        return null;
    }
}
