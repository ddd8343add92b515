package java.lang;

/**
 * Patch: a class object is made by the compiler the first time code asks for
 * it (`X.class`, `getClass()`), with its name, its component type if it is an
 * array's, and `oaFlags`, which answer what the JDK asks the VM. No class is
 * loaded by name.
 */
@jdk.internal.oa.Patch
public final class Class<T> {
    private static final int ARRAY = 1;
    private static final int PRIMITIVE = 2;
    private static final int INTERFACE = 4;

    private transient String name;
    private Class<?> componentType;
    private ClassLoader classLoader;
    /** Set by the compiler, or by {@link #getPrimitiveClass}. */
    private transient int oaFlags;

    private static Class<?>[] primitives;

    private Class(String name, int flags) {
        this.name = name;
        this.oaFlags = flags;
    }

    // The JDK's, kept.
    public native String getName();

    public boolean isArray() {
        return (oaFlags & ARRAY) != 0;
    }

    public boolean isPrimitive() {
        return (oaFlags & PRIMITIVE) != 0;
    }

    public boolean isInterface() {
        return (oaFlags & INTERFACE) != 0;
    }

    public boolean isHidden() {
        return false;
    }

    private String initClassName() {
        return name;
    }

    /** Assertions are off, as HotSpot has them by default. */
    public boolean desiredAssertionStatus() {
        return false;
    }

    static Class<?> getPrimitiveClass(String name) {
        String[] names = {"boolean", "byte", "char", "short", "int", "long", "float", "double", "void"};
        if (primitives == null) {
            primitives = new Class<?>[names.length];
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                if (primitives[i] == null) {
                    primitives[i] = new Class<>(name, PRIMITIVE);
                }
                return primitives[i];
            }
        }
        return null;
    }

    private static UnsupportedOperationException reflection(String what) {
        return new UnsupportedOperationException(what + " (reflection) is not supported");
    }

    private sun.reflect.generics.repository.ClassRepository getGenericInfo() {
        throw reflection("generic type information");
    }

    private java.lang.reflect.Constructor<T> getConstructor0(Class<?>[] parameterTypes, int which)
            throws NoSuchMethodException {
        throw reflection("constructors");
    }

    private java.lang.reflect.Method[] privateGetDeclaredMethods(boolean publicOnly) {
        throw reflection("methods");
    }

    private java.lang.reflect.Field[] privateGetDeclaredFields(boolean publicOnly) {
        throw reflection("fields");
    }

    private java.lang.reflect.Constructor<T>[] privateGetDeclaredConstructors(boolean publicOnly) {
        throw reflection("constructors");
    }

    public java.lang.reflect.Method getMethod(String name, Class<?>... parameterTypes) throws NoSuchMethodException {
        throw reflection("getMethod");
    }

    public java.lang.reflect.Method getDeclaredMethod(String name, Class<?>... parameterTypes)
            throws NoSuchMethodException {
        throw reflection("getDeclaredMethod");
    }

    public java.lang.reflect.Field getDeclaredField(String name) throws NoSuchFieldException {
        throw reflection("getDeclaredField");
    }

    public java.lang.reflect.Field getField(String name) throws NoSuchFieldException {
        throw reflection("getField");
    }

    public T newInstance() throws InstantiationException, IllegalAccessException {
        throw reflection("newInstance");
    }

    public java.io.InputStream getResourceAsStream(String name) {
        return null;
    }

    public java.net.URL getResource(String name) {
        return null;
    }

    public java.security.ProtectionDomain getProtectionDomain() {
        throw reflection("protection domains");
    }

    public ClassLoader getClassLoader() {
        return null;
    }

    public <A extends java.lang.annotation.Annotation> A getAnnotation(Class<A> annotationClass) {
        return null;
    }

    public java.lang.annotation.Annotation[] getAnnotations() {
        return new java.lang.annotation.Annotation[0];
    }

    public java.lang.annotation.Annotation[] getDeclaredAnnotations() {
        return new java.lang.annotation.Annotation[0];
    }

    T[] getEnumConstantsShared() {
        throw reflection("enum constants");
    }

    public Class<?> getEnclosingClass() {
        throw reflection("enclosing classes");
    }

    public Class<?> getDeclaringClass() {
        throw reflection("declaring classes");
    }

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
