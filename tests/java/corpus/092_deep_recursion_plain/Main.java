import java.util.*;

public class Main {
    static long sumTo(int n) { return n == 0 ? 0 : n + sumTo(n - 1); }

    static int ackLike(int depth, int acc) {
        if (depth == 0) return acc;
        return ackLike(depth - 1, (acc * 31 + depth) % 1_000_003);
    }

    static Map<Long, Long> memo = new HashMap<>();
    static long collatzLen(long x) {
        if (x == 1) return 1;
        Long c = memo.get(x);
        if (c != null) return c;
        long r = 1 + collatzLen(x % 2 == 0 ? x / 2 : 3 * x + 1);
        memo.put(x, r);
        return r;
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        System.out.println(sumTo(n));
        System.out.println(ackLike(n, 7));
        long best = 0, arg = 0;
        for (long i = 1; i < 30000; i++) {
            long l = collatzLen(i);
            if (l > best) { best = l; arg = i; }
        }
        System.out.println(arg + " " + best);
    }
}
