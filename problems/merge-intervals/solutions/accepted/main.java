// Merge windows: sort by start, sweep. O(n log n). Fast input over System.in,
// one StringBuilder for the output, as Java solutions are written for judges.
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;

public class Main {
    private static final DataInputStream in = new DataInputStream(System.in);
    private static final byte[] buffer = new byte[1 << 16];
    private static int length, position;

    private static int read() throws IOException {
        if (position == length) {
            length = in.read(buffer, 0, buffer.length);
            position = 0;
            if (length <= 0) return -1;
        }
        return buffer[position++];
    }

    private static long nextLong() throws IOException {
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
        long[][] windows = new long[n][];
        for (int i = 0; i < n; i++) windows[i] = new long[] {nextLong(), nextLong()};
        Arrays.sort(windows, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        long[] starts = new long[n], ends = new long[n];
        int blocks = 0;
        for (long[] w : windows) {
            if (blocks > 0 && w[0] <= ends[blocks - 1]) { // overlapping or touching
                ends[blocks - 1] = Math.max(ends[blocks - 1], w[1]);
            } else {
                starts[blocks] = w[0];
                ends[blocks] = w[1];
                blocks++;
            }
        }
        long total = 0;
        for (int i = 0; i < blocks; i++) total += ends[i] - starts[i];
        StringBuilder out = new StringBuilder();
        out.append(blocks).append(' ').append(total).append('\n');
        for (int i = 0; i < blocks; i++) out.append(starts[i]).append(' ').append(ends[i]).append('\n');
        System.out.print(out);
    }
}
