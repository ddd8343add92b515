import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int q = Integer.parseInt(br.readLine().trim());
        HashMap<Long, Integer> counts = new HashMap<>();
        HashMap<String, Long> names = new HashMap<>();
        long acc = 0;
        for (int i = 0; i < q; i++) {
            StringTokenizer st = new StringTokenizer(br.readLine());
            char op = st.nextToken().charAt(0);
            long key = Long.parseLong(st.nextToken());
            switch (op) {
                case 'a' -> counts.merge(key, 1, Integer::sum);
                case 'r' -> counts.computeIfPresent(key, (k, v) -> v == 1 ? null : v - 1);
                case 'q' -> acc += counts.getOrDefault(key, 0);
                default -> names.merge("k" + (key % 5000), key, Long::sum);
            }
        }
        System.out.println("distinct " + counts.size() + " acc " + acc + " names " + names.size());
        long h = 0;
        int shown = 0;
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            h = h * 31 + e.getKey() * 7 + e.getValue();
            if (shown++ < 15) sb.append(e.getKey()).append('=').append(e.getValue()).append(' ');
        }
        System.out.println("iteration hash " + h);
        System.out.println(sb.toString().trim());
        sb.setLength(0);
        shown = 0;
        for (Map.Entry<String, Long> e : names.entrySet()) if (shown++ < 15) sb.append(e.getKey()).append('=').append(e.getValue()).append(' ');
        System.out.println(sb.toString().trim());
    }
}
