import java.util.*;

public class Main {
    static final long MOD = 1_000_000_007L;

    static long[][] mul(long[][] a, long[][] b) {
        int n = a.length;
        long[][] c = new long[n][n];
        for (int i = 0; i < n; i++)
            for (int k = 0; k < n; k++) {
                if (a[i][k] == 0) continue;
                for (int j = 0; j < n; j++) c[i][j] = (c[i][j] + a[i][k] * b[k][j]) % MOD;
            }
        return c;
    }

    static long[][] pow(long[][] m, long e) {
        int n = m.length;
        long[][] r = new long[n][n];
        for (int i = 0; i < n; i++) r[i][i] = 1;
        while (e > 0) {
            if ((e & 1) == 1) r = mul(r, m);
            m = mul(m, m);
            e >>= 1;
        }
        return r;
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        while (sc.hasNextLong()) {
            long n = sc.nextLong();
            long fib = pow(new long[][]{{1, 1}, {1, 0}}, n)[0][1];
            long trib = pow(new long[][]{{1, 1, 1}, {1, 0, 0}, {0, 1, 0}}, n)[0][2];
            System.out.println("F(" + n + ") mod p = " + fib + ", T(" + n + ") mod p = " + trib);
        }
    }
}
