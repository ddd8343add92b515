import java.util.*;

public class Main {
    static final long MOD = 1_000_000_007L;

    static long gcd(long a, long b) { return b == 0 ? Math.abs(a) : gcd(b, a % b); }
    static long lcm(long a, long b) { return a == 0 && b == 0 ? 0 : a / gcd(a, b) * b; }

    static long power(long b, long e, long m) {
        long r = 1 % m;
        b %= m;
        if (b < 0) b += m;
        while (e > 0) {
            if ((e & 1) == 1) r = r * b % m;
            b = b * b % m;
            e >>= 1;
        }
        return r;
    }

    static long[] extGcd(long a, long b) {
        if (b == 0) return new long[]{a, 1, 0};
        long[] r = extGcd(b, a % b);
        return new long[]{r[0], r[2], r[1] - (a / b) * r[2]};
    }

    public static void main(String[] args) {
        int N = 200000;
        long[] fact = new long[N + 1], inv = new long[N + 1];
        fact[0] = 1;
        for (int i = 1; i <= N; i++) fact[i] = fact[i - 1] * i % MOD;
        inv[N] = power(fact[N], MOD - 2, MOD);
        for (int i = N; i > 0; i--) inv[i - 1] = inv[i] * i % MOD;
        Scanner sc = new Scanner(System.in);
        while (sc.hasNext()) {
            String op = sc.next();
            long a = sc.nextLong(), b = sc.nextLong();
            switch (op) {
                case "gcd" -> System.out.println("gcd(" + a + "," + b + ") = " + gcd(a, b) + ", lcm = " + lcm(a, b));
                case "pow" -> System.out.println(a + "^" + b + " mod p = " + power(a, b, MOD));
                case "ncr" -> System.out.println("C(" + a + "," + b + ") mod p = " + (b < 0 || b > a ? 0 : fact[(int) a] * inv[(int) b] % MOD * inv[(int) (a - b)] % MOD));
                case "ext" -> System.out.println("extgcd(" + a + "," + b + ") = " + Arrays.toString(extGcd(a, b)));
                default -> System.out.println("?");
            }
        }
        System.out.println((MOD * MOD) + " " + Math.multiplyHigh(MOD, MOD) + " " + (MOD - 1) * (MOD - 1) % MOD);
    }
}
