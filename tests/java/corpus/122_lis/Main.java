import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = sc.nextInt();
        int[] tails = new int[n], tailIdx = new int[n], prev = new int[n];
        int len = 0;
        for (int i = 0; i < n; i++) {
            int lo = 0, hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < a[i]) lo = mid + 1; else hi = mid;
            }
            tails[lo] = a[i];
            tailIdx[lo] = i;
            prev[i] = lo > 0 ? tailIdx[lo - 1] : -1;
            if (lo == len) len++;
        }
        System.out.println("LIS length " + len);
        Deque<Integer> seq = new ArrayDeque<>();
        for (int i = len == 0 ? -1 : tailIdx[len - 1]; i >= 0; i = prev[i]) seq.push(a[i]);
        System.out.println(seq);
        int[] dp = new int[n];
        int best = 0;
        for (int i = 0; i < n; i++) {
            dp[i] = 1;
            for (int j = 0; j < i; j++) if (a[j] < a[i]) dp[i] = Math.max(dp[i], dp[j] + 1);
            best = Math.max(best, dp[i]);
        }
        System.out.println("O(n^2) agrees: " + (best == len));
    }
}
