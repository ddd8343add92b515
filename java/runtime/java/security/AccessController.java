package java.security;

/**
 * Patch: there is no security manager, so every action runs as it is, with
 * no access-control context (the JDK's walks the VM's stack).
 */
@jdk.internal.oa.Patch
public final class AccessController {
    private AccessController() {}

    public static <T> T doPrivileged(PrivilegedAction<T> action) {
        return action.run();
    }

    public static <T> T doPrivilegedWithCombiner(PrivilegedAction<T> action) {
        return action.run();
    }

    public static <T> T doPrivileged(PrivilegedAction<T> action, AccessControlContext context) {
        return action.run();
    }

    public static <T> T doPrivileged(PrivilegedAction<T> action, AccessControlContext context, Permission... perms) {
        return action.run();
    }

    public static <T> T doPrivilegedWithCombiner(
            PrivilegedAction<T> action, AccessControlContext context, Permission... perms) {
        return action.run();
    }

    public static <T> T doPrivileged(PrivilegedExceptionAction<T> action) throws PrivilegedActionException {
        return run(action);
    }

    public static <T> T doPrivilegedWithCombiner(PrivilegedExceptionAction<T> action)
            throws PrivilegedActionException {
        return run(action);
    }

    public static <T> T doPrivileged(PrivilegedExceptionAction<T> action, AccessControlContext context)
            throws PrivilegedActionException {
        return run(action);
    }

    public static <T> T doPrivileged(
            PrivilegedExceptionAction<T> action, AccessControlContext context, Permission... perms)
            throws PrivilegedActionException {
        return run(action);
    }

    public static <T> T doPrivilegedWithCombiner(
            PrivilegedExceptionAction<T> action, AccessControlContext context, Permission... perms)
            throws PrivilegedActionException {
        return run(action);
    }

    private static <T> T run(PrivilegedExceptionAction<T> action) throws PrivilegedActionException {
        try {
            return action.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new PrivilegedActionException(e);
        }
    }

    public static AccessControlContext getContext() {
        return null;
    }

    public static void checkPermission(Permission perm) throws AccessControlException {}
}
