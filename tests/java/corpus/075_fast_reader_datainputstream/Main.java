import java.io.*;

public class Main {
    static final class FastReader {
        private static final int BUFSZ = 1 << 16;
        private final DataInputStream din;
        private final byte[] buffer = new byte[BUFSZ];
        private int bufferPointer = 0, bytesRead = 0;

        FastReader(InputStream in) { din = new DataInputStream(in); }

        private byte read() throws IOException {
            if (bufferPointer == bytesRead) fillBuffer();
            return buffer[bufferPointer++];
        }

        private void fillBuffer() throws IOException {
            bytesRead = din.read(buffer, bufferPointer = 0, BUFSZ);
            if (bytesRead == -1) { bytesRead = 0; buffer[0] = -1; }
        }

        int nextInt() throws IOException {
            int ret = 0;
            byte b = read();
            while (b <= ' ') b = read();
            boolean neg = b == '-';
            if (neg) b = read();
            do {
                ret = ret * 10 + b - '0';
            } while ((b = read()) >= '0' && b <= '9');
            return neg ? -ret : ret;
        }

        long nextLong() throws IOException {
            long ret = 0;
            byte b = read();
            while (b <= ' ') b = read();
            boolean neg = b == '-';
            if (neg) b = read();
            do {
                ret = ret * 10 + b - '0';
            } while ((b = read()) >= '0' && b <= '9');
            return neg ? -ret : ret;
        }

        String next() throws IOException {
            StringBuilder sb = new StringBuilder();
            byte b = read();
            while (b <= ' ') b = read();
            while (b > ' ') { sb.append((char) b); b = read(); }
            return sb.toString();
        }
    }

    public static void main(String[] args) throws IOException {
        FastReader fr = new FastReader(System.in);
        int n = fr.nextInt();
        long sum = 0;
        int mn = Integer.MAX_VALUE, mx = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int v = fr.nextInt();
            sum += v;
            mn = Math.min(mn, v);
            mx = Math.max(mx, v);
        }
        long big = fr.nextLong();
        String name = fr.next();
        System.out.println(sum + " " + mn + " " + mx + " " + big + " " + name);
    }
}
