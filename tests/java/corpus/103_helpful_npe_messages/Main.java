import java.util.*;

public class Main {
    static String staticField;
    String name;
    Main next;
    int[] data;

    static String lookup(Map<String, String> m, String k) { return m.get(k); }

    public static void main(String[] args) {
        String local = args.length > 100 ? "x" : null;
        try { System.out.println(local.length()); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Main m = new Main();
        try { System.out.println(m.name.toUpperCase()); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(m.next.name); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { m.data[0] = 1; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(m.data.length); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(staticField.trim()); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(lookup(new HashMap<>(), "k").isEmpty()); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Integer boxed = null;
        try { int v = boxed; System.out.println(v); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        int[][] grid = new int[2][];
        try { grid[1][0] = 3; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { synchronized (local) { System.out.println("x"); } } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { throw null; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { new TreeMap<String, Integer>().put(null, 1); } catch (NullPointerException e) { System.out.println("TreeMap null key: " + e.getMessage()); }
        try { Objects.requireNonNull(local); } catch (NullPointerException e) { System.out.println("requireNonNull: " + e.getMessage()); }
        try { String.valueOf((char[]) null); } catch (NullPointerException e) { System.out.println("valueOf(char[]): " + e.getMessage()); }
        NullPointerException explicit = new NullPointerException();
        System.out.println("explicit: " + explicit.getMessage());
        System.out.println(new NullPointerException("custom").getMessage());
    }
}
