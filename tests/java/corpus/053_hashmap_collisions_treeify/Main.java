import java.util.*;

public class Main {
    public static void main(String[] args) {
        // "Aa" and "BB" have the same hashCode, so every string made of n such
        // blocks collides with the 2^n - 1 others: HashMap turns the bin into a tree.
        List<String> keys = new ArrayList<>();
        String[] blocks = {"Aa", "BB"};
        for (int m = 0; m < 64; m++) {
            StringBuilder sb = new StringBuilder();
            for (int b = 0; b < 6; b++) sb.append(blocks[(m >> b) & 1]);
            keys.add(sb.toString());
        }
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) map.put(keys.get(i), i);
        for (int i = 0; i < 40; i++) map.put("k" + i, -i);
        System.out.println(map.size() + " " + new HashSet<>(List.of(keys.get(0).hashCode(), keys.get(63).hashCode())).size());
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Integer> e : map.entrySet()) sb.append(e.getValue()).append(' ');
        System.out.println(sb.toString().trim());
        for (int i = 0; i < 64; i += 3) map.remove(keys.get(i));
        System.out.println(map.values());
        Map<Integer, Integer> ints = new HashMap<>();
        for (int i = 0; i < 30; i++) ints.put(i * 64, i);
        for (int i = 0; i < 10; i++) ints.put(i * 1024 + 1, -i);
        System.out.println(ints.keySet());
        for (int i = 0; i < 30; i += 2) ints.remove(i * 64);
        System.out.println(ints);
        Set<String> set = new HashSet<>(keys.subList(0, 20));
        System.out.println(set);
    }
}
