import java.util.*;

public class Main {
    public static void main(String[] args) {
        var list = new ArrayList<Map<String, Integer>>();
        for (var i = 0; i < 3; i++) {
            var m = new TreeMap<String, Integer>();
            m.put("i", i);
            m.put("sq", i * i);
            list.add(m);
        }
        for (var m : list) System.out.println(m);
        var arr = new int[][]{{1, 2}, {3, 4, 5}};
        var total = 0L;
        for (var row : arr) for (var v : row) total += v;
        System.out.println(total);
        var sb = new StringBuilder();
        int i = 0;
        do { sb.append(i); i += 3; } while (i < 20);
        System.out.println(sb);
        int w = 10;
        while (w-- > 7) System.out.print(w + " ");
        System.out.println("w=" + w);
        for (int a = 0, b = 10; a < b; a += 2, b -= 3) System.out.print("(" + a + "," + b + ")");
        System.out.println();
        var it = List.of("x", "y", "z").iterator();
        while (it.hasNext()) System.out.print(it.next().toUpperCase());
        System.out.println();
    }
}
