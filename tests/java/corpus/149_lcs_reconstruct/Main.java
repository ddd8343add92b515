import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        while (sc.hasNext()) {
            String a = sc.next(), b = sc.next();
            int[][] dp = new int[a.length() + 1][b.length() + 1];
            for (int i = a.length() - 1; i >= 0; i--)
                for (int j = b.length() - 1; j >= 0; j--)
                    dp[i][j] = a.charAt(i) == b.charAt(j) ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
            StringBuilder sb = new StringBuilder();
            int i = 0, j = 0;
            while (i < a.length() && j < b.length()) {
                if (a.charAt(i) == b.charAt(j)) { sb.append(a.charAt(i)); i++; j++; }
                else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
                else j++;
            }
            System.out.println(a + " " + b + " -> " + dp[0][0] + " \"" + sb + "\"");
        }
    }
}
