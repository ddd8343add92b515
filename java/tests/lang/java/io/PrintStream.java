package java.io;

/** What the program suite prints with: ASCII text and decimal numbers, unbuffered. */
public class PrintStream {
    private final int fd;

    public PrintStream(int fd) {
        this.fd = fd;
    }

    private void write(byte[] bytes, int length) {
        int done = 0;
        while (done < length) {
            byte[] rest = new byte[length - done];
            System.arraycopy(bytes, done, rest, 0, rest.length);
            int n = jdk.internal.oa.Wasi.write(fd, rest, 0, rest.length);
            if (n <= 0) {
                return;
            }
            done += n;
        }
    }

    public void print(String s) {
        byte[] bytes = new byte[s.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) s.charAt(i);
        }
        write(bytes, bytes.length);
    }

    public void print(long v) {
        byte[] digits = new byte[20];
        int at = digits.length;
        boolean negative = v < 0;
        do {
            long digit = v % 10;
            digits[--at] = (byte) ('0' + (digit < 0 ? -digit : digit));
            v /= 10;
        } while (v != 0);
        if (negative) {
            digits[--at] = '-';
        }
        byte[] out = new byte[digits.length - at];
        System.arraycopy(digits, at, out, 0, out.length);
        write(out, out.length);
    }

    public void print(int v) {
        print((long) v);
    }

    public void print(boolean b) {
        print(b ? "true" : "false");
    }

    public void println() {
        write(new byte[] {'\n'}, 1);
    }

    public void println(String s) {
        print(s);
        println();
    }

    public void println(Object o) {
        print(o == null ? "null" : o.toString());
        println();
    }

    public void println(int v) {
        print((long) v);
        println();
    }

    public void println(long v) {
        print(v);
        println();
    }

    public void println(boolean b) {
        print(b);
        println();
    }
}
