package java.lang;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import jdk.internal.oa.StdIn;
import jdk.internal.oa.StdOut;
import jdk.internal.oa.Wasi;

/**
 * Patch: the JDK's System is initialised by the VM. Here the standard streams
 * are over WASI, the properties are those a program can see in the sandbox,
 * and exit flushes and leaves. What needs a VM (security managers, native
 * libraries) says it is unsupported.
 */
@jdk.internal.oa.Patch
public final class System {
    private System() {}

    // Not final, unlike the JDK's: setOut and friends replace them, which the
    // JDK does with natives. Programs compiled against the JDK cannot tell.
    public static InputStream in;
    public static PrintStream out;
    public static PrintStream err;

    /** The clock: a fixed start that advances with each reading, so that runs are reproducible. */
    private static long clock = 1_700_000_000_000_000_000L;

    private static String[] keys = new String[0];
    private static String[] values = new String[0];

    // The JDK's, kept: registers the library's access to java.lang internals.
    private static native void setJavaLangAccess();

    static {
        setJavaLangAccess();
        // As HotSpot makes them when standard output is not a terminal: a
        // 128-byte buffer flushed at each line (which interactive problems need).
        in = new BufferedInputStream(new StdIn());
        out = stream(new BufferedOutputStream(new StdOut(1), 128));
        err = stream(new BufferedOutputStream(new StdOut(2), 128));
    }

    private static PrintStream stream(BufferedOutputStream buffered) {
        try {
            return new PrintStream(buffered, true, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new InternalError(e);
        }
    }

    public static void setIn(InputStream in) {
        System.in = in;
    }

    public static void setOut(PrintStream out) {
        System.out = out;
    }

    public static void setErr(PrintStream err) {
        System.err = err;
    }

    public static SecurityManager getSecurityManager() {
        return null;
    }

    public static void setSecurityManager(SecurityManager sm) {
        throw new UnsupportedOperationException("The Security Manager is not supported");
    }

    public static long currentTimeMillis() {
        return nanoTime() / 1_000_000L;
    }

    public static long nanoTime() {
        clock += 1_000;
        return clock;
    }

    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

    public static native int identityHashCode(Object x);

    public static String lineSeparator() {
        return "\n";
    }

    /** The properties a program starts with, beside those it sets. */
    private static final String[] DEFAULT_KEYS = {
        "line.separator", "file.separator", "path.separator", "file.encoding", "sun.jnu.encoding",
        "native.encoding", "java.version", "java.specification.version", "java.vendor", "os.name",
        "user.dir", "user.home", "java.io.tmpdir",
    };

    private static String defaultProperty(String key) {
        switch (key) {
            case "line.separator":
                return "\n";
            case "file.separator":
                return "/";
            case "path.separator":
                return ":";
            case "file.encoding":
            case "sun.jnu.encoding":
            case "native.encoding":
                return "UTF-8";
            case "java.version":
            case "java.specification.version":
                return "17";
            case "java.vendor":
                return "oa";
            case "os.name":
                return "Linux";
            case "user.dir":
            case "user.home":
            case "java.io.tmpdir":
                return "/";
            default:
                return null;
        }
    }

    /**
     * The JDK's own object, made when a program (or the library) first asks for
     * it; until then the properties live in two arrays, so that a program that
     * only reads one does not bring in a hash table.
     */
    private static java.util.Properties props;

    public static java.util.Properties getProperties() {
        if (props == null) {
            java.util.Properties made = new java.util.Properties();
            for (String key : DEFAULT_KEYS) {
                made.setProperty(key, defaultProperty(key));
            }
            for (int i = 0; i < keys.length; i++) {
                made.setProperty(keys[i], values[i]);
            }
            props = made;
        }
        return props;
    }

    public static void setProperties(java.util.Properties properties) {
        props = properties;
        if (properties == null) {
            keys = new String[0];
            values = new String[0];
        }
    }

    public static String getProperty(String key) {
        checkKey(key);
        if (props != null) {
            return props.getProperty(key);
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return values[i];
            }
        }
        return defaultProperty(key);
    }

    public static String getProperty(String key, String def) {
        String value = getProperty(key);
        return value == null ? def : value;
    }

    public static String setProperty(String key, String value) {
        checkKey(key);
        if (value == null) {
            throw new NullPointerException();
        }
        if (props != null) {
            return (String) props.setProperty(key, value);
        }
        String old = getProperty(key);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                values[i] = value;
                return old;
            }
        }
        keys = java.util.Arrays.copyOf(keys, keys.length + 1);
        values = java.util.Arrays.copyOf(values, values.length + 1);
        keys[keys.length - 1] = key;
        values[values.length - 1] = value;
        return old;
    }

    public static String clearProperty(String key) {
        checkKey(key);
        return (String) getProperties().remove(key);
    }

    private static void checkKey(String key) {
        if (key == null) {
            throw new NullPointerException("key can't be null");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key can't be empty");
        }
    }

    /** The environment is empty in the sandbox. */
    public static String getenv(String name) {
        if (name == null) {
            throw new NullPointerException();
        }
        return null;
    }

    public static java.util.Map<String, String> getenv() {
        return java.util.Collections.emptyMap();
    }

    public static void exit(int status) {
        flush();
        Wasi.exit(status);
    }

    /** Flushes the standard streams: at exit, and before an uncaught exception is printed. */
    static void flush() {
        if (out != null) {
            out.flush();
        }
        if (err != null) {
            err.flush();
        }
    }

    public static void gc() {}

    public static void runFinalization() {}

    public static void load(String filename) {
        throw new UnsatisfiedLinkError("native libraries are not supported: " + filename);
    }

    public static void loadLibrary(String libname) {
        throw new UnsatisfiedLinkError("native libraries are not supported: " + libname);
    }

    public static String mapLibraryName(String libname) {
        return "lib" + libname + ".so";
    }
}
