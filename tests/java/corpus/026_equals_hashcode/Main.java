import java.util.*;

public class Main {
    static final class Key {
        final String s; final int n;
        Key(String s, int n) { this.s = s; this.n = n; }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Key)) return false;
            Key k = (Key) o;
            return n == k.n && s.equals(k.s);
        }
        @Override public int hashCode() { return Objects.hash(s, n); }
        @Override public String toString() { return s + "#" + n; }
    }

    static final class BadKey {
        final int v;
        BadKey(int v) { this.v = v; }
        @Override public boolean equals(Object o) { return o instanceof BadKey && ((BadKey) o).v == v; }
        @Override public int hashCode() { return 7; }
        @Override public String toString() { return "B" + v; }
    }

    public static void main(String[] args) {
        Map<Key, Integer> m = new HashMap<>();
        String[] names = {"alpha", "beta", "gamma", "alpha", "beta", "delta"};
        for (int i = 0; i < names.length; i++) m.merge(new Key(names[i], names[i].length()), i, Integer::sum);
        System.out.println(m);
        System.out.println(m.get(new Key("alpha", 5)) + " " + m.containsKey(new Key("alpha", 4)));
        System.out.println(new Key("x", 1).hashCode() + " " + Objects.hash("x", 1) + " " + Arrays.hashCode(new Object[]{"x", 1}));
        Set<BadKey> bad = new HashSet<>();
        for (int i = 20; i > 0; i -= 3) bad.add(new BadKey(i));
        bad.add(new BadKey(8));
        System.out.println(bad + " " + bad.size());
        System.out.println(Objects.hash() + " " + Objects.hashCode(null) + " " + Objects.hash((Object) null));
        System.out.println("abc".hashCode() + " " + Integer.valueOf(-5).hashCode() + " " + Long.valueOf(1L << 40).hashCode()
                + " " + Double.valueOf(1.5).hashCode() + " " + Boolean.TRUE.hashCode() + " " + Boolean.FALSE.hashCode()
                + " " + Character.valueOf('a').hashCode() + " " + List.of(1, 2, 3).hashCode() + " " + "".hashCode());
        System.out.println(new HashSet<>(List.of(3, 1, 2)).equals(new TreeSet<>(List.of(1, 2, 3))) + " " + List.of(1, 2).equals(Arrays.asList(1, 2)));
    }
}
