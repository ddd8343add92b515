import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(br.readLine().trim());
        StringTokenizer st = new StringTokenizer(br.readLine());
        Map<Integer, Integer> freq = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int v = Integer.parseInt(st.nextToken());
            freq.put(v, freq.getOrDefault(v, 0) + 1);
        }
        System.out.println(freq);
        int mode = 0, modeCount = 0;
        for (Map.Entry<Integer, Integer> e : freq.entrySet()) {
            if (e.getValue() > modeCount) { mode = e.getKey(); modeCount = e.getValue(); }
        }
        System.out.println("first mode in iteration order: " + mode + " x" + modeCount);
        Set<Integer> uniq = new HashSet<>(freq.keySet());
        System.out.println(uniq);
        Map<Integer, Integer> big = new HashMap<>();
        for (int i = 0; i < 200; i++) big.put((i * 7919) % 1000 - 500, i);
        StringBuilder sb = new StringBuilder();
        int k = 0;
        for (int key : big.keySet()) { if (k++ < 40) sb.append(key).append(' '); }
        System.out.println(sb.toString().trim());
        Map<Long, Long> lm = new HashMap<>();
        for (long x = 1; x <= 1L << 40; x *= 3) lm.put(x, x % 7);
        System.out.println(lm);
    }
}
