import java.util.*;

interface Solver {
    long solve(long[] xs);

    static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        long[] xs = new long[n];
        for (int i = 0; i < n; i++) xs[i] = sc.nextLong();
        Solver maxSub = a -> {
            long best = Long.MIN_VALUE, cur = 0;
            for (long x : a) { cur = Math.max(x, cur + x); best = Math.max(best, cur); }
            return best;
        };
        System.out.println("interface main, max subarray sum " + maxSub.solve(xs));
    }
}
