package java.util;

/**
 * Patch: copies of arrays of references. The JDK's make the copy from the
 * original's class object (`getClass()`), and every array of references has
 * one representation here, an array of objects, whose class object is not the
 * array's own; the copy is made as that representation directly.
 */
@jdk.internal.oa.Patch
public class Arrays {
    private Arrays() {}

    @SuppressWarnings("unchecked")
    public static <T> T[] copyOf(T[] original, int newLength) {
        if (newLength < 0) {
            throw new NegativeArraySizeException(Integer.toString(newLength));
        }
        Object[] copy = new Object[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return (T[]) copy;
    }

    @SuppressWarnings("unchecked")
    public static <T> T[] copyOfRange(T[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        Object[] copy = new Object[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return (T[]) copy;
    }
}
