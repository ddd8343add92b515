package jdk.internal.oa;

import java.io.IOException;
import java.io.OutputStream;

/** Standard output or error: every write goes straight to the file descriptor. */
public final class StdOut extends OutputStream {
    private final int fd;

    public StdOut(int fd) {
        this.fd = fd;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        while (len > 0) {
            int n = Wasi.write(fd, b, off, len);
            if (n <= 0) {
                throw new IOException("write failed");
            }
            off += n;
            len -= n;
        }
    }
}
