import java.io.DataInputStream;
import java.io.IOException;

// The fast-input idiom: a buffer over System.in and hand parsing.
public class Main {
    static final DataInputStream in = new DataInputStream(System.in);
    static final byte[] buffer = new byte[1 << 16];
    static int length, position;

    static int read() throws IOException {
        if (position == length) {
            length = in.read(buffer, 0, buffer.length);
            position = 0;
            if (length <= 0) return -1;
        }
        return buffer[position++];
    }

    static long nextLong() throws IOException {
        int c = read();
        while (c == ' ' || c == '\n' || c == '\r') c = read();
        boolean negative = c == '-';
        if (negative) c = read();
        long x = 0;
        while (c >= '0' && c <= '9') {
            x = x * 10 + (c - '0');
            c = read();
        }
        return negative ? -x : x;
    }

    public static void main(String[] args) throws IOException {
        int n = (int) nextLong();
        long sum = 0;
        for (int i = 0; i < n; i++) sum += nextLong();
        System.out.println(sum);
    }
}
