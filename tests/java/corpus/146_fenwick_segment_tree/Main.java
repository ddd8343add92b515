import java.io.*;
import java.util.*;

public class Main {
    static long[] bit;
    static int n;

    static void add(int i, long v) { for (; i <= n; i += i & -i) bit[i] += v; }
    static long sum(int i) { long s = 0; for (; i > 0; i -= i & -i) s += bit[i]; return s; }

    static int[] seg;
    static int size;

    static void segUpdate(int pos, int val) {
        pos += size;
        seg[pos] = val;
        for (pos >>= 1; pos >= 1; pos >>= 1) seg[pos] = Math.min(seg[2 * pos], seg[2 * pos + 1]);
    }

    static int segMin(int l, int r) {
        int res = Integer.MAX_VALUE;
        for (l += size, r += size + 1; l < r; l >>= 1, r >>= 1) {
            if ((l & 1) == 1) res = Math.min(res, seg[l++]);
            if ((r & 1) == 1) res = Math.min(res, seg[--r]);
        }
        return res;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer st = new StringTokenizer(br.readLine());
        n = Integer.parseInt(st.nextToken());
        int q = Integer.parseInt(st.nextToken());
        bit = new long[n + 1];
        size = Integer.highestOneBit(Math.max(1, n - 1)) << 1;
        seg = new int[2 * size];
        Arrays.fill(seg, Integer.MAX_VALUE);
        st = new StringTokenizer(br.readLine());
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = Integer.parseInt(st.nextToken());
            add(i + 1, a[i]);
            segUpdate(i, a[i]);
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < q; k++) {
            st = new StringTokenizer(br.readLine());
            String op = st.nextToken();
            int x = Integer.parseInt(st.nextToken()), y = Integer.parseInt(st.nextToken());
            if (op.equals("set")) {
                add(x, y - a[x - 1]);
                a[x - 1] = y;
                segUpdate(x - 1, y);
            } else {
                sb.append("sum[").append(x).append(',').append(y).append("]=").append(sum(y) - sum(x - 1))
                  .append(" min=").append(segMin(x - 1, y - 1)).append('\n');
            }
        }
        System.out.print(sb);
    }
}
