package jdk.internal.oa;

/**
 * The JVM's table of interned strings: `String.intern()` (a native the
 * compiler implements with a call here), and every string constant, which
 * registers itself here as it is made once a program can intern at all, so
 * that `s.intern() == "literal"` holds as on HotSpot (the locale code relies
 * on it). Open addressing over the strings' own hash codes; nothing here may
 * use a string constant, which would come back here while it is made.
 */
public final class Interned {
    private Interned() {}

    // Made on first use: the compiler calls intern() directly, without the
    // check that initialises the class first, so the class has no initialiser.
    private static String[] table;
    private static int count;

    public static String intern(String s) {
        if (table == null) {
            table = new String[1024];
        }
        int mask = table.length - 1;
        int i = s.hashCode() & mask;
        for (String there; (there = table[i]) != null; i = (i + 1) & mask) {
            if (there.equals(s)) {
                return there;
            }
        }
        table[i] = s;
        if (++count * 2 > table.length) {
            grow();
        }
        return s;
    }

    private static void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String s : old) {
            if (s != null) {
                int i = s.hashCode() & mask;
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = s;
            }
        }
    }
}
