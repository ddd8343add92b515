import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int[][] iv = new int[n][2];
        for (int i = 0; i < n; i++) { iv[i][0] = sc.nextInt(); iv[i][1] = sc.nextInt(); }
        Arrays.sort(iv, (a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] cur : iv) {
            if (merged.isEmpty() || merged.get(merged.size() - 1)[1] < cur[0]) merged.add(cur.clone());
            else merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], cur[1]);
        }
        StringBuilder sb = new StringBuilder();
        for (int[] m : merged) sb.append(Arrays.toString(m));
        System.out.println(sb);
        long covered = merged.stream().mapToLong(m -> m[1] - m[0]).sum();
        System.out.println("covered length " + covered + ", gaps " + (merged.size() - 1));
        int[][] byEnd = iv.clone();
        Arrays.sort(byEnd, Comparator.comparingInt(a -> a[1]));
        int count = 0, end = Integer.MIN_VALUE;
        for (int[] x : byEnd) if (x[0] >= end) { count++; end = x[1]; }
        System.out.println("max non-overlapping " + count);
        TreeMap<Integer, Integer> events = new TreeMap<>();
        for (int[] x : iv) { events.merge(x[0], 1, Integer::sum); events.merge(x[1], -1, Integer::sum); }
        int cur = 0, peak = 0;
        for (int d : events.values()) { cur += d; peak = Math.max(peak, cur); }
        System.out.println("rooms needed " + peak);
    }
}
