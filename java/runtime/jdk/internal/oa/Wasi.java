package jdk.internal.oa;

/**
 * The program's only ways out of the sandbox: standard input, output and error,
 * and its exit status. The compiler implements these natives with the WASI
 * calls of the same names; nothing else in the library reaches the host.
 */
public final class Wasi {
    private Wasi() {}

    /** Writes {@code len} bytes from {@code b[off]}; the count written, or -1. */
    public static native int write(int fd, byte[] b, int off, int len);

    /** Reads at most {@code len} bytes into {@code b[off]}; the count read, 0 at the end, or -1. */
    public static native int read(int fd, byte[] b, int off, int len);

    /** Ends the run with this status. */
    public static native void exit(int status);
}
