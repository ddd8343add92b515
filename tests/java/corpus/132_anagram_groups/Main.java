import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        Map<String, List<String>> groups = new HashMap<>();
        while (sc.hasNext()) {
            String w = sc.next();
            char[] cs = w.toCharArray();
            Arrays.sort(cs);
            groups.computeIfAbsent(new String(cs), k -> new ArrayList<>()).add(w);
        }
        System.out.println(groups);
        for (Map.Entry<String, List<String>> e : groups.entrySet())
            if (e.getValue().size() > 1) System.out.println(e.getKey() + ": " + String.join(" ", e.getValue()));
        System.out.println(groups.values());
        Set<String> keys = groups.keySet();
        System.out.println(keys);
    }
}
