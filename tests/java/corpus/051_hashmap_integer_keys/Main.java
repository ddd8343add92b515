import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        Map<Integer, Integer> count = new HashMap<>();
        Map<Long, String> longs = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int v = sc.nextInt();
            count.merge(v, 1, Integer::sum);
            longs.put((long) v * 1_000_003L, "v" + v);
        }
        System.out.println(count);
        System.out.println(longs);
        for (int k : count.keySet()) System.out.print(k + ":" + count.get(k) + " ");
        System.out.println();
        Map<Integer, String> small = new HashMap<>();
        for (int i = 20; i >= -5; i--) small.put(i * 7, "" + i);
        System.out.println(small.keySet());
        count.keySet().removeIf(k -> k % 2 == 0);
        System.out.println(count);
        Map<Double, Integer> dm = new HashMap<>();
        for (double d : new double[]{0.5, -0.0, 0.0, 1e9, 3.25, Double.NaN, 100}) dm.put(d, dm.size());
        System.out.println(dm);
    }
}
