package java.lang.reflect;

/**
 * Patch: arrays made from a class object (`Array.newInstance`, which
 * `Arrays.copyOf` and `toArray(T[])` use). Every array of references has one
 * representation here, an array of objects; what a program stores in it is
 * checked where it is read back, by the casts javac puts there.
 */
@jdk.internal.oa.Patch
public final class Array {
    private Array() {}

    private static Object newArray(Class<?> componentType, int length) throws NegativeArraySizeException {
        if (length < 0) {
            throw new NegativeArraySizeException(Integer.toString(length));
        }
        // Null where the JDK asked an array's class for its component type
        // (`TimSort`, `ArrayList.toArray`): getClass() of an array answers
        // Object here, whose component type is null.
        if (componentType == null || !componentType.isPrimitive()) {
            return new Object[length];
        }
        switch (componentType.getName()) {
            case "boolean":
                return new boolean[length];
            case "byte":
                return new byte[length];
            case "char":
                return new char[length];
            case "short":
                return new short[length];
            case "int":
                return new int[length];
            case "long":
                return new long[length];
            case "float":
                return new float[length];
            case "double":
                return new double[length];
            default:
                throw new IllegalArgumentException("Illegal component type: " + componentType.getName());
        }
    }
}
