package jdk.internal.oa;

import java.io.IOException;
import java.io.InputStream;

/** Standard input, unbuffered: callers buffer, as they do over a FileInputStream. */
public final class StdIn extends InputStream {
    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == 1 ? one[0] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        int n = Wasi.read(0, b, off, len);
        if (n < 0) {
            throw new IOException("read failed");
        }
        return n == 0 ? -1 : n;
    }

    @Override
    public int available() {
        return 0;
    }
}
