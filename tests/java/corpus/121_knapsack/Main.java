import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken()), cap = Integer.parseInt(st.nextToken());
        int[] w = new int[n], v = new int[n];
        for (int i = 0; i < n; i++) {
            st = new StringTokenizer(br.readLine());
            w[i] = Integer.parseInt(st.nextToken());
            v[i] = Integer.parseInt(st.nextToken());
        }
        long[][] dp = new long[n + 1][cap + 1];
        for (int i = 1; i <= n; i++) {
            for (int c = 0; c <= cap; c++) {
                dp[i][c] = dp[i - 1][c];
                if (c >= w[i - 1]) dp[i][c] = Math.max(dp[i][c], dp[i - 1][c - w[i - 1]] + v[i - 1]);
            }
        }
        System.out.println("best value " + dp[n][cap]);
        List<Integer> chosen = new ArrayList<>();
        for (int i = n, c = cap; i > 0; i--) {
            if (dp[i][c] != dp[i - 1][c]) { chosen.add(i - 1); c -= w[i - 1]; }
        }
        Collections.reverse(chosen);
        if (chosen.size() <= 30) System.out.println("items " + chosen);
        else System.out.println("items count " + chosen.size() + " first " + chosen.subList(0, 10));
        long[] one = new long[cap + 1];
        for (int i = 0; i < n; i++) for (int c = cap; c >= w[i]; c--) one[c] = Math.max(one[c], one[c - w[i]] + v[i]);
        System.out.println("1-D agrees: " + (one[cap] == dp[n][cap]));
    }
}
