package jdk.internal.misc;

/** Patch: there is one class loader, the boot loader (null). */
@jdk.internal.oa.Patch
public class VM {
    public static boolean isSystemDomainLoader(ClassLoader loader) {
        return loader == null;
    }
}
