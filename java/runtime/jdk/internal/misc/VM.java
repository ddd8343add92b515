package jdk.internal.misc;

/**
 * Patch: there is one class loader, the boot loader (null); the properties
 * saved at start-up are the system properties a program starts with (the
 * JDK's copy is made by the VM's initialisation, which does not run here).
 */
@jdk.internal.oa.Patch
public class VM {
    public static boolean isSystemDomainLoader(ClassLoader loader) {
        return loader == null;
    }

    public static String getSavedProperty(String key) {
        return System.getProperty(key);
    }
}
