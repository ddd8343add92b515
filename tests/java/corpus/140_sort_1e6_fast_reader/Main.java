import java.io.*;
import java.util.*;

public class Main {
    private static final byte[] buf = new byte[1 << 16];
    private static int len = 0, ptr = 0;
    private static InputStream in = System.in;

    private static int readByte() throws IOException {
        if (ptr == len) {
            len = in.read(buf, 0, buf.length);
            ptr = 0;
            if (len <= 0) return -1;
        }
        return buf[ptr++];
    }

    private static int nextInt() throws IOException {
        int c = readByte();
        while (c == ' ' || c == '\n' || c == '\r') c = readByte();
        boolean neg = false;
        if (c == '-') { neg = true; c = readByte(); }
        int r = 0;
        while (c >= '0' && c <= '9') { r = r * 10 + (c - '0'); c = readByte(); }
        return neg ? -r : r;
    }

    public static void main(String[] args) throws IOException {
        int n = nextInt();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = nextInt();
        // Shuffle before sorting, as candidates do against anti-quicksort tests.
        Random rnd = new Random(12345);
        for (int i = n - 1; i > 0; i--) { int j = rnd.nextInt(i + 1); int t = a[i]; a[i] = a[j]; a[j] = t; }
        Arrays.sort(a);
        long checksum = 0;
        for (int i = 0; i < n; i++) checksum = checksum * 1_000_003 + a[i];
        int distinct = n == 0 ? 0 : 1;
        for (int i = 1; i < n; i++) if (a[i] != a[i - 1]) distinct++;
        StringBuilder sb = new StringBuilder();
        sb.append("n=").append(n).append(" distinct=").append(distinct).append(" checksum=").append(checksum).append('\n');
        if (n > 0) sb.append("min=").append(a[0]).append(" median=").append(a[n / 2]).append(" max=").append(a[n - 1]).append('\n');
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.print(sb);
        for (int i = 0; i < Math.min(n, 10); i++) out.print(a[i] + (i + 1 < Math.min(n, 10) ? " " : "\n"));
        out.flush();
    }
}
