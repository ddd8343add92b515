import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        Map<String, Integer> m = new HashMap<>();
        int i = 0;
        while (sc.hasNext()) {
            String w = sc.next();
            m.put(w, i++);
            if (m.size() == 12 || m.size() == 13 || m.size() == 24 || m.size() == 25) System.out.println(m.size() + " " + m.keySet());
        }
        System.out.println(m.size() + " " + m);
        Map<String, Integer> presized = new HashMap<>(4);
        presized.putAll(m);
        System.out.println("putAll into a small map: " + presized.keySet());
        Map<String, Integer> copy = new HashMap<>(m);
        System.out.println("copy constructor: " + copy.keySet().equals(m.keySet()) + " " + new ArrayList<>(copy.keySet()).equals(new ArrayList<>(m.keySet())));
        Map<String, Integer> lf = new HashMap<>(16, 1.0f);
        for (String k : m.keySet()) lf.put(k, 0);
        System.out.println("load factor 1.0: " + lf.keySet());
        for (Iterator<String> it = m.keySet().iterator(); it.hasNext(); ) if (it.next().length() % 2 == 0) it.remove();
        System.out.println("after removing even-length keys: " + m.keySet());
        m.clear();
        m.put("zulu", 1);
        m.put("alpha", 2);
        System.out.println("cleared keeps capacity: " + m);
    }
}
