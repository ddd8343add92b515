import java.util.*;

public class Main {
    static class LRU<K, V> extends LinkedHashMap<K, V> {
        private final int cap;
        LRU(int cap) { super(16, 0.75f, true); this.cap = cap; }
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return size() > cap; }
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int cap = sc.nextInt(), q = sc.nextInt();
        LRU<Integer, String> cache = new LRU<>(cap);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) {
            String op = sc.next();
            if (op.equals("put")) {
                int k = sc.nextInt();
                cache.put(k, sc.next());
            } else {
                int k = sc.nextInt();
                out.append("get ").append(k).append(" -> ").append(cache.getOrDefault(k, "MISS")).append(" (get ").append(cache.get(k)).append(")\n");
            }
            out.append("  state ").append(cache).append('\n');
        }
        System.out.print(out);
        LinkedHashMap<String, Integer> ins = new LinkedHashMap<>();
        ins.put("z", 1); ins.put("a", 2); ins.put("m", 3); ins.put("z", 4);
        System.out.println(ins + " " + ins.keySet() + " " + ins.values());
    }
}
