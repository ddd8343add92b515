import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = br.readLine()) != null) {
            String[] p = line.split(" ", -1);
            if (p.length != 2) continue;
            String a = p[0], b = p[1];
            int[][] dp = new int[a.length() + 1][b.length() + 1];
            for (int i = 0; i <= a.length(); i++) dp[i][0] = i;
            for (int j = 0; j <= b.length(); j++) dp[0][j] = j;
            for (int i = 1; i <= a.length(); i++)
                for (int j = 1; j <= b.length(); j++)
                    dp[i][j] = Math.min(Math.min(dp[i - 1][j] + 1, dp[i][j - 1] + 1), dp[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            StringBuilder ops = new StringBuilder();
            int i = a.length(), j = b.length();
            while (i > 0 || j > 0) {
                if (i > 0 && j > 0 && dp[i][j] == dp[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1)) {
                    ops.append(a.charAt(i - 1) == b.charAt(j - 1) ? '=' : 'R'); i--; j--;
                } else if (i > 0 && dp[i][j] == dp[i - 1][j] + 1) { ops.append('D'); i--; }
                else { ops.append('I'); j--; }
            }
            System.out.printf("%s -> %s: %d [%s]%n", a, b, dp[a.length()][b.length()], ops.reverse());
        }
    }
}
