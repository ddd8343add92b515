import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        String a = br.readLine().trim(), b = br.readLine().trim();
        int n = a.length(), m = b.length();
        int[][] dp = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) dp[i][0] = i;
        for (int j = 0; j <= m; j++) dp[0][j] = j;
        for (int i = 1; i <= n; i++) {
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                int sub = dp[i - 1][j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                dp[i][j] = Math.min(sub, Math.min(dp[i - 1][j], dp[i][j - 1]) + 1);
            }
        }
        System.out.println(n + " x " + m + " edit distance " + dp[n][m]);
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++)
            for (int j = 1; j <= m; j++)
                lcs[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? lcs[i - 1][j - 1] + 1 : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
        System.out.println("LCS length " + lcs[n][m]);
    }
}
