import java.util.*;

public class Main {
    static boolean canShip(int[] w, int days, long cap) {
        int d = 1;
        long load = 0;
        for (int x : w) {
            if (x > cap) return false;
            if (load + x > cap) { d++; load = 0; }
            load += x;
        }
        return d <= days;
    }

    static int lowerBound(int[] a, int key) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (a[mid] < key) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    static long isqrt(long x) {
        long lo = 0, hi = 3_037_000_499L;
        while (lo < hi) {
            long mid = (lo + hi + 1) >>> 1;
            if (mid * mid <= x) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt(), days = sc.nextInt();
        int[] w = new int[n];
        for (int i = 0; i < n; i++) w[i] = sc.nextInt();
        long lo = 1, hi = Arrays.stream(w).asLongStream().sum();
        while (lo < hi) {
            long mid = (lo + hi) / 2;
            if (canShip(w, days, mid)) hi = mid; else lo = mid + 1;
        }
        System.out.println("min capacity " + lo);
        int[] sorted = {1, 3, 3, 3, 7, 9, 12};
        for (int k : new int[]{0, 3, 4, 12, 13}) System.out.print(lowerBound(sorted, k) + " ");
        System.out.println();
        System.out.println(isqrt(99) + " " + isqrt(100) + " " + isqrt(Long.MAX_VALUE) + " " + isqrt(1_000_000_000_000_000_000L));
        double l = 0, h = 10;
        for (int it = 0; it < 100; it++) {
            double m = (l + h) / 2;
            if (m * m * m - 2 * m - 5 < 0) l = m; else h = m;
        }
        System.out.printf("root of x^3-2x-5: %.12f%n", l);
    }
}
