import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int k = sc.nextInt();
        int[] coins = new int[k];
        for (int i = 0; i < k; i++) coins[i] = sc.nextInt();
        while (sc.hasNextInt()) {
            int amount = sc.nextInt();
            long[] ways = new long[amount + 1];
            ways[0] = 1;
            for (int c : coins) for (int a = c; a <= amount; a++) ways[a] += ways[a - c];
            int[] minCoins = new int[amount + 1];
            Arrays.fill(minCoins, Integer.MAX_VALUE);
            minCoins[0] = 0;
            for (int a = 1; a <= amount; a++)
                for (int c : coins)
                    if (c <= a && minCoins[a - c] != Integer.MAX_VALUE) minCoins[a] = Math.min(minCoins[a], minCoins[a - c] + 1);
            long modWays = 0;
            long[] mw = new long[amount + 1];
            mw[0] = 1;
            for (int c : coins) for (int a = c; a <= amount; a++) mw[a] = (mw[a] + mw[a - c]) % 1_000_000_007L;
            modWays = mw[amount];
            System.out.println(amount + ": ways " + ways[amount] + " (mod " + modWays + "), min coins " + (minCoins[amount] == Integer.MAX_VALUE ? "impossible" : minCoins[amount]));
        }
    }
}
