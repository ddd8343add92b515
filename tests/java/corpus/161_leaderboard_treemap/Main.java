import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        Map<String, Integer> score = new HashMap<>();
        TreeMap<Integer, TreeSet<String>> board = new TreeMap<>(Comparator.reverseOrder());
        while (sc.hasNext()) {
            String cmd = sc.next();
            if (cmd.equals("add")) {
                String name = sc.next();
                int pts = sc.nextInt();
                Integer old = score.get(name);
                if (old != null) {
                    board.get(old).remove(name);
                    if (board.get(old).isEmpty()) board.remove(old);
                }
                int now = (old == null ? 0 : old) + pts;
                score.put(name, now);
                board.computeIfAbsent(now, k -> new TreeSet<>()).add(name);
            } else if (cmd.equals("top")) {
                int k = sc.nextInt();
                List<String> out = new ArrayList<>();
                int rank = 1;
                outer:
                for (Map.Entry<Integer, TreeSet<String>> e : board.entrySet()) {
                    for (String n : e.getValue()) {
                        if (out.size() == k) break outer;
                        out.add(rank + "." + n + "(" + e.getKey() + ")");
                    }
                    rank += e.getValue().size();
                }
                System.out.println("top " + k + ": " + String.join(" ", out));
            } else if (cmd.equals("rank")) {
                String name = sc.next();
                Integer s = score.get(name);
                if (s == null) { System.out.println(name + " unranked"); continue; }
                int better = 0;
                for (TreeSet<String> ts : board.headMap(s).values()) better += ts.size();
                System.out.println(name + " rank " + (better + 1) + " with " + s);
            }
        }
        System.out.println(board);
        System.out.println(score);
    }
}
