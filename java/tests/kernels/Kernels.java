// Static methods on primitives and arrays: what the compiler translates so far.
// Each is called by Main on HotSpot and, through its export, on WebAssembly.
public class Kernels {
    static final int MOD = 1_000_000_007;
    static long[] memo = new long[91];
    static int calls;
    static int[] squares;

    static {
        squares = new int[10];
        for (int i = 0; i < squares.length; i++) squares[i] = i * i;
    }

    static int fib(int n) {
        calls++;
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static long fibMemo(int n) {
        if (n < 2) return n;
        if (memo[n] != 0) return memo[n];
        return memo[n] = fibMemo(n - 1) + fibMemo(n - 2);
    }

    static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a < 0 ? -a : a;
    }

    static int primesBelow(int n) {
        boolean[] composite = new boolean[n];
        int count = 0;
        for (int i = 2; i < n; i++) {
            if (composite[i]) continue;
            count++;
            for (long j = (long) i * i; j < n; j += i) composite[(int) j] = true;
        }
        return count;
    }

    static int collatzSteps(long n) {
        int steps = 0;
        while (n != 1) {
            n = (n & 1) == 0 ? n >> 1 : 3 * n + 1;
            steps++;
        }
        return steps;
    }

    static int divide(int a, int b) { return a / b; }
    static int remainder(int a, int b) { return a % b; }
    static long divideLong(long a, long b) { return a / b; }
    static long remainderLong(long a, long b) { return a % b; }

    static int shifts(int x, int s) { return (x << s) ^ (x >> s) ^ (x >>> s); }
    static long shiftsLong(long x, int s) { return (x << s) ^ (x >> s) ^ (x >>> s); }
    static int overflow(int a, int b) { return a * b + a - b; }
    static int negate(int a) { return -a; }

    static int toInt(double d) { return (int) d; }
    static long toLong(double d) { return (long) d; }
    static int floatToInt(float f) { return (int) f; }
    static float toFloat(double d) { return (float) d; }
    static double fromLong(long l) { return (double) l; }
    static int narrow(int x) { return (byte) x + (short) x * 3 + (char) x * 7; }
    static char nextChar(char c) { return (char) (c + 1); }

    static int compareDoubles(double a, double b) {
        int r = 0;
        if (a < b) r |= 1;
        if (a <= b) r |= 2;
        if (a > b) r |= 4;
        if (a >= b) r |= 8;
        if (a == b) r |= 16;
        if (a != b) r |= 32;
        if (!(a < b)) r |= 64;
        if (!(a > b)) r |= 128;
        return r;
    }

    static int compareFloats(float a, float b) {
        return (a < b ? 1 : 0) | (a > b ? 2 : 0) | (a == b ? 4 : 0) | (a >= b ? 8 : 0);
    }

    static int compareLongs(long a, long b) {
        return (a < b ? -1 : a == b ? 0 : 1) * 10 + (a < b ? 1 : 0) + (a >= b ? 2 : 0);
    }

    static int daysIn(int month) {
        switch (month) {
            case 2: return 28;
            case 4: case 6: case 9: case 11: return 30;
            case 1: case 3: case 5: case 7: case 8: case 10: case 12: return 31;
            default: return -1;
        }
    }

    static int sparse(int key) {
        switch (key) {
            case -1000: return 1;
            case 7: return 2;
            case 1 << 20: return 3;
            case Integer.MIN_VALUE: return 4;
            default: return 0;
        }
    }

    static int arrow(int day) {
        return switch (day) {
            case 0, 6 -> 0;
            case 1, 2, 3, 4, 5 -> {
                int hours = 8;
                yield day == 5 ? hours / 2 : hours;
            }
            default -> -day;
        };
    }

    static int labelled(int n) {
        int found = 0;
        outer:
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                if (j > i) continue outer;
                if (i * j > 3 * n) break outer;
                if ((i + j) % 3 == 0) found += i ^ j;
            }
        }
        return found;
    }

    static int lcs(int n, int seed) {
        int[] a = new int[n], b = new int[n];
        int x = seed;
        for (int i = 0; i < n; i++) {
            x = x * 1103515245 + 12345;
            a[i] = (x >>> 16) % 4;
            x = x * 1103515245 + 12345;
            b[i] = (x >>> 16) % 4;
        }
        int[][] dp = new int[n + 1][n + 1];
        for (int i = 1; i <= n; i++)
            for (int j = 1; j <= n; j++)
                dp[i][j] = a[i - 1] == b[j - 1] ? dp[i - 1][j - 1] + 1 : max(dp[i - 1][j], dp[i][j - 1]);
        return dp[n][n];
    }

    static long knapsack(int items, int capacity) {
        long[][] best = new long[items + 1][];
        for (int i = 0; i <= items; i++) best[i] = new long[capacity + 1];
        for (int i = 1; i <= items; i++) {
            int weight = 3 + (i * 7) % 11, value = 10 + (i * 13) % 17;
            for (int c = 0; c <= capacity; c++) {
                best[i][c] = best[i - 1][c];
                if (c >= weight && best[i - 1][c - weight] + value > best[i][c]) best[i][c] = best[i - 1][c - weight] + value;
            }
        }
        return best[items][capacity];
    }

    static double harmonic(int n) {
        double sum = 0;
        for (int i = n; i >= 1; i--) sum += 1.0 / i;
        return sum;
    }

    static float floats(int n) {
        float f = 1f;
        for (int i = 0; i < n; i++) f = f * 1.0001f + 0.5f / (i + 1);
        return f;
    }

    static long powMod(long base, long exp) {
        long result = 1;
        base %= MOD;
        while (exp > 0) {
            if ((exp & 1) == 1) result = result * base % MOD;
            base = base * base % MOD;
            exp >>= 1;
        }
        return result;
    }

    static int bytes(int n) {
        byte[] b = new byte[n];
        short[] s = new short[n];
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 37);
            s[i] = (short) (i * 4099);
            c[i] = (char) (i * 4099);
        }
        int sum = 0;
        for (int i = 0; i < n; i++) sum = sum * 31 + b[i] + s[i] + c[i];
        return sum;
    }

    static int max(int a, int b) { return a >= b ? a : b; }
    static int min(int a, int b) { return a <= b ? a : b; }

    static int cube(int i) { return squares[i] * i; }

    static int recursionCalls(int n) {
        calls = 0;
        fib(n);
        return calls;
    }

    static int dupTricks(int n) {
        int[] a = new int[4];
        long[] l = new long[2];
        int i = 0;
        for (int k = 0; k < n; k++) {
            a[i++ % 4] += k;
            l[k % 2] += a[k % 4]++;
            a[k & 3] <<= 1;
        }
        return a[0] + a[1] * 3 + a[2] * 5 + a[3] * 7 + (int) (l[0] ^ l[1]);
    }

    static int minMax(int a, int b, int c) {
        return max(a, min(b, c)) * 1000 + (a - c < 0 ? c - a : a - c);
    }

    static boolean isPalindrome(int n) {
        int reversed = 0, m = n;
        while (m > 0) {
            reversed = reversed * 10 + m % 10;
            m /= 10;
        }
        return reversed == n;
    }
}
