import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        boolean[] comp = new boolean[n + 1];
        List<Integer> primes = new ArrayList<>();
        for (int i = 2; i <= n; i++) {
            if (!comp[i]) {
                primes.add(i);
                for (long j = (long) i * i; j <= n; j += i) comp[(int) j] = true;
            }
        }
        System.out.println("primes up to " + n + ": " + primes.size());
        System.out.println("last five: " + primes.subList(Math.max(0, primes.size() - 5), primes.size()));
        long sum = 0;
        for (int p : primes) sum += p;
        System.out.println("sum " + sum);
        int[] spf = new int[101];
        for (int i = 2; i <= 100; i++) if (spf[i] == 0) for (int j = i; j <= 100; j += i) if (spf[j] == 0) spf[j] = i;
        StringBuilder sb = new StringBuilder();
        for (int x : new int[]{84, 97, 100, 60}) {
            sb.append(x).append('=');
            List<String> fs = new ArrayList<>();
            for (int y = x; y > 1; y /= spf[y]) fs.add(String.valueOf(spf[y]));
            sb.append(String.join("*", fs)).append(' ');
        }
        System.out.println(sb.toString().trim());
        int twin = 0;
        for (int i = 1; i < primes.size(); i++) if (primes.get(i) - primes.get(i - 1) == 2) twin++;
        System.out.println("twin prime pairs " + twin);
    }
}
