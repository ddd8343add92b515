import java.util.*;

public class Main {
    static int longestUnique(String s) {
        Map<Character, Integer> last = new HashMap<>();
        int best = 0, start = 0;
        for (int i = 0; i < s.length(); i++) {
            Integer p = last.put(s.charAt(i), i);
            if (p != null && p >= start) start = p + 1;
            best = Math.max(best, i - start + 1);
        }
        return best;
    }

    static int[] windowMax(int[] a, int k) {
        int[] res = new int[a.length - k + 1];
        Deque<Integer> dq = new ArrayDeque<>();
        for (int i = 0; i < a.length; i++) {
            while (!dq.isEmpty() && dq.peekFirst() <= i - k) dq.pollFirst();
            while (!dq.isEmpty() && a[dq.peekLast()] <= a[i]) dq.pollLast();
            dq.addLast(i);
            if (i >= k - 1) res[i - k + 1] = a[dq.peekFirst()];
        }
        return res;
    }

    static int minLenAtLeast(int[] a, int target) {
        int best = Integer.MAX_VALUE, sum = 0, lo = 0;
        for (int hi = 0; hi < a.length; hi++) {
            sum += a[hi];
            while (sum >= target) { best = Math.min(best, hi - lo + 1); sum -= a[lo++]; }
        }
        return best == Integer.MAX_VALUE ? 0 : best;
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int t = Integer.parseInt(sc.nextLine().trim());
        for (int i = 0; i < t; i++) {
            String s = sc.nextLine();
            System.out.println("\"" + s + "\" -> " + longestUnique(s));
        }
        int n = sc.nextInt(), k = sc.nextInt();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = sc.nextInt();
        System.out.println(Arrays.toString(windowMax(a, k)));
        System.out.println(minLenAtLeast(a, 15) + " " + minLenAtLeast(a, 1000));
    }
}
