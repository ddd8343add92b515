package java.lang;

/**
 * A String with the JDK's own fields and, for what the string tests call, the
 * JDK 17 algorithms (compact strings, the cached hash, UTF-16 low byte first);
 * see Throwable.java in this directory.
 */
public final class String {
    static final boolean COMPACT_STRINGS;

    static {
        COMPACT_STRINGS = true;
    }

    private final byte[] value;
    private final byte coder;
    private int hash;
    private boolean hashIsZero;

    private String() {
        value = new byte[0];
        coder = 0;
    }

    byte coder() {
        return COMPACT_STRINGS ? coder : 1;
    }

    public int length() {
        return value.length >> coder();
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    public char charAt(int index) {
        if (coder() == 0) return (char) (value[index] & 0xff);
        return (char) ((value[2 * index] & 0xff) | ((value[2 * index + 1] & 0xff) << 8));
    }

    public int hashCode() {
        int h = hash;
        if (h == 0 && !hashIsZero) {
            for (int i = 0; i < length(); i++) h = 31 * h + charAt(i);
            if (h == 0) hashIsZero = true;
            else hash = h;
        }
        return h;
    }

    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof String s) || s.coder != coder || s.value.length != value.length) return false;
        for (int i = 0; i < value.length; i++) {
            if (value[i] != s.value[i]) return false;
        }
        return true;
    }
}
